import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimalEdits } from '../../server/src/engine/fix-all.ts';
import { fixUntilStable } from '../../server/src/host/lint.ts';
import { applyEdits, fixAllEdits } from '../../server/src/engine/edits.ts';
import { lint } from '../../server/src/host/lint.ts';
import { applyLayer, defaultSettings } from '../../server/src/host/settings.ts';

test('minimal edits turn one text into the other', () => {
  const cases: [string, string][] = [
    ['abc', 'abc'],
    ['The "quote" here', 'The “quote” here'],
    ['one\ntwo\nthree\ntwo\n', 'one\ntwo\nthree\n'],
    ['', 'new'],
    ['gone', ''],
  ];
  for (const [before, after] of cases) assert.equal(applyEdits(before, minimalEdits(before, after)), after, JSON.stringify([before, after]));
});

test('fix-all runs until nothing safe is left: a restyled quote reveals an exact repeat', () => {
  // Found by the fuzz layer: in Markdown a straight " after a bare URL is read as part of the link
  // (so blanked), a curly one is not, so the second paragraph is only a near repeat until quote-style
  // (curly house style) restyles its mark; then it is an exact repeat, safe to delete.
  const text = 'Declined to say the the the the the www.example.com.\u201D\n\nDeclined to say the the the the the www.example.com."\n';
  const settings = applyLayer(defaultSettings(), { rules: { 'quote-style': { style: 'curly' } } }, 'test', []);
  const options = { format: 'markdown' as const, settings };
  const once = applyEdits(text, fixAllEdits(lint(text, options).findings));
  const fixed = fixUntilStable(text, lint(text, options), options);
  assert.notEqual(once, fixed.text, 'one pass is not enough here');
  assert.equal(fixed.text, 'Declined to say the the the the the www.example.com.\u201D\n\n');
  assert.equal(applyEdits(text, fixed.edits), fixed.text, 'the edits, against the original text, give the fixed text');
  assert.deepEqual(fixAllEdits(fixed.result.findings), [], 'nothing safe is left');
});
