// Trains figure-consistency's learned pair judge (option `judge: "learned"`) and reports how it does on sets it
// was not trained on:
//
//   node --import tsx scripts/train-pair-judge.ts            candidate ceiling, leave-one-set-out table, write the weights
//   node --import tsx scripts/train-pair-judge.ts --check    the same, but only compare with the committed weights
//
// Examples: the candidate pairs of every draft of the training sets (pair-features.ts's candidatePairs, at most
// MAX_PAIRS a draft), with pair-features.ts's features. A pair is positive when one figure overlaps a labelled
// figure-consistency finding and the other overlaps an occurrence of that label's `other`, or states the same value
// (kind and value) as a figure there (either order; session 9); every other candidate is negative (the labelled traps
// among them).
//
// Training sets: every consistency tuning set (consistency-corpus.ts TUNING_SETS, retired held-out sets through
// held-out-19 included since session 9) but consistency-heldout-15, kept for validation (scored by totals only,
// tools/totals-consistency with the option); held-out-20 and -21, retired in session 9, are read; HELD_OUT (held-out-22
// and later) never.
//
// Model: L2-regularised logistic regression, train-lexical-judge.ts's fitSparse (Newton with conjugate gradients,
// deterministic). Lambda and threshold by leave-one-set-out over the training sets, scoring what the rule would
// report (its default-tier findings plus the judge's, by consistency-corpus.ts's matchLabels): the highest pooled
// recall with precision >= MIN_PRECISION, ties to the higher threshold, then the larger lambda. Written down before
// the first run.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseDraft, formatForPath } from '../server/src/engine/document.ts';
import type { Finding } from '../server/src/engine/types.ts';
import { lint } from '../server/src/host/lint.ts';
import { frontMatterTitle } from '../server/src/rules/figure-consistency.ts';
import { draftFigures, pairProbability, pairsOf, suspectOf, type DraftFigures, type PairModel } from '../server/src/rules/figure-consistency/pair-judge.ts';
import { PAIR_MODEL } from '../server/src/rules/figure-consistency/pair-weights.ts';
import { locateLabel } from './corpus-labels.ts';
import { matchLabels, NINTH, RETIRED24, RETIRED25, RETIRED26, RETIRED27, RETIRED28, RETIRED29, SETTINGS, TENTH, TUNING_SETS, type Label } from './consistency-corpus.ts';
import { type Example, fitModel } from './train-lexical-judge.ts';

const RULE = 'figure-consistency';
/** Validation: never trained on, scored by totals only. */
export const VALIDATION = 'consistency-heldout-15';
/** Never read here: held-out sets (held-out-30 and later). */
export const HELD_OUT = /heldout-(?:[3-9]\d|\d{3,})$/;
/** Sets registered after the committed weights were trained (session 10's training sets, the sets its three cycles
 * retired): they join at the next retrain. */
export const AWAITING_RETRAIN: readonly string[] = [NINTH, TENTH, RETIRED24, RETIRED25, RETIRED26, RETIRED27, RETIRED28, RETIRED29];
export const PAIR_TRAINING = TUNING_SETS.filter((d) => basename(d) !== VALIDATION && !HELD_OUT.test(d) && !AWAITING_RETRAIN.includes(d));
export const LAMBDAS = [0.3, 1, 3, 10];
export const THRESHOLDS = Array.from({ length: 15 }, (_, i) => Math.round((0.25 + 0.05 * i) * 100) / 100);
export const MIN_PRECISION = 0.95;
/** A feature is known when at least this many training pairs have it. */
export const MIN_COUNT = 3;

export interface PairData {
  set: string;
  draft: string;
  text: string;
  labels: Label[];
  figures: DraftFigures;
  pairs: { a: number; b: number; features: string[]; y: number }[];
  /** The rule's own default-tier findings (what it reports with the judge off). */
  hand: Finding[];
  /** Labels with an `other`, and whether some candidate pair is the label's (the candidate ceiling). */
  reachable: boolean[];
  /** …and whether any pair of the draft's figures (same kind, different values and sentences) is. */
  reachableAny: boolean[];
}

