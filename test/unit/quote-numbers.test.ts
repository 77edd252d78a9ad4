// A closing mark after a number closes the quotation unless the number is a measurement: thousands
// groups and money are never inches (found by quote-source's fuzz test after the scanner rework).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/lint.ts';

const quoteFindings = (text: string) =>
  lint(text + '\n', { format: 'plaintext' }).findings.filter((f) => f.rule === 'quote-mismatch' || f.rule === 'quote-style');

for (const text of [
  'He said “the cost was 2,000” and left.',
  '“The toll stands at 14,210”, the ministry said.',
  'The bill was “about $2,000”.',
  'She said "it cost $2.50" and left.',
  'He said "we counted 1,500" before the vote.',
]) {
  test(`a quotation ending in a figure closes: ${text}`, () => {
    assert.deepEqual(quoteFindings(text).map((f) => f.message), []);
  });
}

for (const text of ['The TV is 11.5" wide.', 'A 30.5" screen was stolen.']) {
  test(`a decimal measurement keeps its inch mark: ${text}`, () => {
    assert.deepEqual(quoteFindings(text).map((f) => f.message), []);
  });
}

test('an inch mark after a decimal is not read as closing an open quotation', () => {
  const findings = quoteFindings('He said “the screen is 30.5" wide and left.');
  assert.ok(findings.some((f) => f.rule === 'quote-mismatch'), 'the “ stays unclosed');
});
