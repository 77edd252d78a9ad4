// The lexical judge of unattributed-figure (option `judge: "lexical"`): its committed weights are what the
// trainer fits from the training sets, the rule in lexical mode decides as the trainer scores it, the
// option changes decisions, the decisions it never overrides hold, and the seed conditions hold.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { lintText, ofRule, SEEDS } from './helpers.ts';
import { LEXICAL_MODEL } from '../../server/src/rules/unattributed-figure/lexical-weights.ts';
import { featureWords, lexicalFeatures } from '../../server/src/rules/unattributed-figure/lexical.ts';
import { attributionMatcher } from '../../server/src/rules/unattributed-figure/attribution.ts';
import { CORPORA, evaluateCorpus, HELD_OUT } from '../../scripts/figures-corpus.ts';
import { emptyScore, loadTraining, scoreDraft, THRESHOLDS } from '../../scripts/train-figure-judge.ts';
import { decideLexical, fitFinal, LAMBDAS, LEXICAL_TRAINING, MIN_COUNT } from '../../scripts/train-lexical-judge.ts';
import { defaultSettings } from '../../server/src/host/settings.ts';
import { proseSentences } from '../../server/src/engine/sentences.ts';

const RULE = 'unattributed-figure';
const lexical = (text: string) => ofRule(lintText(text, 'plaintext', { rules: { [RULE]: { judge: 'lexical' } } }), RULE);
const rules = (text: string) => ofRule(lintText(text, 'plaintext', { rules: { [RULE]: { judge: 'rules' } } }), RULE);
const shown = (text: string) => lexical(text).map((f) => text.slice(f.start, f.end));

// The product default since held-out-log session 8 item 7 (figures-heldout-21/-22); the hand rule stays by name.
test('the judge defaults to the lexical judge', () => {
  assert.equal(defaultSettings().rules[RULE].options.judge, 'lexical');
});

test('training never reads a held-out set, and reads every retired one (held-out-17 … -22 since session 9)', () => {
  for (const name of LEXICAL_TRAINING) assert.ok(!HELD_OUT.has(name), name);
  for (const name of ['heldout16', 'heldout17', 'heldout22'] as const) assert.ok(LEXICAL_TRAINING.includes(name), name);
  assert.deepEqual([...LEXICAL_MODEL.trainedOn], LEXICAL_TRAINING);
  for (const name of HELD_OUT) assert.throws(() => loadTraining([name]), /held out/);
});

const drafts = loadTraining(LEXICAL_TRAINING);

test('the committed weights are what the trainer fits at the chosen lambda (scripts/train-lexical-judge.ts --check re-runs the choice)', () => {
  assert.ok(LAMBDAS.includes(LEXICAL_MODEL.lambda) && THRESHOLDS.includes(LEXICAL_MODEL.threshold));
  assert.equal(LEXICAL_MODEL.minCount, MIN_COUNT);
  const model = fitFinal(drafts, LEXICAL_MODEL.hand, LEXICAL_MODEL.lambda, LEXICAL_MODEL.threshold);
  assert.deepEqual(JSON.parse(JSON.stringify(LEXICAL_MODEL)), JSON.parse(JSON.stringify(model)));
});

test('the weights stay small (the file is bundled)', () => {
  const file = resolve(import.meta.dirname, '../../server/src/rules/unattributed-figure/lexical-weights.ts');
  // 150 KB: the vocabulary grows with the training sets (87.5 KB on 23 sets, 114 KB on 29); the VSIX budget is 1 MB.
  assert.ok(statSync(file).size < 150_000, `${statSync(file).size} bytes`);
  assert.ok(Object.keys(LEXICAL_MODEL.weights).length > 1000, 'a vocabulary chosen by the data, not a handful of words');
});

test('the rule in lexical mode decides as the trainer scores the committed model (every training set)', () => {
  for (const corpus of LEXICAL_TRAINING) {
    const expected = emptyScore();
    for (const d of drafts.filter((x) => x.corpus === corpus)) scoreDraft(d, decideLexical(d, LEXICAL_MODEL), expected);
    const got = evaluateCorpus(CORPORA[corpus], { mode: 'desk', tier: 'main', judge: 'lexical' });
    assert.deepEqual([got.total.tp, got.total.fp, got.total.fn, got.total.findings], [expected.tp, expected.fp, expected.fn, expected.findings], corpus);
  }
});

