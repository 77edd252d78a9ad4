// figure-consistency: a definite back-reference to the set the headline or lede stated ("Storm kills 12" … "The 11
// people killed"; "agreed a £14m fee" … "the £16m fee"). Reported by default (session 8): the structure on both sides
// is what a copy desk reads. The headline or lede states the set plainly (no "the"); the later figure points back to
// a set with "the"/"all" and names it ("the 39 people killed", "the £8.6m package"), and no figure before it states its
// value, so the set it points back to can only be one stated with another value.

import type { Located } from './conflicts.ts';
import { confusionOf } from './slips.ts';
import type { Confusion, FigureMention } from './mention.ts';
import { framedAlike } from './reliable.ts';
import { COUNTED, MOVED, fold } from './words.ts';

/** A set stated in the headline or the lede, plainly: what a later definite figure may point back to. */
function statesSet(at: Located, lede: number): boolean {
  const f = at.figure;
  return (f.heading || at.block <= lede) && !f.definite;
}

/** A figure in the body that points back to a set and names it: "The 39 people killed", "the £8.6m package". */
function pointsBack(at: Located, lede: number): boolean {
  const f = at.figure;
  if (f.heading || at.block <= lede || !f.definite || f.measure === undefined || f.measure === 'people') return false;
  // A known counted thing ("the 11 people killed"), or the noun it names right after it ("the 240 patients").
  return COUNTED.has(f.measure) || f.nouns[0] === f.measure;
}

/** What the back-reference names is what the earlier figure counts: its measure, or a word of its own around it. */
function namesSameThing(earlier: FigureMention, later: FigureMention): boolean {
  // (Read from its words only when it is no figure in a list of other things: "212 passengers and nine crew" names both.)
  // (One of the nouns after it, not any word around it: "wins by 71 despite Labour rebellion" counts no rebels.)
  return earlier.measure === later.measure || (later.nouns[0] === later.measure && !earlier.listed && (earlier.nouns.includes(later.measure!) || verbNames(earlier, later) || subjectNames(earlier, later)));
}

/**
 * A figure that names nothing after it quantifies what its clause puts before it, its subject: "The bypass will cost
 * £14m" … "the £16m bypass". (Before it only: a noun after a bare figure belongs to another phrase, "wins by 64 despite
 * Green rebellion".)
 */
function subjectNames(earlier: FigureMention, later: FigureMention): boolean {
  return earlier.measure === undefined && earlier.nouns.length === 0 && earlier.near.slice(0, earlier.nearBefore).includes(later.measure!);
}

/**
 * The verb the earlier figure is the object of names what the later one counts: "Man fined £1,200" … "the £1,500 fine".
 * (Not a verb of movement: "cut 9%" … "the 12% cut" may be another cut; a noun it names has its own place in `nouns`.)
 */
function verbNames(earlier: FigureMention, later: FigureMention): boolean {
  if (earlier.verb === undefined) return false;
  const verb = fold(earlier.verb.toLowerCase());
  return verb.length >= 4 && !MOVED.test(verb) && verb === later.measure;
}

/** Nouns (folded) that name an amount as such: what a bare amount at the top of a story may be called later. */
const AMOUNT = /^(?:fee|pric|cost|sum|amou|tota|bill|fine|paym|payo|tran|valu)$/;

/**
 * The top line's one figure of a kind, with no measure of its own: a headline and a lede that state one value of that
 * kind, each naming nothing it counts ("Kelvinside sign Kowalczyk for £14m" / "… from Lech Rybnik for £14m"). What the
 * later definite figure names ("the £16m fee") is what they summarise. Amounts and units only: a bare count at the top
 * is as often a score or an age.
 */
function bareTopLine(later: Located, lede: number, all: readonly Located[]): Located[] {
  // The later figure names the amount as such (a fee, a price, a cost), not a thing of its own ("the £42m budget for
  // repairs", "the £42m bypass"): a bare amount at the top is the price of what the headline reports.
  if (later.figure.kind === 'count' || !AMOUNT.test(later.figure.measure ?? '')) return [];
  const top = all.filter((e) => e.order < later.order && statesSet(e, lede) && e.figure.kind === later.figure.kind);
  if (top.length < 2 || new Set(top.map((e) => e.figure.valueKey)).size !== 1) return [];
  // Stated in the headline and in the lede, each bare: two statements of the story's one figure of that kind.
  if (!top.some((e) => e.figure.heading) || !top.some((e) => !e.figure.heading)) return [];
  return top.every((e) => e.figure.measure === undefined && !e.figure.listed) ? top : [];
}

