// figure-consistency: a figure's frame: its period against another's (with the draft's own year for "this
// year"), and its places.

import type { DraftDocument } from '../../engine/document.ts';
import { MONTH_NAMES, NOT_PLACE, WHERE } from './markers.ts';
import { monthIndex } from '../../engine/text.ts';
import type { FigureMention } from './mention.ts';

/**
 * Another time: both figures placed in time and not alike, or only one set in the past or in a year. With `slip`
 * (the values are a slip of each other's digits: transposed, a zero off), a running total's time ("By Friday evening
 * … 74 dead") does not part them: a total that moved would hardly land on the earlier value's digits in another order.
 */
export function frameConflict(a: FigureMention, b: FigureMention, slip = false): boolean {
  const fa0 = slip || !a.asOf ? a.frame : [...a.frame, a.asOf];
  const fb0 = slip || !b.asOf ? b.frame : [...b.frame, b.asOf];
  if (fa0.length && fb0.length) {
    // "This year" is the draft's own year when the draft dates itself: "31,742 this year" / "the total for 2026"; and
    // "last month" is the month before its date: "1.02 million tonnes last month" / "10.2 million tonnes in October" in
    // a story dated 7 November.
    const fa = fa0.map(absolute);
    const fb = fb0.map(absolute);
    return !fa.some((x) => fb.includes(x));
  }
  // A count as of a time ("by Friday evening") is a running total then, not the story's value.
  // A year on one side only is often the story's own ("the £4.5bn deal signed in 2024"); a period in the past is not.
  // "Annual" names a yearly kind of figure ("its annual pre-tax profit"), not another period than the story's.
  const dated = (f: string[]) => f.some((x) => DATED.test(x));
  return dated(fa0) || dated(fb0);
}
/** A frame that dates a figure apart from the story's own time: a running total "by" then, a past period, a rate. */
const DATED = /^by |last|previous|earlier|ago|before|past|per|each|every|a year|a month|a week|a decade|career|all-time/;

/** A period relative to the draft's date, as the absolute one it names when the draft dates itself; else as it is. */
function absolute(period: string): string {
  return draftPeriods.get(period) ?? period;
}

/** Each named with its own day ("136 arrests on Saturday" / "163 on Sunday"), and none in common: another frame. */
export function otherDays(a: FigureMention, b: FigureMention): boolean {
  return a.times.length > 0 && b.times.length > 0 && !a.times.some((t) => b.times.includes(t));
}

/**
 * One of a measure's figures set apart from the other: a share of a part (partApart), a class of its own of one
 * scheme (classApart), or the span of one player's tally ("five goals in seven games") against a count of games.
 */
export function setApart(a: FigureMention, b: FigureMention): boolean {
  return partApart(a, b) || classApart(a, b) || !a.spanOf !== !b.spanOf;
}

/** Each figure named with its own place or group, and none in common ("11 in Kyiv" / "12 in Kharkiv"). */
export function otherPlaces(a: FigureMention, b: FigureMention): boolean {
  return a.places.length > 0 && b.places.length > 0 && !a.places.some((p) => b.places.includes(p));
}

/** The year the draft dates itself with (front matter `date:`, or a dateline), while one lint runs: what "this year" means. */
export let draftYear: string | undefined;
/**
 * The periods relative to the draft's date as the absolute ones they name, while one lint runs: "this year" its year,
 * "this month" and "last month" by its month (front matter `date:`, or a dateline with a month). Built once a lint.
 */
const NO_PERIODS: ReadonlyMap<string, string> = new Map();
let draftPeriods = NO_PERIODS;
/** The places the story is set in (its headline's "in X" / "across X", its dateline), while one lint runs. */
export let storyPlaces: readonly string[] = [];

/** Runs `find` with the draft's own year and places (the rule sets them for one lint, then clears them). */
export function withDraft<T>(year: string | undefined, places: readonly string[], find: () => T, month?: number): T {
  draftYear = year;
  draftPeriods = periodsOf(year, month);
  storyPlaces = places;
  try {
    return find();
  } finally {
    draftYear = undefined;
    draftPeriods = NO_PERIODS;
    storyPlaces = [];
  }
}

function periodsOf(year: string | undefined, month: number | undefined): ReadonlyMap<string, string> {
  const periods = new Map<string, string>();
  if (year) periods.set('this year', year);
  if (month !== undefined) {
    periods.set('this month', `in ${MONTH_NAMES[month].toLowerCase()}`);
    periods.set('last month', `in ${MONTH_NAMES[(month + 11) % 12].toLowerCase()}`);
  }
  return periods;
}

/**
 * A figure's measure key with the story's own places left out: "arrested 1,240 people in Qaradesh" in a story
 * headlined "… across Qaradesh" is placed where the whole story is, as "this year" is its year.
 */
export function storyKey(f: FigureMention): string | undefined {
  if (f.measureKey === undefined || storyPlaces.length === 0 || !f.where.some((w) => storyPlaces.includes(w))) return f.measureKey;
  return `n${f.kind}\u0000${f.measure}\u0000${f.where.filter((w) => !storyPlaces.includes(w)).join()}`;
}

/**
 * One measure key: the same, or the same but for the story's own place on one side when the other refers back
 * to a set already named ("Of the 1,340 people detained"); a figure that does not may be the place's part of a
 * wider count ("Turnout in London was 38%").
 */
export function sameKey(a: FigureMention, b: FigureMention): boolean {
  if (a.measureKey === undefined) return false;
  if (a.measureKey === b.measureKey) return true;
  return (a.definite || b.definite) && storyKey(a) === storyKey(b);
}

