// Trains unattributed-figure's lexical judge (option `judge: "lexical"`) and reports how it does on sets it
// was not trained on:
//
//   node --import tsx scripts/train-lexical-judge.ts           train, print leave-one-set-out, write the weights
//   node --import tsx scripts/train-lexical-judge.ts --check   the same, but only compare with the committed weights
//   node --import tsx scripts/train-lexical-judge.ts --variant lexical   write the lexical-only variant whatever LOSO says
//                                                                        (--variant hand: the one with the hand features)
//
// Features: unattributed-figure/lexical.ts (words around the figure, its clause, sentence and the sentence
// before, the word it counts, its shape and place, the distance to the nearest reporting cue), as strings.
// The vocabulary is chosen by the data: a feature is known when it occurs in at least MIN_COUNT training
// figures (counted on the training part of each fold, so a held-out set's words never choose it). Two
// variants are trained: the lexical features alone, and beside the hand judge's features (features.ts,
// named `h:<name>`); the one with the higher pooled leave-one-set-out F-beta is written (ties: with the
// hand features).
//
// Training sets: every corpus but the held-out ones (LEXICAL_TRAINING: every retired set included, held-out-17 …
// -22 since session 9; until then it stopped at held-out-16). Examples, labels
// and scoring are train-figure-judge.ts's (loadTraining, losoScore): a figure is positive when it overlaps
// a needs-source label; figures whose decision is fixed are no examples.
//
// Model: L2-regularised logistic regression (the bias not penalised), fitted by Newton's method with the
// Newton step solved by preconditioned conjugate gradients (truncated Newton / IRLS-CG, ~60 lines below).
// Why: the first judge's dense Newton solve is cubic in the features (thousands here); CG needs only
// products with the sparse 0/1 design matrix, converges to the exact optimum in a few dozen steps, and is
// deterministic (same data, same order of sums: the committed weights can be checked by a re-run). The npm
// logistic-regression packages fit by plain gradient descent with a learning rate and no L2 term.
//
// Lambda and the threshold are chosen by LOSO over the training sets, as for the first judge: the pair
// with the highest pooled F-beta (beta 0.7) wins, ties to the larger lambda.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FEATURE_NAMES, FIXED_ROUTES } from '../server/src/rules/unattributed-figure/features.ts';
import { handFeatureNames, lexicalProbability, type LexicalModel } from '../server/src/rules/unattributed-figure/lexical.ts';
import { LEXICAL_MODEL } from '../server/src/rules/unattributed-figure/lexical-weights.ts';
import { CORPORA, HELD_OUT, type CorpusName } from './figures-corpus.ts';
import { BETA, decideBy, emptyScore, fBeta, fmt, handScore, loadTraining, losoScore, perK, scoreDraft, THRESHOLDS, train, type DraftData, type Score } from './train-figure-judge.ts';

/** Sets registered after the committed weights were trained (session 10's training sets desk-9 and -10, and the sets its three cycles retired): they join the
 * training sets at the next retrain, and until then the committed weights stay checkable. */
export const AWAITING_RETRAIN: ReadonlySet<CorpusName> = new Set<CorpusName>(['desk9', 'desk10', 'heldout27', 'heldout28', 'heldout29', 'heldout30', 'heldout31', 'heldout32']);
/** The training sets: every corpus but the held-out ones (retired held-out sets are training sets). */
export const LEXICAL_TRAINING: CorpusName[] = (Object.keys(CORPORA) as CorpusName[]).filter((n) => !HELD_OUT.has(n) && !AWAITING_RETRAIN.has(n));
export const LAMBDAS = [1, 3, 10, 30, 100];
/** A feature is known when at least this many training figures have it (keeps the weights file small). */
export const MIN_COUNT = 10;

export type LexicalTrained = LexicalModel & { lambda: number; minCount: number; trainedOn: readonly string[]; examples: number; positives: number };

