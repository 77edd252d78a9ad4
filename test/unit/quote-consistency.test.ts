import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, quoteFindings, quoteFixture, show } from './quote-helpers.ts';
import { ofRule } from './helpers.ts';

const consistency = (text: string, markdown = true) => ofRule(quoteFindings(text, markdown), 'quote-consistency');

test('a headline quote that differs from the body: flagged at the later one with the differing words', () => {
  const text = quoteFixture('headline.md');
  const found = consistency(text);
  assert.deepEqual(show(text, found), ['3:54-3:85 quote-consistency: Quote worded differently on line 1: “each” here, “every” there']);
  const related = found[0].related![0];
  assert.equal(text.slice(related.start, related.end), '‘a fair deal for every district’');
});

test('the fixes make either quotation match the other', () => {
  const text = quoteFixture('headline.md');
  const [finding] = consistency(text);
  const here = applyFix(text, finding, 'Use the wording');
  assert.ok(here.includes('calling it “a fair deal for every district” in a speech'), here);
  assert.deepEqual(consistency(here), []);
  const there = applyFix(text, finding, 'Change line 1');
  assert.ok(there.startsWith('# Mayor says budget is ‘a fair deal for each district’\n'), there);
  // The headline now matches this paragraph; the last paragraph (worded as the old headline) differs.
  assert.equal(consistency(there).length, 1);
});

test('identical quotations, fragments and unrelated quotes are not flagged', () => {
  const text = [
    'The coach called it “a result we can build on for the rest of the season.”',
    'Later he repeated that it was “a result we can build on for the rest of the season.”',
    'It was, he said, “a result we can build on.”',
    'The captain said “the pitch was heavy after the storm.”',
  ].join('\n');
  assert.deepEqual(consistency(text, false), []);
});

test('trailing punctuation and quote style do not count as a difference', () => {
  const text = 'She said “we will rebuild the pier,” and left.\nShe had said "We will rebuild the pier." before.';
  assert.deepEqual(consistency(text, false), []);
});

test('a lede quote reworded later in the body', () => {
  const text = 'The chief said “the fire spread through the roof in minutes.”\n\nMuch later, she said that “the fire spread across the roof in minutes.”\n';
  const found = consistency(text);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /“across” here, “through” there/);
  assert.equal(found[0].fixes[0].safe, undefined);
});
