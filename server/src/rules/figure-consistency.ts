// figure-consistency: the same quantity stated two ways in one draft. Docs: figure-consistency.md.
//
// Figures come from unattributed-figure's reader (figures.ts: counts, money, rates, units; years,
// dates, ages and names already left out), plus two kinds it leaves out on purpose and a copy desk
// still checks: counts and percentages in words ("seven missiles", "Thirty-eight per cent") and
// durations ("47 minutes"). Each block's figures are read once and cached by its prose, with what they
// count (the words around them), what they measure (measureNoun) and their frame (years, periods,
// days, places, "about" / "more than", "another", contrast markers).
//
// Across the draft, figures that look like one another's slip are compared: digits transposed
// (6,941 / 6,491), a zero dropped or added (€50bn / €500bn), or, with the same words around them, one
// more or less in the last digit (kills 12 / killing 11). Two figures are the same quantity only with
// the same kind (%, currency, unit, count), the same thing counted (a shared word or a close synonym)
// and the same frame (no other year or period, neither approximate nor an increment, not a range).
// A different value that is no slip is compared only within one measure (measureKey buckets) and
// judged by sameMeasure: the same measure, frame and subject, nothing setting either apart, and the
// sentences saying so. The less frequent value is flagged (the later one on a tie), naming the
// other's lines.

import type { DraftDocument } from '../engine/document.ts';
import { detach, paragraphCache } from '../engine/cache.ts';
import { proseSentences } from '../engine/sentences.ts';
import { figuresIn } from './unattributed-figure/figures.ts';
import type { Related } from '../engine/types.ts';
import { defineRule, Options, type RuleFinding } from './rule.ts';

// ---------------------------------------------------------------------------------------------
// Vocabulary

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
// \b rather than a look-behind, and ASCII classes: these run over every paragraph, and news copy's number words are ASCII.
const TENS_WORDS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const NUMBER_WORD = `(?:${[...NUMBER_WORDS.slice(1), ...TENS_WORDS.slice(3)].join('|')})`;
// A number in words, compound too ("twenty-one", "four hundred and twenty-one"), before what it counts or
// before a counted event ("eight died", "twelve were injured"); wordNumber() checks its grammar.
const WORD_COUNT = new RegExp(`\\b(${NUMBER_WORD}(?:[\\s-]+(?:${NUMBER_WORD}|hundred|thousand)|[\\s-]+and[\\s-]+${NUMBER_WORD})*)\\b(?=\\s+(?:[a-z-]+\\s+){0,2}(?:[a-z]+s|people|children|men|women)\\b|\\s+(?:(?:were|have|had)\\s+(?:been\\s+)?)?(?:died|killed|injured|hurt|wounded|arrested|detained|rescued|evacuated|missing)\\b)`, 'gi');
/** A percentage in words, compound too: "Thirty-eight per cent". */
const WORD_PERCENT = new RegExp(`\\b(${NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD})?)\\s+(?:per\\s*cent|percent)\\b`, 'gi');
const PERCENT_GUARD = /per\s*cent|percent/i;
const DURATION = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})*(?:\.\d+)?)[\s-](minutes?|mins|hours?|hrs|seconds?|days|weeks|months)(?![\p{L}])/giu;
/** A bound: "more than 500" fits 512 and conflicts only with a figure outside it ("over 50,000" / "5,000"). */
const LOWER_BOUND = /(?:^|[^\p{L}])(?:more\s+than|over|at\s+least|above|in\s+excess\s+of|upwards\s+of)\s+$/iu;
const UPPER_BOUND = /(?:^|[^\p{L}])(?:fewer\s+than|less\s+than|no\s+more\s+than|at\s+most|up\s+to|under|below)\s+$/iu;
const DURATION_GUARD = /\d[\s-](?:min|hour|hr|sec|day|week|month)/i;
const WORD_COUNT_GUARD = /(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|ty|hundred)[\s-]/i;
const PERIOD_GUARD = /year|career|all-time|month|week|quarter|decade|season|election|day|half|round|stage|phase|leg\b|annual|ago|earlier|January|February|March|April|June|July|August|September|October|November|December/i;
/** Before a figure: it is approximate or an increment, not the figure itself. */
/** Before a figure: a change ("fell 3.4%", "down 4.3%", "rose by £2m"), compared only with a change the same way. */
const CHANGE_BEFORE = /(?:^|[^\p{L}])(?:rose|fell|gained|dropped|climbed|jumped|slipped|declined|increased|decreased|grew|shrank|plunged|surged|soared|slumped|up|down|(?:rose|fell|up|down|grew|increased|decreased|dropped|climbed|cut|raised|lowered|reduced)\s+by)\s+$/iu;
const DOWN_VERB = /(?:fell|dropped|slipped|declined|decreased|shrank|plunged|slumped|down|cut|lowered|reduced)(?:\s+by)?\s+$/i;
/** Before a figure: approximate ("about 6,400"): it fits a value near it, and conflicts only with one that is a slip of it and not near. */
const APPROX_BEFORE = /(?:^|[^\p{L}])(?:about|around|some|nearly|almost|roughly|approximately|approx|circa|estimated|an\s+estimated|to\s+around|of\s+about)\s+$/iu;
/** Words that say which way a figure moved ("an 18% fall", "sales rising 1.8%"): a fall and a rise are not one quantity. */
const UP_WORD = /\b(?:rise|rises|rising|risen|rose|up|grew|grow|grows|growing|growth|gain|gains|gained|increase|increases|increased|higher|climb|climbed|climbs|jump|jumped|surge|surged)\b/i;
const DOWN_WORD = /\b(?:fall|falls|falling|fallen|fell|down|drop|drops|dropped|decline|declines|declined|decrease|decreased|lower|slump|slumped|slumps|slip|slipped|shrank|shrink|loss|losses|cut|cuts)\b/i;
const QUALIFIER_BEFORE = /(?:^|[^\p{L}])(?:rose|fell|gained|dropped|climbed|jumped|slipped|declined|increased|decreased|grew|shrank|plunged|surged|soared|slumped|up|down|about|around|some|nearly|almost|roughly|approximately|approx|circa|just\s+(?:over|under|below|above)|estimated|an\s+estimated|another|a\s+further|further|an\s+extra|extra|an\s+additional|additional|(?:rose|fell|up|down|grew|increased|decreased|dropped|climbed|cut|raised|lowered|reduced)\s+by|to\s+around|of\s+about|or\s+so|(?:up|down|rose|fell|risen|fallen|rising|falling|increased|decreased|dropped|climbed|compared\s+with|against)\s+from)\s+$/iu;
/** After a figure: an increment, a bound, a rate or the other end of a range ("200 more", "six or less", "seven to nine", "540 a year"). */
const QUALIFIER_AFTER = new RegExp(String.raw`^[\s)\]]*(?:(?:more|fewer|extra|additional|others?|or\s+(?:more|less|fewer|so|over|under)|(?:to|or|and)\s+(?:\d|${NUMBER_WORDS.slice(1).join('|')})|plus|\+)\b|(?:[\p{L}-]+\s+){0,2}(?:a\s+(?:year|month|week|day)|per\s+(?:year|month|week|day|head|person)|each\s+(?:year|month|week|day)|every\s+(?:year|month|week|day))\b)`, 'iu');
/**
 * In a figure's clause, what sets it apart from another figure of the same noun: a comparison ("up from",
 * "than", "compared with"), a part or a whole ("including", "of whom", "in total", "alone"), a plan, a
 * forecast or a condition ("target", "expected", "would", "if"), another event ("in that contest"), an update
 * ("now stands at", "the latest"). Such a figure
 * may differ from another of the same noun without either being wrong.
 */
