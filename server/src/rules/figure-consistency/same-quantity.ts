// figure-consistency: whether two values that are a slip of each other's digits are the same quantity.

import { frameConflict, otherDays, otherPlaces, setApart } from './frame.ts';
import type { Confusion, FigureMention } from './mention.ts';
import { isMeasure } from './numbers.ts';
import { anotherOfAKind, boundHolds, mayBeBefore, namesItsNoun, otherKnownThings, ownYearApart, sameMeasure } from './same-measure.ts';
import { COUNTED, GENERIC, MOVED, fold, sameNoun, shared } from './words.ts';

/** The same thing counted in the same frame, so that a different value is a conflict. */
export function sameQuantity(a: FigureMention, b: FigureMention, kind: Confusion, only = false, paragraphsApart = true): boolean {
  if (kind === 'different') return sameMeasure(a, b, only, paragraphsApart);
  if (a.kind !== b.kind || a.loose || b.loose || frameConflict(a, b, kind === 'transposed' || kind === 'zero')) return false;
  // A part of a set ("three of the deaths") against the set's count ("Four patients die"): one apart by being a part.
  if (a.partOf || b.partOf) return false;
  // A margin is the difference of two counts, never one of them ("wins by 71" / "her party's 72 MPs").
  if ((a.measure === 'margin') !== (b.measure === 'margin') && a.measure !== undefined && b.measure !== undefined) return false;
  // Each named with its own day ("136 arrests on Saturday" / "163 on Sunday"): another frame.
  // Each counting a known thing, and not the same thing ("214 killed" / "241 rescued").
  if (otherDays(a, b) || otherKnownThings(a, b)) return false;
  // Each counting a known thing of its own (what each measures, read from its own clause): "Three people were killed and
  // two firefighters were hurt" counts the dead and the hurt, whatever words of the first clause lie near the second.
  // ("the 12,000 evacuated households" counts the homes its noun names, as "1,200 homes … evacuated" does.)
  if (ownCounts(a, b)) return false;
  if (setApart(a, b)) return false;
  // A fall and a rise are different quantities ("profit falls 18%" / "sales rising 1.8%"); a change is compared only with a change.
  if (a.change !== b.change || (a.direction && b.direction && a.direction !== b.direction)) return false;
  if (a.change) {
    // Two changes the same way of the same thing, a slip of each other's digits (not one apart in the body: changes
    // are revised by a point; a headline's change is the story's own, so one apart from the body's is a slip).
    const what = (f: FigureMention) => [...f.near, ...f.subject].filter((w) => !MOVED.test(w));
    return (kind !== 'last digit' || (a.heading !== b.heading && !a.compared && !b.compared)) && a.direction === b.direction && shared(what(a), what(b)) >= 1 && !otherPlaces(a, b);
  }
  if (a.approx || b.approx) {
    // "about 6,400 posts" fits 6,350 but not 4,600: only a slip of its digits that is also well away from it, of the same thing.
    // Two approximations are both rounded, to one or two significant digits: round values a zero apart happen by
    // chance between different counts of one noun ("about 120,000 residents had been ordered to leave" / "Around
    // 12,000 residents who evacuated were still in shelters"). Only the same noun with the same thing said of it
    // is one count ("about 52,000 passengers had been affected" / "about 5,200 passengers had been affected").
    if (a.approx && b.approx && sharedNear(a, b) < 2) return false;
    const approx = a.approx ? a : b;
    const other = approx === a ? b : a;
    if (kind === 'last digit' || Math.abs(other.value - approx.value) <= 0.15 * approx.value) return false;
    // What each counts (the words after it) must agree, and "people" names no measure: "about 1.2 million
    // people with food parcels" is not "the territory's 2.1 million people".
    return shared(a.nouns.filter((w) => w !== 'people'), b.nouns.filter((w) => w !== 'people')) >= 1 && !otherPlaces(a, b);
  }
  // A level reached by a move ("the toll rose to 15") against one stated without it ("kills 14"): the measure had
  // another value before, and a value near it may be that one. Two levels reached are compared as any two.
  if ((kind === 'last digit' || kind === 'digit dropped') && mayBeBefore(a, b)) return false;
  // One apart, or a digit short, is what two true figures of two events often are: not when either sentence is about
  // another of a kind or an earlier one ("The last national rail strike … lasted two days" / "to strike on three days").
  if ((kind === 'last digit' || kind === 'digit dropped') && anotherOfAKind(a, b)) return false;
  if (kind === 'digit dropped') return isMeasure(a) && (shared(a.near, b.near) >= 1 || a.heading || b.heading);
  // A bound conflicts only with a figure outside it, and two bounds never do.
  if (boundHolds(a, b)) return false;
  const words = a.value < 21 && !/\d/.test(a.text) || (b.value < 21 && !/\d/.test(b.text));
  const near = sharedNear(a, b);
  if (kind === 'last digit') {
    // One more or less happens between true figures: only a headline against the body counting the same
    // thing, or a measure (money, %, units, millions) of the same noun: "a £1.2bn budget" / "the £1.3bn budget".
    if (ownYearApart(a, b)) return false;
    // A figure its clause sets against another ("fell to 4.2% from 4.3%", "up from") is another value on purpose.
    if (a.compared || b.compared) return false;
    // A headline against the body; two headings one apart are two labels ("Core CPI: 3.2%" / "CPIH: 3.3%" in a list).
    if (a.heading && b.heading) return false;
    // …counting the same thing: a headline's "three partners" are not the body's "four parties".
    if (a.heading || b.heading) return near >= 1 && !countsApart(a, b);
    const sameNoun = shared(a.nouns, b.nouns) >= 1 || (a.measure !== undefined && a.measure === b.measure) || (MONEY.test(a.kind) && near >= 1 && !a.contrast && !b.contrast);
    // (Money shares what it is money for in any word around it: "Ticket sales brought in £1.3m" / "the £1.2m raised from tickets".)
    // In the body: a measure of the same noun ("£1.2bn rescue package" / "£1.3bn package"), or a count of
    // the same noun sharing another word too ("Twelve people died" / "the 11 people who died"), in no other place.
    if (otherPlaces(a, b) || !sameNoun || a.times.join() !== b.times.join()) return false;
    // Shares one apart are common between groups ("41% of men, 42% of women"): not in the body.
    if (a.kind === '%' || a.kind === 'pp') return false;
    return isMeasure(a) || (near >= 2 && (a.nouns.some((n) => COUNTED.has(n)) || (!a.contrast && !b.contrast && a.nouns.some((n) => b.nouns.includes(n) && !GENERIC.test(n)))));
  }
  if (words) return false;
  // Two digits swapped or a zero off a short figure happen between true figures of different people and
  // places ("Torres scored 41 points" / "Baptiste scored … 14 points"): in the body, each named with its own, apart.
  if (!(kind === 'transposed' && a.digits.length >= 3) && !a.heading && !b.heading && otherPlaces(a, b)) return false;
  // …or two short counts each naming what it counts right after it, and not the same thing ("found at 41
  // sites" / "3,200 members and 14 staff"): a word in common elsewhere around them is chance.
  // Two-digit counts swap by chance more often than by a slip: not when either is hypothetical
  // ("48 flats would have been hard enough" against the headline's 84 flats).
  if (kind === 'transposed' && !isMeasure(a) && a.whole.length <= 2 && (a.hypothetical || b.hypothetical)) return false;
  // A definite count naming what it counts ("The 1,240 volunteers were also asked …") refers back to a set the draft has
  // named, under whatever noun ("a study of 12,400 adults"): a zero off that set's count, of three or more digits, is the set.
  if (kind === 'zero' && !isMeasure(a) && a.digits.replace(/0+$/, '').length >= 3 && (refersBack(a) || refersBack(b))) return true;
  if (!(kind === 'transposed' && a.digits.length >= 3) && !isMeasure(a) && namesItsNoun(a) && namesItsNoun(b) && shared(a.nouns, b.nouns) === 0) return false;
  // …and so are two such counts each followed by the plural it counts, not the same one ("41 patients were waiting"
  // / "outbreaks at 14 hospitals"; "the 150 seats" / "all 15 parties"; "a 14-point haul" / "played 140 times"),
  // however the measure reading of either clause went.
  if (!(kind === 'transposed' && a.digits.length >= 3) && !isMeasure(a) && countsApart(a, b)) return false;
  // Two spans of time, each said of what lasted and not the same thing ("jailed for 12 years" / "who led the company
  // for 21 years"; a sentence against a career, a trial against a fraud): two durations, whatever their digits.
  if (durationsApart(a, b)) return false;
  const measured = isMeasure(a);
  // Digits transposed in three or more digits, or in a measure (%, money, units, millions), or a zero off an amount: a slip, not chance.
  if (kind === 'transposed' && a.digits.length >= 3) return true;
  // Two digits of a measure (4.5% / 5.4%), or a zero off an amount (€50bn / €500bn, 4.1% / 41%): the words around must agree too.
  // Amounts a factor of ten apart are common between different things of one story (a bail and an old case's bond, a
  // valuation and a profit in one currency), so in the body the word in common must say what is counted: one of the
  // nouns after either figure, or its measure ("$25,000 bond …" / "$250,000 bail …" share only "show").
  if (kind === 'zero' && measured && !a.heading && !b.heading) return sharedWhat(a, b) >= 1;
  if ((kind === 'transposed' || kind === 'zero') && measured) return near >= 1 || a.heading || b.heading;
  // Two-digit counts and round counts a zero apart: also the same words around them.
  return near >= 1;
}

