// Trains unattributed-figure's learned judge (option `judge: "learned"`) and reports how it does on sets it
// was not trained on:
//
//   node --import tsx scripts/train-figure-judge.ts           train, print leave-one-set-out, write the weights
//   node --import tsx scripts/train-figure-judge.ts --check   the same, but only compare with the committed weights
//
// Training data: every figure desk mode judges in the training sets (TRAINING: CORPORA minus the held-out
// sets and any set named heldout11 or later), read through figures-corpus.ts (corpusDrafts, locateLabel)
// and the rule's own judgedFigures. A figure is positive when it overlaps a `needs-source` label. Figures
// whose decision is fixed (placeholders, number forms that are no claim, conversions) are not examples.
//
// Model: L2-regularised logistic regression fitted by Newton's method (below, ~40 lines). Why not a package:
// the npm ones (ml-logistic-regression and the like) fit by plain gradient descent with no regularisation
// term and a learning rate to tune; Newton on ~70 binary features converges in a few exact steps, is
// deterministic (the committed weights can be checked against a re-run), and adds no dependency.
//
// Threshold and regularisation are chosen by leave-one-set-out (LOSO) over the training sets: every (lambda,
// threshold) of the grid is scored by training on all sets but one and scoring that one, pooled; the
// pair with the highest pooled F-beta, beta = 0.7 (precision counts about twice as much as recall: beta^2 =
// 0.49), wins, ties to the larger lambda. Written down before the first run (see the rule doc).

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyLayer, defaultSettings } from '../server/src/host/settings.ts';
import { parseDraft } from '../server/src/engine/document.ts';
import { judgedFigures, type JudgedFigure } from '../server/src/rules/unattributed-figure.ts';
import { FEATURE_NAMES, FIXED_ROUTES, probability, type FigureModel } from '../server/src/rules/unattributed-figure/features.ts';
import { LEARNED_MODEL } from '../server/src/rules/unattributed-figure/learned-weights.ts';
import { locateLabel } from './corpus-labels.ts';
import { CORPORA, corpusDrafts, evaluateCorpus, HELD_OUT, wordCount, type CorpusName } from './figures-corpus.ts';

const RULE = 'unattributed-figure';
/** The training sets: every corpus but the held-out ones (and never one named heldout13 or later, the sets written late in session 6 and after, until they retire). */
// The first judge's sets stay as they were when it was trained (session 6): later sets, and the training sets of
// sessions 9 and 10 (desk7 onwards), go to the lexical judge only.
export const TRAINING: CorpusName[] = (Object.keys(CORPORA) as CorpusName[]).filter((n) => !HELD_OUT.has(n) && !/^heldout(?:1[3-9]|[2-9]\d)/.test(n) && !/^desk(?:[7-9]|\d{2,})$/.test(n));
export const LAMBDAS = [0.1, 0.3, 1, 3, 10, 30];
export const THRESHOLDS = Array.from({ length: 17 }, (_, i) => Math.round((0.1 + 0.05 * i) * 100) / 100);
export const BETA = 0.7;

/**
 * The hand rule's first, untouched desk main-tier score on each set where the logs record one (TP, FP, FN):
 * docs/held-out-log.md and docs/accuracy-history.md. Sets scored first before the tiers existed have
 * only an all-tiers score there, which is not comparable, and are left out.
 */
export const FIRST_RUNS: Partial<Record<CorpusName, { tp: number; fp: number; fn: number; where: string }>> = {
  heldout2: { tp: 6, fp: 6, fn: 8, where: 'accuracy-history: main 0.500 / 0.429 of 14' },
  desk5: { tp: 7, fp: 1, fn: 4, where: 'held-out-log, be3651d' },
  heldout3: { tp: 13, fp: 6, fn: 17, where: 'held-out-log, 5fe12be' },
  heldout4: { tp: 16, fp: 14, fn: 13, where: 'held-out-log, b0b571f' },
  heldout5: { tp: 22, fp: 7, fn: 5, where: 'held-out-log, 3c07c60' },
  heldout6: { tp: 14, fp: 9, fn: 14, where: 'held-out-log, c2677f8' },
  heldout7: { tp: 22, fp: 5, fn: 7, where: 'held-out-log, 8a757ac' },
  heldout8: { tp: 17, fp: 12, fn: 13, where: 'held-out-log, 9f0e870' },
  desk6: { tp: 20, fp: 11, fn: 4, where: 'held-out-log, ee1f8a6' },
};

