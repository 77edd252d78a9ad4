// figure-consistency's learned pair judge (option `judge: "learned"`), its inputs: which pairs of a draft's
// figures are candidates, and what is read of each pair. Everything comes from the rule's own reader
// (extract.ts's FigureMention: its measure, counted noun, frame, places, markers) and its own predicates
// (sameMeasure, sameQuantity, frameConflict, …), as plain 0/1 features named by structure: no word or phrase
// of any draft is a feature. Built only when the judge runs (or the trainer collects): the rule alone reads none.

import type { Located } from './conflicts.ts';
import { frameConflict, otherDays, otherPlaces, sameKey, setApart, storyKey } from './frame.ts';
import type { FigureMention } from './mention.ts';
import { roundsTo } from './numbers.ts';
import { sameMeasure } from './same-measure.ts';
import { sameQuantity } from './same-quantity.ts';
import { slipBetween } from './slips.ts';
import { clauseOf, otherSubjects, otherVerbs } from './subject.ts';
import { GENERIC, SPECIFIC, fold, shared } from './words.ts';

/** At most this many candidate pairs per draft: the strongest by `affinity`, in a fixed order. */
export const MAX_PAIRS = 30;
/** Figures of one kind past this many in a draft are paired only through their keys, never each with each. */
const ALL_WITH_ALL = 24;

/** The draft-level facts a pair's features read: the lede's last block, and how often each value / measure is stated. */
export interface PairContext {
  lede: number;
  /** Per valueKey: how many times the value is stated. */
  values: Map<string, number>;
  /** Per measureKey: how many different values it has. */
  measureValues: Map<string, number>;
}

export function pairContext(all: readonly Located[], lede: number): PairContext {
  const values = new Map<string, number>();
  const byMeasure = new Map<string, Set<string>>();
  for (const { figure } of all) {
    values.set(figure.valueKey, (values.get(figure.valueKey) ?? 0) + 1);
    if (figure.measureKey !== undefined) {
      let set = byMeasure.get(figure.measureKey);
      if (!set) byMeasure.set(figure.measureKey, (set = new Set()));
      set.add(figure.valueKey);
    }
  }
  return { lede, values, measureValues: new Map([...byMeasure].map(([k, s]) => [k, s.size])) };
}

/** The words that may say what a figure counts (folded; not words that count anything): its keys for pairing. */
function keysOf(f: FigureMention): string[] {
  const keys = new Set<string>();
  if (f.measureKey !== undefined) keys.add(`m:${f.measureKey}`);
  if (f.measure) keys.add(`w:${f.kind}:${f.measure}`);
  if (f.counts) keys.add(`w:${f.kind}:${f.counts}`);
  for (const w of [...f.nouns.slice(0, 2), ...f.near]) if (w.length > 2 && !GENERIC.test(w)) keys.add(`w:${f.kind}:${fold(w)}`);
  return [...keys];
}

/**
 * How strongly two figures look like one measure before any judging: shared keys, a slip of the digits, a headline
 * or the lede against the body. Only orders the candidates (which of them are kept under MAX_PAIRS).
 */
function affinity(a: Located, b: Located, lede: number, sharedKeys: number): number {
  let score = sharedKeys;
  if (a.figure.measureKey !== undefined && a.figure.measureKey === b.figure.measureKey) score += 2;
  if (slipBetween(a.figure, b.figure)) score += 2;
  if (a.figure.heading || b.figure.heading || a.block <= lede) score += 1;
  const ratio = Math.max(a.figure.value, b.figure.value) / Math.min(a.figure.value, b.figure.value);
  if (ratio < 1.5) score += 1;
  else if (ratio > 3) score -= 2;
  return score;
}

/**
 * The candidate pairs of a draft (indexes into `all`, earlier first): two figures of one kind, with different
 * values, in different sentences, that share a key (what they count or measure), or one in the headline or lede
 * against one of the same kind later, or (in a draft with few figures of the kind) any two. The strongest MAX_PAIRS
 * by affinity, ties by their order in the draft.
 */