export function occurrences(text: string, needle: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push({ start: at, end: at + needle.length });
  return out;
}
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && a.end > b.start;

export function loadSet(dir: string): PairData[] {
  if (HELD_OUT.test(dir)) throw new Error(`${dir} is held out: never read here`);
  const out: PairData[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.labels.json')).sort()) {
    const sidecar = JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as { draft: string; findings: Label[] };
    const text = readFileSync(resolve(dir, sidecar.draft), 'utf8');
    const format = formatForPath(sidecar.draft) ?? 'plaintext';
    const doc = parseDraft(text, format);
    const figures = draftFigures(doc, frontMatterTitle(doc));
    const labels = sidecar.findings.filter((l) => l.rule === RULE);
    // Each label's place and the places of its other figure.
    const places = labels.map((l) => ({ here: locateLabel(sidecar.draft, text, l), there: l.other ? occurrences(text, l.other) : [] }));
    // The label's other figure is one place its value is stated; the same value stated elsewhere (the headline's
    // "Eighty-six" for a label's "86") is the same counterpart, so a pair with it is the label's too.
    const otherValues = places.map((p) => new Set(figures.all.filter((f) => p.there.some((t) => overlaps(f, t))).map((f) => f.figure.valueKey)));
    const isLabel = (x: number, y: number) =>
      places.findIndex((p, i) => overlaps(figures.all[x], p.here) && (p.there.some((t) => overlaps(figures.all[y], t)) || (otherValues[i].has(figures.all[y].figure.valueKey))));
    const pairs = pairsOf(figures).map(({ a, b, features }) => ({ a, b, features, y: isLabel(a, b) >= 0 || isLabel(b, a) >= 0 ? 1 : 0 }));
    const reachable = places.map((_, i) => pairs.some((p) => isLabel(p.a, p.b) === i || isLabel(p.b, p.a) === i));
    const all = figures.all;
    const reachableAny = places.map((_, i) => {
      for (let x = 0; x < all.length; x++) for (let y = 0; y < all.length; y++) {
        if (x === y || all[x].figure.kind !== all[y].figure.kind || all[x].figure.valueKey === all[y].figure.valueKey) continue;
        if (all[x].block === all[y].block && all[x].figure.sentenceIndex === all[y].figure.sentenceIndex) continue;
        if (isLabel(x, y) === i) return true;
      }
      return false;
    });
    const hand = lint(text, { format, settings: SETTINGS.main }).findings.filter((f) => f.rule === RULE && f.severity !== 'hint');
    out.push({ set: basename(dir), draft: sidecar.draft, text, labels, figures, pairs, hand, reachable, reachableAny });
  }
  return out;
}

export function loadTraining(): PairData[] {
  return PAIR_TRAINING.flatMap(loadSet);
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}
const precision = (s: Score) => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
const recall = (s: Score) => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));
const fmt = (s: Score) => `${precision(s).toFixed(3)} / ${recall(s).toFixed(3)} (${s.tp}, ${s.fp}, ${s.fn})`;

/** What the rule reports on one draft with the judge on, given each pair's probability: its findings' spans. */
export function reported(d: PairData, probabilities: readonly number[], threshold: number): Finding[] {
  const out: Finding[] = [...d.hand];
  const suspects = new Set<number>();
  d.pairs.forEach((p, k) => {
    if (probabilities[k] >= threshold) suspects.add(suspectOf(d.figures, p.a, p.b));
  });
  for (const s of [...suspects].sort((x, y) => x - y)) {
    const f = d.figures.all[s];
    if (d.hand.some((g) => g.start < f.end && g.end > f.start)) continue;
    out.push({ rule: RULE, start: f.start, end: f.end, message: 'learned', severity: 'warning' } as Finding);
  }
  return out;
}

