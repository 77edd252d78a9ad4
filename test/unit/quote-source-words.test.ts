// quote-source, word for word (issue 12): swaps, insertions and deletions with the suggested wording
// exactly the source's stretch; the editorial conventions that are not misquotes; speakers; .vtt,
// .srt and .docx sources; an unreadable source. Drafts and transcripts are written here, in our words.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { applyFix, lintQuotes } from './quote-helpers.ts';
import { ofRule } from './helpers.ts';
import type { Finding } from '../../server/src/engine/types.ts';

const ROOT = mkdtempSync(join(tmpdir(), 'copydesk-words-'));
after(() => rmSync(ROOT, { recursive: true, force: true }));
let n = 0;

/** A fresh workspace with these source files; lints `text` as a draft in it. */
function workspace(sources: Record<string, string | Uint8Array>) {
  const dir = join(ROOT, `ws${n++}`);
  mkdirSync(join(dir, 'sources'), { recursive: true });
  writeFileSync(join(dir, '.copydesk.json'), '{}');
  for (const [name, content] of Object.entries(sources)) writeFileSync(join(dir, 'sources', name), content);
  return (text: string, rules: Record<string, unknown> = {}) => {
    const result = lintQuotes(text, { file: join(dir, 'draft.txt'), configFile: join(dir, '.copydesk.json'), root: dir, layer: { sources: ['sources/*'], rules } });
    const findings = ofRule(result.findings, 'quote-source');
    return { findings, problems: result.problems, dir };
  };
}

const messages = (findings: Finding[]) => findings.map((f) => f.message);
const fixOf = (finding: Finding) => finding.fixes[0]?.edits.map((e) => e.text);

/** Applies the fix and checks the quotation is then found verbatim, with nothing left to report. */
function fixedIsVerbatim(check: ReturnType<typeof workspace>, text: string, finding: Finding, rules: Record<string, unknown> = {}): string {
  const fixed = applyFix(text, finding, "Use the source's wording");
  const after = check(fixed, rules).findings;
  assert.deepEqual(after.filter((f) => !f.note).map((f) => f.message), [], fixed);
  assert.ok(after.some((f) => f.note && f.message.startsWith('Found in')), fixed);
  return fixed;
}

const HARBOUR = [
  'Interview with the harbourmaster, on the quay.',
  'Q: Have you seen anything like it?',
  "A: We've seen storms before, but nothing on this scale. The sea came over the wall like it wasn't there.",
  'Q: Is the roof of the boathouse safe?',
  'A: We finally fixed the old roof last spring, so it held. The bridge will reopen in March, the engineers say.',
  'A: The council has, after months of talks, cut the budget for the harbour. We will rebuild the wall, and it will be stronger than before.',
  '',
].join('\n');

test('a swapped word near the end: the suggestion runs to the end of the source clause, not where the word count ran out', () => {
  const check = workspace({ 'harbour.txt': HARBOUR });
  const text = '“We’ve seen storms before, but nothing like this,” the harbourmaster said.';
  const [finding] = check(text).findings;
  assert.equal(finding.message, 'Quote differs from sources/harbour.txt:3: here ‘nothing like this’ — transcript ‘nothing on this scale’');
  assert.deepEqual(fixOf(finding), ['We’ve seen storms before, but nothing on this scale']);
  assert.equal(finding.related![0].message, 'Source wording: “We\'ve seen storms before, but nothing on this scale”');
  assert.deepEqual([finding.related![0].line, finding.related![0].column], [2, 3]);
  fixedIsVerbatim(check, text, finding);
});

test('words left out (one, then several): the suggestion is the whole source stretch', () => {
  const check = workspace({ 'harbour.txt': HARBOUR });
  let text = 'He said “we fixed the roof last spring” and it held.';
  let [finding] = check(text).findings;
  assert.equal(finding.message, 'Quote differs from sources/harbour.txt:5: here ‘we fixed’ — transcript ‘We finally fixed’; here ‘the roof’ — transcript ‘the old roof’');
  assert.deepEqual(fixOf(finding), ['we finally fixed the old roof last spring']);
  fixedIsVerbatim(check, text, finding);

  text = 'He said “the council has cut the budget for the harbour.”';
  [finding] = check(text).findings;
  assert.deepEqual(fixOf(finding), ['the council has, after months of talks, cut the budget for the harbour']);
  fixedIsVerbatim(check, text, finding);
});

