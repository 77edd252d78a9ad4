// figure-consistency: pairing the draft's figures through buckets and deciding which conflict, and which of
// each conflicting pair is the suspect (the value stated less often as the same quantity, the later on a tie).

import { storyKey } from './frame.ts';
import { type Confusion, type FigureMention, SLIP } from './mention.ts';
import { MEASURE_VALUES, beyondBound, sameMeasure } from './same-measure.ts';
import { sameQuantity } from './same-quantity.ts';
import { confusionOf } from './slips.ts';
import { restatesPlainly } from './reliable.ts';
import { backReference, backReferenceConflicts, restatesTopLine } from './back-reference.ts';
import { leadOf } from './subject.ts';

export interface Located {
  figure: FigureMention;
  start: number;
  end: number;
  /** Order in the draft. */
  order: number;
  block: number;
}

export interface OrderedConflict {
  suspect: number;
  others: number[];
  kind: Confusion;
  /** A different value (or one apart in the last digit) that plainly restates the set already named (reliable.ts): noted "restates" in the detail (still lower-confidence). */
  plain?: boolean;
  /** A plain restatement that is a definite back-reference to the set the headline or lede stated (back-reference.ts): reported by default. */
  backReference?: boolean;
}

function namesReference(list: Located[]): boolean {
  return list.some((l) => l.figure.reference);
}