/** The inputs of one figure: its lexical features, and the hand judge's beside them in the `hand` variant. */
const inputsOf = (d: DraftData, k: number, hand: boolean) => (hand ? [...d.figures[k].lexical, ...handFeatureNames(FEATURE_NAMES, d.figures[k].features)] : d.figures[k].lexical);

export interface Example {
  names: string[];
  y: number;
}

function examples(drafts: DraftData[], hand: boolean): Example[] {
  return drafts.flatMap((d) => d.figures.flatMap((f, k) => (FIXED_ROUTES.has(f.route) ? [] : [{ names: inputsOf(d, k, hand), y: d.positive[k] ? 1 : 0 }])));
}

/** The features at least `minCount` examples have, sorted (so the index, and every sum, is in a fixed order). */
function vocabulary(data: Example[], minCount: number): string[] {
  const counts = new Map<string, number>();
  for (const e of data) for (const n of e.names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].filter(([, c]) => c >= minCount).map(([n]) => n).sort();
}

/**
 * L2-regularised logistic regression on 0/1 sparse rows: minimise the log-loss plus lambda/2 * |w|^2 (bias
 * unpenalised) by Newton's method, each step solved by Jacobi-preconditioned conjugate gradients on
 * Hessian-vector products (X^T S X v + lambda v), with a backtracking line search. Deterministic.
 */
export function fitSparse(rows: Int32Array[], y: Uint8Array, dim: number, lambda: number): { weights: Float64Array; bias: number } {
  const n = dim + 1;
  const m = rows.length;
  const w = new Float64Array(n);
  const z = new Float64Array(m);
  const s = new Float64Array(m);
  const margins = (v: Float64Array, out: Float64Array) => {
    for (let r = 0; r < m; r++) {
      let t = v[dim];
      const row = rows[r];
      for (let i = 0; i < row.length; i++) t += v[row[i]];
      out[r] = t;
    }
  };
  const loss = (v: Float64Array) => {
    const zz = new Float64Array(m);
    margins(v, zz);
    let f = 0;
    for (let r = 0; r < m; r++) f += (zz[r] > 0 ? zz[r] + Math.log1p(Math.exp(-zz[r])) : Math.log1p(Math.exp(zz[r]))) - y[r] * zz[r];
    for (let j = 0; j < dim; j++) f += 0.5 * lambda * v[j] * v[j];
    return f;
  };
  /** X^T (t) into out, plus the ridge. */
  const transpose = (t: Float64Array, v: Float64Array, out: Float64Array, ridge: number) => {
    out.fill(0);
    for (let r = 0; r < m; r++) {
      const row = rows[r];
      for (let i = 0; i < row.length; i++) out[row[i]] += t[r];
      out[dim] += t[r];
    }
    for (let j = 0; j < dim; j++) out[j] += lambda * v[j];
    out[dim] += ridge * v[dim];
  };
  const g = new Float64Array(n);
  const t = new Float64Array(m);
  let f = loss(w);
  for (let iteration = 0; iteration < 100; iteration++) {
    margins(w, z);
    for (let r = 0; r < m; r++) {
      const p = 1 / (1 + Math.exp(-z[r]));
      t[r] = p - y[r];
      s[r] = p * (1 - p);
    }
    transpose(t, w, g, 0);
    let gmax = 0;
    let g2 = 0;
    for (let j = 0; j < n; j++) {
      gmax = Math.max(gmax, Math.abs(g[j]));
      g2 += g[j] * g[j];
    }
    if (gmax < 1e-8) break;
    // The Hessian's diagonal, for the preconditioner.
    const diag = new Float64Array(n);
    for (let r = 0; r < m; r++) {
      const row = rows[r];
      for (let i = 0; i < row.length; i++) diag[row[i]] += s[r];
      diag[dim] += s[r];
    }
    for (let j = 0; j < dim; j++) diag[j] += lambda;
    diag[dim] += 1e-9;
    const hessianTimes = (v: Float64Array, out: Float64Array) => {
      const u = new Float64Array(m);
      margins(v, u);
      for (let r = 0; r < m; r++) u[r] *= s[r];
      transpose(u, v, out, 1e-9);
    };
    // Solve H d = g by preconditioned CG, to a residual that shrinks with the gradient (fast final steps).
    const d = new Float64Array(n);
    const res = Float64Array.from(g);
    const zc = res.map((v, j) => v / diag[j]);
    const dir = Float64Array.from(zc);
    const hd = new Float64Array(n);
    let rz = 0;
    for (let j = 0; j < n; j++) rz += res[j] * zc[j];
    const tolerance = Math.min(0.1, Math.sqrt(Math.sqrt(g2))) ** 2 * g2;
    for (let k = 0; k < 500; k++) {
      hessianTimes(dir, hd);
      let dhd = 0;
      for (let j = 0; j < n; j++) dhd += dir[j] * hd[j];
      const alpha = rz / dhd;
      let r2 = 0;
      for (let j = 0; j < n; j++) {
        d[j] += alpha * dir[j];
        res[j] -= alpha * hd[j];
        r2 += res[j] * res[j];
      }
      if (r2 <= tolerance) break;
      let rzNext = 0;
      for (let j = 0; j < n; j++) {
        zc[j] = res[j] / diag[j];
        rzNext += res[j] * zc[j];
      }
      const beta = rzNext / rz;
      rz = rzNext;
      for (let j = 0; j < n; j++) dir[j] = zc[j] + beta * dir[j];
    }
    // Backtracking (Armijo) on the objective: Newton's full step nearly always passes.
    let gd = 0;
    for (let j = 0; j < n; j++) gd += g[j] * d[j];
    let step = 1;
    let next = new Float64Array(n);
    let fNext = f;
    for (let k = 0; k < 40; k++) {
      for (let j = 0; j < n; j++) next[j] = w[j] - step * d[j];
      fNext = loss(next);
      if (fNext <= f - 1e-4 * step * gd) break;
      step /= 2;
    }
    w.set(next);
    const moved = f - fNext;
    f = fNext;
    if (moved >= 0 && moved < 1e-13 * Math.max(1, Math.abs(f))) break;
    next = new Float64Array(0);
  }
  return { weights: w.slice(0, dim), bias: w[dim] };
}

