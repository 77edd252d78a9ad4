// Issue 11's families, in our own sentences: how quote-mismatch and quote-style read quotation marks
// and apostrophes, US and British order, curly and straight, with each fix applied and checked.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, quoteFindings, show } from './quote-helpers.ts';

const curly = { rules: { 'quote-style': { style: 'curly' } } };
const straight = { rules: { 'quote-style': { style: 'straight' } } };

function clean(text: string, layer?: unknown) {
  assert.deepEqual(show(text, quoteFindings(text, false, layer)), [], text);
}

test('1. a closing mark after a word ending in s or z closes the quote (British and US, curly and straight)', () => {
  clean('‘We need more buses’, said the councillor, ‘and we need them this year.’');
  clean('“The council promised ‘lower rates’ and ‘fewer fees’ before the vote,” Ms Patel said.');
  clean("'Our members want pay rises', the union said, 'not more promises.'");
  clean(`"The tenants asked for 'repairs' and 'fair rents,'" he said.`);
  clean('‘The waltz’ and ‘the quiz’ were the only events left, she said.');
  // The same mark after s is still a possessive when nothing is open, or when a later mark closes.
  clean('The nurses’ strike and the drivers’ ballot were both called off.');
  clean('‘The nurses’ strike will go on,’ she said.');
  clean("'The nurses' strike will go on,' she said.");
});

test('2. straight marks open a quote within a quote, as curly ones do', () => {
  clean(`"'We are not moving,' the residents told us," the officer said.`);
  clean(`'The sign said "no entry", so we waited,' he said.`);
  clean(`"She told me, 'Bring the ladder,' and left," he said.`);
  // A real mistake is still found: the single quote is never closed.
  const text = `"'We are not moving, the residents told us," the officer said.`;
  assert.deepEqual(show(text, quoteFindings(text)), [`1:2-1:3 quote-mismatch: Quotation not closed: opened with a straight single quote (')`]);
});

test('3. a straight " after a number closes a quote; feet and inches only in a measurement', () => {
  clean(`He watched "Apollo 13" twice, queued at "Terminal 5" and drove home on the "M25".`);
  clean(`"We waited for the number 38," she said.`);
  clean('The film “Apollo 13” was shown at “Terminal 5”.');
  clean(`The centre is 6' 8" tall and the screen is 55" wide; the pipe was 12½" across.`);
  clean(`"The screen is 20" wide," he said.`);
  clean(`The rope measured 30.5" and the map 11"×14".`);
});

test('4. elisions beyond a short list are apostrophes, curly or straight', () => {
  clean('’Cause the buses stopped ’round midnight, fans of the ’49ers waited ’til dawn.');
  clean("'Cause the buses stopped 'round midnight, fans of the '49ers waited 'til dawn.");
  clean('“’Tisn’t fair,” he said, “and ’twill not last. We’ll be talkin’ ’bout it for years.”');
  clean('The ’Niners won in ’94, and rock ’n’ roll filled the ’90s.');
  clean(`"Granny always said 'twas the wind," he recalled.`);
});

test('5. dropped-g and dialect words inside single quotes do not close them', () => {
  clean('‘They’re comin’ back for the rest of the flock,’ the farmer said.');
  clean("'We were lookin' for the dog all night,' she said.");
  clean('“We were just sittin’ there when the roof went,” he said.');
  clean('‘Nothin’ o’ the sort happened,’ he said, ‘an’ I was there.’');
  // A short dialect elision inside a single quote with only one closing mark to come.
  clean("'I 'ad a word wi' him,' he said.");
});