/** Which figures conflict with which, by their order in the draft (in the order found). */
export function conflictsOf(all: Located[], lede = -1): OrderedConflict[] {
  // Figures grouped by what they state (kind and value), in order of first appearance.
  const groups = new Map<string, Located[]>();
  for (const located of all) {
    const list = groups.get(located.figure.valueKey);
    if (list) list.push(located);
    else groups.set(located.figure.valueKey, [located]);
  }
  if (groups.size < 2) return [];
  // Candidate pairs of values through buckets (see bucketsOf), each pair of values judged once and remembered.
  const buckets = new Map<string, string[]>();
  // How many values each measure has stated exactly: approximations restate or round them and make no series.
  const exact = new Map<string, number>();
  for (const [value, list] of groups) {
    const keys = new Set(list[0].figure.buckets);
    for (const l of list) if (l.figure.measureKey) keys.add(l.figure.measureKey).add(storyKey(l.figure)!);
    for (const key of new Set(list.filter((l) => l.figure.measureKey && !l.figure.approx).flatMap((l) => [l.figure.measureKey!, storyKey(l.figure)!]))) exact.set(key, (exact.get(key) ?? 0) + 1);
    for (const bucket of keys) {
      const values = buckets.get(bucket);
      if (!values) buckets.set(bucket, [value]);
      else if (values.length < 200) values.push(value);
    }
  }
  // A maximum meets every value of its measure whatever its place: a bucket per measure with an upper bound
  // in it (only those, so that a measure without one costs nothing).
  const bounded = new Set<string>();
  for (const list of groups.values()) for (const l of list) if (l.figure.bound === 'upper' && l.figure.boundKey) bounded.add(l.figure.boundKey);
  if (bounded.size) {
    for (const [value, list] of groups) {
      for (const key of new Set(list.map((l) => l.figure.boundKey).filter((k): k is string => k !== undefined && bounded.has(k)))) {
        const values = buckets.get(key);
        if (!values) buckets.set(key, [value]);
        else if (values.length < 200) values.push(value);
      }
    }
  }
  // A noun counted with many values in one period is a series (votes per candidate, goals per player), not one
  // measure stated twice: a different value there is no sign of a slip.
  const crowded = new Set<string>();
  // Approximations restate or round values already given, so a measure with one of them beside three exact values
  // is not yet a series; more than that is, whatever they are (and keeps the pairs compared few).
  for (const [bucket, values] of buckets) if (bucket.startsWith('n') && ((exact.get(bucket) ?? 0) > MEASURE_VALUES || values.length > MEASURE_VALUES + 1)) crowded.add(bucket);
  const conflicts = new Map<Located, { other: Located[]; kind: Confusion }>();
  const seen = new Set<string>();
  for (const [bucket, values] of buckets) {
    if (crowded.has(bucket)) continue;
    for (let x = 0; x < values.length; x++) {
      for (let y = x + 1; y < values.length; y++) {
        const A = groups.get(values[x])!;
        const B = groups.get(values[y])!;
        // Not a slip of the digits: a different value, worth a word only when both are stated as one measure
        // (the same measureKey, in no crowded bucket) and sameMeasure agrees.
        const kind = confusionOf(A[0].figure, B[0].figure) ?? ((bucket[0] === 'n' || bucket[0] === 'b') && Math.max(A[0].figure.value, B[0].figure.value) < 2 * Math.min(A[0].figure.value, B[0].figure.value) ? 'different' : undefined);
        if (!kind) continue;
        // A value the draft names as a target or threshold ("the Bank's 2% target", "the 50% threshold") is that
        // reference wherever it recurs ("not consistent with 2% inflation"): no other value of the measure restates it.
        if ((kind === 'different' || kind === 'last digit' || kind === 'digit dropped') && (namesReference(A) || namesReference(B))) continue;
        const pairKey = `${bucket[0] === "b" ? "b" : ""}${values[x]}\u0001${values[y]}`;
        if (seen.has(pairKey)) continue;
        seen.add(pairKey);
        // Which figures of each value are the same quantity as one of the other value: only those take part.
        // The value stated less often so is the suspect; on a tie, the later one. ("About 1.2 million
        // people with food parcels" is not the territory's 2.1 million people, so it does not count for 1.2 million.)
        const pairs: [Located, Located][] = [];
        for (const a of A) {
          for (const b of B) {
            // Two figures in one sentence are set against each other on purpose ("38.2%, against 32.8%").
            if (a.block === b.block && a.figure.sentenceIndex === b.figure.sentenceIndex) continue;
            if (kind === 'different' && a.figure.measureKey !== bucket && storyKey(a.figure) !== bucket && a.figure.boundKey !== bucket) continue;
            const beyond = bucket[0] === 'b';
            if (beyond ? kind === 'different' && beyondBound(a.figure, b.figure) : sameQuantity(a.figure, b.figure, kind, kind === 'different' && values.length === 2, a.block !== b.block)) pairs.push([a, b]);
            // A slip of the digits that its own test does not take may still be a different value of one measure ("Nine people were killed" / "Eight died").
            else if (kind !== 'different' && a.figure.measureKey !== undefined && a.figure.measureKey === b.figure.measureKey && !crowded.has(a.figure.measureKey) && sameMeasure(a.figure, b.figure, buckets.get(a.figure.measureKey)?.length === 2, a.block !== b.block)) pairs.push([a, b]);
          }
        }
        if (pairs.length === 0) continue;
        const inA = [...new Set(pairs.map((p) => p[0]))];
        const inB = [...new Set(pairs.map((p) => p[1]))];
        const aSuspect = inA.length < inB.length || (inA.length === inB.length && inA[0].order > inB[0].order);
        for (const [a, b] of pairs) {
          const [suspect, other] = aSuspect ? [a, b] : [b, a];
          // A slip of the digits (reported by default) is the finding a suspect keeps over a different value found
          // first for it in another bucket: the message names the slip and its figure.
          const held = conflicts.get(suspect);
          if (held && !(SLIP.has(kind) && !SLIP.has(held.kind))) held.other.push(other);
          else conflicts.set(suspect, { other: [other], kind });
        }
      }
    }
  }
  // Measures the draft moves (a level reached, a running total "by" a time): a definite back-reference to one of them
  // may be the later value, not the set the lede stated, so it is no evidence of a slip (see backReference).
  // (What moved is its measure, or a word around it: "the number of libraries to close rose to seven" moves libraries.)
  // (A move said of another subject than the set's, "The Liberal Democrats … fell to 11 seats" beside the headline's
  // "Greens take control … with 23 seats", moves another set: names on both sides and none in common, subject.ts.)
  // (Names only: the parallel-verb test of otherSubjects takes a headline's "jumps to £412m" and the lede's "rose 39% to
  // £412m" for two subjects.)
  const namedApart = (a: FigureMention, b: FigureMention) => {
    const [A, B] = [leadOf(a).names, leadOf(b).names];
    return A.length > 0 && B.length > 0 && !A.some((n) => B.includes(n));
  };
  const movers = all.filter((l) => l.figure.reached || l.figure.asOf);
  const moving = (measure: string | undefined, sets: readonly Located[]): boolean =>
    measure !== undefined && movers.some((m) => (m.figure.measure === measure || m.figure.near.includes(measure)) && (sets.length === 0 || sets.some((s) => !namedApart(m.figure, s.figure))));
  const out = [...conflicts].map(([here, { other, kind }]) => {
    const conflict: OrderedConflict = { suspect: here.order, others: other.map((o) => o.order), kind };
    if ((kind === 'different' || kind === 'last digit') && other.some((o) => (o.order < here.order ? restatesPlainly(o, here, lede) : restatesPlainly(here, o, lede)))) {
      conflict.plain = true;
      if (!moving(here.figure.measure, other) && other.some((o) => (o.order < here.order ? backReference(o, here, lede, all) : backReference(here, o, lede, all)))) conflict.backReference = true;
      // …or restates the story's top line: a value the headline and the lede both state, restated plainly in the body.
      else if (!moving(here.figure.measure, other) && restatesTopLine(here, other, lede, all)) conflict.backReference = true;
    }
    return conflict;
  });
  // A back-reference the buckets did not pair (the set's measure read otherwise in the headline or lede).
  const taken = new Set(out.flatMap((c) => [c.suspect, ...c.others]));
  for (const { suspect, other, kind } of backReferenceConflicts(all, lede, taken, moving)) out.push({ suspect: suspect.order, others: [other.order], kind, plain: true, backReference: true });
  return out;
}
