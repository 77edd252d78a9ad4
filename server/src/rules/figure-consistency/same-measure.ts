// figure-consistency: whether two values that are no slip of each other are one measure stated two ways
// (sameMeasure), and a value above a maximum of its measure (beyondBound).

import { draftYear, frameConflict, otherDays, otherPlaces, sameKey, setApart } from './frame.ts';
import { MONTH } from './markers.ts';
import type { FigureMention } from './mention.ts';
import { roundsTo } from './numbers.ts';
import { clauseOf, otherSubjects, otherVerbs } from './subject.ts';
import { COUNTED, SPECIFIC, sameNoun, shared } from './words.ts';

/**
 * A value above a maximum of the same measure ("gusts of up to 98mph" / "whose 104mph gust at Aberdaron"):
 * wrong whatever place it has, in the same frame, with a word in common around them.
 */
export function beyondBound(a: FigureMention, b: FigureMention): boolean {
  const [bound, other] = a.bound === 'upper' ? [a, b] : b.bound === 'upper' ? [b, a] : [undefined, undefined];
  if (!bound || !other || other.bound || other.value <= bound.value || bound.boundKey !== other.boundKey) return false;
  if (frameConflict(a, b) || a.qualifier.join() !== b.qualifier.join() || otherDays(a, b)) return false;
  return shared(clauseOf(a), clauseOf(b)) >= 1;
}

/**
 * A different value, not a slip of the digits: the same measure only when everything that frames a figure
 * agrees. The same counted noun (folded for synonyms, and not one that counts anything: "people"), the
 * same period, day and place, neither approximate, a bound, a change or an increment, neither clause
 * setting it against another figure (CONTRAST), and the rest of the two clauses telling the same story
 * (at least two further words in common, and most of the shorter clause's words).
 */
