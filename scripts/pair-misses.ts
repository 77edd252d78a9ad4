// Where figure-consistency with its learned pair judge loses recall, by leave-one-set-out over the pair judge's
// training sets (train-pair-judge.ts's PAIR_TRAINING; the validation set and HELD_OUT, held-out-22 and later, are never read):
// each labelled finding is found (by the hand rule or the judge), or missed because
//   (a) its figure, or its `other`, is never read as a figure (or only as a loose one);
//   (b) both are read but no candidate pair is theirs: another kind, the same value, one sentence, or the pair
//       considered but not kept (MAX_PAIRS, or past ALL_WITH_ALL with no shared key);
//   (c) a candidate pair scored below the threshold (by its held-out probability, bucketed);
//   (d) judged, but the finding went to the other figure of the pair (suspectOf), or elsewhere.
//
//   node --import tsx scripts/pair-misses.ts [--lambda=0.3] [--threshold=0.8] [-v]
import { loadTraining, loso, occurrences, overlaps, reported, scoreDraft, type PairData } from './train-pair-judge.ts';
import { matchLabels } from './consistency-corpus.ts';
import { locateLabel } from './corpus-labels.ts';
import { figureMentions } from '../server/src/rules/figure-consistency/extract.ts';
import { parseDraft, formatForPath } from '../server/src/engine/document.ts';
import { PAIR_MODEL } from '../server/src/rules/figure-consistency/pair-weights.ts';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const lambda = arg('lambda', PAIR_MODEL.lambda);
const threshold = arg('threshold', PAIR_MODEL.threshold);
const verbose = process.argv.includes('-v');

/** Every figure read in the draft, loose ones included (draftFigures leaves them out): to tell "loose" from "not read". */
function looseFigures(d: PairData): { start: number; end: number }[] {
  const doc = parseDraft(d.text, formatForPath(d.draft) ?? 'plaintext');
  return doc.blocks.flatMap((b) => figureMentions(b.prose, b.kind === 'heading').filter((f) => f.loose).map((f) => ({ start: b.start + f.start, end: b.start + f.end })));
}

export function classify(drafts: PairData[], probabilities: number[][], threshold: number) {
  const counts: Record<string, number> = {};
  const lines: string[] = [];
  const add = (k: string, line: string) => {
    counts[k] = (counts[k] ?? 0) + 1;
    lines.push(`${k}\t${line}`);
  };
  drafts.forEach((d, di) => {
    const findings = reported(d, probabilities[di], threshold);
    const byHand = matchLabels(d.draft, d.text, d.labels, d.hand);
    const match = matchLabels(d.draft, d.text, d.labels, findings);
    const loose = looseFigures(d);
    d.labels.forEach((l, i) => {
      const here = locateLabel(d.draft, d.text, l);
      const there = l.other ? occurrences(d.text, l.other) : [];
      const tag = `${d.set}/${d.draft}: "${l.text}" / "${l.other ?? ''}"`;
      if (byHand.hits[i]) return add('found: hand rule', tag);
      if (match.hits[i]) return add('found: judge', tag);
      const all = d.figures.all;
      const mine = all.map((_, x) => x).filter((x) => overlaps(all[x], here));
      const theirs = all.map((_, x) => x).filter((x) => there.some((t) => overlaps(all[x], t)));
      if (!mine.length) return add(loose.some((f) => overlaps(f, here)) ? '(a) figure read as loose' : '(a) figure not read', tag);
      if (!there.length) return add('(a) other not in the text', tag);
      if (!theirs.length) return add(loose.some((f) => there.some((t) => overlaps(f, t))) ? '(a) other read as loose' : '(a) other not read', tag);
      const ks = d.pairs.map((p, k) => ((mine.includes(p.a) && theirs.includes(p.b)) || (mine.includes(p.b) && theirs.includes(p.a)) ? k : -1)).filter((k) => k >= 0);
      if (!ks.length) {
        const why = (() => {
          const reasons = new Set<string>();
          for (const x of mine) for (const y of theirs) {
            const [A, B] = [all[x], all[y]];
            if (A.figure.kind !== B.figure.kind) reasons.add(`kinds ${A.figure.kind} / ${B.figure.kind}`);
            else if (A.figure.valueKey === B.figure.valueKey) reasons.add('same value');
            else if (A.block === B.block && A.figure.sentenceIndex === B.figure.sentenceIndex) reasons.add('one sentence');
            else if (A.figure.value <= 0 || B.figure.value <= 0) reasons.add('zero');
            else reasons.add('not kept');
          }
          return reasons.has('not kept') ? 'not kept (MAX_PAIRS / no key)' : [...reasons][0];
        })();
        return add(`(b) no candidate: ${why.startsWith('kinds') ? 'another kind' : why}`, `${tag} ${why}`);
      }
      const p = Math.max(...ks.map((k) => probabilities[di][k]));
      if (p < threshold) return add(`(c) scored ${p < 0.2 ? '< 0.2' : p < 0.5 ? '0.2-0.5' : `0.5-${threshold}`}`, `${tag} p=${p.toFixed(2)}`);
      return add('(d) judged, finding on the other figure', `${tag} p=${p.toFixed(2)}`);
    });
  });
  return { counts, lines };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const drafts = loadTraining();
  const probabilities = loso(drafts, [lambda]).get(lambda)!;
  const score = drafts.reduce((s, d, i) => scoreDraft(d, reported(d, probabilities[i], threshold), s), { tp: 0, fp: 0, fn: 0 });
  console.log(`LOSO lambda ${lambda}, threshold ${threshold}: TP ${score.tp}, FP ${score.fp}, FN ${score.fn}`);
  const { counts, lines } = classify(drafts, probabilities, threshold);
  for (const [k, v] of Object.entries(counts).sort()) console.log(`${String(v).padStart(4)}  ${k}`);
  if (verbose) console.log(lines.filter((l) => !l.startsWith('found')).sort().join('\n'));
}