/** A definite count in the body naming the plural it counts ("the 1,240 volunteers"): a set already named, referred back to. */
function refersBack(f: FigureMention): boolean {
  return f.definite && !f.heading && f.counts !== undefined && f.counts !== 'people';
}

/**
 * The words around two figures they have in common that say what is counted: not a word of movement or time
 * ("fell", "year": shared by any two changes), nor a name ("Harbor City": whose, not what).
 */
function sharedNear(a: FigureMention, b: FigureMention): number {
  const names = new Set([...a.places, ...b.places].map((p) => fold(p.toLowerCase())));
  return shared(a.near.filter((w) => !MOVED.test(w) && !names.has(w)), b.near);
}

/** The words around two figures they have in common that name what either counts (its nouns, its measure). */
function sharedWhat(a: FigureMention, b: FigureMention): number {
  const what = new Set([...a.nouns, ...b.nouns, ...[a.measure, b.measure].filter((m): m is string => m !== undefined)]);
  const names = new Set([...a.places, ...b.places].map((p) => fold(p.toLowerCase())));
  return shared(a.near.filter((w) => what.has(w) && !names.has(w)), b.near);
}

const SPAN = /^(?:second|minute|hour|day|week|month|year)$/;

/** Two durations whose measures (what lasted) differ, neither named among the other's words. */
function durationsApart(a: FigureMention, b: FigureMention): boolean {
  if (!SPAN.test(a.kind) || !SPAN.test(b.kind) || a.measure === undefined || b.measure === undefined || a.measure === b.measure) return false;
  return !a.near.includes(b.measure) && !b.near.includes(a.measure);
}