/** One draft's figures and labels, ready to score any decision on the figures. */
export interface DraftData {
  corpus: CorpusName;
  words: number;
  clean: boolean;
  figures: JudgedFigure[];
  /** Per figure: overlaps a needs-source label. */
  positive: boolean[];
  /** Per label: positive, and the figures overlapping it. */
  labels: { positive: boolean; figures: number[] }[];
  /** Figures overlapping no label (a finding there is a false positive). */
  unlabelled: number[];
}

export function loadTraining(corpora: CorpusName[] = TRAINING): DraftData[] {
  const settings = applyLayer(defaultSettings(), { rules: { [RULE]: { mode: 'desk' } } }, 'train-figure-judge', []);
  const out: DraftData[] = [];
  for (const corpus of corpora) {
    if (HELD_OUT.has(corpus)) throw new Error(`${corpus} is held out: never trained on`);
    for (const { sidecar, text, format } of corpusDrafts(CORPORA[corpus])) {
      // Only the figure rule's desk pass is needed: no full lint (every rule) to get the parsed draft; the
      // year is the one host/lint.ts judges by.
      const figures = judgedFigures(parseDraft(text, format), settings.rules[RULE].options, new Date().getFullYear());
      const spans = sidecar.labels.map((label) => locateLabel(sidecar.draft, text, label));
      const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && a.end > b.start;
      const labels = sidecar.labels.map((label, i) => ({ positive: label.expect === 'needs-source', figures: figures.flatMap((f, k) => (overlaps(f, spans[i]) ? [k] : [])) }));
      const positive = figures.map((f) => sidecar.labels.some((label, i) => label.expect === 'needs-source' && overlaps(f, spans[i])));
      const unlabelled = figures.flatMap((f, k) => (spans.some((s) => overlaps(f, s)) ? [] : [k]));
      out.push({ corpus, words: wordCount(text), clean: sidecar.clean === true, figures, positive, labels, unlabelled });
    }
  }
  return out;
}

/** Which figures a model flags in one draft: fixed routes as the rule decides them, the rest by probability. */
export function decide(draft: DraftData, model: FigureModel): boolean[] {
  return decideBy(draft, (f) => probability(model, f.features) >= model.threshold);
}

/** The fixed routes decided as the rule decides them (a conversion follows the figure before it in its block); the rest by `open`. */
export function decideBy(draft: DraftData, open: (figure: JudgedFigure, k: number) => boolean): boolean[] {
  const flags: boolean[] = [];
  draft.figures.forEach((f, k) => {
    const previous = k > 0 && draft.figures[k - 1].block === f.block ? flags[k - 1] : false;
    flags.push(f.route === 'placeholder' ? true : f.route === 'conversion' ? previous : FIXED_ROUTES.has(f.route) ? false : open(f, k));
  });
  return flags;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  words: number;
  findings: number;
  cleanWords: number;
  cleanFindings: number;
}

export const emptyScore = (): Score => ({ tp: 0, fp: 0, fn: 0, words: 0, findings: 0, cleanWords: 0, cleanFindings: 0 });

/** figures-corpus.ts's scoring: a label is flagged when a finding overlaps it; a finding on no label is a false positive. */
export function scoreDraft(draft: DraftData, flags: boolean[], into: Score = emptyScore()): Score {
  for (const label of draft.labels) {
    const flagged = label.figures.some((k) => flags[k]);
    if (label.positive && flagged) into.tp++;
    else if (label.positive) into.fn++;
    else if (flagged) into.fp++;
  }
  for (const k of draft.unlabelled) if (flags[k]) into.fp++;
  const findings = flags.filter(Boolean).length;
  into.words += draft.words;
  into.findings += findings;
  if (draft.clean) {
    into.cleanWords += draft.words;
    into.cleanFindings += findings;
  }
  return into;
}