export function scoreDraft(d: PairData, findings: Finding[], into: Score = { tp: 0, fp: 0, fn: 0 }): Score {
  const match = matchLabels(d.draft, d.text, d.labels, findings);
  for (const hit of match.hits) if (hit) into.tp++;
    else into.fn++;
  into.fp += match.wrong.length;
  return into;
}

const examplesOf = (drafts: PairData[]): Example[] => drafts.flatMap((d) => d.pairs.map((p) => ({ names: p.features, y: p.y })));
const round = (v: number) => Math.round(v * 1e4) / 1e4;

export type PairTrained = PairModel & { lambda: number; trainedOn: readonly string[]; examples: number; positives: number };

export function fitFinal(drafts: PairData[], lambda: number, threshold: number): PairTrained {
  const data = examplesOf(drafts);
  const { weights, bias } = fitModel(data, lambda, MIN_COUNT);
  const rounded: Record<string, number> = {};
  for (const [n, v] of Object.entries(weights)) rounded[n] = round(v);
  return { bias: round(bias), threshold, lambda, trainedOn: [...new Set(drafts.map((d) => d.set))], examples: data.length, positives: data.filter((e) => e.y === 1).length, weights: rounded };
}

/** Leave-one-set-out: per lambda, each draft's pair probabilities from the model trained on the other sets. */
export function loso(drafts: PairData[], lambdas = LAMBDAS): Map<number, number[][]> {
  const sets = [...new Set(drafts.map((d) => d.set))];
  const out = new Map<number, number[][]>(lambdas.map((l) => [l, drafts.map(() => [])]));
  for (const held of sets) {
    const data = examplesOf(drafts.filter((d) => d.set !== held));
    for (const lambda of lambdas) {
      const { weights, bias } = fitModel(data, lambda, MIN_COUNT);
      const model: PairModel = { weights, bias, threshold: 0.5 };
      drafts.forEach((d, i) => {
        if (d.set === held) out.get(lambda)![i] = d.pairs.map((p) => pairProbability(model, p.features));
      });
    }
  }
  return out;
}

export function pooled(drafts: PairData[], probabilities: number[][], threshold: number): Score {
  const s: Score = { tp: 0, fp: 0, fn: 0 };
  drafts.forEach((d, i) => scoreDraft(d, reported(d, probabilities[i], threshold), s));
  return s;
}