/** Two known counted things, neither named among the other's nouns: the dead and the hurt, not one count. */
function ownCounts(a: FigureMention, b: FigureMention): boolean {
  if (a.measure === undefined || b.measure === undefined || a.measure === b.measure) return false;
  return COUNTED.has(a.measure) && COUNTED.has(b.measure) && neitherNamed(a, a.measure, b, b.measure);
}

/**
 * Two counts each followed by the plural it counts (`counts`), different nouns (synonyms folded), neither among the
 * other's first nouns ("14 hospital patients" counts patients too) and neither "people", which counts anyone.
 */
function countsApart(a: FigureMention, b: FigureMention): boolean {
  const x = a.counts;
  const y = b.counts;
  if (x === undefined || y === undefined || x === 'people' || y === 'people') return false;
  // One stem, two nouns: "three partners" / "the four parties" fold alike and count different sets.
  if (x === y) return !sameNoun(a.countsWord!, b.countsWord!);
  return neitherNamed(a, x, b, y);
}

/** Two things counted (`x` of `a`, `y` of `b`), neither among the other figure's first nouns. */
function neitherNamed(a: FigureMention, x: string, b: FigureMention, y: string): boolean {
  return !a.nouns.includes(y) && !b.nouns.includes(x);
}

/** An amount of money: its kind is a currency sign. */
const MONEY = /^(?:[£$€¥₹]|US\$)$/;
