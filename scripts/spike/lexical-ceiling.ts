// The lexical judge's recall ceiling on the training sets, and its leave-one-set-out precision and recall at
// every threshold (session 9, issue 10):
//
//   node --import tsx scripts/spike/lexical-ceiling.ts            ceiling only
//   node --import tsx scripts/spike/lexical-ceiling.ts --loso     and LOSO P / R per lambda and threshold
//
// A needs-source label is out of the judge's reach when no figure the rule reads overlaps it, or when every
// figure overlapping it has a fixed decision (structural, conversion, placeholder) that does not flag it.
// Held-out sets are never read (LEXICAL_TRAINING excludes them; loadTraining refuses them).

import { applyLayer, defaultSettings } from '../../server/src/host/settings.ts';
import { parseDraft } from '../../server/src/engine/document.ts';
import { judgedFigures } from '../../server/src/rules/unattributed-figure.ts';
import { FIXED_ROUTES } from '../../server/src/rules/unattributed-figure/features.ts';
import { locateLabel } from '../corpus-labels.ts';
import { CORPORA, corpusDrafts, HELD_OUT } from '../figures-corpus.ts';
import { fBeta, fmt, loadTraining, losoScore, THRESHOLDS } from '../train-figure-judge.ts';
import { LEXICAL_TRAINING, trainLexical } from '../train-lexical-judge.ts';

const RULE = 'unattributed-figure';
const settings = applyLayer(defaultSettings(), { rules: { [RULE]: { mode: 'desk' } } }, 'lexical-ceiling', []);
let positives = 0;
let reachable = 0;
const lost = new Map<string, string[]>();
for (const corpus of LEXICAL_TRAINING) {
  if (HELD_OUT.has(corpus)) throw new Error(`${corpus} is held out`);
  for (const { sidecar, text, format } of corpusDrafts(CORPORA[corpus])) {
    const figures = judgedFigures(parseDraft(text, format), settings.rules[RULE].options, new Date().getFullYear());
    for (const label of sidecar.labels) {
      if (label.expect !== 'needs-source') continue;
      positives++;
      const span = locateLabel(sidecar.draft, text, label);
      const over = figures.filter((f) => f.start < span.end && f.end > span.start);
      const why = over.length === 0 ? 'no figure read' : over.every((f) => FIXED_ROUTES.has(f.route)) ? `fixed: ${[...new Set(over.map((f) => f.route))].join('+')}` : undefined;
      if (!why) {
        reachable++;
        continue;
      }
      const line = `${corpus}/${sidecar.draft}: "${text.slice(Math.max(0, span.start - 50), span.end + 30).replace(/\s+/g, ' ')}" [${label.text}]`;
      lost.set(why, [...(lost.get(why) ?? []), line]);
    }
  }
}
console.log(`needs-source labels: ${positives}; within the judge's reach: ${reachable} (ceiling recall ${(reachable / positives).toFixed(3)})`);
for (const [why, lines] of lost) {
  console.log(`\n${why}: ${lines.length}`);
  for (const l of lines) console.log(`  ${l}`);
}

if (process.argv.includes('--loso')) {
  const drafts = loadTraining(LEXICAL_TRAINING);
  const lambdas = [1, 3, 10];
  const run = trainLexical(drafts, true, lambdas);
  console.log(`\nLOSO, lexical + hand, pooled over ${LEXICAL_TRAINING.length} sets (P / R F1 (TP,FP,FN), F0.7):`);
  for (const lambda of lambdas)
    for (const t of THRESHOLDS) {
      const s = losoScore(drafts, run.loso.get(lambda)!, t).pooled;
      console.log(`  lambda ${String(lambda).padEnd(3)} t ${t.toFixed(2)}  ${fmt(s)}  F0.7 ${fBeta(s, 0.7).toFixed(3)}`);
    }
}