test('words added (one, then two): the suggestion drops them and nothing else', () => {
  const check = workspace({ 'harbour.txt': HARBOUR });
  let text = 'He said “the bridge will definitely reopen in March.”';
  let [finding] = check(text).findings;
  assert.equal(finding.message, 'Quote differs from sources/harbour.txt:5: here ‘will definitely reopen’ — transcript ‘will reopen’');
  assert.deepEqual(fixOf(finding), ['the bridge will reopen in March']);
  fixedIsVerbatim(check, text, finding);

  text = 'He said “honestly, we finally fixed the old roof last spring, so it held.”';
  [finding] = check(text).findings;
  assert.deepEqual(fixOf(finding), ['we finally fixed the old roof last spring, so it held']);
  fixedIsVerbatim(check, text, finding);
});

test('an ellipsis stands for left-out words; a change in one part is fixed in that part only', () => {
  const check = workspace({ 'harbour.txt': HARBOUR });
  assert.deepEqual(messages(check('He said: “We will rebuild the wall … stronger than before.”').findings), ['Found in sources/harbour.txt:6']);
  assert.deepEqual(messages(check('He said: “We will rebuild the wall... stronger than before.”').findings), ['Found in sources/harbour.txt:6']);
  const text = 'He said: “We will rebuild the wall … it will be stronger than ever.”';
  const [finding] = check(text).findings;
  assert.match(finding.message, /: here ‘than ever’ — transcript ‘than before’$/);
  assert.deepEqual(fixOf(finding), ['it will be stronger than before']);
  const fixed = fixedIsVerbatim(check, text, finding);
  assert.equal(fixed, 'He said: “We will rebuild the wall … it will be stronger than before.”');
});

test('[square brackets] insert or replace words for clarity; the first letter may be a capital or not', () => {
  const check = workspace({ 'harbour.txt': HARBOUR });
  assert.deepEqual(messages(check('“[The sea wall] will be stronger than before,” he said.').findings), ['Found in sources/harbour.txt:6']);
  assert.deepEqual(messages(check('He said “[the wall] came over the wall like it wasn’t there”.').findings).length, 1);
  assert.deepEqual(messages(check('“The engineers say,” he added, that the work would take weeks, and “we will rebuild the wall.”').findings), [
    'Found in sources/harbour.txt:5',
    'Found in sources/harbour.txt:6',
  ]);
  // Lower case where the source has a capital, with a straight apostrophe against a curly one.
  assert.deepEqual(messages(check('He said "we\'ve seen storms before" and laughed.').findings), ['Found in sources/harbour.txt:3']);
});

test('fillers and stutters are dropped silently by default; "strict" asks for the source words (or an ellipsis)', () => {
  const source = 'SAM OKORO: We, um, we lost the, the whole catch in one night, er, and the nets too.\n';
  const check = workspace({ 'call.txt': source });
  const text = '“We lost the whole catch in one night and the nets too,” Okoro said.';
  assert.deepEqual(messages(check(text).findings), ['Found in sources/call.txt:1']);
  const strict = check(text, { 'quote-source': { fillers: 'strict' } }).findings;
  assert.equal(strict.length, 1);
  assert.match(strict[0].message, /^Quote differs from sources\/call\.txt:1: here ‘lost the’ — transcript ‘lost the, the’; here ‘night and’ — transcript ‘night, er, and’$/);
  assert.deepEqual(fixOf(strict[0]), ['We lost the, the whole catch in one night, er, and the nets too']);
  fixedIsVerbatim(check, text, strict[0], { 'quote-source': { fillers: 'strict' } });
  // An ellipsis where the filler was satisfies a strict desk.
  assert.deepEqual(messages(check('“We lost the, the whole catch in one night … and the nets too,” Okoro said.', { 'quote-source': { fillers: 'strict' } }).findings), ['Found in sources/call.txt:1']);
  // With fillers ignored, a fix never writes them back.
  const [close] = check('“We lost the whole catch in one week and the nets too,” Okoro said.').findings;
  assert.deepEqual(fixOf(close), ['We lost the whole catch in one night and the nets too']);
});

const MEETING_VTT = [
  'WEBVTT',
  '',
  'NOTE recorded at the flood committee',
  '',
  '1',
  '00:00:05.000 --> 00:00:08.500',
  '<v Dr Lena Ortiz>The water level rose faster',
  '',
  '2',
  '00:00:08.500 --> 00:00:11.000',
  '<v Dr Lena Ortiz>than any of our models predicted.</v>',
  '',
  '00:04:10.000 --> 00:04:13.000',
  '<v Ann Ward>We cannot afford another <i>delay</i> on the barrier.',
  '',
  '00:04:13.000 --> 00:04:15.000',
  'It has to be built this year.',
  '',
].join('\n');