test('6. wrong glyphs are reported with a fix: ‘90s, ‘til, owner‘s, ’ opening a quote', () => {
  const text = 'The ‘90s boom lasted ‘til 2001, and the owner‘s dog saw it all.';
  const found = quoteFindings(text);
  assert.deepEqual(show(text, found), [
    '1:5-1:6 quote-style: Opening quote (‘) used as an apostrophe: use ’',
    '1:22-1:23 quote-style: Opening quote (‘) used as an apostrophe: use ’',
    '1:46-1:47 quote-style: Opening quote (‘) used as an apostrophe: use ’',
  ]);
  assert.ok(found.every((f) => f.fixes.map((x) => x.title).join() === 'Use an apostrophe (’)'), found.map((f) => f.fixes[0]?.title).join());
  let fixed = text;
  for (const f of [...found].reverse()) fixed = applyFix(fixed, f);
  assert.equal(fixed, 'The ’90s boom lasted ’til 2001, and the owner’s dog saw it all.');
  clean(fixed);

  const opening = '’We are ready for the storm,’ the harbourmaster said.';
  const [finding] = quoteFindings(opening);
  assert.equal(finding.message, 'Closing quote (’) opens this quotation: use an opening quote (‘)');
  assert.deepEqual(finding.fixes.map((f) => f.title), ['Use an opening quote (‘)']);
  assert.equal(applyFix(opening, finding), '‘We are ready for the storm,’ the harbourmaster said.');

  const feet = 'The forward is 6‘2“ and the guard 5’11".';
  assert.deepEqual(
    quoteFindings(feet).map((f) => f.message),
    ['Opening quote (‘) after a number stands for a foot (or minute) mark: use ′', 'Opening quote (“) after a number stands for an inch (or second) mark: use ″', 'Closing quote (’) after a number stands for a foot (or minute) mark: use ′'],
  );
  assert.deepEqual(quoteFindings(feet).map((f) => f.fixes.map((x) => x.title)), [['Use a foot mark (′)'], ['Use an inch mark (″)'], ['Use a foot mark (′)']]);
  // In a straight house style the wrong glyph becomes the straight mark.
  const [straightFix] = quoteFindings('The ‘80s were loud, he said.', false, straight);
  assert.equal(applyFix('The ‘80s were loud, he said.', straightFix), "The '80s were loud, he said.");
});

test('7. single inside single: the message says so and the fix offers the double pair', () => {
  const text = '‘He kept saying ‘never again’ to the crew,’ she said.';
  const found = quoteFindings(text);
  assert.deepEqual(show(text, found), [
    '1:17-1:18 quote-mismatch: Single quote (‘) inside a single-quoted passage: a quote within a quote takes double quotes (“…”)',
  ]);
  assert.deepEqual(found[0].fixes.map((f) => f.title), ['Use double quotes for the quote within the quote (“…”)']);
  assert.equal(applyFix(text, found[0]), '‘He kept saying “never again” to the crew,’ she said.');
  const straightText = `'He kept saying 'stop' to the crew,' she said.`;
  const [s] = quoteFindings(straightText);
  assert.equal(applyFix(straightText, s), `'He kept saying "stop" to the crew,' she said.`);
});

test("8. wire copy's doubled apostrophes '' are a straight double quote; quote-style offers the pair", () => {
  const text = "''We lost the whole harvest,'' the farmer said. ''Nothing is left.''";
  const found = quoteFindings(text);
  assert.ok(found.every((f) => f.rule === 'quote-style'), show(text, found).join('\n'));
  assert.equal(found.length, 4);
  assert.equal(found[0].message, `Two apostrophes ('') used as a double quote: use "`);
  assert.deepEqual(found[0].fixes.map((f) => f.title), ['Use double quotes for this pair ("…")']);
  assert.equal(applyFix(text, found[0]), `"We lost the whole harvest," the farmer said. ''Nothing is left.''`);
  assert.equal(applyFix(text, quoteFindings(text, false, curly)[0]), `“We lost the whole harvest,” the farmer said. ''Nothing is left.''`);
  // Across paragraphs, as wire services send them.
  const multi = "''The river rose overnight.\n\n''By morning the bridge was gone,'' the mayor said.\n";
  assert.ok(quoteFindings(multi).every((f) => f.rule === 'quote-style'));
});

test('9. a plain-text line that opens a quotation without final punctuation is a paragraph of the quote', () => {
  clean('Ms Amadi spoke at the harbour.\n“We will rebuild the pier\n“And we will reopen the cafe by the summer,” she said.\n');
  clean('Ms Amadi spoke at the harbour.\n\n“We will rebuild the pier\n\n“And we will reopen the cafe by the summer,” she said.\n');
  clean(`Mr Osei said:\n\n"Our crews worked through the night\n\n"and they will be back tomorrow," he said.\n`);
  // A quoted line followed by a paragraph that does not open is still unclosed.
  const text = 'Ms Amadi spoke at the harbour.\n\n“We will rebuild the pier\n\nThe council has not replied.\n';
  assert.equal(quoteFindings(text).length, 1);
});
