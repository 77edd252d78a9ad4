// The lexical + hand judge's leave-one-set-out misses and false alarms on the training sets, with the hand
// route of each figure and a snippet (for reading what the judge gets wrong; held-out sets are never read).
//   node --import tsx scripts/spike/lexical-misses.ts [lambda] [threshold]
import { CORPORA, corpusDrafts } from '../figures-corpus.ts';
import { loadTraining } from '../train-figure-judge.ts';
import { LEXICAL_TRAINING, trainLexical } from '../train-lexical-judge.ts';
import { FIXED_ROUTES } from '../../server/src/rules/unattributed-figure/features.ts';

const lambda = Number(process.argv[2] ?? 1);
const threshold = Number(process.argv[3] ?? 0.7);
const drafts = loadTraining(LEXICAL_TRAINING);
const texts = LEXICAL_TRAINING.flatMap((c) => [...corpusDrafts(CORPORA[c])].map((d) => ({ name: `${c}/${d.sidecar.draft}`, text: d.text })));
const run = trainLexical(drafts, true, [lambda]);
const seen = new Map<string, number>();
const byRoute = new Map<string, { fn: number; fp: number; tp: number }>();
drafts.forEach((d, i) => {
  const j = seen.get(d.corpus) ?? 0;
  seen.set(d.corpus, j + 1);
  const p = run.loso.get(lambda)!.get(d.corpus)![j];
  const { name, text } = texts[i];
  d.figures.forEach((f, k) => {
    if (FIXED_ROUTES.has(f.route)) return;
    const flagged = p[k] >= threshold;
    const r = byRoute.get(f.route) ?? { fn: 0, fp: 0, tp: 0 };
    const lab = d.positive[k] ? (flagged ? 'TP' : 'FN') : flagged ? 'FP' : '';
    if (lab === 'TP') r.tp++;
    if (lab === 'FN') r.fn++;
    if (lab === 'FP') r.fp++;
    byRoute.set(f.route, r);
    if (lab === 'FN' || lab === 'FP') console.log(`${lab} ${p[k].toFixed(2)} ${f.route} hand=${f.hand} ${name}: ${text.slice(Math.max(0, f.start - 90), f.start).replace(/\s+/g, ' ')}[[${text.slice(f.start, f.end)}]]${text.slice(f.end, f.end + 50).replace(/\s+/g, ' ')}`);
  });
});
console.log('\nper route (figures, not labels): ', JSON.stringify([...byRoute]));