export function candidatePairs(all: readonly Located[], lede: number): [number, number][] {
  const byKind = new Map<string, number[]>();
  all.forEach((l, i) => {
    if (l.figure.value <= 0) return;
    const list = byKind.get(l.figure.kind);
    if (list) list.push(i);
    else byKind.set(l.figure.kind, [i]);
  });
  const found = new Map<number, number>();
  const pairKey = (i: number, j: number) => i * 65_536 + j;
  const consider = (i: number, j: number, keys: number) => {
    if (i === j) return;
    const [x, y] = i < j ? [i, j] : [j, i];
    const a = all[x];
    const b = all[y];
    if (a.figure.valueKey === b.figure.valueKey) return;
    if (a.block === b.block && a.figure.sentenceIndex === b.figure.sentenceIndex) return;
    const key = pairKey(x, y);
    if (!found.has(key)) found.set(key, affinity(a, b, lede, keys));
  };
  for (const members of byKind.values()) {
    if (members.length < 2) continue;
    const keys = members.map((i) => keysOf(all[i].figure));
    if (members.length <= ALL_WITH_ALL) {
      for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) consider(members[x], members[y], shared(keys[x], keys[y]));
      continue;
    }
    // Many figures of the kind: only through shared keys, and the headline and lede against the rest.
    const index = new Map<string, number[]>();
    members.forEach((i, x) => {
      for (const k of keys[x]) {
        const list = index.get(k);
        if (!list) index.set(k, [x]);
        else if (list.length < 40) list.push(x);
      }
    });
    for (const list of index.values()) for (let p = 0; p < list.length; p++) for (let q = p + 1; q < list.length; q++) consider(members[list[p]], members[list[q]], shared(keys[list[p]], keys[list[q]]));
    const top = members.filter((i) => all[i].figure.heading || all[i].block <= lede).slice(0, 8);
    for (const i of top) for (const j of members) if (!found.has(pairKey(Math.min(i, j), Math.max(i, j)))) consider(i, j, 0);
  }
  return [...found]
    .sort((p, q) => q[1] - p[1] || p[0] - q[0])
    .slice(0, MAX_PAIRS)
    .map(([key]) => [Math.floor(key / 65_536), key % 65_536] as [number, number])
    .sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

const bucket = (n: number, edges: readonly number[]) => {
  for (const e of edges) if (n <= e) return `${e}`;
  return `${edges[edges.length - 1]}+`;
};

/** A flag of a figure, read on both sides of a pair: "none", "one" or "both". */
function sides(name: string, a: boolean, b: boolean, out: string[]) {
  out.push(`${name}:${a && b ? 'both' : a || b ? 'one' : 'none'}`);
}

