// A figure-consistency fix never writes a number into someone's quoted words: the finding stays (the
// desk must check it), the "Use '…'" fix is offered only outside quotations.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintAllTiers, ofRule } from './helpers.ts';

const RULE = 'figure-consistency';

test('a transposed figure inside a quotation is flagged, with no fix that rewrites the quote', () => {
  const text = [
    'Ferry fire: 321 passengers rescued off the coast',
    'Coastguards said 321 passengers had been taken off the burning ferry by Sunday night.',
    '"We got all 312 passengers off before the fire reached the car deck," the captain said.',
  ].join('\n');
  const found = ofRule(lintAllTiers(text, 'plaintext'), RULE);
  assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['312']);
  assert.deepEqual(found[0].fixes, []);
});

test('the same slip outside a quotation keeps its fix', () => {
  const text = [
    'Ferry fire: 321 passengers rescued off the coast',
    'Coastguards said 321 passengers had been taken off the burning ferry by Sunday night.',
    'All 312 passengers were off before the fire reached the car deck, the captain said.',
  ].join('\n');
  const found = ofRule(lintAllTiers(text, 'plaintext'), RULE);
  assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['312']);
  assert.equal(found[0].fixes[0].title, "Use '321' (as on line 1)");
});

test('an age inside a quotation is flagged without a fix; outside it keeps one', () => {
  const quoted = 'Maria Lindqvist, 34, was named as the driver.\n"Lindqvist, 43, had lived in the town all her life," her brother said.';
  const plain = 'Maria Lindqvist, 34, was named as the driver.\nLindqvist, 43, had lived in the town all her life, her brother said.';
  for (const [text, fixes] of [[quoted, 0], [plain, 1]] as const) {
    const found = ofRule(lintAllTiers(text, 'plaintext'), RULE).filter((f) => f.detail?.kind === 'age');
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['43'], text);
    assert.equal(found[0].fixes.length, fixes, text);
  }
});
