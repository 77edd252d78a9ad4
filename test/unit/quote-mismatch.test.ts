import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, quoteFindings, quoteFixture, show } from './quote-helpers.ts';
import { ofRule } from './helpers.ts';

const mismatches = (text: string, markdown = false) => ofRule(quoteFindings(text, markdown), 'quote-mismatch');

test('multi-paragraph quote: each paragraph opens, only the last closes; a later unclosed quote is flagged', () => {
  const text = quoteFixture('multi-paragraph.md');
  const found = mismatches(text, true);
  assert.deepEqual(show(text, found), ['13:1-13:2 quote-mismatch: Quotation not closed: opened with a double quote (“)']);
  const fixed = applyFix(text, found[0], 'Close the quotation at the end of the sentence with ”');
  assert.ok(fixed.endsWith('“We will publish the summer schedule in April.”\n'), fixed.slice(-80));
  assert.equal(mismatches(fixed, true).length, 0);
  assert.equal(found[0].fixes[0].safe, undefined, 'inserting a closing mark is for the writer to confirm');
});

test('a multi-paragraph quote whose next paragraph does not open is unclosed', () => {
  const text = '“First part of the quote.\n\nThe reporter resumes here.\n';
  assert.deepEqual(show(text, mismatches(text, true)), ['1:1-1:2 quote-mismatch: Quotation not closed: opened with a double quote (“)']);
});

test('apostrophes are never quotes', () => {
  assert.deepEqual(quoteFindings(quoteFixture('apostrophes.txt')), []);
  const straight = "The mayor's office said the students' protest won't start before 9 o'clock; rock 'n' roll in the '90s.";
  assert.deepEqual(quoteFindings(straight), []);
});

test('nesting: single inside double is fine, double inside double is flagged and fixed with single marks', () => {
  const text = quoteFixture('nesting.txt');
  const found = mismatches(text);
  assert.deepEqual(show(text, found), [
    '2:35-2:36 quote-mismatch: Double quote (“) inside a double-quoted passage: a quote within a quote takes single quotes (‘…’)',
  ]);
  assert.deepEqual(found[0].fixes.map((f) => f.title), ['Use single quotes for the quote within the quote (‘…’)']);
  assert.deepEqual(found[0].related?.map((r) => r.message), ['The enclosing double-quoted passage opens here (“)']);
  const fixed = applyFix(text, found[0]);
  assert.ok(fixed.includes('the road was ‘temporarily closed’ for a month,”'), fixed);
  assert.deepEqual(quoteFindings(fixed), []);
});

test('pairs of different kinds are flagged at the closing mark and fixed with the right one', () => {
  const text = quoteFixture('mismatch.txt');
  const found = mismatches(text);
  assert.deepEqual(show(text, found), [
    `1:34-1:35 quote-mismatch: Closing mark doesn't match: opened with a curly double quote (“), closed with a straight one (")`,
    "2:17-2:18 quote-mismatch: Closing mark doesn't match: opened with a single quote (‘), closed with a double (”)",
    '3:32-3:33 quote-mismatch: Quotation not closed: opened with a double quote (“)',
  ]);
  // Fix titles say what they do in words, the glyph last.
  assert.deepEqual(
    found.map((f) => f.fixes.map((x) => x.title)),
    [['Close the quotation with ”'], ['Close the quotation with ’'], ['Close the quotation at the end of the sentence with ”']],
  );
  assert.deepEqual(found[0].related?.map((r) => r.message), ['The quotation opens here with a double quote (“)']);
  let fixed = applyFix(text, found[0]);
  assert.ok(fixed.startsWith('“The lights went out at midnight,” the caretaker said.'));
  fixed = applyFix(text, found[1]);
  assert.ok(fixed.includes('‘Nobody was hurt’ is what'));
  fixed = applyFix(text, found[2]);
  assert.ok(fixed.includes('“left in the dark for days.”'));
});

test('a closing mark with no opening mark is flagged', () => {
  const text = 'The minister said the cuts were final.” Then she left.';
  assert.deepEqual(show(text, mismatches(text)), ['1:39-1:40 quote-mismatch: Closing double quote (”) with no opening quote']);
});

test('a curly opening mark typed as the closing one is a mismatch', () => {
  const text = '“We are ready“ the captain said.';
  const found = mismatches(text);
  assert.deepEqual(show(text, found), [`1:14-1:15 quote-mismatch: Closing mark doesn't match: opened with a double quote (“), closed with an opening double quote (“) instead of ”`]);
  assert.equal(applyFix(text, found[0]), '“We are ready” the captain said.');
});

test('headline single quotes are fine', () => {
  const text = '# Chief says crews were ‘ready for anything’\n\nThe chief said crews were “ready for anything” that night.\n';
  assert.deepEqual(quoteFindings(text, true), []);
});