/** The features of one candidate pair (a earlier than b in the draft). Each is present or not. */
export function pairFeatures(A: Located, B: Located, ctx: PairContext): string[] {
  const a = A.figure;
  const b = B.figure;
  const out: string[] = [];
  const kind = a.kind === 'count' ? 'count' : a.kind === '%' ? 'percent' : /^(?:[£$€¥₹]|US\$|kronor|krona|rand|yen|yuan|euro|dollar|pound|rupee)/.test(a.kind) ? 'money' : 'unit';
  out.push(`kind:${kind}`);
  const slip = slipBetween(a, b) ?? 'different';
  out.push(`slip:${slip}`);
  const ratio = Math.max(a.value, b.value) / Math.min(a.value, b.value);
  out.push(`ratio:${bucket(ratio, [1.05, 1.15, 1.3, 1.6, 2, 3, 10])}`);
  if (roundsTo(a, b) || roundsTo(b, a)) out.push('rounds');
  // What each counts and measures.
  const measured = a.measure !== undefined && b.measure !== undefined;
  out.push(`measure:${measured ? (a.measure === b.measure ? 'same' : 'other') : a.measure || b.measure ? 'one' : 'none'}`);
  if (measured && a.measure === b.measure && SPECIFIC.has(a.measure!)) out.push('measure:counted-thing');
  out.push(`key:${a.measureKey !== undefined && b.measureKey !== undefined ? (sameKey(a, b) || sameKey(b, a) ? 'same' : storyKey(a) === storyKey(b) ? 'story' : 'other') : 'none'}`);
  out.push(`counts:${a.counts && b.counts ? (a.counts === b.counts ? 'same' : 'other') : a.counts || b.counts ? 'one' : 'none'}`);
  const nearShared = shared(a.near, b.near);
  out.push(`near-shared:${bucket(nearShared, [0, 1, 2])}`);
  out.push(`nouns-shared:${bucket(shared(a.nouns.slice(0, 3), b.nouns.slice(0, 3)), [0, 1])}`);
  if (a.leadText !== undefined && b.leadText !== undefined) out.push(`clause-shared:${bucket(shared(clauseOf(a), clauseOf(b)), [0, 1, 2, 4])}`);
  else out.push('clause-shared:unread');
  // The rule's own judgements of the pair.
  const measurable = a.measureKey !== undefined && b.measureKey !== undefined;
  const only = measurable && ctx.measureValues.get(a.measureKey!) === 2;
  if (measurable && sameMeasure(a, b, only, A.block !== B.block)) out.push('rule:same-measure');
  if (slip !== 'different' && sameQuantity(a, b, slip, false, A.block !== B.block)) out.push('rule:same-quantity');
  if (frameConflict(a, b, slip === 'transposed' || slip === 'zero')) out.push('rule:frame-conflict');
  if (otherDays(a, b)) out.push('rule:other-days');
  if (otherPlaces(a, b)) out.push('rule:other-places');
  if (setApart(a, b)) out.push('rule:set-apart');
  if (a.leadText !== undefined && b.leadText !== undefined) {
    if (otherSubjects(a, b)) out.push('rule:other-subjects');
    if (otherVerbs(a, b)) out.push('rule:other-verbs');
  }
  // Frames, places, times, kinds of value: equal, one-sided or different.
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v) => y.includes(v));
  const compare = (name: string, x: readonly string[], y: readonly string[]) => out.push(`${name}:${!x.length && !y.length ? 'none' : !x.length || !y.length ? 'one' : same(x, y) ? 'same' : x.some((v) => y.includes(v)) ? 'overlap' : 'other'}`);
  compare('frame', a.frame, b.frame);
  compare('places', a.places, b.places);
  compare('where', a.where, b.where);
  compare('times', a.times, b.times);
  compare('qualifier', a.qualifier, b.qualifier);
  out.push(`owner:${a.owner && b.owner ? (a.owner === b.owner ? 'same' : 'other') : a.owner || b.owner ? 'one' : 'none'}`);
  out.push(`direction:${a.direction && b.direction ? (a.direction === b.direction ? 'same' : 'other') : a.direction || b.direction ? 'one' : 'none'}`);
  out.push(`verb:${a.verb && b.verb ? (fold(a.verb) === fold(b.verb) ? 'same' : 'other') : 'none'}`);
  // Markers of each figure.
  sides('approx', a.approx, b.approx, out);
  sides('approx-below', !!a.approxBelow, !!b.approxBelow, out);
  sides('bound', !!a.bound, !!b.bound, out);
  sides('change', a.change, b.change, out);
  sides('contrast', a.contrast, b.contrast, out);
  sides('hypothetical', !!a.hypothetical, !!b.hypothetical, out);
  sides('definite', a.definite, b.definite, out);
  sides('quoted', !!a.quoted, !!b.quoted, out);
  sides('listed', !!a.listed, !!b.listed, out);
  sides('part-of', !!a.partOf, !!b.partOf, out);
  sides('another', !!a.another, !!b.another, out);
  sides('reached', a.reached !== undefined, b.reached !== undefined, out);
  sides('compared', !!a.compared, !!b.compared, out);
  sides('reference', !!a.reference, !!b.reference, out);
  sides('extreme', !!a.extreme, !!b.extreme, out);
  sides('span', !!a.spanOf, !!b.spanOf, out);
  sides('split', a.split !== undefined, b.split !== undefined, out);
  sides('as-of', a.asOf !== undefined, b.asOf !== undefined, out);
  sides('part', a.part !== undefined, b.part !== undefined, out);
  sides('words', /^\p{L}/u.test(a.text), /^\p{L}/u.test(b.text), out);
  // Where each stands in the story.
  out.push(`heading:${a.heading ? 'first' : b.heading ? 'second' : 'none'}`);
  out.push(`lede:${A.block <= ctx.lede ? (B.block <= ctx.lede ? 'both' : 'first') : 'none'}`);
  out.push(`blocks-apart:${bucket(B.block - A.block, [0, 1, 3, 6])}`);
  // How often each value is stated, and how many values the measure has (a series is no restatement).
  const na = ctx.values.get(a.valueKey) ?? 1;
  const nb = ctx.values.get(b.valueKey) ?? 1;
  out.push(`stated:${na > 1 && nb > 1 ? 'both-often' : na > 1 || nb > 1 ? 'one-often' : 'once'}`);
  if (a.measureKey !== undefined) out.push(`measure-values:${bucket(ctx.measureValues.get(a.measureKey) ?? 1, [2, 3, 5])}`);
  // A few pairings of the strongest signals.
  if (nearShared > 0 && slip === 'different') out.push('x:different-near-shared');
  if (a.heading || b.heading) out.push(`x:heading-${slip === 'different' ? 'different' : 'slip'}`);
  if (a.definite || b.definite) out.push(`x:definite-measure-${measured && a.measure === b.measure ? 'same' : 'other'}`);
  // Each feature again within the pair's kind of value (session 9): the same structure weighs differently for a
  // count, a percentage, money or a unit (a series of monthly rates, a toll restated; chosen by leave-one-set-out).
  const n = out.length;
  for (let i = 1; i < n; i++) out.push(`${kind}|${out[i]}`);
  return out;
}
