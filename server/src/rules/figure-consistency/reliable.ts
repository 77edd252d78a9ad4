// figure-consistency: which lower-confidence matches (a different value, one apart in the last digit) carry enough
// evidence in their own words to be reported by default. The evidence asked for is the copy desk's: the later
// figure refers back to a set the draft has already named ("the five wards", "the 11 people who died"), counts the
// same thing under the same noun or a close synonym (not a crude stem: "partners" are not "parties"), and neither
// figure is framed as anything else (its own place, day, period or year, a part, a plan, a comparison, an update, a
// bound, an approximation). A definite article is the writer saying "the same set as before"; a different value
// for it is then a slip, not another measure.

import type { FigureMention } from './mention.ts';
import { COUNTED, sameNoun } from './words.ts';

/** Nothing in the figure's own words frames it as another value of its measure than the story's one. */
function plainFrame(f: FigureMention): boolean {
  return (
    f.where.length === 0 &&
    f.times.length === 0 &&
    f.frame.length === 0 &&
    f.qualifier.length === 0 &&
    !f.contrast &&
    !f.hypothetical &&
    !f.reached &&
    !f.compared &&
    !f.approx &&
    !f.bound &&
    !f.partOf &&
    !f.spanOf &&
    !f.listed &&
    !f.change
  );
}

/**
 * `earlier` states a set and `later`, after it in the draft, refers back to it ("the N …") with another value of the
 * same counted thing, both in plain frames. The counted thing is either a known one (deaths, arrests, homes …) or
 * the plural each figure counts, the same noun on both sides.
 */
export function refersBackPlainly(earlier: FigureMention, later: FigureMention): boolean {
  if (!plainFrame(earlier) || !plainFrame(later)) return false;
  // A headline states the story's set and a body figure counting it under the same plural, plainly, restates it
  // ("Four libraries to close" / "five libraries will shut"), definite or not.
  if (earlier.heading && !later.heading && earlier.countsWord && later.countsWord && earlier.measure === later.measure) return sameNoun(earlier.countsWord, later.countsWord);
  if (!later.definite || earlier.definite) return false;
  if (earlier.measure === undefined || earlier.measure !== later.measure) return false;
  if (earlier.countsWord && later.countsWord) return sameNoun(earlier.countsWord, later.countsWord);
  return COUNTED.has(earlier.measure);
}