/**
 * `laterAt` points back to the set `earlierAt` states (each read as above), framed alike, and no figure before the
 * later one states the later value: a restatement of the same set with another value. (Measures the draft moves, a
 * level reached or a running total, are left out by the caller.)
 */
export function backReference(earlierAt: Located, laterAt: Located, lede: number, all: readonly Located[], bare = false): boolean {
  if (earlierAt.order > laterAt.order || !statesSet(earlierAt, lede) || !pointsBack(laterAt, lede)) return false;
  const earlier = earlierAt.figure;
  const later = laterAt.figure;
  if (earlier.kind !== later.kind || earlier.valueKey === later.valueKey || !(bare || namesSameThing(earlier, later)) || !framedAlike(earlier, later)) return false;
  return !hasAntecedent(laterAt, all);
}

/**
 * Back-references the buckets never paired: the earlier figure's measure read otherwise ("the 187km eighth stage" …
 * "The 192-kilometre stage"). Only when the headline and lede state one value of that kind naming that thing (two
 * would leave the reference open), the two values within a factor of two.
 */
export function backReferenceConflicts(all: readonly Located[], lede: number, taken: ReadonlySet<number>, moving: (measure: string | undefined, sets: readonly Located[]) => boolean): { suspect: Located; other: Located; kind: Confusion }[] {
  const out: { suspect: Located; other: Located; kind: Confusion }[] = [];
  for (const later of all) {
    if (taken.has(later.order) || !pointsBack(later, lede)) continue;
    let sets = all.filter((e) => e.order < later.order && statesSet(e, lede) && e.figure.kind === later.figure.kind && namesSameThing(e.figure, later.figure));
    // …or, naming nothing, the top line's one figure of that kind.
    const bare = sets.length === 0;
    if (bare) sets = bareTopLine(later, lede, all);
    if (sets.length === 0 || new Set(sets.map((e) => e.figure.valueKey)).size !== 1) continue;
    const earlier = sets[0];
    const [lo, hi] = [Math.min(earlier.figure.value, later.figure.value), Math.max(earlier.figure.value, later.figure.value)];
    const kind = confusionOf(earlier.figure, later.figure) ?? (hi < 2 * lo ? 'different' : undefined);
    if (kind === undefined || taken.has(earlier.order) || moving(later.figure.measure, sets) || !backReference(earlier, later, lede, all, bare)) continue;
    out.push({ suspect: later, other: earlier, kind });
  }
  return out;
}

/**
 * A body figure that plainly restates (restatesPlainly, checked by the caller) the story's top line with another value:
 * the value it contradicts is stated in the headline AND in the lede (two statements at the top that agree), and no
 * figure before it states its own value of the same measure (else that is what it restates: a later update, a part).
 * "Three dead in tower fire" / "Three people died …" … "'Four people lost their lives,' the chief said."
 */
export function restatesTopLine(here: Located, others: readonly Located[], lede: number, all: readonly Located[]): boolean {
  if (here.figure.heading || here.block <= lede) return false;
  // The value it contradicts, in the headline and in the lede, counting the same thing (each paired with it or not: the
  // headline's place, "… in Brackwell", may keep it out of the lede's bucket).
  const top = (o: Located) => o.figure.heading || o.block <= lede;
  const stated = others.filter(top);
  const topLine = stated.some((o) => all.some((t) => top(t) && t.figure.heading !== o.figure.heading && t.figure.valueKey === o.figure.valueKey && t.figure.measure === o.figure.measure));
  if (!topLine) return false;
  return !hasAntecedent(here, all);
}

/**
 * Its own antecedent: a figure before it with its value ("rose to 43" … "the 43 people killed"; "the number of
 * libraries to close rose to seven" … "Losing seven libraries"; "38 Labour MPs voted against" … "the 38 rebels") is
 * what it may restate, under whatever noun: a value the draft has already stated is no sign of a slip.
 */
function hasAntecedent(here: Located, all: readonly Located[]): boolean {
  return all.some((l) => l.order < here.order && l.figure.valueKey === here.figure.valueKey);
}
