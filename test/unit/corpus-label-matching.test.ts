// The consistency corpora's label matching (scripts/consistency-corpus.ts), which figure-mechanisms.ts
// reuses: an `either` label is met by a finding on its `other` spelling, a finding goes to one label only,
// and a second finding on a labelled place is not a false positive.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchLabels, type Label } from '../../scripts/consistency-corpus.ts';
import type { Finding } from '../../server/src/engine/types.ts';

const text = 'The mayor, Ann Kowalski, opened the hall. Later Ann Kowalsky thanked the builders.';
const finding = (needle: string, from = 0): Finding => {
  const start = text.indexOf(needle, from);
  return { rule: 'name-consistency', start, end: start + needle.length, message: 'spelt two ways', severity: 'warning' } as Finding;
};

test('an either label is met by a finding on its other spelling; a plain one is not', () => {
  const either: Label = { rule: 'name-consistency', text: 'Kowalsky', expect: 'flag', other: 'Kowalski', either: true };
  const plain: Label = { rule: 'name-consistency', text: 'Kowalsky', expect: 'flag', other: 'Kowalski' };
  const onOther = finding('Kowalski');
  assert.deepEqual(matchLabels('d.txt', text, [either], [onOther]), { hits: [onOther], spans: [{ start: text.indexOf('Kowalsky'), end: text.indexOf('Kowalsky') + 8 }], wrong: [] });
  const miss = matchLabels('d.txt', text, [plain], [onOther]);
  assert.deepEqual(miss.hits, [undefined]);
  assert.deepEqual(miss.wrong, [onOther]);
});

test('a finding meets one label only, and a second finding on a labelled place is no false positive', () => {
  const label: Label = { rule: 'name-consistency', text: 'Kowalsky', expect: 'flag' };
  const first = finding('Kowalsky');
  const second = finding('Kowalsky');
  const elsewhere = finding('builders');
  const match = matchLabels('d.txt', text, [label, { ...label, text: 'Ann Kowalsky' }], [first, second, elsewhere]);
  assert.deepEqual(match.hits, [first, second]);
  assert.deepEqual(match.wrong, [elsewhere]);
  const one = matchLabels('d.txt', text, [label], [first, second]);
  assert.deepEqual(one.hits, [first]);
  assert.deepEqual(one.wrong, []);
});