const CONTRAST = /\b(?:whereas|while|now|latest|target(?:s|ed)?|goal|forecasts?|expected|expects?|projected|predicted|estimates?|planned|plans?|aims?|promised|pledged|needed|would|could|might|may|if|including|includes?|included|of\s+(?:whom|which|them|those|these)|among|alone|each|total|in\s+all|combined|so\s+far|rest|remaining|only|another|(?:in|at|for|during|from)\s+(?:that|those)|previous|prior|earlier|former|more|fewer|less|most|least|(?:half|third|quarter|share|proportion)\s+of|out\s+of)\b/i;
/** A possessor right before a figure ("the council's 2,600"), or after its noun ("2,400 spaces in the council's car parks"). */
const OWNER_BEFORE = /(\p{L}{3,})['’]s\s+(?:\p{L}+\s+)?$/u;
const OWNER_AFTER = /^\s*\p{L}+\s+(?:in|of|at)\s+(?:the\s+)?(\p{L}{3,})['’]s\b/u;
/** An ordinal before a figure: another of its kind ("a second blast", "the third day"). */
const ORDINAL = /\b(first|second|third|fourth|fifth|sixth|final|another|other)\b/i;

/** A word that opens a subordinate clause: what follows it is not the figure's own frame. */
const SUBORDINATE = /\b(?:as|when|while|after|because|since|although|though|which|who|whose|where|but)\b/i;
/** A proper noun in a prepositional phrase: a place or group the figure is in ("in Lanzhen county", "across Wales", "for the Greens"). */
const WHERE = /\b(?:in|at|across|throughout|near|outside|inside|for|from|among)\s+(?:the\s+)?(\p{Lu}\p{Ll}+)/gu;
const NOT_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An)$/;
const MONTH = /^(?:january|february|march|april|june|july|august|september|october|november|december)$/;

/** A value's own kind within its measure: two peaks may be one measure, a peak and a level not. */
const QUALIFIER_KIND = /\b(peak(?:s|ed)?|records?|average|median|total|maximum|minimum|highest|lowest)\b/gi;

/** Before a figure: a reference back to a set already named ("the 68 people hurt", "all 45 people detained"). */
const DEFINITE = /(?:^|[^A-Za-z])(?:the|all|all\s+the|all\s+of\s+the|those)\s+$/i;

/** "41 of the injured", "12 of its 143 stores": a part of a set. */
const PART_AFTER = /^\s*of\s+(?:the|those|these|its|their|his|her|our|them|whom)\b/i;

/** A currency named after an amount. */
const CURRENCY_AFTER = /^\s*(kronor|kroner|krona|euros?|dollars?|pounds?|yuan|yen|rupees?|francs?|lira|rand|pesos?|roubles?|rubles?|hryvnias?|zlotys?|shekels?|dirhams?|riyals?|ringgit|baht|naira|shillings?)\b/i;

/**
 * A comparison sets apart the figure that follows it ("higher than the 36.8%", "up from 65.1%"), not the
 * one it follows ("41.3%, higher than …", "rose to 3.8% from 3.5%"): read before a figure only.
 */
const COMPARE = /\b(?:(?:up|down)\s+from|from|than|compared\s+(?:with|to)|against|versus|vs)\b[^\d]{0,15}$/i;

/** A short phrase opening a sentence, up to its comma ("Including imports,", "The previous large attack on the energy system,"): it scopes the whole sentence. */
const OPENER = /^\s*(?:(?:[A-Za-z'-]+|\d+(?:[.,]\d+)*)\s+){0,9}[A-Za-z0-9'-]+[,;:–—]/;
const YEAR = /(?<![\p{L}\p{N}])(?:19|20)\d{2}(?![\p{N}])/gu;
const TIMES = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|yesterday|today|tonight|overnight|morning|afternoon|evening)\b/giu;
/** A year that is part of a date ("March 2, 2026", "2 March 2026") dates the story, not the figure. */
const DATE_BEFORE_YEAR = /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+$/u;
/** Periods that set a figure in another time than the story's ("last year", "a year earlier", "per year"). */
const PERIOD = /\b(?:last|previous|next|past|this|a)\s+(?:year|month|week|quarter|decade|season|election)|\b(?:first|second|third|fourth|fifth|final|opening|closing)\s+(?:week|month|day|quarter|half|year|season|round|stage|phase|leg)\b|\bcareer\b|\ball-time\b|\b(?:a\s+year|a\s+month|a\s+week|months|years|weeks)\s+(?:earlier|ago|before)|\b(?:per|each|every)\s+(?:year|month|week|day)|\bannual(?:ly)?\b|\bin\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/giu;
const STOP = new Set(
  ('the a an of in on at by to for from with and or but as was were is are be been has have had it its this that these those their his her ' +
    'said says say according than more about around some nearly almost over under up down after before into out who which what when where ' +
    'per cent percent million billion thousand hundred bn m k total now so far there here they he she we our not no also all just only ' +
    'would could will may might can should must did do does being while since until').split(' '),
);
/** Close synonyms: what a count counts, folded to one word; the folded words are what a body count one apart may contradict. */
const SYNONYMS: Record<string, string> = {};
for (const group of [
  'deaths dead killed died deaths toll fatalities lives killing kills kill death die dies dying',
  'arrests arrested detained detentions detainees held arrest arresting detain',
  'people persons individuals',
  'injured wounded hurt injuries',
  'homes houses households dwellings',
  'votes ballots',
  'evacuated evacuations evacuees',
  'defendants accused sentenced convicted',
  'investors victims',
  'missiles rockets projectiles',
  'rescued saved',
  'missing unaccounted',
  'drones',
  'turnout voted electors voters',
]) {
  const words = group.split(' ');
  for (const w of words) SYNONYMS[w] = words[0];
}

const COUNTED = new Set(Object.values(SYNONYMS));
/** What a count counts, when it says: "people" is everyone's head noun and tells two counts apart from nothing. */
const SPECIFIC = new Set([...COUNTED].filter((w) => w !== 'people'));
/** Words that say a figure moved, or over what time ("in the year", "in the quarter"): shared by many changes, so never what makes two of them one quantity. */
const MOVED = /^(?:rose|rise|risi|fell|fall|up|down|gain|drop|clim|jump|slip|decl|incr|decr|grew|grow|shra|plun|surg|soar|slum|cut|rais|lowe|redu|year|mont|week|quar|peri|half|firs|seco|thir|last|same)$/;

// ---------------------------------------------------------------------------------------------
// Per-paragraph extract

type Confusion = 'transposed' | 'zero' | 'last digit' | 'digit dropped' | 'different';

interface FigureMention {
  /** Relative to the block's prose. */
  start: number;
  end: number;
  text: string;
  value: number;
  /** Significant digits as written: "6941", "582", "50". */
  digits: string;
  /** "%", a currency, a unit, or "count". */
  kind: string;
  /** The figure is a bound, an increment, a range or in brackets: never compared. */
  loose: boolean;
  /** A change ("fell 3.4%"): compared only with a change. */
  change: boolean;
  /** "about", "roughly": compared only with a slip of it that is not near it. */
  approx: boolean;
  /** For a change: the words of its sentence before it (folded), where what moved is named ("Like-for-like sales, …, fell 3.4%"). */
  subject: string[];
  /** Which way it moved, when the words around it say so. */
  direction?: 'up' | 'down';
  /** All the digits as written, trailing zeros kept: "230", "499". */
  whole: string;
  /** "more than" / "at least" (lower) or "fewer than" / "up to" (upper) before it. */
  bound?: 'lower' | 'upper';
  /** Words near the figure (folded): what it counts. */
  near: string[];
  /** How many of `near` stand before it (the rest are after it). */
  nearBefore: number;
  /** What kind of value of its measure it is, when its clause says: a peak, a record, an average, a median, a total. */
  qualifier: string[];
  /** Referring back to a set already named: "the 68 people hurt", "all 45 people detained". */
  definite: boolean;
  /** Up to 80 characters of its sentence before it and after it (for a figure sameMeasure may compare): read by leadOf and clauseOf. */
  leadText?: string;
  clauseText?: string;
  /** The verb right before it. */
  verb?: string;
  /** Whose it is: the possessor right before it or after its noun ("the council's 2,600 spaces", "2,400 spaces in the council's car parks"). */
  owner?: string;
  /** Places and groups in a prepositional phrase of its clause ("in Lanzhen county", "across Wales"), or opening its sentence. */
  where: string[];
  /** The first content words after it in its clause (folded): what it counts, most of the time. */
  nouns: string[];
  /** Capitalised words close to it, within its clause: a place or group it belongs to. */
  places: string[];
  /** Days and times of day close to it ("on Monday", "overnight"). */
  times: string[];
  /** Years and period words close to it ("in 2022", "last year", "a year earlier"). */
  frame: string[];
  heading: boolean;

  /** The value of one in its last written digit (unitOfLast). */
  lastUnit: number;
  /** What it measures (measureNoun): a known counted thing, the noun of its "of" phrase, or its first noun. */
  measure?: string;
  /** Its kind and measure, places aside: an upper bound meets a value above it here (see sameMeasure). */
  boundKey?: string;
  /** For a figure sameMeasure may compare: its kind, measure and places (`where`). */
  measureKey?: string;

  /** Its clause sets it against another figure, a part or a whole, a plan or a past ("up from", "including", "a target of", "would"). */
  contrast: boolean;
  /** Which sentence of the block it is in (-1: the block is one sentence). */
  sentenceIndex: number;
  /** Unique per figure read, never reused: keys the cache of pair judgements. */
  id: number;
  /** Kind and value: figures that state the same. */
  valueKey: string;
  buckets: string[];
}

let nextId = 1;
const extracts = paragraphCache<string, FigureMention[]>('figure-consistency:extracts');
const headingExtracts = paragraphCache<string, FigureMention[]>('figure-consistency:heading-extracts');

export function figureMentions(prose: string, heading: boolean): FigureMention[] {
  return (heading ? headingExtracts : extracts).through(prose, () => readFigures(prose, heading));
}

function readFigures(prose: string, heading: boolean): FigureMention[] {
  const spans = figuresIn(prose, heading).map((s) => ({ ...s }));
  const taken = (start: number, end: number) => spans.some((s) => start < s.end && end > s.start);
  for (const re of [WORD_COUNT, DURATION, WORD_PERCENT]) {
    if (re === DURATION ? !DURATION_GUARD.test(prose) : !WORD_COUNT_GUARD.test(prose) || (re === WORD_PERCENT && !PERCENT_GUARD.test(prose))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(prose); m; m = re.exec(prose)) {
      const end = m.index + m[0].length;
      // The shared reader stops at "Four hundred"; the whole number in words ("… and twenty-one") replaces it.
      if (re !== DURATION) {
        for (let i = spans.length - 1; i >= 0; i--) if (spans[i].start >= m.index && spans[i].end <= end && spans[i].end - spans[i].start < end - m.index) spans.splice(i, 1);
      }
      if (!taken(m.index, end)) spans.push({ start: m.index, end });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  if (spans.length === 0) return [];
  const sentences = proseSentences(prose);
  const out: FigureMention[] = [];
  for (const span of spans) {
    // Mentions are cached with their paragraph: a slice of the prose kept on one would keep the whole
    // (often a slice of the full draft) alive, one old version of the draft per edit.
    const text = detach(prose.slice(span.start, span.end));
    const parsed = parse(text);
    if (!parsed) continue;
    const sentence = sentences.find((s) => span.start >= s.start && span.start < s.end) ?? { start: 0, end: prose.length };
    const before = prose.slice(Math.max(sentence.start, span.start - 40), span.start);
    const after = prose.slice(span.end, Math.min(sentence.end, span.end + 40));
    // A figure in brackets restates the one before it in other units ("10 micrograms (400 IU)").
    const bracketed = /\(\s*$/.test(before);
    const change = CHANGE_BEFORE.test(before);
    const approx = APPROX_BEFORE.test(before);
    // A change or an approximate figure is compared in its own way (sameQuantity), so it is loose only for another reason.
    const loose = (QUALIFIER_BEFORE.test(before) && !change && !approx) || QUALIFIER_AFTER.test(after) || parsed.range || bracketed;
    const bound = loose || change || approx ? undefined : LOWER_BOUND.test(before) ? 'lower' : UPPER_BOUND.test(before) ? 'upper' : undefined;
    const nearBefore = contentWords(before).slice(-3).map(fold);
    const nearAfter = contentWords(after).slice(0, 3).map(fold);
    // The frame is read close to the figure: "a record set in 1978" later in the sentence dates the old record, not this one.
    // …and within its clause: in "38.2% this year, against 32.8% last year" each figure has its own period.
    const windowBefore = prose.slice(Math.max(sentence.start, span.start - 50), span.start);
    const clauseBefore = windowBefore.split(/[,;:–—(]/u).pop()!;
    const clauseStart = span.start - clauseBefore.length - 1;
    // An opening bracket starts an aside: not the figure's own clause.
    const clauseAfter = prose.slice(span.end, Math.min(sentence.end, span.end + 50)).split(/[,;:–—()]/u)[0];
    const around = clauseBefore + ' ' + clauseAfter;
    // Only the word right before or after the figure says which way it moved ("falls 18%", "an 18% fall", "rising 1.8%"):
    // "up" and "down" further off are as often "set up" and "shut down".
    const moved = [wordBefore(before), /^\s*(\p{L}+)/u.exec(after)?.[1]].filter((w): w is string => !!w);
    const wayOf = (w: string) => (UP_WORD.test(w) ? 'up' : DOWN_WORD.test(w) ? 'down' : undefined);
    const ways = new Set(moved.map(wayOf).filter((w) => w));
    const direction = change ? (DOWN_VERB.test(before) ? 'down' : 'up') : ways.size === 1 ? ([...ways][0] as 'up' | 'down') : undefined;
    // "the lowest since 2001" compares with a year; it does not set the figure in it.
    const years = [...around.matchAll(YEAR)].filter((m) => !DATE_BEFORE_YEAR.test(around.slice(Math.max(0, m.index! - 20), m.index)) && !/since\s+$/i.test(around.slice(Math.max(0, m.index! - 8), m.index))).map((m) => m[0]);
    // Places and groups named close to the figure ("in Kharkiv", "the Greens"): capitalised words not opening the sentence.
    const places = [...around.matchAll(/(?<=[\p{L},;]\s+)\p{Lu}\p{Ll}+/gu)].map((m) => m[0]).filter((w) => !/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|In|On|At|Mr|Mrs|Ms|Dr)$/.test(w));
    // "this year" is the story's own time, like no period at all: it sets nothing apart from "the total for 2026".
    // A place opening the sentence ("In Bradford, 63 men …") sets the whole sentence there.
    const opening = /^\s*(?:In|At|Across|Outside|Inside|Elsewhere\s+in)\s+(\p{Lu}\p{Ll}+)/u.exec(prose.slice(sentence.start, span.start))?.[1];
    if (opening && !places.includes(opening)) places.push(opening);
    const nounsAfter = contentWords(clauseAfter);
    // A currency named after an amount ("96 billion kronor") is its kind, not what it counts.
    const currency = parsed.kind === 'count' ? CURRENCY_AFTER.exec(clauseAfter)?.[1].toLowerCase() : undefined;
    if (currency) {
      parsed.kind = currency.replace(/s$/, '');
      nounsAfter.shift();
    }
    // Read only for a figure that may be compared as a plain value (a loose, approximate or changing one never is so).
    const plain = !loose && !approx && !change;
    const opener = plain && sentence.start < clauseStart ? OPENER.exec(prose.slice(sentence.start, clauseStart + 1))?.[0] : undefined;
    const periods = !PERIOD_GUARD.test(around) ? [] : [...around.matchAll(PERIOD)].map((m) => m[0].toLowerCase().replace(/\s+/g, ' '));
    const mention: FigureMention = {
      start: span.start,
      end: span.end,
      text,
      value: parsed.value,
      digits: parsed.digits,
      kind: parsed.kind,
      loose,
      change,
      approx,
      direction,
      whole: parsed.whole,
      subject: change ? contentWords(prose.slice(Math.max(sentence.start, span.start - 100), span.start)).map(fold) : [],
      bound,
      near: [...nearBefore, ...nearAfter],
      nearBefore: nearBefore.length,
      where: [],
      qualifier: [],
      definite: false,
      nouns: nounsAfter.slice(0, 2).map(fold),
      places,
      times: [...new Set(around.match(TIMES) ?? [])].map((t) => t.toLowerCase()).sort(),
      frame: [...new Set([...years, ...periods])].sort(),
      heading,
      lastUnit: 0,
      // …or a short phrase opening its sentence, which scopes all of it ("Including imports, the refinery processed …",
      // "Of the arrested, 29 …": a part).
      // A figure in an aside (an unclosed bracket before it) is a detail of its own, not a restatement.
      contrast: plain && (CONTRAST.test(around) || COMPARE.test(clauseBefore) || windowBefore.lastIndexOf('(') > windowBefore.lastIndexOf(')') || PART_AFTER.test(after) || (opener !== undefined && (CONTRAST.test(opener) || /^\s*of\s+the\b/i.test(opener)))),
      sentenceIndex: sentences.indexOf(sentence),
      id: nextId++,
      valueKey: `${parsed.kind}\u0000${parsed.value}`,
      buckets: bucketsOf(parsed.kind, parsed.digits, text, parsed.value, parsed.whole),
    };
    // A figure that sameMeasure could take is also bucketed by all it requires to be equal (kind, noun,
    // heading, period, day), so that only those meet: every figure of one noun meeting would be quadratic.
    mention.lastUnit = parsed.unit ?? 1;
    // What it measures: needed only to compare it as a plain value, or one apart in its last digit.
    mention.measure = plain ? measureNoun(mention, clauseBefore, clauseAfter) : undefined;
    const noun = measureCandidate(mention) ? mention.measure : undefined;
    if (noun !== undefined) {
      // Who or what the sentence says it is about, before the figure: its words, its names, an ordinal, its verb.
      // Read when two figures are compared (leadOf): most never are.
      mention.leadText = detach(prose.slice(Math.max(sentence.start, span.start - 80), span.start));
      mention.verb = wordBefore(before)?.toLowerCase();
      mention.definite = DEFINITE.test(before);
      mention.qualifier = [...new Set([...around.matchAll(QUALIFIER_KIND)].map((m) => m[1].toLowerCase().slice(0, 4)))].sort();
      mention.owner = (OWNER_BEFORE.exec(clauseBefore)?.[1] ?? OWNER_AFTER.exec(clauseAfter)?.[1])?.toLowerCase();
      // Its own clause only: "falls 18% as price war in China bites" is not set in China.
      const own = clauseBefore.split(SUBORDINATE).pop()! + ' ' + clauseAfter.split(SUBORDINATE)[0];
      mention.where = [...new Set([...own.matchAll(WHERE)].map((m) => m[1]))].filter((w) => !NOT_PLACE.test(w));
      if (opening && !mention.where.includes(opening)) mention.where.push(opening);
      mention.where.sort();
      mention.clauseText = detach(prose.slice(span.end, Math.min(sentence.end, span.end + 80)));
      // A place of its own on one side only is a part or another place: only figures placed alike meet.
      mention.measureKey = `n${mention.kind}\u0000${noun}\u0000${mention.where.join()}`;
      mention.buckets.push(mention.measureKey);
      // A maximum ("gusts of up to 98mph") holds everywhere: a value above it is wrong whatever place it has.
      mention.boundKey = `b${mention.kind}\u0000${noun}`;
    }
    out.push(mention);
  }
  return out;
}

/**
 * The word right before a figure, past a "by" ("fell by 3%": "fell"); undefined when a space does not
 * separate them. A scan from the end: an end-anchored pattern would be tried at every position.
 */
function wordBefore(before: string): string | undefined {
  let end = before.length;
  for (let pass = 0; pass < 2; pass++) {
    let i = end;
    while (i > 0 && isSpace(before.charCodeAt(i - 1))) i--;
    if (i === end) return undefined;
    const stop = i;
    while (i > 0 && isLetter(before, i - 1)) i--;
    if (i === stop) return undefined;
    const word = before.slice(i, stop);
    if (pass === 0 && word.toLowerCase() === 'by') {
      end = i;
      continue;
    }
    return word;
  }
  return undefined;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160 || (code > 127 && /\s/.test(String.fromCharCode(code)));
}

function isLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /\p{L}/u.test(text[i]);
}

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length > 2 && !STOP.has(w));
}

/** A word folded to its synonym group, or its first four letters (a crude stem: "waiting" / "waited"). */
function fold(word: string): string {
  return SYNONYMS[word] ?? word.slice(0, 4);
}

const SCALES: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, b: 1e9, billion: 1e9, tn: 1e12, trn: 1e12, trillion: 1e12 };

/** "twenty-one" → 21, "four hundred and twenty-one" → 421; undefined when the words are not one number. */
function wordNumber(phrase: string): number | undefined {
  let total = 0;
  let current = 0;
  let last: 'unit' | 'tens' | 'hundred' | 'thousand' | 'and' | undefined;
  for (const token of phrase.split(/[\s-]+/)) {
    const unit = NUMBER_WORDS.indexOf(token);
    const tens = TENS_WORDS.indexOf(token);
    if (token === 'and') {
      if (last !== 'hundred' && last !== 'thousand') return undefined;
      last = 'and';
    } else if (token === 'hundred') {
      if (last !== 'unit' || current === 0 || current > 9) return undefined;
      current *= 100;
      last = 'hundred';
    } else if (token === 'thousand') {
      if (current === 0) return undefined;
      total += current * 1000;
      current = 0;
      last = 'thousand';
    } else if (tens >= 2) {
      if (last === 'unit' || last === 'tens' || current % 100 !== 0) return undefined;
      current += tens * 10;
      last = 'tens';
    } else if (unit > 0) {
      // A unit follows a tens word ("twenty-one") or opens a number, never another unit.
      if (last === 'unit' || (last === 'tens' && unit > 9)) return undefined;
      current += unit;
      last = 'unit';
    } else return undefined;
  }
  return last === 'and' ? undefined : total + current;
}

function parse(text: string): { value: number; digits: string; whole: string; kind: string; range: boolean; unit?: number } | undefined {
  const lower = text.toLowerCase();
  const word = NUMBER_WORDS.indexOf(lower);
  if (word >= 0) return { value: word, digits: String(word), whole: String(word), kind: 'count', range: false };
  if (/^[a-z]+(?:[\s-]+[a-z]+)+$/.test(lower) && !/(?:thousand|million|billion|per\s*cent|percent)$/.test(lower)) {
    const value = wordNumber(lower);
    // "one" alone, and a bare sequence that is not one number ("two and three"), are not read.
    return value === undefined || value < 2 ? undefined : { value, digits: String(value).replace(/0+$/, ''), whole: String(value), kind: 'count', range: false };
  }
  // "nine per cent", "twelve percent".
  const percent = lower.endsWith('cent') ? /^([a-z]+(?:[\s-]+[a-z]+)?)\s+(?:per\s*cent|percent)$/.exec(lower) : null;
  const inWords = percent ? (NUMBER_WORDS.indexOf(percent[1]) > 0 ? NUMBER_WORDS.indexOf(percent[1]) : wordNumber(percent[1])) : undefined;
  if (inWords) return { value: inWords, digits: String(inWords).replace(/0+$/, ''), whole: String(inWords), kind: '%', range: false };
  // "two million", "forty-five thousand": a number in words with a scale.
  const amount = /^([a-z]+)(?:[\s-]+([a-z]+))?[\s-]+(thousand|million|billion)$/.exec(lower);
  if (amount) {
    const units = NUMBER_WORDS.indexOf(amount[2] ?? amount[1]);
    const tens = amount[2] ? TENS_WORDS.indexOf(amount[1]) : -1;
    const count = amount[2] ? (tens >= 0 && units > 0 && units < 10 ? tens * 10 + units : -1) : units >= 0 ? units : TENS_WORDS.indexOf(amount[1]) * 10;
    if (count > 0) return { value: count * SCALES[amount[3]], digits: String(count).replace(/0+$/, ''), whole: String(count), kind: 'count', range: false };
  }
  const numerals = text.match(/\d+(?:[.,]\d+)*/g);
  if (!numerals) return undefined;
  const range = numerals.length > 1 || /\d\s*(?:-|–|to|and)\s*[£$€]?\d/.test(text);
  const core = numerals[0];
  const number = Number(core.replace(/,/g, ''));
  if (!Number.isFinite(number)) return undefined;
  const after = text.slice(text.indexOf(core) + core.length).trim().toLowerCase();
  const scaleWord = /^(bn|mn|tn|trn|m|b|k|thousand|million|billion|trillion)(?![a-z])/.exec(after)?.[1];
  const scale = scaleWord ? SCALES[scaleWord] : 1;
  const currency = /^[^\d]*?([£$€¥₹]|US\$)/.exec(text)?.[1] ?? '';
  const rest = after.slice(scaleWord?.length ?? 0).trim();
  let kind = 'count';
  if (/^(?:%|per\s*cent|percent)/.test(rest)) kind = '%';
  else if (/^percentage\s+points?/.test(rest)) kind = 'pp';
  else if (currency) kind = currency;
  else if (rest) kind = rest.replace(/s$/, '').replace(/^min$/, 'minute').replace(/^hr$/, 'hour');
  const digits = core.replace(/[.,]/g, '').replace(/^0+/, '').replace(/0+$/, '') || '0';
  const whole = core.replace(/[.,]/g, '').replace(/^0+/, '') || '0';
  // The value of one in the last written digit (as unitOfLast reads it).
  const point = core.lastIndexOf('.');
  const decimals = point < 0 ? 0 : core.length - point - 1;
  return { value: number * scale, digits, whole, kind, range, unit: decimals === 0 ? scale : Number((Math.pow(10, -decimals) * scale).toPrecision(6)) };
}

// ---------------------------------------------------------------------------------------------
// Comparing figures

function confusion(a: FigureMention, b: FigureMention): Confusion | undefined {
  if (a.value === b.value) return undefined;
  const da = a.digits;
  const db = b.digits;
  const magnitude = Math.max(a.value, b.value) / Math.min(a.value, b.value);
  if (da.length === db.length && da.length >= 2 && [...da].sort().join('') === [...db].sort().join('')) {
    // The same digits in another order, at the same magnitude: 6,941 / 6,491, 58.2% / 52.8%.
    let differ = 0;
    for (let i = 0; i < da.length; i++) if (da[i] !== db[i]) differ++;
    if (differ === 2 && magnitude < 10) return 'transposed';
  }
  // The same, with trailing zeros kept: 230 / 203 (whose significant digits, "23" and "203", differ in length).
  const wa = a.whole;
  const wb = b.whole;
  if (wa.length === wb.length && wa.length >= 3 && wa !== da && [...wa].sort().join('') === [...wb].sort().join('') && magnitude < 10) {
    let differ = 0;
    for (let i = 0; i < wa.length; i++) if (wa[i] !== wb[i]) differ++;
    if (differ === 2) return 'transposed';
  }
  // A digit dropped from a decimal (4.99% / 4.9%, £1.24bn / £1.4bn), and not the longer one rounded (58.2% / 58%, £1.24bn / £1.2bn).
  if (magnitude < 2 && Math.abs(wa.length - wb.length) === 1) {
    const [long, short] = wa.length > wb.length ? [a, b] : [b, a];
    const shortDecimals = decimalsOf(short);
    // …from the decimals: the whole part stays (68.4% / 84% is no dropped digit).
    const dropped = Math.trunc(long.value / scaleOf(long)) === Math.trunc(short.value / scaleOf(short)) && [...long.whole].some((_, i) => long.whole.slice(0, i) + long.whole.slice(i + 1) === short.whole);
    const rounded = Number((long.value / scaleOf(long)).toFixed(shortDecimals)) * scaleOf(long) === short.value;
    if (dropped && decimalsOf(long) === shortDecimals + 1 && !rounded && scaleOf(long) === scaleOf(short)) return 'digit dropped';
  }
  if (da === db && Math.abs(magnitude - 10) < 1e-9) return 'zero';
  if (da.length === db.length && magnitude < 2 && a.lastUnit === b.lastUnit && Math.abs(a.value - b.value) === a.lastUnit) return 'last digit';
  return undefined;
}

function decimalsOf(f: FigureMention): number {
  const core = f.text.match(/\d+(?:[.,]\d+)*/)?.[0];
  return core ? (/\.(\d+)$/.exec(core)?.[1].length ?? 0) : 0;
}

/** What the written number is multiplied by: 1, or a million for "£1.2m". */
function scaleOf(f: FigureMention): number {
  const core = f.text.match(/\d+(?:[.,]\d+)*/)?.[0];
  return core ? Number((f.value / Number(core.replace(/,/g, ''))).toPrecision(6)) : 1;
}

function shared(a: string[], b: string[]): number {
  const set = new Set(a);
  let n = 0;
  for (const w of new Set(b)) if (set.has(w)) n++;
  return n;
}

/** Another time: both figures placed in time and not alike, or only one set in the past or in a year. */
function frameConflict(a: FigureMention, b: FigureMention): boolean {
  if (a.frame.length && b.frame.length) {
    // "This year" is the draft's own year when the draft dates itself: "31,742 this year" / "the total for 2026".
    const fa = draftYear ? a.frame.map((x) => (x === 'this year' ? draftYear! : x)) : a.frame;
    const fb = draftYear ? b.frame.map((x) => (x === 'this year' ? draftYear! : x)) : b.frame;
    return !fa.some((x) => fb.includes(x));
  }
  // A year on one side only is often the story's own ("the £4.5bn deal signed in 2024"); a period in the past is not.
  const dated = (f: FigureMention) => f.frame.some((x) => /last|previous|earlier|ago|before|past|per|each|every|annual|a year|a month|a week|a decade|career|all-time/.test(x));
  return dated(a) || dated(b);
}

/** The same thing counted in the same frame, so that a different value is a conflict. */
function sameQuantity(a: FigureMention, b: FigureMention, kind: Confusion, only = false): boolean {
  if (kind === 'different') return sameMeasure(a, b, only);
  if (a.kind !== b.kind || a.loose || b.loose || frameConflict(a, b)) return false;
  // Each named with its own day ("136 arrests on Saturday" / "163 on Sunday"): another frame.
  if (a.times.length && b.times.length && !a.times.some((t) => b.times.includes(t))) return false;
  // Each counting a known thing, and not the same thing ("214 killed" / "241 rescued").
  const ka = a.near.filter((w) => SPECIFIC.has(w));
  const kb = b.near.filter((w) => SPECIFIC.has(w));
  if (ka.length && kb.length && !ka.some((w) => kb.includes(w))) return false;
  // A fall and a rise are different quantities ("profit falls 18%" / "sales rising 1.8%"); a change is compared only with a change.
  if (a.change !== b.change || (a.direction && b.direction && a.direction !== b.direction)) return false;
  if (a.change) {
    // Two changes the same way of the same thing, a slip of each other's digits (not one apart: changes are revised by a point).
    const what = (f: FigureMention) => [...f.near, ...f.subject].filter((w) => !MOVED.test(w));
    return kind !== 'last digit' && a.direction === b.direction && shared(what(a), what(b)) >= 1 && !otherPlaces(a, b);
  }
  if (a.approx || b.approx) {
    // "about 6,400 posts" fits 6,350 but not 4,600: only a slip of its digits that is also well away from it, of the same thing.
    const approx = a.approx ? a : b;
    const other = approx === a ? b : a;
    if (kind === 'last digit' || Math.abs(other.value - approx.value) <= 0.15 * approx.value) return false;
    // What each counts (the words after it) must agree, and "people" names no measure: "about 1.2 million
    // people with food parcels" is not "the territory's 2.1 million people".
    return shared(a.nouns.filter((w) => w !== 'people'), b.nouns.filter((w) => w !== 'people')) >= 1 && !otherPlaces(a, b);
  }
  if (kind === 'digit dropped') return isMeasure(a) && (shared(a.near, b.near) >= 1 || a.heading || b.heading);
  // A bound conflicts only with a figure outside it, and two bounds never do.
  if (a.bound && b.bound) return false;
  const bound = a.bound ? a : b.bound ? b : undefined;
  if (bound) {
    const other = bound === a ? b : a;
    if (bound.bound === 'lower' ? other.value >= bound.value : other.value <= bound.value) return false;
  }
  const words = a.value < 21 && !/\d/.test(a.text) || (b.value < 21 && !/\d/.test(b.text));
  const near = shared(a.near, b.near);
  if (kind === 'last digit') {
    // One more or less happens between true figures: only a headline against the body counting the same
    // thing, or a measure (money, %, units, millions) of the same noun: "a £1.2bn budget" / "the £1.3bn budget".
    if (a.heading || b.heading) return near >= 1;
    const sameNoun = shared(a.nouns, b.nouns) >= 1 || (a.measure !== undefined && a.measure === b.measure);
    // In the body: a measure of the same noun ("£1.2bn rescue package" / "£1.3bn package"), or a count of
    // the same noun sharing another word too ("Twelve people died" / "the 11 people who died"), in no other place.
    if (otherPlaces(a, b) || !sameNoun || a.times.join() !== b.times.join()) return false;
    // Shares one apart are common between groups ("41% of men, 42% of women"): not in the body.
    if (a.kind === '%' || a.kind === 'pp') return false;
    return isMeasure(a) || (near >= 2 && (a.nouns.some((n) => COUNTED.has(n)) || (!a.contrast && !b.contrast && a.nouns.some((n) => b.nouns.includes(n) && !GENERIC.test(n)))));
  }
  if (words) return false;
  const measured = isMeasure(a);
  // Digits transposed in three or more digits, or in a measure (%, money, units, millions), or a zero off an amount: a slip, not chance.
  if (kind === 'transposed' && a.digits.length >= 3) return true;
  // Two digits of a measure (4.5% / 5.4%), or a zero off an amount (€50bn / €500bn, 4.1% / 41%): the words around must agree too.
  if ((kind === 'transposed' || kind === 'zero') && measured) return near >= 1 || a.heading || b.heading;
  // Two-digit counts and round counts a zero apart: also the same words around them.
  return near >= 1;
}

/**
 * A value above a maximum of the same measure ("gusts of up to 98mph" / "whose 104mph gust at Aberdaron"):
 * wrong whatever place it has, in the same frame, with a word in common around them.
 */
function beyondBound(a: FigureMention, b: FigureMention): boolean {
  const [bound, other] = a.bound === 'upper' ? [a, b] : b.bound === 'upper' ? [b, a] : [undefined, undefined];
  if (!bound || !other || other.bound || other.value <= bound.value || bound.boundKey !== other.boundKey) return false;
  if (frameConflict(a, b) || a.qualifier.join() !== b.qualifier.join()) return false;
  if (a.times.length && b.times.length && !a.times.some((t) => b.times.includes(t))) return false;
  return shared(clauseOf(a), clauseOf(b)) >= 1;
}

interface Lead {
  words: string[];
  names: string[];
  ordinal?: string;
}

const leads = new WeakMap<FigureMention, Lead>();
const clauses = new WeakMap<FigureMention, string[]>();

/** The words of its sentence before it, the names among them (not opening the sentence), an ordinal ("a second blast"). */
function leadOf(f: FigureMention): Lead {
  let lead = leads.get(f);
  if (!lead) {
    const text = f.leadText ?? '';
    const parts = (f.measure ?? '').split(' ');
    const verb = f.verb ? fold(f.verb) : '';
    lead = {
      words: contentWords(text).map(fold).filter((w) => !parts.includes(w) && w !== verb),
      names: [...text.matchAll(/(?<=[\p{L},;]\s+)\p{Lu}\p{Ll}+/gu)].map((m) => m[0]).filter((w) => !NOT_PLACE.test(w) && !/^(?:In|On|At|Mr|Mrs|Ms|Dr|Its|His|Her|Their)$/.test(w)),
      ordinal: ORDINAL.exec(text)?.[1].toLowerCase(),
    };
    leads.set(f, lead);
  }
  return lead;
}

/** What the figure measures, as its sentence says it: folded content words within 80 characters either side, once each, its measure left out. */
function clauseOf(f: FigureMention): string[] {
  let clause = clauses.get(f);
  if (!clause) {
    const parts = (f.measure ?? '').split(' ');
    clause = [...new Set(contentWords(`${f.leadText ?? ''} ${f.clauseText ?? ''}`).map(fold))].filter((w) => !parts.includes(w));
    clauses.set(f, clause);
  }
  return clause;
}

/**
 * Each figure said of its own subject: both sentences name people, parties or places before it and none
 * in common ("Labour's Jane Holt won 12,400" / "the Conservative, Tom Reed, won 9,800"); an ordinal on
 * either side that the other lacks ("a second blast killed 9"); or the same verb right before both with
 * nothing in common before it (parallel sentences about two groups: "Men earned" / "Women earned").
 */
function otherSubjects(a: FigureMention, b: FigureMention): boolean {
  const A = leadOf(a);
  const B = leadOf(b);
  if (A.names.length && B.names.length && !A.names.some((n) => B.names.includes(n))) return true;
  if ((A.ordinal || B.ordinal) && A.ordinal !== B.ordinal) return true;
  const la = A.words;
  const lb = B.words;
  return a.verb !== undefined && a.verb === b.verb && la.length > 0 && lb.length > 0 && !la.some((w) => lb.includes(w));
}

/**
 * A counted thing is also what was done to it: "fed 3,000 families" / "housed 2,400 families", "destroyed
 * 40 homes" / "saved 12 homes". Two content verbs right before the figures that differ (synonyms folded:
 * arrested / detained, killed / died) make two measures.
 */
function otherVerbs(a: FigureMention, b: FigureMention): boolean {
  const content = (v: string | undefined) => v !== undefined && v.length > 2 && !STOP.has(v) && !LIGHT_VERB.test(v);
  return content(a.verb) && content(b.verb) && fold(a.verb!) !== fold(b.verb!);
}

/** Verbs that say nothing of what was counted: "was 41.3%", "has 1,200", "reached 2,184". */
const LIGHT_VERB = /^(?:is|are|was|were|be|been|being|has|have|had|having|got|gets|reached|reaches|stood|stands|totalled|totaled|numbered|recorded|counted|put|puts|gave|gives|showed|shows|included|includes|of|to|by|with|all|some|about)$/;

/** Whether `rough` is `exact` rounded to the precision `rough` is written with: its decimals, or its trailing zeros. */
function roundsTo(exact: FigureMention, rough: FigureMention): boolean {
  const decimals = decimalsOf(rough);
  const scale = scaleOf(rough);
  const written = rough.value / scale;
  let step = Math.pow(10, -decimals);
  if (decimals === 0) {
    const zeros = /0*$/.exec(String(Math.round(written)))![0].length;
    step = Math.pow(10, zeros);
  }
  const rounded = Math.round(exact.value / scale / step) * step;
  return Math.abs(rounded - written) < step / 1000 && Math.abs(exact.value - rough.value) < step * scale;
}

/** Nouns that count anything at all, so name no measure: "people", "times", "years". */
const GENERIC = /^(?:people|time|year|day|week|mont|hour|minu|numb|figu|cent|poin|case|othe|them|thos)$/;

/**
 * A different value, not a slip of the digits: the same measure only when everything that frames a figure
 * agrees. The same counted noun (folded for synonyms, and not one that counts anything: "people"), the
 * same period, day and place, neither approximate, a bound, a change or an increment, neither clause
 * setting it against another figure (CONTRAST), and the rest of the two clauses telling the same story
 * (at least two further words in common, and most of the shorter clause's words).
 */
function sameMeasure(a: FigureMention, b: FigureMention, only = false): boolean {
  if (a.measureKey === undefined || a.measureKey !== b.measureKey || otherPlaces(a, b) || frameConflict(a, b)) return false;
  // A rounding of the other is the same value written less precisely (58.2% / 58%, 21,460 / 21,000).
  if (roundsTo(a, b) || roundsTo(b, a)) return false;
  if (a.qualifier.join() !== b.qualifier.join() || a.direction !== b.direction) return false;
  if (otherSubjects(a, b) || otherVerbs(a, b)) return false;
  // A year of its own on one side only ("a magnitude 7.1 earthquake in 1998") is another time for a value that is no slip.
  const year = (f: FigureMention) => f.frame.find((x) => /^\d{4}$/.test(x) && x !== draftYear);
  if (!year(a) !== !year(b)) return false;
  // Each named with its own day ("on Sunday" / "on Monday"): another frame; and one dated by its month
  // ("on Monday, January 12") is another day than a figure with none (a lede's bare "on Tuesday" is the story's).
  const ta = a.times;
  const tb = b.times;
  if (ta.length && tb.length && !ta.some((t) => tb.includes(t))) return false;
  if (!ta.length !== !tb.length && [...ta, ...tb].some((t) => MONTH.test(t))) return false;
  const ka = a.near.filter((w) => SPECIFIC.has(w));
  const kb = b.near.filter((w) => SPECIFIC.has(w));
  if (ka.length && kb.length && !ka.some((w) => kb.includes(w))) return false;
  // A bound conflicts only with a figure outside it ("gusts of up to 98mph" / "a 104mph gust"), and two bounds never do.
  if (a.bound && b.bound) return false;
  const bound = a.bound ? a : b.bound ? b : undefined;
  if (bound) {
    const other = bound === a ? b : a;
    if (bound.bound === 'lower' ? other.value >= bound.value : other.value <= bound.value) return false;
  }
  const ca = clauseOf(a);
  const cb = clauseOf(b);
  let common = 0;
  for (const w of ca) if (cb.includes(w)) common++;
  // A headline is terse: one word in common beside the measure is all it has to give; so is one owner ("the council's").
  // A headline has no room for a story: against it, a body figure of a known counted thing (killed, arrested)
  // that refers back to a set already named ("the 68 people hurt", "All 45 people detained") is enough.
  if ((a.heading || b.heading) && COUNTED.has(a.measure!) && (a.heading ? b : a).definite) return true;
  // A known counted thing (deaths, arrests, turnout) with only these two values in the draft, in one frame
  // and neither set apart: one quantity stated two ways, however differently the sentences put it.
  if (only && COUNTED.has(a.measure!)) return true;
  // So is, in the body, the later figure referring back that way to a known counted thing ("Of the 68 people hurt").
  if (COUNTED.has(a.measure!) && (a.definite || b.definite) && common >= 1) return true;
  // The same owner ("the council's") or the same named place ("at Shiqiao") on both sides frames them alike.
  if (a.heading || b.heading || (a.owner !== undefined && a.owner === b.owner) || a.where.length > 0) return common >= 1;
  return common >= 2 && common >= 0.5 * Math.min(ca.length, cb.length);
}

/** More values than this of one noun in one period make a series, not one measure (see conflictsOf). */
const MEASURE_VALUES = 3;

/** A figure that says plainly what it counts, and is not set apart in its own clause: what sameMeasure compares. */
function measureCandidate(f: FigureMention): boolean {
  return !f.loose && !f.approx && !f.change && !f.contrast;
}

/**
 * What a figure measures, from the structure around it: a known counted thing beside it ("Nine killed",
 * "45 people detained": deaths, arrests); else the noun whose "of" phrase it is ("a peak of 8.7 metres",
 * "gusts of up to 98mph", "the rate of 3.6%"); else its first noun after it, or with a noun that counts
 * anything, that and the next word ("people evacuated").
 */
function measureNoun(f: FigureMention, clauseBefore: string, clauseAfter: string): string | undefined {
  // The counted thing closest to the figure, after it first ("Nine people were killed and 63 injured": injured).
  for (let i = f.nearBefore; i < f.near.length; i++) if (SPECIFIC.has(f.near[i])) return f.near[i];
  for (let i = f.nearBefore - 1; i >= 0; i--) if (SPECIFIC.has(f.near[i])) return f.near[i];
  const tail = clauseBefore.slice(-60);
  // A movement's measure is what moved: "a 16% fall in operating profit", "profit falls 18%".
  if (f.direction) {
    const moved = MOVED_IN.exec(clauseAfter)?.[1] ?? MOVER_BEFORE.exec(tail)?.[1];
    if (moved && !STOP.has(moved.toLowerCase())) return fold(moved.toLowerCase());
  }
  const of = ((tail.includes(' of ') ? OF_NOUN.exec(tail) : null) ?? (/\sat\s+$/.test(tail) ? AT_VERB.exec(tail) : null))?.[1].toLowerCase();
  if (of && of.length > 2 && !STOP.has(of) && !GENERIC.test(fold(of))) return fold(of);
  if (f.nouns.length === 0) return undefined;
  if (!GENERIC.test(f.nouns[0])) return f.nouns[0];
  return f.nouns.length > 1 && !GENERIC.test(f.nouns[1]) ? `${f.nouns[0]} ${f.nouns[1]}` : undefined;
}

/** After a figure: a movement noun and what moved, the last word of its noun phrase ("fall in operating profit"). */
const MOVED_IN = /^\s*(?:rise|rises|fall|falls|drop|drops|increase|increases|decrease|decline|declines|growth|gain|gains|cut|jump|slump)\s+in\s+(?:(?:the|its|their)\s+)?(?:[a-z-]+\s+)?([a-z]{3,})\b/i;
/** Before a figure: what moved, right before its verb ("profit falls 18%", "sales rose by 4%"). */
const MOVER_BEFORE = /([A-Za-z]{3,})\s+(?:rises|rose|risen|falls|fell|fallen|drops|dropped|jumps|jumped|climbs|climbed|slumps|slumped|grows|grew|increased|decreased|declined|slipped|slides|slid)\s+(?:by\s+)?$/;

/** A verb that names the value it is "at" ("peaked at 8.7 metres", "valued at £96bn"); not one of movement ("rose to"). */
const AT_VERB = /(\p{L}+ed)\s+at\s+$/iu;

/** The noun of an "of" phrase ending right before a figure, past a bound or an approximation: "gusts of up to", "a peak of". */
const OF_NOUN = /(\p{L}+)\s+of\s+(?:(?:up\s+to|about|around|almost|nearly|roughly|some|more\s+than|less\s+than|fewer\s+than|at\s+least|just\s+(?:over|under))\s+)?(?:the\s+)?$/iu;

/** Each figure named with its own place or group, and none in common ("11 in Kyiv" / "12 in Kharkiv"). */
function otherPlaces(a: FigureMention, b: FigureMention): boolean {
  return a.places.length > 0 && b.places.length > 0 && !a.places.some((p) => b.places.includes(p));
}

/** A Markdown draft's front matter `title:` is a headline too, read as a heading. */
function frontMatterTitle(doc: DraftDocument): { start: number; prose: string; kind: string } | undefined {
  if (!doc.frontMatter) return undefined;
  const { start, end } = doc.frontMatter;
  const m = /^title:[ \t]*(["']?)([^\r\n]*?)\1[ \t]*$/m.exec(doc.text.slice(start, end));
  if (!m || !m[2]) return undefined;
  return { start: start + m.index + m[0].indexOf(m[2], 6), prose: m[2], kind: 'heading' };
}

/** Money, rates, units and scaled counts ("2.1 million"): not a plain count. */
function isMeasure(f: FigureMention): boolean {
  return f.kind !== 'count' || /\d[.,]\d/.test(f.text.replace(/,\d{3}/g, '')) || /(?:\d\s*(?:k|m|bn|mn|tn)|thousand|million|billion|trillion)$/i.test(f.text);
}

interface Located {
  figure: FigureMention;
  start: number;
  end: number;
  /** Order in the draft. */
  order: number;
  block: number;
}

const confusions = paragraphCache<number, Confusion | 'none'>('figure-consistency:confusions');
/** Figure ids past this would collide as pair keys (after some 67 million figures read): not cached. */
const PAIR_KEY_LIMIT = 67_108_864;

/** How two values could be one another's slip, judged once per pair of figures read (ids are stable while their paragraphs are cached). */
function confusionOf(a: FigureMention, b: FigureMention): Confusion | undefined {
  const [x, y] = a.id < b.id ? [a, b] : [b, a];
  const found = y.id >= PAIR_KEY_LIMIT ? (confusion(x, y) ?? 'none') : confusions.through(x.id * PAIR_KEY_LIMIT + y.id, () => confusion(x, y) ?? 'none');
  return found === 'none' ? undefined : found;
}

/** Buckets that hold every pair of values confusion() can accept: the same digits sorted, the same digits, all but the last digit. */
function bucketsOf(kind: string, digits: string, text: string, value: number, whole: string): string[] {
  // A number in words is bucketed by its numeral, so "eleven" meets the headline's "12".
  const written = /\d/.test(text) ? text.replace(/[^\d.,]+$/, '') : String(value);
  const buckets = [`t${kind}\u0000${[...digits].sort().join('')}`, `z${kind}\u0000${digits}`, `l${kind}\u0000${written.length}\u0000${written.replace(/\d(?=\D*$)/, '')}`];
  if (whole !== digits) buckets.push(`t${kind}\u0000${[...whole].sort().join('')}`);
  // A decimal with one digit more or less (4.99 / 4.9): the longer one is bucketed under each digit left out.
  if (/\d[.,]\d/.test(written.replace(/,\d{3}/g, ''))) {
    buckets.push(`d${kind}\u0000${whole}`);
    for (let i = 0; i < whole.length; i++) buckets.push(`d${kind}\u0000${whole.slice(0, i) + whole.slice(i + 1)}`);
  }
  return buckets;
}

/** The year the draft dates itself with (front matter `date:`, or a dateline), while one lint runs: what "this year" means. */
let draftYear: string | undefined;

const FRONT_MATTER_DATE = /^date:[ \t]*["']?((?:19|20)\d{2})\b/m;
/** A dateline opening the story: "CAIRO, May 6, 2026 (Agency) –", "LONDON, 4 March 2026 –". */
const DATELINE = /^[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}(?:\([^)]{0,30}\))?,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}),?\s+((?:19|20)\d{2})\b/mu;

function yearOf(doc: DraftDocument): string | undefined {
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

export const figureConsistency = defineRule({
  id: 'figure-consistency',
  summary: 'The same quantity stated two ways in one draft: digits transposed (6,941 / 6,491), a zero dropped (€500bn / €50bn), a headline figure the body contradicts, or a different value for the same measure.',
  defaultSeverity: 'warning',
  options: Options({}),
  check({ doc, state }) {
    const all: Located[] = [];
    const blocks: { start: number; prose: string; kind: string }[] = doc.blocks;
    const title = frontMatterTitle(doc);
    (title ? [title, ...blocks] : blocks).forEach((block, b) => {
      for (const figure of figureMentions(block.prose, block.kind === 'heading')) {
        if (figure.loose) continue;
        all.push({ figure, start: block.start + figure.start, end: block.start + figure.end, order: all.length, block: b });
      }
    });
    // The conflicts depend on what each figure says and which block it is in, never on offsets: when
    // those are as in the last lint (an edit that changed no figure), its conflicts are reused.
    const year = yearOf(doc);
    const memo = state?.slot<FigureMemo>('figure-consistency', () => ({ figures: [], blocks: [], conflicts: [] }));
    if (memo && memo.year === year && sameMemo(memo, all)) return findingsOf(doc, all, memo.conflicts);
    draftYear = year;
    let conflicts: OrderedConflict[];
    try {
      conflicts = conflictsOf(all);
    } finally {
      draftYear = undefined;
    }
    if (memo) {
      memo.year = year;
      memo.figures = all.map((l) => l.figure);
      memo.blocks = all.map((l) => l.block);
      memo.conflicts = conflicts;
    }
    return findingsOf(doc, all, conflicts);
  },
});

/** The last lint's figures and blocks, in order, and the conflicts found among them, by order. */
interface FigureMemo {
  year?: string;
  /** The figures read (cached per paragraph: the same object while its paragraph is unchanged). */
  figures: FigureMention[];
  blocks: number[];
  conflicts: OrderedConflict[];
}

interface OrderedConflict {
  suspect: number;
  others: number[];
  kind: Confusion;
}

const figureKeys = new WeakMap<FigureMention, string>();

/** What conflictsOf reads of a figure: everything but its offsets, its id and what is derived from the rest. */
function figureKey(figure: FigureMention): string {
  let key = figureKeys.get(figure);
  if (key === undefined) {
    // Buckets, value and measure keys are derived from the other fields: leaving them out keeps the key short.
    const { start: _start, end: _end, id: _id, buckets: _buckets, valueKey: _valueKey, measureKey: _measureKey, ...rest } = figure;
    key = JSON.stringify(rest);
    figureKeys.set(figure, key);
  }
  return key;
}

function sameMemo(memo: FigureMemo, all: Located[]): boolean {
  if (memo.figures.length !== all.length) return false;
  for (let i = 0; i < all.length; i++) {
    if (memo.blocks[i] !== all[i].block) return false;
    // The same object is the same figure; another (its paragraph was edited) is compared by content, keyed
    // only then: a cold lint never builds a key.
    const was = memo.figures[i];
    const now = all[i].figure;
    if (was !== now && figureKey(was) !== figureKey(now)) return false;
  }
  return true;
}

/** Which figures conflict with which, by their order in the draft (in the order found). */
function conflictsOf(all: Located[]): OrderedConflict[] {
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
  for (const [value, list] of groups) {
    const keys = new Set(list[0].figure.buckets);
    for (const l of list) if (l.figure.measureKey) keys.add(l.figure.measureKey);
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
  for (const [bucket, values] of buckets) if (bucket.startsWith('n') && values.length > MEASURE_VALUES) crowded.add(bucket);
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
            if (kind === 'different' && a.figure.measureKey !== bucket && a.figure.boundKey !== bucket) continue;
            const beyond = bucket[0] === 'b';
            if (beyond ? kind === 'different' && beyondBound(a.figure, b.figure) : sameQuantity(a.figure, b.figure, kind, kind === 'different' && values.length === 2)) pairs.push([a, b]);
            // A slip of the digits that its own test does not take may still be a different value of one measure ("Nine people were killed" / "Eight died").
            else if (kind !== 'different' && a.figure.measureKey !== undefined && a.figure.measureKey === b.figure.measureKey && !crowded.has(a.figure.measureKey) && sameMeasure(a.figure, b.figure, buckets.get(a.figure.measureKey)?.length === 2)) pairs.push([a, b]);
          }
        }
        if (pairs.length === 0) continue;
        const inA = [...new Set(pairs.map((p) => p[0]))];
        const inB = [...new Set(pairs.map((p) => p[1]))];
        const aSuspect = inA.length < inB.length || (inA.length === inB.length && inA[0].order > inB[0].order);
        for (const [a, b] of pairs) {
          const [suspect, other] = aSuspect ? [a, b] : [b, a];
          const entry = conflicts.get(suspect) ?? { other: [], kind };
          entry.other.push(other);
          conflicts.set(suspect, entry);
        }
      }
    }
  }
  return [...conflicts].map(([here, { other, kind }]) => ({ suspect: here.order, others: other.map((o) => o.order), kind }));
}