/** A headline's places ("… spread across Qaradesh") and a dateline's ("NAHRAN, March 18 –"), written as the text names them. */
export function storyPlacesOf(headline: string | undefined, doc: DraftDocument): string[] {
  const places = new Set<string>();
  if (headline) for (const m of headline.matchAll(WHERE)) if (!NOT_PLACE.test(m[1])) places.add(m[1]);
  for (const block of doc.blocks.slice(0, 3)) {
    const m = DATELINE_PLACE.exec(block.prose.slice(0, 2000));
    if (m) {
      places.add(m[1].split(' ')[0].toLowerCase().replace(/^\p{L}/u, (c) => c.toUpperCase()));
      break;
    }
  }
  return [...places].sort();
}

/** A dateline's place, with or without a year: "**NAHRAN, March 18, 2026 (Agency)** –", "LONDON, 4 March –". */
const DATELINE_PLACE = /^[ \t*_]*(\p{Lu}[\p{Lu}\p{M}'’-]+(?: [\p{Lu}\p{M}'’-]+){0,3})(?:\s*\([^)]{0,30}\))?,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]{2,8}\b)/mu;

const FRONT_MATTER_DATE = /^date:[ \t]*["']?((?:19|20)\d{2})\b/m;
/** …and its month, when it is an ISO date: "date: 2026-03-11". */
const FRONT_MATTER_MONTH = /^date:[ \t]*["']?(?:19|20)\d{2}-(0[1-9]|1[0-2])\b/m;
/** A dateline's month, written out or abbreviated ("BEIJING, 7 November 2026", "CAIRO, Nov. 6 –"). */
const DATELINE_MONTH = /^[ \t*_]*\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:\([^)]{0,30}\))?,\s*(?:([A-Z][a-z]{2,8})\.?\s+\d{1,2}\b|\d{1,2}\s+([A-Z][a-z]{2,8})\b)/mu;

/** The month (0-11) the draft dates itself in: front matter `date:` (ISO), else a dateline naming a month. */
export function monthOf(doc: DraftDocument): number | undefined {
  if (doc.frontMatter) {
    const m = FRONT_MATTER_MONTH.exec(doc.text.slice(doc.frontMatter.start, doc.frontMatter.end));
    if (m) return Number(m[1]) - 1;
  }
  for (const block of doc.blocks.slice(0, 3)) {
    const m = DATELINE_MONTH.exec(block.prose.slice(0, 2000));
    if (!m) continue;
    const month = monthIndex(m[1] ?? m[2]);
    // "Sept" and the like abbreviate a month; a word that is none ("BRUSSELS, Reuters 4") is no date.
    return month >= 0 ? month : undefined;
  }
  return undefined;
}
/** A dateline opening the story: "CAIRO, May 6, 2026 (Agency) –", "LONDON, 4 March 2026 –". */
const DATELINE = /^[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}(?:\([^)]{0,30}\))?,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}),?\s+((?:19|20)\d{2})\b/mu;

export function yearOf(doc: DraftDocument): string | undefined {
  if (doc.frontMatter) {
    const m = FRONT_MATTER_DATE.exec(doc.text.slice(doc.frontMatter.start, doc.frontMatter.end));
    if (m) return m[1];
  }
  // A line of the first blocks (a plain-text draft may be one block, headline first).
  for (const block of doc.blocks.slice(0, 3)) {
    const m = DATELINE.exec(block.prose.slice(0, 2000));
    if (m) return m[1];
  }
  return undefined;
}

/**
 * One figure limited to a part of a whole ("56.2% of the vote in the city's precincts") and the other not, nor
 * owned by that whole: a subset, not the same quantity restated.
 */
const SHARE = /^(?:%|pp)$/;

function partApart(a: FigureMention, b: FigureMention): boolean {
  // A share of a part is another share (turnout in one ward, a candidate's vote in the city); a count "in the
  // region's hospitals" more often names where the whole count is, so only shares are set apart this way.
  if (a.part === b.part || !SHARE.test(a.kind)) return false;
  const [part, other] = a.part !== undefined ? [a, b] : [b, a];
  return other.part !== undefined || other.owner !== part.part;
}

/**
 * A class named by a letter or number after its noun: "a band D home", "a category 1 call", "grade 4 or above",
 * "a Category 3 storm", "key stage 2". Two figures each in one class of the same scheme, not the same one, are two
 * groups ("£2,146 for a band D home" / "a band B home will pay £1,669"), however alike their words.
 */
const CLASS_LABEL = /\b(band|category|cat|grade|class|tier|stage|zone|division|group|level|phase|type)\s+([A-Z]|\d{1,2}|[IVX]{1,4})(?![\p{L}\p{N}])/giu;

const classes = new WeakMap<FigureMention, Map<string, string>>();

/** A figure's classes, read once per figure (as leadOf is), not once per pair it is compared in. */
function classesOf(f: FigureMention): Map<string, string> {
  let found = classes.get(f);
  if (found) return found;
  found = new Map<string, string>();
  for (const m of `${f.leadText ?? ''} ${f.clauseText ?? ''}`.matchAll(CLASS_LABEL)) {
    // A lone capital "A" after the noun is an article as often as a label ("stage a protest"): only in capitals.
    if (m[2] === 'a' || m[2] === 'i') continue;
    found.set(m[1].toLowerCase(), m[2].toUpperCase());
  }
  classes.set(f, found);
  return found;
}

function classApart(a: FigureMention, b: FigureMention): boolean {
  if (a.leadText === undefined && a.clauseText === undefined) return false;
  const ca = classesOf(a);
  if (ca.size === 0) return false;
  const cb = classesOf(b);
  for (const [scheme, id] of ca) if (cb.has(scheme) && cb.get(scheme) !== id) return true;
  return false;
}
