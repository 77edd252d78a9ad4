// The judges' verdict cache of unattributed-figure (unattributed-figure/judge-cache.ts): a re-lint with
// warm caches after each edit of a sequence finds exactly what a cold lint of the same text finds (every
// field of every finding, its fixes, and --explain's reasons), and the contexts kept per figure stay
// bounded however many edits move the figure's surroundings.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lint } from '../../server/src/host/lint.ts';
import { defaultSettings } from '../../server/src/host/settings.ts';
import { clearCaches, paragraphCache } from '../../server/src/engine/cache.ts';
import { DocumentState } from '../../server/src/engine/state.ts';
import type { Format } from '../../server/src/engine/types.ts';
import { explainFigures } from '../../server/src/rules/unattributed-figure.ts';
import type { DeskBlock } from '../../server/src/rules/unattributed-figure/desk.ts';
import { CONTEXTS_PER_FIGURE, contextsHeld } from '../../server/src/rules/unattributed-figure/judge-cache.ts';
import { REPO } from './helpers.ts';

const RULE = 'unattributed-figure';

// A wire story of our own: sources carried across sentences and paragraphs, a data release, a quotation,
// a list under a reporting heading, a repeated paragraph, and figures nobody sources.
const DRAFT = [
  'Flooding forced about 1,200 people from their homes in the Marrow valley on Tuesday, the regional fire service said.',
  'Crews rescued 43 residents by boat overnight. Two people were taken to hospital with minor injuries.',
  'Rainfall reached 118 millimetres in 24 hours at the Pellam gauge, according to figures from the national weather agency. The previous record was 96 millimetres, set in 2009.',
  'Insurers estimate the damage at more than £30 million.',
  '"We have never seen the river rise this fast," said Ines Calder, who has farmed beside it for 31 years. "We lost 200 sheep in one night."',
  'What the council announced',
  'Emergency grants of £500 for each household;',
  'A further 60 beds in the town hall for those who cannot return.',
  'The council said it had spent £1.4 million on defences since 2019.',
  'Some 40% of the valley\u2019s homes have no flood insurance.',
  'Crews rescued 43 residents by boat overnight. Two people were taken to hospital with minor injuries.',
  'Roads reopened on Thursday, and 15 schools stayed shut, the county said.',
].join('\n\n');

/** The rule's findings as data: every field, fixes included. */
function findingsOf(text: string, format: Format, judge: string, state?: DocumentState): string {
  const settings = defaultSettings();
  settings.rules[RULE].options.judge = judge;
  settings.rules[RULE].options.otherClaims = 'hint';
  const result = lint(text, { format, settings, state });
  const explained = explainFigures(result.doc!, settings.rules[RULE].options, result.currentYear);
  return JSON.stringify({ findings: result.findings.filter((f) => f.rule === RULE), explained });
}

type Edit = (paragraphs: string[]) => void;

/** The index of the first paragraph holding `word` (the middle one when none does). */
const holding = (p: string[], word: RegExp) => Math.max(0, p.findIndex((x) => word.test(x))) || Math.floor(p.length / 2);
/** One letter of a paragraph changed, in its middle (a letter for a letter, as a typo). */
const typo = (p: string[], i: number) => {
  const at = p[i].slice(Math.floor(p[i].length / 2)).search(/[a-z]/) + Math.floor(p[i].length / 2);
  if (at >= Math.floor(p[i].length / 2)) p[i] = p[i].slice(0, at) + (p[i][at] === 'e' ? 'a' : 'e') + p[i].slice(at + 1);
};

/** Edits an editor makes: a letter, a paragraph deleted, added, moved or repeated, a source named or taken out. */
const EDITS: [string, Edit][] = [
  ['a letter in the middle paragraph', (p) => typo(p, Math.floor(p.length / 2))],
  ['a letter in a source sentence', (p) => typo(p, holding(p, /according to|said/))],
  ['a source removed', (p) => (p[holding(p, /, [^,.]* said\./)] = p[holding(p, /, [^,.]* said\./)].replace(/, [^,.]* said\./, '.'))],
  ['a source added', (p) => p.splice(3, 0, 'Officials said the clean-up would cost at least £8 million.')],
  ['a paragraph deleted', (p) => p.splice(1, 1)],
  ['a paragraph repeated', (p) => p.splice(Math.min(6, p.length), 0, p[2])],
  ['a heading added', (p) => p.splice(4, 0, 'Counting the cost')],
  ['two paragraphs swapped', (p) => ([p[2], p[3]] = [p[3], p[2]])],
  ['a letter in the first paragraph', (p) => typo(p, 0)],
  ['a figure changed', (p) => (p[holding(p, /\d/)] = p[holding(p, /\d/)].replace(/\d/, (d) => String((Number(d) + 1) % 10)))],
  ['the last paragraph deleted', (p) => p.pop()],
];

