// Quick leave-one-set-out of the lexical + hand variant alone (the one the trainer writes), for comparing
// feature changes: the chosen (lambda, threshold) by pooled F-beta 0.7, and P / R at every threshold of it.
//   node --import tsx scripts/spike/lexical-loso.ts
import { BETA, fBeta, fmt, loadTraining, losoScore, THRESHOLDS } from '../train-figure-judge.ts';
import { LAMBDAS, LEXICAL_TRAINING, trainLexical } from '../train-lexical-judge.ts';
import { CORPORA, HELD_OUT, type CorpusName } from '../figures-corpus.ts';

// ALL_SETS=1: every corpus but the held-out ones (the sets awaiting a retrain too).
const sets = process.env.ALL_SETS ? (Object.keys(CORPORA) as CorpusName[]).filter((n) => !HELD_OUT.has(n)) : LEXICAL_TRAINING;
const drafts = loadTraining(sets);
console.log(`sets (${sets.length}): ${sets.join(', ')}`);
const lambdas = process.env.LAMBDAS ? process.env.LAMBDAS.split(',').map(Number) : LAMBDAS;
const run = trainLexical(drafts, true, lambdas);
for (const lambda of lambdas) {
  const best = run.grid.filter((g) => g.lambda === lambda).reduce((a, b) => (fBeta(b.score, BETA) > fBeta(a.score, BETA) ? b : a));
  console.log(`lambda ${String(lambda).padEnd(4)} t ${best.threshold.toFixed(2)}  F${BETA} ${fBeta(best.score, BETA).toFixed(3)}  ${fmt(best.score)}`);
}
const { lambda, threshold } = run.model;
const chosen = losoScore(drafts, run.loso.get(lambda)!, threshold).pooled;
console.log(`chosen: lambda ${lambda}, threshold ${threshold}: ${fmt(chosen)} F${BETA} ${fBeta(chosen, BETA).toFixed(3)}; vocabulary ${Object.keys(run.model.weights).length}`);
for (const t of THRESHOLDS) {
  const s = losoScore(drafts, run.loso.get(lambda)!, t).pooled;
  console.log(`  t ${t.toFixed(2)}  ${fmt(s)}  F${BETA} ${fBeta(s, BETA).toFixed(3)}`);
}