test('.vtt: a quotation spanning two cues is found, with its time; a wrong word is reported "at" the cue', () => {
  const check = workspace({ 'meeting.vtt': MEETING_VTT });
  const [found] = check('“The water level rose faster than any of our models predicted,” said Dr Ortiz.').findings;
  assert.equal(found.message, 'Found in sources/meeting.vtt at 00:00:05');
  assert.match(found.hover!, /Found in \[sources\/meeting\.vtt at 00:00:05\]\(file:.*meeting\.vtt#L7\) \(Dr Lena Ortiz\)/);
  const text = '“The water level rose faster than any of our forecasts predicted,” Ortiz said.';
  const [close] = check(text).findings;
  assert.equal(close.message, 'Quote differs from sources/meeting.vtt at 00:00:05: here ‘our forecasts predicted’ — transcript ‘our models predicted’');
  assert.deepEqual(fixOf(close), ['The water level rose faster than any of our models predicted']);
  fixedIsVerbatim(check, text, close);
});

test('speakers: right speaker, wrong speaker, a pronoun, an organisation, no attribution', () => {
  const check = workspace({ 'meeting.vtt': MEETING_VTT });
  const right = check('“We cannot afford another delay on the barrier,” said Ann Ward, who chairs the committee.').findings;
  assert.deepEqual(messages(right), ['Found in sources/meeting.vtt at 00:04:10']);

  const wrong = check('“We cannot afford another delay on the barrier,” Ortiz said.').findings;
  assert.deepEqual(messages(wrong), ['Found in sources/meeting.vtt at 00:04:10', "These words are Ann Ward's in sources/meeting.vtt at 00:04:10, not Ortiz's"]);
  assert.equal(wrong[1].severity, 'warning');
  assert.equal(wrong[1].related![0].file, join(check('').dir, 'sources', 'meeting.vtt'));
  assert.equal(wrong[1].related![0].line, 13);
  assert.match(wrong[1].related![0].message, /^Ann Ward: “We cannot afford another delay on the barrier”/);

  // A speaker carries on into the cue after (it has no voice tag of its own).
  const carried = check('Lena Ortiz spoke first. “It has to be built this year,” she said.').findings;
  assert.deepEqual(messages(carried), ['Found in sources/meeting.vtt at 00:04:13', "These words are Ann Ward's in sources/meeting.vtt at 00:04:13, not Lena Ortiz's (“she”)"]);

  const pronounRight = check('Ann Ward, who chairs the committee, was blunt. “We cannot afford another delay on the barrier,” she said.').findings;
  assert.deepEqual(messages(pronounRight), ['Found in sources/meeting.vtt at 00:04:10']);

  const before = check('Dr Ortiz said: “We cannot afford another delay on the barrier.”').findings;
  assert.deepEqual(messages(before).slice(1), ["These words are Ann Ward's in sources/meeting.vtt at 00:04:10, not Dr Ortiz's"]);

  assert.deepEqual(messages(check('“We cannot afford another delay on the barrier,” the committee said in a statement.').findings), ['Found in sources/meeting.vtt at 00:04:10']);
  assert.deepEqual(messages(check('“We cannot afford another delay on the barrier,” the Flood Authority said.').findings), ['Found in sources/meeting.vtt at 00:04:10']);
  assert.deepEqual(messages(check('The minutes record: “We cannot afford another delay on the barrier.”').findings), ['Found in sources/meeting.vtt at 00:04:10']);
  assert.deepEqual(messages(check('“We cannot afford another delay on the barrier,” said Ortiz.', { 'quote-source': { speakers: false } }).findings), ['Found in sources/meeting.vtt at 00:04:10']);
});

test("speakers: the interviewer's question is not the interviewee's words; Q/A answers are not checked against a name", () => {
  const check = workspace({ 'harbour.txt': HARBOUR });
  const asked = check('“Have you seen anything like it?” Mr Pryce said.').findings;
  assert.deepEqual(messages(asked), ['Found in sources/harbour.txt:2', "These words are the interviewer's question in sources/harbour.txt:2, not Mr Pryce's"]);
  assert.equal(asked[1].related![0].message, 'Interviewer: “Have you seen anything like it”');
  assert.deepEqual(messages(check('“The sea came over the wall like it wasn’t there,” Mr Pryce said.').findings), ['Found in sources/harbour.txt:3']);
  // Words said by both (the answer repeats the question): the answer's place, no warning.
  const echo = workspace({ 'echo.txt': 'Q: Was the wall strong enough for this?\nA: Was the wall strong enough for this? No, it was not.\n' });
  const [twice] = echo('“Was the wall strong enough for this?” Mr Pryce said.').findings;
  assert.equal(twice.message, 'Found in sources/echo.txt:2');
  assert.match(twice.hover!, /Also in: \[sources\/echo\.txt:1\]/);
});

test('a statement with no speakers holds words for an organisation; a quotation in two sources lists both', () => {
  const statement = 'Statement from the Harbour Authority\n\nThe harbour will reopen to fishing boats on Friday morning.\n';
  const check = workspace({ 'statement.txt': statement, 'notes.md': '# Notes\n\nPort staff: the harbour will reopen to fishing boats on Friday morning.\n' });
  const [found] = check('“The harbour will reopen to fishing boats on Friday morning,” the Harbour Authority said.').findings;
  assert.equal(found.message, 'Found in sources/notes.md:3');
  assert.match(found.hover!, /Also in: \[sources\/statement\.txt:3\]/);
});

test('.srt: cues with times, a speaker label carried into the next cue, a quotation across cues', () => {
  const srt = [
    '1',
    '00:01:02,500 --> 00:01:05,000',
    'MAYOR JO HALL: The ferry service',
    'will run again from Monday.',
    '',
    '2',
    '00:01:05,000 --> 00:01:08,000',
    'Tickets will cost the same as last year.',
    '',
    '3',
    '00:01:09,000 --> 00:01:11,000',
    'REPORTER: Will the timetable change?',
    '',
  ].join('\r\n');
  const check = workspace({ 'briefing.srt': srt });
  assert.deepEqual(messages(check('“The ferry service will run again from Monday,” said Hall.').findings), ['Found in sources/briefing.srt at 00:01:02']);
  const text = 'Hall said: “Tickets will cost the same as before.”';
  const [close] = check(text).findings;
  assert.equal(close.message, 'Quote differs from sources/briefing.srt at 00:01:05: here ‘as before’ — transcript ‘as last year’');
  assert.deepEqual(fixOf(close), ['Tickets will cost the same as last year']);
  fixedIsVerbatim(check, text, close);
  assert.deepEqual(messages(check('“from Monday. Tickets will cost the same,” the mayor added.').findings), ['Found in sources/briefing.srt at 00:01:02']);
  assert.deepEqual(messages(check('“Will the timetable change?” asked Hall.').findings)[1], "These words are the interviewer's question in sources/briefing.srt at 00:01:09, not Hall's");
});

async function docxBytes(paragraphs: string[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

test('.docx: read through mammoth, paragraphs and speaker labels; an unreadable source gives one message and the rest still work', async () => {
  const docx = await docxBytes(['Press statement, Friday', 'The library on Mill Street will stay open on Saturdays until the end of the year.', 'CLLR RITA BOSE: We listened to the people who use it.']);
  const check = workspace({ 'statement.docx': docx, 'broken.docx': 'this is not a Word document', 'notes.txt': 'The new roof will cost more than the old one did.\n' });
  const text = [
    '“The library on Mill Street will stay open on Saturdays until the end of the month,” the council said.',
    '',
    '“We listened to the people who use it,” said Cllr Bose.',
    '',
    '“The new roof will cost more than the old one did,” he said.',
  ].join('\n');
  const { findings, problems } = check(text);
  assert.deepEqual(messages(findings), [
    'Quote differs from sources/statement.docx, paragraph 2: here ‘the month’ — source ‘the year’',
    'Found in sources/statement.docx, paragraph 3',
    'Found in sources/notes.txt:1',
  ]);
  assert.deepEqual(fixOf(findings[0]), ['The library on Mill Street will stay open on Saturdays until the end of the year']);
  assert.deepEqual([findings[0].related![0].file?.endsWith('statement.docx'), findings[0].related![0].line], [true, 0]);
  assert.equal(problems.length, 1, JSON.stringify(problems));
  assert.match(problems[0].message, /^Cannot read source .*broken\.docx: it is not a valid \.docx file \(not a zip archive\); quotes are checked against the other sources$/);
  // Cached: the next lint reports it again (a fresh message for a fresh lint) without re-reading it.
  assert.equal(check(text).problems.length, 1);
});

test('a quotation with an extra word at the start is fixed without the word; a quotation that is not in the sources is left alone', () => {
  const check = workspace({ 'harbour.txt': HARBOUR });
  const text = '“Well, the sea came over the wall like it wasn’t there,” he said.';
  const [finding] = check(text).findings;
  assert.deepEqual(fixOf(finding), ['The sea came over the wall like it wasn’t there']);
  fixedIsVerbatim(check, text, finding);
  assert.deepEqual(messages(check('“Nobody expected the lifeboat crew to be out until dawn,” he said.').findings), ['Not found in sources']);
});

test('many differences: the first three are shown, then how many more', () => {
  const check = workspace({ 'harbour.txt': HARBOUR });
  const [finding] = check('He said “we finally mended an old roof last summer, so it stayed, and the bridge will reopen in May”.').findings;
  assert.match(finding.message, /^Quote differs from sources\/harbour\.txt:5: here ‘finally mended an old’ — transcript ‘finally fixed the old’; here ‘last summer, so’ — transcript ‘last spring, so’; here ‘it stayed, and the’ — transcript ‘it held. The’; and 1 more difference$/);
  fixedIsVerbatim(check, 'He said “we finally mended an old roof last summer, so it stayed, and the bridge will reopen in May”.', finding);
});
