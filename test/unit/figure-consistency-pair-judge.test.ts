// figure-consistency's learned pair judge (option `judge: "learned"`): on by default, trained without the
// validation set, its committed weights what the trainer fits, the rule deciding as the trainer scores it, a plain
// restatement flagged and traps of period, place and subset left alone (sentences of our own), seeds quiet.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { lintText, ofRule, SEEDS } from './helpers.ts';
import { defaultSettings } from '../../server/src/host/settings.ts';
import { figureConsistency } from '../../server/src/rules/figure-consistency.ts';
import { PAIR_MODEL } from '../../server/src/rules/figure-consistency/pair-weights.ts';
import { draftFigures, pairProbability, suspectOf } from '../../server/src/rules/figure-consistency/pair-judge.ts';
import { parseDraft } from '../../server/src/engine/document.ts';
import { candidatePairs, MAX_PAIRS, pairContext, pairFeatures } from '../../server/src/rules/figure-consistency/pair-features.ts';
import { figureMentions } from '../../server/src/rules/figure-consistency/extract.ts';
import type { Located } from '../../server/src/rules/figure-consistency/conflicts.ts';
import { CORPUS_YEAR } from '../../scripts/consistency-corpus.ts';
import { AWAITING_RETRAIN, fitFinal, LAMBDAS, loadSet, loadTraining, PAIR_TRAINING, reported, THRESHOLDS, VALIDATION } from '../../scripts/train-pair-judge.ts';

const RULE = 'figure-consistency';
const layer = (judge: string) => ({ rules: { [RULE]: { judge }, 'date-consistency': { year: CORPUS_YEAR } } });
const found = (text: string, judge = 'learned') => ofRule(lintText(text, 'plaintext', layer(judge)), RULE);
const shown = (text: string, judge = 'learned') => found(text, judge).map((f) => text.slice(f.start, f.end));

test('the judge is on by default (held-out log, session 8, item 8), the hand rule alone still an option', () => {
  assert.equal(defaultSettings().rules[RULE].options.judge, 'learned');
  assert.ok(JSON.stringify(figureConsistency.options).includes('"rules"'));
});

test('training reads every retired set (through held-out-23, and consistency-7/-8) but the validation set and the sets awaiting a retrain, never held-out-30 or later', () => {
  const names = PAIR_TRAINING.map((d) => basename(d));
  assert.ok(!names.includes(VALIDATION));
  assert.ok(!names.some((n) => /heldout-(?:2[4-9]|[3-9]\d|\d{3,})$/.test(n)), names.join());
  for (const n of ['consistency-heldout-16', 'consistency-heldout-19', 'consistency-heldout-20', 'consistency-heldout-21', 'consistency-heldout-22', 'consistency-heldout-23', 'consistency-7', 'consistency-8']) assert.ok(names.includes(n), n);
  for (const d of AWAITING_RETRAIN) assert.ok(!names.includes(basename(d)), d);
  assert.equal(names.length, 30);
  assert.deepEqual([...PAIR_MODEL.trainedOn], names);
  assert.throws(() => loadSet('/nowhere/consistency-heldout-30'), /held out/);
  assert.throws(() => loadSet('/nowhere/consistency-heldout-31'), /held out/);
});

const drafts = loadTraining();

test('the committed weights are what the trainer fits at the chosen lambda and threshold (train-pair-judge.ts --check re-runs the choice)', () => {
  assert.ok(LAMBDAS.includes(PAIR_MODEL.lambda) && THRESHOLDS.includes(PAIR_MODEL.threshold));
  const model = fitFinal(drafts, PAIR_MODEL.lambda, PAIR_MODEL.threshold);
  assert.deepEqual(JSON.parse(JSON.stringify(PAIR_MODEL)), JSON.parse(JSON.stringify(model)));
  assert.ok(Object.keys(PAIR_MODEL.weights).length > 50, 'features read from the structure, not a handful');
});

test('candidates stay bounded per draft and the ceiling is high', () => {
  let withOther = 0;
  let reachable = 0;
  for (const d of drafts) {
    assert.ok(d.pairs.length <= MAX_PAIRS, `${d.draft}: ${d.pairs.length}`);
    d.labels.forEach((l, i) => {
      if (!l.other) return;
      withOther++;
      if (d.reachable[i]) reachable++;
    });
  }
  assert.ok(reachable / withOther >= 0.85, `${reachable} of ${withOther}`);
});

test('the rule with the judge on reports what the trainer scores for the committed model (three training sets)', () => {
  for (const set of ['consistency-2', 'consistency-heldout-8', 'consistency-heldout-12']) {
    const some = drafts.filter((d) => d.set === set);
    assert.ok(some.length > 0, set);
    for (const d of some) {
      const expected = reported(d, d.pairs.map((p) => pairProbability(PAIR_MODEL, p.features)), PAIR_MODEL.threshold).map((f) => f.start).sort((a, b) => a - b);
      const format = d.draft.endsWith('.md') ? 'markdown' : 'plaintext';
      const got = ofRule(lintText(d.text, format, layer('learned')), RULE).filter((f) => f.severity !== 'hint').map((f) => f.start);
      assert.deepEqual(got, expected, `${set}/${d.draft}`);
    }
  }
});