export function modelSource(model: PairTrained): string {
  const { weights, ...head } = model;
  const table = Object.entries(weights)
    .map(([n, v]) => `${JSON.stringify(n)}:${v}`)
    .join(',');
  return `// Written by scripts/train-pair-judge.ts: do not edit by hand (re-run the script).
// L2-regularised logistic regression over pair-features.ts's features: ${Object.keys(weights).length} features (seen in >= ${MIN_COUNT}
// training pairs), trained on ${model.trainedOn.length} sets (${model.examples} candidate pairs, ${model.positives} labelled conflicts);
// lambda and threshold chosen by leave-one-set-out (the highest recall at precision >= ${MIN_PRECISION}).
/* eslint-disable */
// prettier-ignore
import type { PairModel } from './pair-judge.ts';

export const PAIR_MODEL: PairModel & { lambda: number; trainedOn: readonly string[]; examples: number; positives: number } = { ...${JSON.stringify(head)}, weights: {${table}} };
`;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const check = process.argv.includes('--check');
  const drafts = loadTraining();
  const sets = [...new Set(drafts.map((d) => d.set))];
  console.log(`training sets (${sets.length}): ${sets.join(', ')}`);
  // The candidate ceiling: labelled findings with an `other` that some candidate pair is.
  let labelled = 0;
  let withOther = 0;
  let reach = 0;
  let reachAny = 0;
  for (const d of drafts) {
    d.labels.forEach((l, i) => {
      labelled++;
      if (!l.other) return;
      withOther++;
      if (d.reachable[i]) reach++;
      if (d.reachableAny[i]) reachAny++;
    });
  }
  const pairsPer = drafts.map((d) => d.pairs.length);
  console.log(`labelled findings ${labelled}, with an other ${withOther}; any pair of one kind ${reachAny} (${(reachAny / withOther).toFixed(3)}), candidates ${reach} (${(reach / withOther).toFixed(3)})`);
  console.log(`candidate pairs: ${pairsPer.reduce((a, b) => a + b, 0)} in ${drafts.length} drafts (max ${Math.max(...pairsPer)}), positives ${drafts.reduce((n, d) => n + d.pairs.filter((p) => p.y).length, 0)}`);
  const hand = drafts.reduce((s, d) => scoreDraft(d, d.hand, s), { tp: 0, fp: 0, fn: 0 });
  console.log(`the rule alone (default tier): ${fmt(hand)}`);
  const probabilities = loso(drafts);
  console.log('\nleave-one-set-out, the rule with the judge (precision / recall (TP, FP, FN)):');
  console.log(`| threshold | ${LAMBDAS.map((l) => `lambda ${l}`).join(' | ')} |`);
  console.log(`|---:|${LAMBDAS.map(() => '---:').join('|')}|`);
  let best: { lambda: number; threshold: number; score: Score } | undefined;
  for (const threshold of THRESHOLDS) {
    const row = LAMBDAS.map((lambda) => {
      const score = pooled(drafts, probabilities.get(lambda)!, threshold);
      if (precision(score) >= MIN_PRECISION && (!best || score.tp > best.score.tp || (score.tp === best.score.tp && (threshold > best.threshold || (threshold === best.threshold && lambda > best.lambda))))) best = { lambda, threshold, score };
      return fmt(score);
    });
    console.log(`| ${threshold.toFixed(2)} | ${row.join(' | ')} |`);
  }
  if (!best) throw new Error(`no (lambda, threshold) reaches precision ${MIN_PRECISION} in LOSO`);
  console.log(`\nchosen: lambda ${best.lambda}, threshold ${best.threshold}: ${fmt(best.score)}`);
  const perSet = sets.map((set) => {
    const s: Score = { tp: 0, fp: 0, fn: 0 };
    drafts.forEach((d, i) => d.set === set && scoreDraft(d, reported(d, probabilities.get(best!.lambda)![i], best!.threshold), s));
    const h: Score = { tp: 0, fp: 0, fn: 0 };
    for (const d of drafts) if (d.set === set) scoreDraft(d, d.hand, h);
    return `  ${set}: rule ${fmt(h)} → with judge ${fmt(s)}`;
  });
  console.log(perSet.join('\n'));
  const model = fitFinal(drafts, best.lambda, best.threshold);
  const inSample = drafts.reduce((s, d) => scoreDraft(d, reported(d, d.pairs.map((p) => pairProbability(model, p.features)), model.threshold), s), { tp: 0, fp: 0, fn: 0 });
  console.log(`\nfinal model: ${Object.keys(model.weights).length} features, ${model.examples} pairs (${model.positives} positive); in-sample ${fmt(inSample)}`);
  const order = Object.entries(model.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
  console.log(`bias ${model.bias}; strongest: ${order.slice(0, 25).map(([n, v]) => `${n} ${v.toFixed(2)}`).join(', ')}`);
  const target = resolve(import.meta.dirname, '../server/src/rules/figure-consistency/pair-weights.ts');
  if (check) {
    const same = JSON.stringify(PAIR_MODEL) === JSON.stringify(model);
    console.log(same ? 'committed weights match' : 'committed weights DIFFER from a re-run');
    if (!same) process.exitCode = 1;
  } else {
    writeFileSync(target, modelSource(model));
    console.log(`wrote ${target}`);
  }
}
