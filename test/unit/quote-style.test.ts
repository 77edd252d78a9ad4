import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAllEdits, applyEdits } from '../../server/src/engine/edits.ts';
import { lint } from '../../server/src/engine/lint.ts';
import { applyFix, quoteFindings, quoteFixture, show } from './quote-helpers.ts';
import { ofRule } from './helpers.ts';

const styles = (text: string, layer?: unknown) => ofRule(quoteFindings(text, false, layer), 'quote-style');

test('mixed styles: the straight marks in a mostly curly draft are flagged, a fix per pair', () => {
  const text = quoteFixture('mixed-styles.txt');
  const found = styles(text);
  assert.deepEqual(show(text, found), [
    "3:14-3:15 quote-style: Straight apostrophe (') in a draft that mostly uses curly ones (7 of 10)",
    '3:43-3:44 quote-style: Straight double quote (") in a draft that mostly uses curly ones (7 of 10)',
    '3:75-3:76 quote-style: Straight double quote (") in a draft that mostly uses curly ones (7 of 10)',
  ]);
  assert.deepEqual(
    found.map((f) => f.fixes.map((x) => x.title)),
    [['Use a curly apostrophe (’)'], ['Use curly double quotes for this pair (“…”)'], ['Use curly double quotes for this pair (“…”)']],
  );
  assert.ok(applyFix(text, found[0]).includes('the union’s statement'));
  // The pair's fix converts both of its marks.
  assert.equal(found[1].fixes[0].edits.length, 2);
  assert.ok(applyFix(text, found[1]).includes('called the plan “a slow closure by another name.”'));
  assert.ok(found.every((f) => !f.fixes[0].safe), 'with style "auto" the majority is a guess: fixes are not in fix-all');
});

const curlyHouse = { rules: { 'quote-style': { style: 'curly' } } };
const straightHouse = { rules: { 'quote-style': { style: 'straight' } } };

test('with a house style set, fix-all converts the draft to it and leaves nothing to fix', () => {
  const text = quoteFixture('mixed-styles.txt');
  assert.deepEqual(fixAllEdits(lint(text, { format: 'plaintext' }).findings), [], 'auto: fix-all leaves marks alone');
  const fixed = applyEdits(text, fixAllEdits(quoteFindings(text, false, straightHouse)));
  assert.ok(!/[“”‘’]/.test(fixed), fixed);
  assert.deepEqual(quoteFindings(fixed, false, straightHouse), []);
});

test('apostrophes follow the house style: a curly apostrophe among straight quotes is flagged', () => {
  const text = `The mayor's aide said "the budget is fine." Iran’s envoy said "talks went well."`;
  const found = styles(text);
  assert.deepEqual(show(text, found), ['1:49-1:50 quote-style: Curly apostrophe (’) in a draft that mostly uses straight ones (5 of 6)']);
  assert.deepEqual(found[0].fixes.map((f) => f.title), ["Use a straight apostrophe (')"]);
  assert.ok(applyFix(text, found[0]).includes("Iran's envoy"));
});

test('the style option overrides the majority', () => {
  const text = `He said "yes" and she said "no", didn’t she?`;
  assert.equal(styles(text).length, 1);
  const curly = styles(text, { rules: { 'quote-style': { style: 'curly' } } });
  assert.equal(curly.length, 4);
  assert.equal(curly[0].message, 'Straight double quote (") in a draft whose house style is curly');
  const fixed = applyEdits(text, fixAllEdits(curly.map((f) => ({ ...f, severity: 'warning' as const }))));
  assert.equal(fixed, 'He said “yes” and she said “no”, didn’t she?');
  assert.equal(styles(text, { rules: { 'quote-style': { style: 'straight' } } }).length, 1);
});

test('straight to curly: apostrophes, decades and openings get the right curly mark', () => {
  const text = `'Rock 'n' roll in the '90s,' he said. “Fine,” she said, “truly.” “Good.” “Yes.”`;
  const fixed = applyEdits(text, fixAllEdits(quoteFindings(text, false, curlyHouse)));
  assert.equal(fixed, '‘Rock ’n’ roll in the ’90s,’ he said. “Fine,” she said, “truly.” “Good.” “Yes.”');
});

test('headline single quotes are not a second style', () => {
  const text = '# Talks end with ‘cautious optimism’, envoy says\n\nThe envoy spoke of “cautious optimism” and the team’s work.\n';
  assert.deepEqual(quoteFindings(text, true), []);
});