export const precision = (s: Score) => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
export const recall = (s: Score) => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));
export function fBeta(s: Score, beta = 1): number {
  const p = precision(s);
  const r = recall(s);
  return p + r === 0 ? 0 : ((1 + beta * beta) * p * r) / (beta * beta * p + r);
}

/** The examples of a set of drafts: every figure whose decision is not fixed. */
function examples(drafts: DraftData[]): { x: Float64Array; y: number }[] {
  return drafts.flatMap((d) => d.figures.flatMap((f, k) => (FIXED_ROUTES.has(f.route) ? [] : [{ x: f.features, y: d.positive[k] ? 1 : 0 }])));
}

/**
 * L2-regularised logistic regression by Newton's method: minimise the log-loss plus lambda/2 * |w|^2 (the
 * bias is not penalised). The features are 0/1 and sparse, so the Hessian is summed over each row's ones.
 */
export function fit(data: { x: Float64Array; y: number }[], lambda: number): { weights: number[]; bias: number } {
  const n = FEATURE_NAMES.length + 1;
  const w = new Float64Array(n);
  const ones = data.map((d) => [...d.x.keys()].filter((i) => d.x[i] !== 0));
  for (let iteration = 0; iteration < 50; iteration++) {
    const g = new Float64Array(n);
    const h = Array.from({ length: n }, () => new Float64Array(n));
    data.forEach((d, r) => {
      const active = [...ones[r], n - 1];
      let z = w[n - 1];
      for (const i of ones[r]) z += w[i];
      const p = 1 / (1 + Math.exp(-z));
      const s = p * (1 - p);
      // The Hessian is symmetric: sum its upper triangle (active is ascending) and mirror it below. Each cell
      // gets the same additions in the same order as a full sum, so the weights are bit-identical.
      for (let a = 0; a < active.length; a++) {
        const i = active[a];
        g[i] += p - d.y;
        const row = h[i];
        for (let b = a; b < active.length; b++) row[active[b]] += s;
      }
    });
    for (let i = 1; i < n; i++) for (let j = 0; j < i; j++) h[i][j] = h[j][i];
    for (let i = 0; i < n - 1; i++) {
      g[i] += lambda * w[i];
      h[i][i] += lambda;
    }
    h[n - 1][n - 1] += 1e-9;
    const step = solve(h, g);
    let size = 0;
    for (let i = 0; i < n; i++) {
      w[i] -= step[i];
      size = Math.max(size, Math.abs(step[i]));
    }
    if (size < 1e-9) break;
  }
  return { weights: [...w.slice(0, n - 1)], bias: w[n - 1] };
}

/** Gaussian elimination with partial pivoting (the Hessian is symmetric positive definite). */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const m = a.map((row, i) => Float64Array.from([...row, b[i]]));
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    for (let r = c + 1; r < n; r++) {
      const k = m[r][c] / m[c][c];
      if (k !== 0) for (let j = c; j <= n; j++) m[r][j] -= k * m[c][j];
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let sum = m[r][n];
    for (let j = r + 1; j < n; j++) sum -= m[r][j] * x[j];
    x[r] = sum / m[r][r];
  }
  return x;
}

export interface Trained {
  model: FigureModel & { lambda: number; trainedOn: readonly string[]; examples: number; positives: number };
  /** Per lambda, per held-out set: the probabilities of its figures under the model trained on the other sets. */
  loso: Map<number, Map<CorpusName, number[][]>>;
  grid: { lambda: number; threshold: number; score: Score }[];
}