/** Paragraphs are split at blank lines, or at every line (`sep`) in plain text pasted from a CMS. */
function editSequence(start: string, format: Format, judge: string, sep = '\n\n'): void {
  clearCaches();
  const state = new DocumentState();
  let paragraphs = start.trimEnd().split(sep);
  // Warm the caches as the editor does: a lint of the text before the first edit.
  findingsOf(start, format, judge, state);
  for (const [name, edit] of EDITS) {
    paragraphs = [...paragraphs];
    edit(paragraphs);
    const text = paragraphs.join(sep);
    const warm = findingsOf(text, format, judge, state);
    // A cold lint of the same text, then the warm state goes on from the text it left (as the bench does).
    clearCaches();
    const cold = findingsOf(text, format, judge, new DocumentState());
    assert.equal(warm, cold, `${judge}, ${format}: after "${name}", a warm re-lint differs from a cold lint`);
  }
}

test('a warm re-lint after each edit finds what a cold lint finds (lexical judge, plain text and Markdown)', () => {
  editSequence(DRAFT, 'plaintext', 'lexical');
  editSequence(DRAFT.replace('What the council announced', '## What the council announced'), 'markdown', 'lexical');
});

test('a warm re-lint after each edit finds what a cold lint finds (learned judge)', () => {
  editSequence(DRAFT, 'plaintext', 'learned');
});

test('a warm re-lint finds what a cold lint finds on a labelled tuning draft', () => {
  const text = readFileSync(resolve(REPO, 'test/fixtures/figures/flood-valley.txt'), 'utf8');
  editSequence(text, 'plaintext', 'lexical', '\n');
});

test('the sequence changes findings, so the comparison can fail', () => {
  // A source taken out of the lede: a cold lint of the edited text must find something the original does not.
  const before = findingsOf(DRAFT, 'plaintext', 'lexical');
  const after = findingsOf(DRAFT.replace(', the regional fire service said', ''), 'plaintext', 'lexical');
  assert.notEqual(before, after);
});

/** The cached figures of a paragraph (the desk analysis the rule keeps in the engine's cache). */
function cachedFigures(prose: string) {
  const entries = paragraphCache<string, { analysis: DeskBlock }[]>('unattributed-figure:desk').get(prose);
  assert.ok(entries && entries.length > 0, 'the paragraph has a cached analysis');
  return entries[0].analysis.figures;
}

test('a figure keeps one context while nothing around it changes, and never more than CONTEXTS_PER_FIGURE', () => {
  clearCaches();
  const last = 'Farmers fear the harvest will fall by a third, some 9,000 tonnes.';
  const state = new DocumentState();
  const story = (fillers: number) => [DRAFT, ...Array.from({ length: fillers }, (_, i) => `Volunteers filled sandbags in the square on day ${i + 1}.`), last].join('\n\n');
  findingsOf(story(0), 'plaintext', 'lexical', state);
  const [figure] = cachedFigures(last);
  assert.equal(contextsHeld(figure), 1, 'the figure\u2019s verdict is kept');
  findingsOf(story(0).replace('Tuesday', 'Wednesday'), 'plaintext', 'lexical', state);
  assert.equal(contextsHeld(figure), 1, 'an edit elsewhere reads the same verdict back instead of adding one');
  // Each lint puts the figure in another paragraph of the story: a new context every time.
  for (let fillers = 1; fillers <= 3 * CONTEXTS_PER_FIGURE; fillers++) {
    findingsOf(story(fillers), 'plaintext', 'lexical', state);
    assert.equal(cachedFigures(last)[0], figure, 'the same cached figure');
    const held = contextsHeld(figure);
    assert.ok(held >= 1 && held <= CONTEXTS_PER_FIGURE, `${held} contexts held after ${fillers} moves`);
  }
  // And what it finds there is still what a cold lint finds.
  const warm = findingsOf(story(5), 'plaintext', 'lexical', state);
  clearCaches();
  assert.equal(warm, findingsOf(story(5), 'plaintext', 'lexical', new DocumentState()));
});
