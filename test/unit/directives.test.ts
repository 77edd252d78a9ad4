// The directive module both writes and reads copydesk-disable… comments: what it writes, it honours.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addToDirective, directiveComment } from '../../server/src/engine/directives.ts';
import { lint } from '../../server/src/host/lint.ts';

const repeat = 'The council approved the budget for the new bridge after a long debate on Tuesday night.';

test('each kind of directive it writes silences the finding it is about, and only that rule', () => {
  const plain = `${repeat}\n\n${repeat}\n`;
  const rules = (text: string) => lint(text, { format: 'markdown' }).findings.map((f) => f.rule);
  assert.deepEqual(rules(plain), ['duplicate-paragraph']);
  assert.deepEqual(rules(`${repeat}\n\n${repeat} ${directiveComment('disable-line', ['duplicate-paragraph'])}\n`), []);
  assert.deepEqual(rules(`${repeat}\n\n${directiveComment('disable-next-line', ['duplicate-paragraph'])}\n${repeat}\n`), []);
  assert.deepEqual(rules(`${directiveComment('disable', ['duplicate-paragraph'])}\n\n${plain}`), []);
  assert.deepEqual(rules(`${repeat}\n\n${repeat} ${directiveComment('disable-line', ['quote-style'])}\n`), ['duplicate-paragraph']);
  assert.deepEqual(rules(`${directiveComment('disable', [])}\n\n${plain}`), [], 'no rule named: every rule');
});

test('a rule is added to an existing directive line of the same kind that names rules', () => {
  const line = '<!-- copydesk-disable-next-line quote-style -->';
  const at = addToDirective(line, 'disable-next-line');
  assert.equal(at, line.indexOf(' -->'));
  assert.equal(addToDirective('<!-- copydesk-disable-next-line -->', 'disable-next-line'), undefined, 'names no rule: it already covers every rule');
  assert.equal(addToDirective(line, 'disable-line'), undefined);
  assert.equal(addToDirective('Some text <!-- copydesk-disable-next-line a -->', 'disable-next-line'), undefined);
});