/** LOSO over the grid, the chosen (lambda, threshold), and the final model on all the training sets. */
export function train(drafts: DraftData[] = loadTraining()): Trained {
  const sets = [...new Set(drafts.map((d) => d.corpus))];
  const loso = new Map<number, Map<CorpusName, number[][]>>();
  for (const lambda of LAMBDAS) {
    const bySet = new Map<CorpusName, number[][]>();
    for (const held of sets) {
      const { weights, bias } = fit(examples(drafts.filter((d) => d.corpus !== held)), lambda);
      const model: FigureModel = { features: FEATURE_NAMES, weights, bias, threshold: 0.5 };
      bySet.set(held, drafts.filter((d) => d.corpus === held).map((d) => d.figures.map((f) => probability(model, f.features))));
    }
    loso.set(lambda, bySet);
  }
  const grid: Trained['grid'] = [];
  for (const lambda of LAMBDAS) {
    for (const threshold of THRESHOLDS) grid.push({ lambda, threshold, score: losoScore(drafts, loso.get(lambda)!, threshold).pooled });
  }
  let best = grid[0];
  for (const g of grid) {
    const a = fBeta(g.score, BETA);
    const b = fBeta(best.score, BETA);
    if (a > b + 1e-12 || (Math.abs(a - b) <= 1e-12 && g.lambda > best.lambda)) best = g;
  }
  const data = examples(drafts);
  const { weights, bias } = fit(data, best.lambda);
  const model = {
    features: FEATURE_NAMES,
    weights: weights.map(round),
    bias: round(bias),
    threshold: best.threshold,
    lambda: best.lambda,
    trainedOn: sets,
    examples: data.length,
    positives: data.filter((d) => d.y === 1).length,
  };
  return { model, loso, grid };
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

/** Scores of LOSO probabilities at one threshold: per set and pooled. */
export function losoScore(drafts: DraftData[], probabilities: Map<CorpusName, number[][]>, threshold: number): { bySet: Map<CorpusName, Score>; pooled: Score } {
  const bySet = new Map<CorpusName, Score>();
  const pooled = emptyScore();
  const seen = new Map<CorpusName, number>();
  for (const d of drafts) {
    const i = seen.get(d.corpus) ?? 0;
    seen.set(d.corpus, i + 1);
    const p = probabilities.get(d.corpus)![i];
    const flags = decideBy(d, (_, k) => p[k] >= threshold);
    if (!bySet.has(d.corpus)) bySet.set(d.corpus, emptyScore());
    scoreDraft(d, flags, bySet.get(d.corpus));
    scoreDraft(d, flags, pooled);
  }
  return { bySet, pooled };
}

/** The hand rules' decisions (main tier), scored the same way. */
export function handScore(drafts: DraftData[]): Map<CorpusName, Score> {
  const out = new Map<CorpusName, Score>();
  for (const d of drafts) {
    if (!out.has(d.corpus)) out.set(d.corpus, emptyScore());
    scoreDraft(d, d.figures.map((f) => f.hand === 'main'), out.get(d.corpus));
  }
  return out;
}

export function modelSource(model: Trained['model']): string {
  return `// Written by scripts/train-figure-judge.ts: do not edit by hand (re-run the script).
// L2-regularised logistic regression over FEATURE_NAMES (features.ts), trained on ${model.trainedOn.length} sets
// (${model.examples} figures, ${model.positives} needs-source); lambda and threshold chosen by leave-one-set-out.
import type { FigureModel } from './features.ts';

export const LEARNED_MODEL: FigureModel & { lambda: number; trainedOn: readonly string[]; examples: number; positives: number } = ${JSON.stringify(model, null, 2)};
`;
}

export const fmt = (s: Score) => {
  const f1 = fBeta(s);
  return `${precision(s).toFixed(3)} / ${recall(s).toFixed(3)} F1 ${f1.toFixed(3)} (${s.tp},${s.fp},${s.fn})`;
};
export const perK = (s: Score) => `${((1000 * s.findings) / s.words).toFixed(1)} (${s.cleanWords ? ((1000 * s.cleanFindings) / s.cleanWords).toFixed(1) : '–'} clean)`;

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const check = process.argv.includes('--check');
  const drafts = loadTraining();
  const hand = handScore(drafts);
  // Our scoring must be figures-corpus.ts's: the hand rule's main tier, scored both ways, agrees.
  for (const [corpus, s] of hand) {
    const e = evaluateCorpus(CORPORA[corpus], { mode: 'desk', tier: 'main' });
    if (e.total.tp !== s.tp || e.total.fp !== s.fp || e.total.fn !== s.fn) throw new Error(`${corpus}: scoring disagrees with figures-corpus.ts (${e.total.tp},${e.total.fp},${e.total.fn} vs ${s.tp},${s.fp},${s.fn})`);
  }
  const trained = train(drafts);
  const { model } = trained;
  console.log(`training sets (${model.trainedOn.length}): ${model.trainedOn.join(', ')}`);
  console.log(`examples ${model.examples} (needs-source ${model.positives}); features ${FEATURE_NAMES.length}`);
  console.log(`\nLOSO pooled F-beta (beta ${BETA}) by lambda, at each lambda's best threshold:`);
  for (const lambda of LAMBDAS) {
    const rows = trained.grid.filter((g) => g.lambda === lambda);
    const best = rows.reduce((a, b) => (fBeta(b.score, BETA) > fBeta(a.score, BETA) ? b : a));
    console.log(`  lambda ${String(lambda).padEnd(4)} t ${best.threshold.toFixed(2)}  F${BETA} ${fBeta(best.score, BETA).toFixed(3)}  ${fmt(best.score)}`);
  }
  console.log(`\nchosen: lambda ${model.lambda}, threshold ${model.threshold}`);
  const chosen = losoScore(drafts, trained.loso.get(model.lambda)!, model.threshold);
  console.log('\n| set | learned, LOSO P / R F1 (TP,FP,FN) | per 1k | hand in-sample | hand first run |');
  console.log('|---|---|---|---|---|');
  const handPooled = emptyScore();
  const firstPooled = emptyScore();
  const losoOnFirst = emptyScore();
  for (const corpus of model.trainedOn as CorpusName[]) {
    const s = chosen.bySet.get(corpus)!;
    const h = hand.get(corpus)!;
    for (const k of ['tp', 'fp', 'fn', 'words', 'findings', 'cleanWords', 'cleanFindings'] as const) handPooled[k] += h[k];
    const first = FIRST_RUNS[corpus];
    if (first) {
      firstPooled.tp += first.tp;
      firstPooled.fp += first.fp;
      firstPooled.fn += first.fn;
      losoOnFirst.tp += s.tp;
      losoOnFirst.fp += s.fp;
      losoOnFirst.fn += s.fn;
    }
    console.log(`| ${corpus} | ${fmt(s)} | ${perK(s)} | ${fmt(h)} | ${first ? fmt({ ...emptyScore(), ...first }) : '–'} |`);
  }
  console.log(`| pooled | ${fmt(chosen.pooled)} | ${perK(chosen.pooled)} | ${fmt(handPooled)} | (sets with a first run) ${fmt(firstPooled)} |`);
  console.log(`| pooled, sets with a first run | ${fmt(losoOnFirst)} | | | ${fmt(firstPooled)} |`);
  console.log(`\nhand in-sample per 1k: ${perK(handPooled)}`);
  const inSample = emptyScore();
  for (const d of drafts) scoreDraft(d, decide(d, model), inSample);
  console.log(`learned, in-sample (the final model on the sets it was fitted to): ${fmt(inSample)}, ${perK(inSample)} per 1k`);
  console.log('\nweights (largest first):');
  const order = model.weights.map((w, i) => [w, FEATURE_NAMES[i]] as const).sort((a, b) => Math.abs(b[0]) - Math.abs(a[0]));
  console.log(`  bias ${model.bias.toFixed(3)}; ${order.map(([w, n]) => `${n} ${w.toFixed(2)}`).join(', ')}`);
  const target = resolve(import.meta.dirname, '../server/src/rules/unattributed-figure/learned-weights.ts');
  const source = modelSource(model);
  if (check) {
    const same = JSON.stringify(LEARNED_MODEL) === JSON.stringify(model);
    console.log(same ? '\ncommitted weights match' : '\ncommitted weights DIFFER from a re-run');
    if (!same) process.exitCode = 1;
  } else {
    writeFileSync(target, source);
    console.log(`\nwrote ${target}`);
  }
}