export function sameMeasure(a: FigureMention, b: FigureMention, only = false, paragraphsApart = true): boolean {
  // A share of a part, a class of its own ("a band D home" / "a band B home"), a tally's span: set apart (setApart).
  if (!sameKey(a, b) || otherPlaces(a, b) || frameConflict(a, b) || setApart(a, b)) return false;
  // One side of a division in its own sentence (a share given to one party, the other side of a tally) is not the
  // whole set, nor the other side: "free 150 detainees and the Front 80" / "an exchange of 230 detainees".
  if (a.split !== b.split) return false;
  // Two plurals that fold alike and are not one noun ("partners" / "parties"): two things counted.
  if (a.counts !== undefined && a.counts === b.counts && !sameNoun(a.countsWord!, b.countsWord!)) return false;
  // One head, each with a modifier of its own: two things ("a 3% pay rise" / "a 5% rent rise").
  if (a.modifier !== undefined && b.modifier !== undefined && a.modifier !== b.modifier) return false;
  // So are two counts of one head, each with its own modifier ("16 new stores" / "the 18 older shops").
  const ca0 = countModifier(a);
  const cb0 = countModifier(b);
  if (ca0 !== undefined && cb0 !== undefined && ca0 !== cb0) return false;
  // A level reached by a move against one stated without it: perhaps the value before the move (see mayBeBefore).
  if (mayBeBefore(a, b)) return false;
  // A rounding of the other is the same value written less precisely (58.2% / 58%, 21,460 / 21,000).
  if (roundsTo(a, b) || roundsTo(b, a)) return false;
  // Two approximations never conflict; one conflicts only with an exact value it cannot be ("About 1,300 homes" / "the 1,100 houses").
  if (a.approx && b.approx) return false;
  if (a.approx || b.approx) {
    if (a.approx ? fitsApprox(a, b) : fitsApprox(b, a)) return false;
    if (a.bound || b.bound) return false;
  }
  // A count's direction is what was done to what it counts ("cut 1,800 jobs"): restated without it ("the 1,600 colleagues
  // we are saying goodbye to") it is the same set; only two counts done opposite ways are two things. Other values moved.
  const directionApart = a.kind === 'count' && b.kind === 'count' ? a.direction !== undefined && b.direction !== undefined && a.direction !== b.direction : a.direction !== b.direction;
  if (a.qualifier.join() !== b.qualifier.join() || directionApart) return false;
  if (otherSubjects(a, b) || otherVerbs(a, b) || anotherOfAKind(a, b)) return false;
  // A year of its own on one side only ("a magnitude 7.1 earthquake in 1998") is another time for a value that is no slip.
  if (ownYearApart(a, b)) return false;
  // Each named with its own day ("on Sunday" / "on Monday"): another frame; and one dated by its month
  // ("on Monday, January 12") is another day than a figure with none (a lede's bare "on Tuesday" is the story's).
  if (otherDays(a, b)) return false;
  const ta = a.times;
  const tb = b.times;
  // A figure that refers back to a set already named ("the manifest's 218 passengers") takes that set's day.
  const undated = ta.length ? b : a;
  if (!ta.length !== !tb.length && [...ta, ...tb].some((t) => MONTH.test(t)) && !undated.definite) return false;
  if (otherKnownThings(a, b) || boundHolds(a, b)) return false;
  const ca = clauseOf(a);
  const cb = clauseOf(b);
  let common = 0;
  for (const w of ca) if (cb.includes(w)) common++;
  // A headline is terse: one word in common beside the measure is all it has to give; so is one owner ("the council's").
  // A headline has no room for a story: against it, a body figure of a known counted thing (killed, arrested)
  // that refers back to a set already named ("the 68 people hurt", "All 45 people detained") is enough.
  if ((a.heading || b.heading) && (a.heading ? b : a).definite && (COUNTED.has(a.measure!) || namesSet(a.heading ? b : a))) return true;
  // A known counted thing (deaths, arrests, turnout) with only these two values in the draft, in one frame
  // and neither set apart: one quantity stated two ways, however differently the sentences put it.
  if (only && COUNTED.has(a.measure!)) return true;
  // Any other measure with only these two values in the draft, not both in lists of figures of other things
  // ("nine rebounds and eight assists" / "28 points and 11 assists": two players' lines) and in paragraphs of
  // their own (one paragraph setting two values side by side compares two things: "electricity … 53.8p a day. Gas …
  // 31.7p a day"): the same.
  if (only && paragraphsApart && !(a.listed && b.listed)) return true;
  // A speaker restating the headline's count in their own words ("Two hundred and eighty homes are gone," she said):
  // a quote is terse and shares few words with the narrative, but a count of a known counted thing naming its own
  // plural, in no frame of its own (every test above passed), is the story's count in the speaker's mouth.
  if (quotedRestatement(a, b) || quotedRestatement(b, a)) return true;
  // So is, in the body, the later figure referring back that way to a known counted thing ("Of the 68 people hurt").
  if ((a.definite || b.definite) && (COUNTED.has(a.measure!) || namesSet(a.definite ? a : b)) && common >= 1) return true;
  // Two values of one measure set side by side in one paragraph compare two things ("electricity … a standing charge
  // of 53.8p a day. Gas … a standing charge of 31.7p a day"), however many words they share.
  // The same owner ("the council's") or the same named place ("at Shiqiao") on both sides frames them alike.
  if (a.heading || b.heading || (a.owner !== undefined && a.owner === b.owner) || a.where.length > 0) return common >= 1;
  return paragraphsApart && common >= 2 && common >= 0.5 * Math.min(ca.length, cb.length);
}

/** Each counting a known thing, and not the same thing ("214 killed" / "241 rescued"). */
export function otherKnownThings(a: FigureMention, b: FigureMention): boolean {
  const ka = a.near.filter((w) => SPECIFIC.has(w));
  if (ka.length === 0) return false;
  const kb = b.near.filter((w) => SPECIFIC.has(w));
  return kb.length > 0 && !ka.some((w) => kb.includes(w));
}

/**
 * A bound conflicts only with a figure outside it ("gusts of up to 98mph" / "a 104mph gust"), and two bounds never
 * do: whether the bound holds (two bounds, or the other figure within one), so that the two are no conflict.
 */