function findingsOf(doc: DraftDocument, all: Located[], conflicts: OrderedConflict[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const { suspect, others, kind } of conflicts) {
    const here = all[suspect];
    const other = others.map((o) => all[o]);
    other.sort((a, b) => a.start - b.start);
    const lineOf = (o: Located) => doc.lines.lineOf(o.start) + 1;
    const lines = [...new Set(other.map(lineOf))];
    const there = other[0];
    const what = kind === 'transposed' ? 'digits transposed?' : kind === 'digit dropped' ? 'a digit dropped?' : kind === 'zero' ? (here.figure.value < there.figure.value ? 'a zero dropped?' : 'an extra zero?') : 'a different figure for the same thing?';
    const related: Related[] = other.slice(0, 5).map((o) => ({ start: o.start, end: o.end, message: `${o.figure.text} (line ${lineOf(o)})` }));
    const sentenceStart = /(?:^|[.!?]["'”’)]?\s+|\n\s*)$/.test(doc.text.slice(Math.max(0, here.start - 4), here.start));
    const replacement = matchCase(there.figure.text, sentenceStart);
    findings.push({
      start: here.start,
      end: here.end,
      message: `${here.figure.text} here, ${there.figure.text} on line ${lines.join(', ')} (${what})`,
      related,
      fixes: [{ title: `Use '${replacement}' (as on line ${lines[0]})`, edits: [{ start: here.start, end: here.end, text: replacement }], preferred: true }],
    });
  }
  return findings.sort((a, b) => a.start - b.start);
}

/** A number in words takes a capital at a sentence start and none elsewhere ("Twelve" → "the twelve"). */
function matchCase(text: string, sentenceStart: boolean): string {
  if (!/^\p{L}/u.test(text)) return text;
  return sentenceStart ? text[0].toUpperCase() + text.slice(1) : text[0].toLowerCase() + text.slice(1);
}