/** Fit on `data` with the vocabulary it chooses: the model as a name → weight table (the pair judge's trainer uses it too). */
export function fitModel(data: Example[], lambda: number, minCount: number): { weights: Record<string, number>; bias: number } {
  const vocab = vocabulary(data, minCount);
  const index = new Map(vocab.map((n, i) => [n, i]));
  const rows = data.map((e) => Int32Array.from(e.names.flatMap((n) => (index.has(n) ? [index.get(n)!] : [])).sort((a, b) => a - b)));
  const { weights, bias } = fitSparse(rows, Uint8Array.from(data.map((e) => e.y)), vocab.length, lambda);
  const table: Record<string, number> = {};
  vocab.forEach((n, i) => (table[n] = weights[i]));
  return { weights: table, bias };
}

export interface LexicalRun {
  model: LexicalTrained;
  /** Per lambda, per held-out set: the LOSO probabilities of its figures. */
  loso: Map<number, Map<CorpusName, number[][]>>;
  grid: { lambda: number; threshold: number; score: Score }[];
}

/** LOSO over the grid for one variant, the chosen (lambda, threshold), and the final model on every training set. */
export function trainLexical(drafts: DraftData[], hand: boolean, lambdas = LAMBDAS): LexicalRun {
  const sets = [...new Set(drafts.map((d) => d.corpus))];
  const loso = new Map<number, Map<CorpusName, number[][]>>();
  for (const lambda of lambdas) loso.set(lambda, new Map());
  for (const held of sets) {
    const data = examples(drafts.filter((d) => d.corpus !== held), hand);
    for (const lambda of lambdas) {
      const { weights, bias } = fitModel(data, lambda, MIN_COUNT);
      const model: LexicalModel = { hand, weights, bias, threshold: 0.5 };
      loso.get(lambda)!.set(held, drafts.filter((d) => d.corpus === held).map((d) => d.figures.map((f, k) => (FIXED_ROUTES.has(f.route) ? 0 : lexicalProbability(model, inputsOf(d, k, hand))))));
    }
  }
  const grid: LexicalRun['grid'] = [];
  for (const lambda of lambdas) for (const threshold of THRESHOLDS) grid.push({ lambda, threshold, score: losoScore(drafts, loso.get(lambda)!, threshold).pooled });
  let best = grid[0];
  for (const g of grid) {
    const a = fBeta(g.score, BETA);
    const b = fBeta(best.score, BETA);
    if (a > b + 1e-12 || (Math.abs(a - b) <= 1e-12 && g.lambda > best.lambda)) best = g;
  }
  return { model: fitFinal(drafts, hand, best.lambda, best.threshold), loso, grid };
}