export function boundHolds(a: FigureMention, b: FigureMention): boolean {
  if (a.bound && b.bound) return true;
  const bound = a.bound ? a : b.bound ? b : undefined;
  if (!bound) return false;
  const other = bound === a ? b : a;
  return bound.bound === 'lower' ? other.value >= bound.value : other.value <= bound.value;
}

/** More values than this of one noun in one period make a series, not one measure (see conflictsOf). */
export const MEASURE_VALUES = 3;

/** A count whose head noun is its second word, past one modifier ("the 12 new shops", "the 300 permanent roles"). */
function headSecond(f: FigureMention): boolean {
  return f.kind === 'count' && f.measure !== undefined && f.nouns[1] === f.measure;
}

/** The word before a count's head noun ("new" of "the 12 new shops"), when the head is its second word. */
function countModifier(f: FigureMention): string | undefined {
  return headSecond(f) && f.nouns[0] !== f.measure ? f.nouns[0] : undefined;
}

/**
 * A figure that refers back to a set by naming it right after it: "the £408m profit", "the 240 patients who
 * fell ill": what it measures is the noun it stands before, as plainly as a known counted thing.
 */
function namesSet(f: FigureMention): boolean {
  // …or its head after one modifier ("the 12 new shops", "the 300 permanent roles").
  return f.definite && (namesItsNoun(f) || headSecond(f));
}

/** A figure whose measure is the noun right after it ("41 sites", "14 staff"). */
export function namesItsNoun(f: FigureMention): boolean {
  return f.measure !== undefined && f.nouns[0] === f.measure;
}

/**
 * Whether an exact value fits an approximate one: "about 7,000" fits 6,941 (within 15%, as for slips);
 * "almost 19,000" fits only a value a little under it, never 21,460.
 */
function fitsApprox(approx: FigureMention, exact: FigureMention): boolean {
  const low = 0.85 * approx.value;
  const high = approx.approxBelow ? approx.value : 1.15 * approx.value;
  return exact.value >= low && exact.value <= high;
}

/** A year of its own (not the draft's) on one side only: "when two people died" in 2014 is another time than the story's three dead. */
export function ownYearApart(a: FigureMention, b: FigureMention): boolean {
  const year = (f: FigureMention) => f.frame.find((x) => /^\d{4}$/.test(x) && x !== draftYear);
  return !year(a) !== !year(b);
}

/**
 * One of two figures is a level the measure moved to ("the toll rose to 15", "the list falls to 7.4 million") and the
 * other, stated without a move, lies on the side the measure came from (14 below a rise, 7.6 million above a fall):
 * it may be the value before the move, not a slip. A value on the other side ("took his tally to 14" / a quote's 16)
 * cannot be, and two levels reached are compared as any two.
 */
export function mayBeBefore(a: FigureMention, b: FigureMention): boolean {
  if (!a.reached === !b.reached) return false;
  const [reached, other] = a.reached ? [a, b] : [b, a];
  return reached.reached === 'either' || (reached.reached === 'up' ? other.value < reached.value : other.value > reached.value);
}

/**
 * A sentence opening on another of a kind, or an earlier one ("A second union, …, on a turnout of 41%", "The last
 * national rail strike, in March, lasted two days"): its figure is that other's, not a restatement of the story's.
 * So is the extreme of a set of values on one side only ("The lowest rate, 3.7%, was in the South West").
 */
export function anotherOfAKind(a: FigureMention, b: FigureMention): boolean {
  return a.another === true || b.another === true || a.extreme !== b.extreme;
}

/**
 * `q` a figure in a quote, in the body, with a measure read, and `other` a figure outside any quote. (Only that: the
 * kind, a known counted thing and the headline are not asked for here; sameMeasure's earlier tests frame the two.)
 */
function quotedRestatement(q: FigureMention, other: FigureMention): boolean {
  return q.quoted === true && !other.quoted && !q.heading && q.measure !== undefined;
}
