// figure-consistency: which lower-confidence matches (a different value, one apart in the last digit) carry enough
// evidence in their own words to be read as a plain restatement (noted "restates" in the finding's detail; promoted
// to the default tier in session 6, then put back behind `otherMatches` after held-out-11). The evidence is the copy desk's: the draft states a set
// first (in its headline or lede, or anywhere when the later figure refers back to it: "the five wards", "the 11
// people who died"), the later figure counts the same thing under the same noun or a close synonym (not a crude
// stem: "partners" are not "parties"), and neither figure is framed as anything else than the other: another place
// (the story's own is none), day, period or year, a kind of value, a part, a plan, a comparison, an update, a bound,
// an approximation, one of a list of other things. No false positive of the lower tier on the tuning sets passes
// this, nor any it made on the first run of an unseen set (held-out-6, -7, -8): other places, updates, parts,
// seasons, targets, classes and spans, each a frame read here.

import type { Located } from './conflicts.ts';
import { storyPlaces } from './frame.ts';
import type { FigureMention } from './mention.ts';
import { COUNTED, sameNoun } from './words.ts';

/** The story's own time ("this year", "this week") frames nothing apart, nor does "annual" (a yearly kind of figure). */
const OWN_TIME = /^(?:this |annual)/;

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Nothing in either figure's words frames it apart from the other: each a plain statement of one value. */
export function framedAlike(a: FigureMention, b: FigureMention): boolean {
  const place = (f: FigureMention) => f.where.filter((w) => !storyPlaces.includes(w));
  const period = (f: FigureMention) => [...f.frame, ...(f.asOf ? [f.asOf] : [])].filter((x) => !OWN_TIME.test(x));
  // A later figure that refers back to the set takes its day ("the 45 people detained on Tuesday").
  if (!sameSet(place(a), place(b)) || !(b.definite || sameSet(a.times, b.times)) || !sameSet(a.qualifier, b.qualifier)) return false;
  if (period(a).length || period(b).length) return false;
  // One side of a division (a tally, a share given to each party) is neither the whole nor the other side.
  if (a.split !== b.split) return false;
  return ![a, b].some((f) => f.another || f.contrast || f.hypothetical || f.reached || f.compared || f.approx || f.bound || f.partOf || f.spanOf || f.change);
}

/**
 * `earlier` states a set and `later`, after it in the draft and in another block, restates it with another value,
 * the two framed alike: either the earlier is the headline's or the lede's and both count one thing (the same plural
 * after each, "Four libraries" / "five libraries", or one known counted thing, "kills 12" / "killing 11"), or the
 * later refers back to it ("the 240 patients", "the £8.6m package") as a measure of the same thing.
 */
export function restatesPlainly(earlierAt: Located, laterAt: Located, lede: number): boolean {
  const earlier = earlierAt.figure;
  const later = laterAt.figure;
  if (earlierAt.block === laterAt.block || later.heading || earlier.measure === undefined) return false;
  const nouns = earlier.countsWord !== undefined && later.countsWord !== undefined;
  if (nouns && !sameNoun(earlier.countsWord!, later.countsWord!)) return false;
  if (earlier.measure !== later.measure && !nouns) return false;
  if (!framedAlike(earlier, later)) return false;
  // One of a list of figures of other things is a stat line, unless its noun says it is the same set, or it refers back.
  // (A known counted thing in a list is still the story's count: "Two people died and 300 homes lost power".)
  const known = COUNTED.has(earlier.measure);
  if ((earlier.listed && !nouns && !known) || (later.listed && !later.definite && !nouns)) return false;
  if ((earlier.heading || earlierAt.block <= lede) && (nouns || known)) return true;
  return later.definite && !earlier.definite;
}