/** The model written: fitted on every training set at the chosen lambda, weights rounded to 1e-4. */
export function fitFinal(drafts: DraftData[], hand: boolean, lambda: number, threshold: number): LexicalTrained {
  const data = examples(drafts, hand);
  const { weights, bias } = fitModel(data, lambda, MIN_COUNT);
  const rounded: Record<string, number> = {};
  for (const [n, v] of Object.entries(weights)) rounded[n] = round(v);
  return {
    hand,
    lambda,
    threshold,
    minCount: MIN_COUNT,
    trainedOn: [...new Set(drafts.map((d) => d.corpus))],
    examples: data.length,
    positives: data.filter((d) => d.y === 1).length,
    bias: round(bias),
    weights: rounded,
  };
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;

/** Which figures the model flags in one draft (fixed routes as the rule decides them). */
export function decideLexical(draft: DraftData, model: LexicalModel): boolean[] {
  return decideBy(draft, (_f, k) => lexicalProbability(model, inputsOf(draft, k, model.hand)) >= model.threshold);
}

export function modelSource(model: LexicalTrained): string {
  const { weights, ...head } = model;
  const table = Object.entries(weights)
    .map(([n, v]) => `${JSON.stringify(n)}:${v}`)
    .join(',');
  return `// Written by scripts/train-lexical-judge.ts: do not edit by hand (re-run the script).
// L2-regularised logistic regression over lexical.ts's features${model.hand ? ' and the hand judge\u2019s (h:…)' : ''}: ${Object.keys(weights).length} features
// (seen in >= ${model.minCount} training figures), trained on ${model.trainedOn.length} sets (${model.examples} figures, ${model.positives} needs-source);
// lambda and threshold chosen by leave-one-set-out.
/* eslint-disable */
// prettier-ignore
import type { LexicalModel } from './lexical.ts';

export const LEXICAL_MODEL: LexicalModel & { lambda: number; minCount: number; trainedOn: readonly string[]; examples: number; positives: number } = { ...${JSON.stringify(head)}, weights: {${table}} };
`;
}

const add = (into: Score, s: Score) => {
  for (const k of Object.keys(into) as (keyof Score)[]) into[k] += s[k];
  return into;
};

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const check = process.argv.includes('--check');
  const drafts = loadTraining(LEXICAL_TRAINING);
  const sets = [...new Set(drafts.map((d) => d.corpus))];
  console.log(`training sets (${sets.length}): ${sets.join(', ')}`);
  const hand = handScore(drafts);
  const handPooled = [...hand.values()].reduce(add, emptyScore());
  // The first learned judge, by its own trainer, on the same sets.
  const first = train(drafts);
  const firstLoso = losoScore(drafts, first.loso.get(first.model.lambda)!, first.model.threshold);
  const runs = [false, true].map((h) => trainLexical(drafts, h));
  const rows: [string, ReturnType<typeof losoScore>][] = [['first learned judge (LOSO)', firstLoso]];
  for (const run of runs) {
    const { model } = run;
    const name = model.hand ? 'lexical + hand (LOSO)' : 'lexical (LOSO)';
    console.log(`\n${name}: vocabulary ${Object.keys(model.weights).length} features (>= ${MIN_COUNT} figures); examples ${model.examples} (${model.positives} needs-source)`);
    for (const lambda of LAMBDAS) {
      const best = run.grid.filter((g) => g.lambda === lambda).reduce((a, b) => (fBeta(b.score, BETA) > fBeta(a.score, BETA) ? b : a));
      console.log(`  lambda ${String(lambda).padEnd(4)} t ${best.threshold.toFixed(2)}  F${BETA} ${fBeta(best.score, BETA).toFixed(3)}  ${fmt(best.score)}`);
    }
    console.log(`  chosen: lambda ${model.lambda}, threshold ${model.threshold}`);
    rows.push([name, losoScore(drafts, run.loso.get(model.lambda)!, model.threshold)]);
  }
  console.log(`\nPooled, desk main tier, ${sets.length} sets (P / R F1 (TP,FP,FN), findings per 1k):`);
  console.log(`  hand rule (in-sample)        ${fmt(handPooled)}  ${perK(handPooled)}  F${BETA} ${fBeta(handPooled, BETA).toFixed(3)}`);
  for (const [name, r] of rows) console.log(`  ${name.padEnd(28)} ${fmt(r.pooled)}  ${perK(r.pooled)}  F${BETA} ${fBeta(r.pooled, BETA).toFixed(3)}`);
  console.log(`\n| set | hand (in-sample) | ${rows.map(([n]) => n).join(' | ')} |`);
  console.log(`|---|---|${rows.map(() => '---').join('|')}|`);
  const retired = sets.filter((s) => /^heldout(?:[89]|1\d)$/.test(s));
  const pooledRetired = rows.map(() => emptyScore());
  const handRetired = emptyScore();
  for (const set of sets) {
    console.log(`| ${set} | ${fmt(hand.get(set)!)} | ${rows.map(([, r]) => fmt(r.bySet.get(set)!)).join(' | ')} |`);
    if (retired.includes(set)) {
      add(handRetired, hand.get(set)!);
      rows.forEach(([, r], i) => add(pooledRetired[i], r.bySet.get(set)!));
    }
  }
  console.log(`| ${retired.join('+')} | ${fmt(handRetired)} | ${pooledRetired.map(fmt).join(' | ')} |`);
  // Written: the variant with the higher pooled LOSO F-beta (ties: with the hand features).
  const [lex, both] = runs;
  const pick = (r: LexicalRun) => fBeta(losoScore(drafts, r.loso.get(r.model.lambda)!, r.model.threshold).pooled, BETA);
  const variantAt = process.argv.indexOf('--variant');
  const variant = variantAt > 0 ? process.argv[variantAt + 1] : undefined;
  if (variant !== undefined && variant !== 'lexical' && variant !== 'hand') throw new Error(`--variant must be "lexical" or "hand", not "${variant}"`);
  const chosen = variant === 'lexical' ? lex : variant === 'hand' ? both : pick(lex) > pick(both) + 1e-12 ? lex : both;
  const { model } = chosen;
  const inSample = emptyScore();
  for (const d of drafts) scoreDraft(d, decideLexical(d, model), inSample);
  console.log(`\nwritten: ${model.hand ? 'lexical + hand' : 'lexical'}; in-sample ${fmt(inSample)}`);
  const order = Object.entries(model.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
  console.log(`bias ${model.bias}; strongest: ${order.slice(0, 30).map(([n, v]) => `${n} ${v.toFixed(2)}`).join(', ')}`);
  const target = resolve(import.meta.dirname, '../server/src/rules/unattributed-figure/lexical-weights.ts');
  const source = modelSource(model);
  console.log(`weights file: ${Buffer.byteLength(source)} bytes`);
  if (check) {
    const same = JSON.stringify(LEXICAL_MODEL) === JSON.stringify(model);
    console.log(same ? 'committed weights match' : 'committed weights DIFFER from a re-run');
    if (!same) process.exitCode = 1;
  } else {
    writeFileSync(target, source);
    console.log(`wrote ${target}`);
  }
}
