// date-consistency: a weekday that does not match its date, and dates that cannot exist. Docs:
// date-consistency.md.
//
// Dates are read with one regex per block (cached by the block's prose): an optional weekday, then a
// day and month in British ("Tuesday, 4 March 2026", "Tue 4th of March") or US order ("Tuesday, March
// 4, 2026", "Tue. Sept. 8"), and an optional year. Only a weekday written right against its date is
// checked: "by Friday, 13 people had died" has no month and is never read as a date.
//
// A date without a year takes one from the draft (front matter `date:`, a dateline, a byline date, the
// nearest full date in the text: the year that puts the date closest to that reference; from the
// draft's own date, the sentence's tense and a lean to the past decide), else from the `year` setting,
// else the current year; the message says which.

import * as Type from '@sinclair/typebox';
import type { Block, DraftDocument } from '../engine/document.ts';
import { paragraphCache } from '../engine/cache.ts';
import type { Edit, Fix } from '../engine/types.ts';
import { proseSentences, sentenceFinder } from '../engine/sentences.ts';
import { MONTH_NAMES, monthIndex, WEEKDAY_NAMES } from '../engine/text.ts';
import { defineRule, Options, type RuleFinding } from './rule.ts';

const WEEKDAYS = WEEKDAY_NAMES;
const MONTHS = MONTH_NAMES;
const MONTH_ABBREVIATIONS = MONTHS.map((m) => m.slice(0, 3));