test('the option changes decisions: on the training sets, and on one sentence', () => {
  let differ = 0;
  for (const d of drafts) {
    const flags = decideLexical(d, LEXICAL_MODEL);
    d.figures.forEach((f, k) => (differ += flags[k] !== (f.hand === 'main') ? 1 : 0));
  }
  assert.ok(differ >= 20, `${differ} figures decided differently`);
  // (Until session 8: "Unemployment has now risen to nearly 9% in the region.", which the hand rules now query
  // themselves; until session 10, "Some 340 households … are now in temporary accommodation.", which the judge
  // retrained on 35 sets leaves alone on its own.) A completed scheme's cost is background a desk does not query;
  // the hand rules do.
  const background = 'The scheme, which cost £12m, opened in 2019.';
  assert.deepEqual(rules(background).map((f) => background.slice(f.start, f.end)), ['£12m']);
  assert.deepEqual(lexical(background), []);
  const text = 'Around 15,000 people are expected to attend the festival next weekend.';
  const findings = lexical(text);
  assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['15,000']);
  assert.doesNotMatch(findings[0].message, /judge/); // the verdict is in the detail (hover, --explain), not the message
  assert.equal(typeof findings[0].detail?.learned?.probability, 'number');
  assert.equal(findings[0].detail?.learned?.judge, 'lexical');
});

test('an unfilled placeholder stays flagged and number forms that are no claim never are, in lexical mode', () => {
  const text = 'Some 4,000 homes were flooded overnight, according to [source].';
  const findings = lexical(text);
  assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['4,000']);
  assert.match(findings[0].message, /placeholder not filled in/);
  assert.deepEqual(shown('The motion passed 52-48 after a long debate.'), []);
  assert.deepEqual(shown('Engineers began work on a 250-mile-long pipeline across the plain.'), []);
});

test('the features are generic context: window words, clause, the counted word, and the distance to a reporting verb', () => {
  const prose = 'The agency said on Tuesday that about 4,000 homes were flooded.';
  const at = prose.indexOf('4,000');
  const features = lexicalFeatures({ prose, sentences: proseSentences(prose), sentence: 0, figure: { start: at, end: at + 5 }, paragraph: 0, inQuote: false, listItem: false, heading: false, matcher: attributionMatcher() });
  for (const f of ['b1:about', 'b2:that', 'a1:homes', 'n:home', 'cue-before:5', 'cue-before-word:said', 'cue-after:none', 'pos:paragraph0', 'ps:<none>', 'shape:digits']) assert.ok(features.includes(f), `${f} in ${features.join(' ')}`);
  assert.equal(featureWords('b1:about'), '\u201Cabout\u201D just before it');
  assert.equal(featureWords('h:hedge', (n) => `hand ${n}`), 'hand hedge');
});

const skip = existsSync(SEEDS) ? false : `the shared seeds folder is absent (${SEEDS})`;
const seed = (name: string) => readFileSync(resolve(SEEDS, name), 'utf8');

test('seeds in lexical mode: 001 flags "50,000" and not "6,941"; nothing in 000', { skip }, () => {
  const text = seed('001_f2c0aecb21ea61e1.txt');
  const flagged = shown(text);
  assert.ok(flagged.includes('50,000'), flagged.join(', '));
  assert.ok(!flagged.some((f) => f.includes('6,941')), flagged.join(', '));
  assert.deepEqual(lexical(seed('000_d56714a625d931cb.txt')), []);
});

// Issue 10's explainability under the product default (the lexical judge): the hover of a finding says why the
// figure needs a source, and `--explain` says why a figure was left alone, each with the hand rule's reason and
// the judge's verdict.
test('under the default judge, the hover and --explain give the hand rule\'s reason and the judge\'s verdict', async () => {
  const { lint } = await import('../../server/src/host/lint.ts');
  const { explainLines } = await import('../../server/src/cli/explain.ts');
  const { needsSourceHover } = await import('../../server/src/lsp/figure-hovers.ts');
  const options = { format: 'plaintext' as const, settings: defaultSettings() };
  assert.equal(options.settings.rules[RULE].options.judge, 'lexical');
  const text = 'Headline\n\nThe fighting moved south on Friday.\n\nAbout 1.4 million people have fled the border provinces.\n\nThe interior ministry said 1,200 had been released by Tuesday.\n';
  const result = lint(text, options);
  const [finding] = result.findings.filter((f) => f.rule === RULE);
  assert.equal(text.slice(finding.start, finding.end), '1.4 million');
  assert.match(finding.message, /^No source for \u201C1.4 million\u201D: [^—]+$/);
  assert.ok(finding.detail?.learned && finding.detail.learned.probability >= finding.detail.learned.threshold);
  const hover = needsSourceHover(finding)!;
  assert.match(hover, /^\*\*Why \u201C1.4 million\u201D needs a source\*\*/);
  assert.match(hover, /It is .+\.|Why: .+\./);
  assert.match(hover, /Queried by the lexical judge \(probability 0\.\d\d, threshold 0\.\d\d\)/);
  const lines = explainLines('story.txt', result, options);
  const released = lines.find((l) => l.includes('\u201C1,200\u201D'));
  assert.ok(released, lines.join('\n'));
  assert.match(released!, /\u201C1,200\u201D  .*said.*; lexical judge 0\.\d\d \(threshold 0\.\d\d\): /);
});