test('the option changes decisions on the training sets', () => {
  let added = 0;
  for (const d of drafts) added += reported(d, d.pairs.map((p) => pairProbability(PAIR_MODEL, p.features)), PAIR_MODEL.threshold).length - d.hand.length;
  assert.ok(added >= 50, `${added} findings added`);
});

const STORY = [
  'Ferry fire kills 43 off southern coast',
  'A fire on a passenger ferry killed 43 people off the southern coast on Tuesday, the coastguard said.',
  'Rescuers pulled survivors from the water for several hours after the blaze broke out in the engine room.',
  'The operator said it would cooperate with the investigation.',
].join('\n\n');

test('a plain restatement with another value is flagged once, with the usual message and fix, by the rule or the judge', () => {
  // Session 8: the hand rule reports this one by default itself (a definite back-reference to the headline's and lede's
  // set, back-reference.ts); with the judge on it stays one finding, not two.
  const text = `${STORY}\n\nRelatives of the 39 people killed gathered at the port on Wednesday.\n`;
  assert.deepEqual(shown(text, 'rules'), ['39']);
  const findings = found(text);
  assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['39']);
  assert.match(findings[0].message, /^39 here, 43 on line 1(?:, 3)? \(a different figure for the same thing\?\)$/);
  assert.equal(findings[0].fixes?.[0]?.title, "Use '43' (as on line 1)");
});

test('with otherMatches "hint", a figure reported by default stays one warning, with the judge or without', () => {
  const text = `${STORY}\n\nRelatives of the 39 people killed gathered at the port on Wednesday.\n`;
  const hinted = ofRule(lintText(text, 'plaintext', { rules: { [RULE]: { otherMatches: 'hint' } } }), RULE);
  const judged = ofRule(lintText(text, 'plaintext', { rules: { [RULE]: { otherMatches: 'hint', judge: 'learned' } } }), RULE);
  assert.deepEqual(judged.map((f) => [text.slice(f.start, f.end), f.severity]), [['39', 'warning']]);
  assert.deepEqual(hinted.map((f) => [text.slice(f.start, f.end), f.severity]), [['39', 'warning']]);
});

test('another period, another place, a subset: left alone', () => {
  for (const last of [
    'Last year a fire on the same route killed 39 people.',
    'In Marovia, a storm killed 39 people on Monday.',
    'Of those killed, 39 were passengers and the rest were crew.',
  ]) {
    const text = `${STORY}\n\n${last}\n`;
    assert.deepEqual(shown(text), [], last);
  }
});

test('the features are read from structure: kind, slip, frame, markers, position', () => {
  const prose = ['Council approves £4.7bn budget', 'The council approved a £4.7bn budget on Monday.', 'The £4.1bn budget includes new funding for schools.'];
  const all: Located[] = [];
  prose.forEach((p, b) => {
    for (const figure of figureMentions(p, b === 0)) all.push({ figure, start: figure.start, end: figure.end, order: all.length, block: b });
  });
  const pairs = candidatePairs(all, 2);
  assert.ok(pairs.length >= 2);
  const [a, b] = pairs.find(([x, y]) => all[x].figure.heading && all[y].block === 2)!;
  const features = pairFeatures(all[a], all[b], pairContext(all, 2));
  for (const f of ['kind:money', 'slip:different', 'heading:first', 'definite:one', 'blocks-apart:3']) assert.ok(features.includes(f), `${f} in ${features.join(' ')}`);
});

test("a judged pair's suspect is the value stated less often of its measure: the same number of another thing does not count", () => {
  const text = ['Three people were killed when fire swept through a warehouse in Dunmore on Sunday night.', 'Crews from four stations fought the blaze for six hours.', '"Four people lost their lives in that building," the fire chief said.'].join('\n\n') + '\n';
  const draft = draftFigures(parseDraft(text, 'plaintext'), undefined);
  const at = (s: string) => draft.all.findIndex((l) => text.slice(l.start, l.end) === s);
  const [three, four] = [at('Three'), at('Four')];
  assert.ok(three >= 0 && four >= 0 && at('four') >= 0);
  // "four stations" states the value 4 too, but of stations: the quote's "Four" is the suspect (the later on a tie).
  assert.equal(suspectOf(draft, three, four), four);
  // The same value of the same measure stated twice makes the other the suspect.
  const twice = text.replace('Crews from four stations fought the blaze for six hours.', 'Police said four people had been killed.');
  const d2 = draftFigures(parseDraft(twice, 'plaintext'), undefined);
  const at2 = (s: string) => d2.all.findIndex((l) => twice.slice(l.start, l.end) === s);
  assert.equal(suspectOf(d2, at2('Three'), d2.all.length - 1), at2('Three'));
});

const skip = existsSync(SEEDS) ? false : `the shared seeds folder is absent (${SEEDS})`;

test('seeds with the judge on: no figure-consistency finding', { skip }, () => {
  for (const name of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) {
    const text = readFileSync(resolve(SEEDS, name), 'utf8');
    assert.deepEqual(shown(text), [], name);
  }
});