const WEEKDAY_WORD = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Weds|Wed|Thurs|Thur|Thu|Fri|Sat|Sun';
const MONTH_WORD = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const ORDINAL = '(?:st|nd|rd|th)?';
// An optional weekday ("Tuesday, ", "Tue. ", "Tuesday the ", "Tuesday ("), then the date in either order.
const DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<weekday>${WEEKDAY_WORD})(?<wdot>\\.)?(?:,?[ \\t\\u00A0]{1,3}(?:the[ \\t\\u00A0]{1,3})?|[ \\t\\u00A0]{0,2}\\([ \\t\\u00A0]{0,2}))?` +
    `(?:(?<day1>\\d{1,2})${ORDINAL}(?:[ \\t\\u00A0]{1,3}of)?[ \\t\\u00A0]{1,3}(?<month1>${MONTH_WORD})\\.?` +
    `|(?<month2>${MONTH_WORD})\\.?[ \\t\\u00A0]{1,3}(?<day2>\\d{1,2})${ORDINAL}(?![\\p{L}\\p{N}]|[.,:]\\d))` +
    `(?:,?[ \\t\\u00A0]{1,3}(?<year>\\d{4}))?(?![\\p{L}\\p{N}]|[.,:/-]\\d)`,
  'giu',
);
/** Months are capitalised ("March", "MARCH"): a paragraph without one, or without a digit, has no date. */
const GUARD = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)/;

interface DateMention {
  /** Offsets relative to the block's prose. */
  start: number;
  end: number;
  weekday?: { start: number; end: number; index: number; text: string };
  day: { start: number; end: number; value: number; ordinal: boolean };
  month: { start: number; end: number; value: number; text: string };
  year?: { start: number; end: number; value: number };
}

const extracts = paragraphCache<string, DateMention[]>('date-consistency:extracts');

/** The dates in a block's prose (offsets relative to it). */
export function datesIn(prose: string): DateMention[] {
  return extracts.through(prose, readDates);
}

function readDates(prose: string): DateMention[] {
  if (!GUARD.test(prose) || !/\d/.test(prose)) return [];
  const out: DateMention[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(prose); m; m = DATE.exec(prose)) {
    const g = m.groups!;
    const monthText = g.month1 ?? g.month2;
    const dayText = g.day1 ?? g.day2;
    // Months and weekdays are names: "may 4" and "sun 4 March" are not dates.
    if (!/^\p{Lu}/u.test(monthText) || (g.weekday && !/^\p{Lu}/u.test(g.weekday))) continue;
    const monthStart = indexOfGroup(prose, m, monthText, g.month1 ? 'after-day' : 'first', g.weekday);
    const dayStart = g.day1 ? indexAfterWeekday(prose, m, dayText, g.weekday) : prose.indexOf(dayText, monthStart + monthText.length);
    // "31 June." ends a sentence: the full stop belongs to an abbreviated month only.
    const end = m.index + m[0].length - (m[0].endsWith('.') && !g.year && monthText.length > 3 && !/^sept$/i.test(monthText) ? 1 : 0);
    const mention: DateMention = {
      start: m.index,
      end,
      day: { start: dayStart, end: dayStart + dayText.length, value: Number(dayText), ordinal: /^\d{1,2}(?:st|nd|rd|th)/.test(prose.slice(dayStart, dayStart + 4)) },
      month: { start: monthStart, end: monthStart + monthText.length, value: monthIndex(monthText), text: monthText },
    };
    if (g.weekday) {
      mention.weekday = { start: m.index, end: m.index + g.weekday.length + (g.wdot ? 1 : 0), index: weekdayIndex(g.weekday), text: g.weekday + (g.wdot ?? '') };
    }
    if (g.year) {
      const yearStart = m.index + m[0].length - g.year.length;
      mention.year = { start: yearStart, end: yearStart + 4, value: Number(g.year) };
    }
    out.push(mention);
  }
  return out;
}

function indexAfterWeekday(prose: string, m: RegExpExecArray, text: string, weekday: string | undefined): number {
  return prose.indexOf(text, m.index + (weekday ? weekday.length : 0));
}

function indexOfGroup(prose: string, m: RegExpExecArray, text: string, where: 'after-day' | 'first', weekday: string | undefined): number {
  const from = m.index + (weekday ? weekday.length : 0);
  if (where === 'first') return prose.indexOf(text, from);
  // British order: the month follows the day (and an optional "of").
  const day = /\d{1,2}/.exec(prose.slice(from))!;
  return prose.indexOf(text, from + day.index + day[0].length);
}

function weekdayIndex(text: string): number {
  const key = text.slice(0, 3).toLowerCase();
  return WEEKDAYS.findIndex((w) => w.slice(0, 3).toLowerCase() === key);
}

// ---------------------------------------------------------------------------------------------
// Calendar

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysIn(month: number, year: number | undefined): number {
  if (month === 1) return year === undefined || isLeap(year) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month];
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month, day)).getUTCDay();
}

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month, day) / 86_400_000;
}

// ---------------------------------------------------------------------------------------------
// Where a year without one comes from

interface Reference {
  /** The year, and the month and day when the reference is a full date (the nearest year to it is used). */
  year: number;
  month?: number;
  day?: number;
  /** The draft's own date (front matter, dateline, byline): what it reports has mostly happened already. */
  published?: boolean;
  /**
   * The story's present at the latest (the latest full date in the text, taken for a sentence about what is
   * to come): the date is on or after it, not merely near it.
   */
  after?: boolean;
  /** Another full date in the text (the nearest or the latest), not the draft's own: the story's present is not known. */
  inText?: boolean;
  /**
   * That date is an event told in the past ("a jury convicted him on Thursday, Feb. 12, 2026"): the story's
   * present is on or after it. A date in the text may itself be one to come ("the charges take effect on
   * Monday, 4 January 2027"), which a date set from the story's present may precede.
   */
  behind?: boolean;
  /** For the message: "the front matter date", "the dateline", "the date on line 3", "the year setting", "the current year". */
  source: string;
}

const FRONT_MATTER_DATE = /^date:\s*["']?(\d{4})-(\d{1,2})-(\d{1,2})/m;
const FRONT_MATTER_YEAR = /^date:\s*["']?(\d{4})\b/m;
/**
 * A dateline: an upper-case place name and a comma before the date ("KYIV, 4 March 2026 –"), in wire style
 * with its state, region or country in ordinary case ("DENTON, Ohio, Sept. 16, 2026 (Agency) —", "SAN
 * JOSE, Calif., …", "CARROWBY, England, …").
 */
const DATELINE_BEFORE = /^[\s*_>#]*\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:\([^)]{0,30}\))?,(?:[ \t\u00A0]+\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t\u00A0]+\p{Lu}[\p{L}\p{M}.'’-]*){0,2},)?\s*$/u;
/**
 * A byline or a publication line: the date follows "By <name>…" ("By Priya Shah, Courts Reporter |
 * Friday 27 November 2026") or "Published"/"Updated", or stands alone on its line.
 */
const BYLINE_BEFORE = /^[\s*_>]*(?:(?:By|BY)\s[^\n]{0,120}?[,|•·–—-]\s*)?(?:(?:Published|Updated|Posted|Filed)(?:\s+on)?:?\s*)?$/u;
const BYLINE_AFTER = /^[\s*_.|,–—-]*$/u;

interface Located {
  mention: DateMention;
  /** Absolute offsets. */
  start: number;
  end: number;
  blockStart: number;
  block: Block;
}

function referencesOf(doc: DraftDocument, all: Located[]): { fixed: Reference | undefined; full: Located[] } {
  let fixed: Reference | undefined;
  const fm = doc.frontMatter?.value;
  if (fm) {
    const full = FRONT_MATTER_DATE.exec(fm);
    if (full && Number(full[2]) >= 1 && Number(full[2]) <= 12) fixed = { year: Number(full[1]), month: Number(full[2]) - 1, day: Number(full[3]), published: true, source: 'the front matter date' };
    else {
      const year = FRONT_MATTER_YEAR.exec(fm);
      if (year) fixed = { year: Number(year[1]), source: 'the front matter date' };
    }
  }
  const full = all.filter((d) => d.mention.year && isReal(d.mention, d.mention.year.value));
  if (!fixed) {
    // A dateline opens the first paragraphs.
    const dateline = full.find((d) => d.blockStart <= (doc.blocks[2]?.start ?? Infinity) && DATELINE_BEFORE.test(doc.text.slice(d.blockStart, d.start)));
    if (dateline) fixed = { year: dateline.mention.year!.value, month: dateline.mention.month.value, day: dateline.mention.day.value, published: true, source: 'the dateline' };
  }
  if (!fixed) {
    // A byline's date opens the draft too, on one of its first lines.
    // A byline is a line of its own (a plain-text draft may run headline, byline and lede together).
    const firstLine = doc.lines.lineOf(doc.blocks[0].start);
    const byline = full.find((d) => {
      if (d.blockStart > (doc.blocks[3]?.start ?? Infinity) || doc.lines.lineOf(d.start) - firstLine > 5) return false;
      const lineStart = Math.max(d.blockStart, doc.text.lastIndexOf('\n', d.start - 1) + 1);
      const before = doc.text.slice(lineStart, d.start);
      if (!BYLINE_BEFORE.test(before)) return false;
      const lineEnd = doc.text.indexOf('\n', d.end);
      return /\S/.test(before) || BYLINE_AFTER.test(doc.text.slice(d.end, lineEnd < 0 || lineEnd > d.block.end ? d.block.end : lineEnd));
    });
    if (byline) fixed = { year: byline.mention.year!.value, month: byline.mention.month.value, day: byline.mention.day.value, published: true, source: `the byline date (line ${doc.lines.lineOf(byline.start) + 1})` };
  }
  return { fixed, full };
}

function isReal(mention: DateMention, year: number | undefined): boolean {
  return mention.month.value >= 0 && mention.day.value >= 1 && mention.day.value <= daysIn(mention.month.value, year);
}

/**
 * The year that puts month/day closest to the reference date (a December story's "Tuesday 6 January" is
 * next year's). From the draft's own date (`tense` given), the sentence's tense decides first: a sentence
 * that speaks of the future takes the plain nearest year; one told in the past ("was", "had", "did")
 * takes the last such day on or before the draft's date when it is under 300 days back. Otherwise a day
 * ahead counts one and a half: a story reports what has happened more than what is to come, so in a
 * late-November story "Thursday 20 May" is last May (191 days back), not next May (174 days ahead),
 * while "Friday 3 April" is next April (127 days ahead against 238 back).
 */
function nearestYear(reference: Reference, month: number, day: number, tense?: () => 'past' | 'future' | undefined): number {
  if (reference.month === undefined || reference.day === undefined) return reference.year;
  const target = dayNumber(reference.year, reference.month, reference.day);
  if (reference.after) return dayNumber(reference.year, month, day) >= target ? reference.year : reference.year + 1;
  const pick = (cost: (d: number) => number) => {
    let best = reference.year;
    for (const year of [reference.year - 1, reference.year + 1]) if (cost(dayNumber(year, month, day) - target) < cost(dayNumber(best, month, day) - target)) best = year;
    return best;
  };
  const plain = pick(Math.abs);
  if (!reference.published || !tense) return plain;
  const leaning = pick((d) => (d > 0 ? d * 1.5 : -d));
  const back = dayNumber(reference.year, month, day) <= target ? reference.year : reference.year - 1;
  const recent = target - dayNumber(back, month, day) < 300 ? back : leaning;
  // The sentence is read only when it decides the year.
  if (plain === leaning && leaning === recent) return plain;
  const t = tense();
  return t === 'future' ? plain : t === 'past' ? recent : leaning;
}

/**
 * Whether a weekday wrong for the year chosen is right in another year the draft makes as likely. The year of
 * a date written without one is a guess, and a desk would rather say nothing than flag a correct weekday:
 *
 * - from the draft's own date (front matter, dateline, byline), an event told in the past ("the trial began
 *   on Wednesday, 14 January", "was arrested on …") happened on or before that date, and one told in the
 *   future in the date's own clause ("will be held on", "is due on") on or after it: within a year, that is
 *   one day, whichever the lean to the nearer date picked;
 * - from another full date in the text (no date of the draft's own was found), the story's present is not
 *   known: when that date is two years or more from the draft's presumed year (the `year` setting, else the
 *   current year), the presumed year is as likely as that of the event the story recalls ("the flood of
 *   Saturday, Nov. 14, 2020"); and so is the year of the draft's first full date, the lede's, when that date
 *   is not the reference itself: the nearest full date may be a background event ("the storm hit on Monday,
 *   June 30, 2025") while the story's own dates fall in the year its lede reports ("a jury on Thursday, Oct. 8,
 *   2026, found …"). Any year the draft names would be too wide: a slip that happens to be right in the year of
 *   a background date (a launch in 2019, a meeting in the coming year) would go unreported.
 */
function rightInAPlausibleYear(located: Located, year: number, reference: Reference, presumed: number | undefined, lede: Located | undefined): boolean {
  const { mention } = located;
  const month = mention.month.value;
  const day = mention.day.value;
  const right = (y: number) => y !== year && isReal(mention, y) && weekdayOf(y, month, day) === mention.weekday!.index;
  if (reference.published && reference.month !== undefined && reference.day !== undefined) {
    const target = dayNumber(reference.year, reference.month, reference.day);
    // The first such day on or after the draft's date, or the last on or before it: within a year either way.
    const before = textBefore(located);
    if (FUTURE.test(ownClause(before))) return right(dayNumber(reference.year, month, day) >= target ? reference.year : reference.year + 1);
    if (pastEvent(before)) return right(dayNumber(reference.year, month, day) <= target ? reference.year : reference.year - 1);
    return false;
  }
  if (!reference.inText) return false;
  // Only a date two years or more from the presumed year leaves the year in doubt. One a year away is read
  // as before: a weekday of the next year's calendar is the commonest slip there is, not to be excused.
  if (presumed !== undefined && Math.abs(reference.year - presumed) >= 2 && right(presumed)) return true;
  if (!lede || lede === located) return false;
  const ledeYear = lede.mention.year!.value;
  // The lede's date as the reference itself is no further evidence: the nearest year to it was already chosen.
  if (ledeYear === reference.year && lede.mention.month.value === reference.month && lede.mention.day.value === reference.day) return false;
  return right(ledeYear);
}

/**
 * Whether the words before a date (textBefore) make it the date an event told in the past happened on: a
 * past verb, then "on", with at most a place between
 * ("began on", "was arrested at his home on", "died in hospital on"); not a participle after "is", "be" or
 * "will" ("a ruling is expected on"), an adverb between them or not ("certification is now expected on"). A past verb with an object ("had offered talks on Wednesday") dates
 * the object, which may be to come; "set for" and "adjourned until" look ahead from the past.
 */
function pastEvent(before: string): boolean {
  return PAST_EVENT.test(before) && !FUTURE.test(before);
}

/**
 * Whether the date's own clause sets it or schedules it: a verb that fixes a time, then "for", "until" or
 * "to" right before the date ("which she set for Mon., Oct. 13", "adjourned the case until Friday, 6 March"),
 * or a future ("will be sentenced on", "is due on"). What is set or scheduled lies ahead of the act of
 * setting it, which the story reports as news: the first such day on or after the draft's date, not the
 * nearest. Not when the sentence is told in the past ("was set for", "had been scheduled for", "originally
 * set for": the day may have come and gone), nor when a past verb dates the day ("the goal he scored on").
 */
function scheduled(located: Located): boolean {
  const before = textBefore(located);
  const clause = ownClause(before);
  if (RETRACTED.test(clause) || tenseOf(located) === 'past' || PAST_AFTER.test(textAfter(located))) return false;
  if (SCHEDULE.test(clause)) return true;
  return FUTURE.test(clause) && !PAST_EVENT.test(before) && /\b(?:on|for|until|by)\s+$/i.test(clause);
}
const SCHEDULE = /\b(?:set|scheduled|slated|rescheduled|fixed|adjourned|postponed|deferred|pushed\s+back|put\s+back|moved)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:for|until|till|to)\s+$/iu;
/** Words that make a schedule a thing of the past or of another plan ("originally set for", "had been due on"). */
const RETRACTED = /\b(?:originally|initially|first|previously|once|had|was|were|would\s+have)\b/i;

/** The rest of the date's sentence after it. */
function textAfter(located: Located): string {
  const sentence = sentenceOf(located);
  const at = located.end - located.block.start;
  return located.block.prose.slice(at, sentence ? sentence.end : at + 80);
}

/** The first such day on or after the reference date. */
function onOrAfter(reference: Reference, month: number, day: number): number {
  return dayNumber(reference.year, month, day) >= dayNumber(reference.year, reference.month!, reference.day!) ? reference.year : reference.year + 1;
}

/**
 * Whether a full date is an event told in the past: its sentence is in the past ("was", "had"), or a past
 * verb in its own clause dates it ("convicted Quintero on") with no auxiliary or modal that could put it
 * ahead ("is expected on", "would take effect from").
 */
function toldInThePast(located: Located): boolean | undefined {
  if (tenseOf(located) === 'past') return true;
  const clause = ownClause(textBefore(located));
  return (PAST_AFTER.test(clause) && !FUTURE.test(clause) && !NOT_YET.test(clause)) || undefined;
}
const NOT_YET = /\b(?:is|are|be|been|being|will|would|shall|may|might|could|can|to|if|unless)\b/i;

/** Up to 80 characters of the date's sentence before it. */
function textBefore(located: Located): string {
  const sentence = sentenceOf(located);
  const at = located.start - located.block.start;
  return located.block.prose.slice(Math.max(sentence?.start ?? 0, at - 80), at);
}

/**
 * The date's own clause in the words before it (textBefore), from the last comma, semicolon, colon, dash or
 * bracket: a future in
 * another clause ("The club, which plans to appeal, lost on …") says nothing of when the date is.
 */
function ownClause(before: string): string {
  return before.slice(Math.max(...[',', ';', ':', '—', '–', '('].map((c) => before.lastIndexOf(c))) + 1);
}

/** Irregular past forms common in news copy (the regular ones end in "-ed"); "set" is left out: "set for" looks ahead. */
const IRREGULAR_PAST = 'rose|fell|grew|took|came|went|made|held|won|lost|saw|said|told|gave|left|became|began|paid|spent|sold|bought|brought|found|kept|led|met|ran|sat|stood|struck|hit|broke|died|drew|drove|flew|froze|knew|rode|sank|sent|spoke|stole|threw|wrote';
const PAST_EVENT = new RegExp(
  `(?<!\\b(?:is|are|be|been|being|will|would|to|shall|may|might|could)\\s+(?:(?:now|still|also|already|currently|not|then|\\p{L}{2,}ly)\\s+)?)\\b(?:${IRREGULAR_PAST}|[a-z]{3,}ed)\\s+(?:(?:at|in|near|outside|from)\\s+(?:[\\p{L}'’-]+\\s+){1,3}?)?on\\s+$`,
  'iu',
);

/** A past verb after the date in its sentence tells what happened on the day set ("set for Tuesday, 24 November, went ahead"). */
const PAST_AFTER = new RegExp(`\\b(?:${IRREGULAR_PAST}|[a-z]{3,}ed)\\b`, 'i');

/** Words that put a sentence in the future ("will be held on", "is due on", "next"). */
const FUTURE = /\b(?:will|won['’]t|shall|is due|are due|due to|next(?!\s+to\b)|upcoming|scheduled|is expected to|are expected to|plans? to|is to|are to)\b|['’]ll\b/i;
/** Auxiliaries and adverbs that put a sentence in the past ("was withdrawn", "had indicated", "ago"). */
const PAST = /\b(?:was|were|had|did|wasn['’]t|weren['’]t|hadn['’]t|didn['’]t|ago|earlier|previously)\b/i;

function tenseOf(located: Located): 'past' | 'future' | undefined {
  const sentence = sentenceOf(located);
  if (!sentence) return undefined;
  const text = located.block.prose.slice(sentence.start, sentence.end);
  return FUTURE.test(text) ? 'future' : PAST.test(text) ? 'past' : undefined;
}

/** The sentence of the date's block that holds it (offsets in the block's prose). */
function sentenceOf(located: Located): { start: number; end: number } | undefined {
  const at = located.start - located.block.start;
  const sentences = proseSentences(located.block.prose);
  const index = sentenceFinder(sentences)(at);
  return index >= 0 ? sentences[index] : undefined;
}

// ---------------------------------------------------------------------------------------------
// The rule

export const dateConsistency = defineRule({
  id: 'date-consistency',
  summary: 'A weekday that does not match its date ("Tuesday, 4 March 2026" is a Wednesday), and dates that do not exist (31 June).',
  defaultSeverity: 'warning',
  options: Options({
    year: Type.Integer({
      default: 0,
      minimum: 0,
      maximum: 9999,
      description: 'Year assumed for a date written without one when the draft gives none (no front matter date, dateline or full date); 0 means the current year.',
    }),
  }),
  check({ doc, options, shared }) {
    const all: Located[] = [];
    for (const block of doc.blocks) {
      for (const mention of datesIn(block.prose)) all.push({ mention, start: block.start + mention.start, end: block.start + mention.end, blockStart: block.start, block });
    }
    if (all.length === 0) return [];
    const { fixed, full } = referencesOf(doc, all);
    const setting = options.year;
    const findings: RuleFinding[] = [];
    // The latest full date is the same for every date without a year: found once, when first needed.
    let latest: Reference | undefined | null = null;
    const latestHere = () => (latest === null ? (latest = latestFull(doc, full)) : latest);
    for (const located of all) {
      const { mention } = located;
      // The sentence's tense is read at most once, and only when a year must be chosen.
      let tense: ReturnType<typeof tenseOf> | null = null;
      const tenseHere = () => (tense === null ? (tense = tenseOf(located)) : tense);
      const reference = mention.year ? undefined : (sentenceYear(doc, located) ?? fixed ?? (tenseHere() === 'future' ? latestHere() : undefined) ?? nearestFull(doc, full, located) ?? (setting > 0 ? { year: setting, source: 'the year setting' } : shared.currentYear !== undefined ? { year: shared.currentYear, source: 'the current year' } : undefined));
      if (!mention.year && !reference) {
        // No year to be had (a host that gives no clock): only a day its month never has can be wrong.
        const impossible = impossibleDay(located);
        if (impossible) findings.push(impossible);
        continue;
      }
      let year = mention.year?.value;
      if (year === undefined) {
        const day = Math.min(mention.day.value, daysIn(mention.month.value, undefined));
        year = reference!.month !== undefined && reference!.day !== undefined && (reference!.published || reference!.behind) && scheduled(located) ? onOrAfter(reference!, mention.month.value, day) : nearestYear(reference!, mention.month.value, day, tenseHere);
      }
      const finding = check(doc, located, year, reference);
      // A weekday right in another year the draft makes as likely is no slip to report (below).
      if (finding && mention.weekday && !mention.year && rightInAPlausibleYear(located, year, reference!, setting > 0 ? setting : shared.currentYear, full[0])) continue;
      if (finding) findings.push(finding);
    }
    return findings;
  },
});

/**
 * A year stated earlier in the date's own sentence sets the sentence in that time ("In December 2024 Storm
 * Darragh, which struck on Saturday, 7 December, …"): it comes before the draft's own year. Only a year
 * that opens a time phrase counts ("in 2024", "December 2024"), not one inside a name or a figure.
 */
function sentenceYear(doc: DraftDocument, located: Located): Reference | undefined {
  const sentence = sentenceOf(located);
  if (!sentence) return undefined;
  const before = located.block.prose.slice(sentence.start, located.start - located.block.start);
  let year: number | undefined;
  for (const m of before.matchAll(SENTENCE_YEAR)) {
    // A bare year that dates a figure ("up to 27.8% from 27.2% in 2025", "£4m in 2019") is the figure's
    // point of comparison, and "since 2019" reaches to the present: neither is the sentence's own time.
    // A month with it ("3% in March 2025") names a time near enough to be the sentence's.
    const bareYear = !MONTH_BEFORE_YEAR.test(m[0]);
    if (bareYear && FIGURE_BEFORE.test(before.slice(Math.max(0, m.index! - 40), m.index!))) continue;
    if (bareYear && /^since\s/i.test(m[0])) continue;
    // Two bare years joined ("in 2022 and 2023", "from 2019 to 2021") name a span measured, not the sentence's time.
    if (bareYear && /^\s*(?:and|or|to|[-–])\s*(?:1[6-9]|20)\d{2}\b/.test(before.slice(m.index! + m[0].length))) continue;
    year = Number(m[1]);
  }
  return year === undefined ? undefined : { year, source: 'the year earlier in its sentence' };
}

const MONTH_BEFORE_YEAR = new RegExp(String.raw`(?:${MONTHS.join('|')})\s+\d{4}$`);
/** A figure right before the year's preposition: "27.2% in", "£4.1bn in", "1,200 jobs in", "3.5 per cent in". */
const FIGURE_BEFORE = /(?:\d(?:[\d,.]*\d)?\s*(?:%|per\s?cent|percent|[mk]\b|bn\b|million|billion|thousand|points?|pts|p\b)?|\d(?:[\d,.]*\d)?\s+\p{Ll}+)\s*$/u;

const SENTENCE_YEAR = new RegExp(String.raw`\b(?:in|In|of|during|since|until|from)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:${MONTHS.join('|')})\s+)?((?:1[6-9]|20)\d{2})\b(?![\d%])`, 'g');

/**
 * For a date in a sentence about what is to come ("will be held on Thursday, 3 December"), the latest full
 * date in the text: the story's present, which what is to come follows, however near a date of the past
 * (a birth, an appointment) stands to it. When that latest date is told in the past (an event the story
 * looks back on), what is to come is the first such day after it, not the nearest: after a crash "on
 * Friday, 13 March 2026", "will be sentenced on Tuesday, 24 November" is the November after the crash.
 */
function latestFull(doc: DraftDocument, full: Located[]): Reference | undefined {
  let best: Located | undefined;
  const when = (l: Located) => dayNumber(l.mention.year!.value, l.mention.month.value, l.mention.day.value);
  for (const candidate of full) if (!best || when(candidate) > when(best)) best = candidate;
  if (!best) return undefined;
  const { mention } = best;
  // Only a date told in the past is behind the story's present for sure; the latest date may itself be
  // one to come ("takes effect on Monday, 4 January 2027"), which a meeting before it may precede.
  const after = tenseOf(best) === 'past' || undefined;
  return { year: mention.year!.value, month: mention.month.value, day: mention.day.value, after, inText: true, behind: toldInThePast(best), source: `the latest date in the draft (line ${doc.lines.lineOf(best.start) + 1})` };
}

/** The closest full date in the text (by position), as a reference for a date without a year. */
function nearestFull(doc: DraftDocument, full: Located[], located: Located): Reference | undefined {
  let best: Located | undefined;
  for (const candidate of full) {
    if (candidate === located) continue;
    if (!best || Math.abs(candidate.start - located.start) < Math.abs(best.start - located.start)) best = candidate;
  }
  if (!best) return undefined;
  const { mention } = best;
  return { year: mention.year!.value, month: mention.month.value, day: mention.day.value, inText: true, behind: toldInThePast(best), source: `the date on line ${doc.lines.lineOf(best.start) + 1}` };
}

/** A day its month never has, in any year (31 June). */
function impossibleDay(located: Located): RuleFinding | undefined {
  const { mention } = located;
  const days = daysIn(mention.month.value, undefined);
  if (mention.day.value >= 1 && mention.day.value <= days) return undefined;
  const month = MONTHS[mention.month.value];
  return {
    start: located.start,
    end: located.end,
    message: `There is no ${mention.day.value} ${month}: ${month} has ${days === 29 ? '28 days (29 in a leap year)' : `${days} days`}`,
    fixes: [],
  };
}

function check(doc: DraftDocument, located: Located, year: number, reference: Reference | undefined): RuleFinding | undefined {
  const { mention } = located;
  const base = located.blockStart;
  const month = MONTHS[mention.month.value];
  const assumed = reference ? ` (assuming ${year}, from ${reference.source})` : '';
  const impossible = impossibleDay(located);
  if (impossible) return impossible;
  if (mention.month.value === 1 && mention.day.value === 29 && !isLeap(year)) {
    // Without a year in the draft, a guess at the year is no ground to call 29 February impossible.
    if (reference && (reference.source === 'the current year' || reference.source === 'the year setting')) return undefined;
    return { start: located.start, end: located.end, message: `There is no 29 February in ${year}: it is not a leap year${assumed}`, fixes: [] };
  }
  if (!mention.weekday) return undefined;
  const actual = weekdayOf(year, mention.month.value, mention.day.value);
  if (actual === mention.weekday.index) return undefined;
  const written = `${mention.day.value} ${month}${mention.year ? ` ${year}` : ''}`;
  const fixes: Fix[] = [
    {
      title: `Change '${mention.weekday.text}' to '${weekdayText(actual, mention.weekday.text)}'`,
      edits: [{ start: base + mention.weekday.start, end: base + mention.weekday.end, text: weekdayText(actual, mention.weekday.text) }],
      preferred: true,
    },
  ];
  const dateFix = matchingDate(located, year);
  if (dateFix) fixes.push(dateFix);
  return {
    start: located.start,
    end: located.end,
    message: `${written} is a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[mention.weekday.index]}${assumed}`,
    fixes,
  };
}

/** The weekday in the form the writer used: full, "Wed", "Weds.", "Thurs", upper case. */
function weekdayText(index: number, written: string): string {
  const dot = written.endsWith('.') ? '.' : '';
  const core = dot ? written.slice(0, -1) : written;
  const full = WEEKDAYS.some((w) => w.toLowerCase() === core.toLowerCase());
  let name = full ? WEEKDAYS[index] : core.length === 3 ? WEEKDAYS[index].slice(0, 3) : LONG_ABBREVIATIONS[index];
  if (core.length > 1 && core === core.toUpperCase()) name = name.toUpperCase();
  return name + dot;
}

/** The longer abbreviations ("Tues", "Thurs"): a writer who uses one gets the same kind. */
const LONG_ABBREVIATIONS = ['Sun', 'Mon', 'Tues', 'Weds', 'Thurs', 'Fri', 'Sat'];

/** "Change the date to 3 March": the date with the written weekday nearest the written date (at most 3 days away). */
function matchingDate(located: Located, year: number): Fix | undefined {
  const { mention } = located;
  const base = located.blockStart;
  const written = Date.UTC(year, mention.month.value, mention.day.value);
  let shift = (mention.weekday!.index - weekdayOf(year, mention.month.value, mention.day.value) + 7) % 7;
  if (shift > 3) shift -= 7;
  const target = new Date(written + shift * 86_400_000);
  const day = target.getUTCDate();
  const month = target.getUTCMonth();
  const newYear = target.getUTCFullYear();
  // A date that moves into another year needs a year to say so.
  if (newYear !== year && !mention.year) return undefined;
  const edits: Edit[] = [];
  const dayText = String(day) + (mention.day.ordinal ? ordinal(day) : '');
  const dayEnd = base + mention.day.end + (mention.day.ordinal ? 2 : 0);
  edits.push({ start: base + mention.day.start, end: dayEnd, text: dayText });
  if (month !== mention.month.value) edits.push({ start: base + mention.month.start, end: base + mention.month.end, text: monthText(month, mention.month.text) });
  if (newYear !== year) edits.push({ start: base + mention.year!.start, end: base + mention.year!.end, text: String(newYear) });
  edits.sort((a, b) => a.start - b.start);
  const label = `${day} ${MONTHS[month]}${mention.year ? ` ${newYear}` : ''}`;
  return { title: `Change the date to ${label} (a ${WEEKDAYS[mention.weekday!.index]})`, edits };
}

function ordinal(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return { 1: 'st', 2: 'nd', 3: 'rd' }[day % 10 as 1 | 2 | 3] ?? 'th';
}

function monthText(index: number, written: string): string {
  let name = written.length > 4 || written === 'May' || written === 'June' || written === 'July' ? MONTHS[index] : written === 'Sept' ? (index === 8 ? 'Sept' : MONTH_ABBREVIATIONS[index]) : MONTH_ABBREVIATIONS[index];
  if (written.length > 3 && MONTHS.includes(written)) name = MONTHS[index];
  if (written.length > 1 && written === written.toUpperCase()) name = name.toUpperCase();
  return name;
}
