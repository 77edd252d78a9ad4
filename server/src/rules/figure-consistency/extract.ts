// figure-consistency: reading a paragraph's figures once (cached by its prose): each figure's value, the words
// around it, what it measures (measureNoun), its frame and its markers, and the buckets it can meet others in.

import { detach, paragraphCache } from '../../engine/cache.ts';
import { proseSentences, sentenceFinder } from '../../engine/sentences.ts';
import { figuresIn } from '../unattributed-figure/figures.ts';
import { UNIT_ADJECTIVE, UNIT_ADJECTIVE_GUARD, APPROX_BEFORE, APPROX_BELOW, CHANGE_BEFORE, COMPARE, CONTRAST, CURRENCY_AFTER, DATE_BEFORE_YEAR, DEFINITE, DOWN_VERB, DOWN_WORD, DURATION, DURATION_GUARD, LOWER_BOUND, NOT_PLACE, OPENER, OWNER_AFTER, OWNER_BEFORE, PART_AFTER, PART_OF, PERCENT_GUARD, PERIOD, PERIOD_GUARD, PERIOD_OPENING, BY_TIME_OPENING, PLACE_OF, QUALIFIER_AFTER, QUALIFIER_BEFORE, QUALIFIER_KIND, RATE_AFTER, REACHED, REACHED_DOWN, REACHED_EITHER, SUBORDINATE, TIMES, UPPER_BOUND, UP_WORD, WHERE, WORD_COUNT, WORD_COUNT_GUARD, WORD_PERCENT, YEAR, MONTH_NAMES, WEEKDAY_NAMES } from './markers.ts';
import type { Span } from '../../engine/types.ts';
import type { FigureMention } from './mention.ts';
import { parse } from './numbers.ts';
import { COUNTED, COUNTING_VERB, GENERIC, NUMBER_WORD, SPECIFIC, STOP, contentWords, fold, wordBefore } from './words.ts';

let nextId = 1;
const extracts = paragraphCache<string, FigureMention[]>('figure-consistency:extracts');
const headingExtracts = paragraphCache<string, FigureMention[]>('figure-consistency:heading-extracts');

export function figureMentions(prose: string, heading: boolean): FigureMention[] {
  return (heading ? headingExtracts : extracts).through(prose, () => readFigures(prose, heading));
}

function readFigures(prose: string, heading: boolean): FigureMention[] {
  const spans = new SpanSet(figuresIn(prose, heading).map((s) => ({ ...s })));
  for (const re of [DURATION, WORD_COUNT, WORD_PERCENT, UNIT_ADJECTIVE]) {
    if (re === UNIT_ADJECTIVE ? !UNIT_ADJECTIVE_GUARD.test(prose) : re === DURATION ? !DURATION_GUARD.test(prose) : !WORD_COUNT_GUARD.test(prose) || (re === WORD_PERCENT && !PERCENT_GUARD.test(prose))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(prose); m; m = re.exec(prose)) {
      const end = m.index + m[0].length;
      // The shared reader stops at "Four hundred"; the whole number in words ("… and twenty-one") replaces it.
      if (re === DURATION && /\baged?\s+$/i.test(prose.slice(Math.max(0, m.index - 6), m.index))) continue;
      // …and "12,400" read by it is the whole "12,400-acre" (a measure's unit; a counting unit's digits stay a count).
      if (re === WORD_COUNT || re === WORD_PERCENT || re === DURATION || (re === UNIT_ADJECTIVE && UNIT_HEAD.test(m[0]))) {
        spans.removeShorterInside(m.index, end);
      }
      if (!spans.overlaps(m.index, end)) spans.add({ start: m.index, end });
    }
  }
  const figures = spans.live();
  figures.sort((a, b) => a.start - b.start);
  if (figures.length === 0) return [];
  const sentences = proseSentences(prose);
  YEAR_OPENING.lastIndex = sentences[0]?.start ?? 0;
  const paragraphYear = YEAR_OPENING.exec(prose)?.[1];
  const out: FigureMention[] = [];
  // Whether each figure is inside a quotation, read in one pass over the paragraph's marks (the figures are in order).
  const quoted = quotationReader(prose);
  const sentenceAt = sentenceFinder(sentences);
  for (const span of figures) {
    // Mentions are cached with their paragraph: a slice of the prose kept on one would keep the whole
    // (often a slice of the full draft) alive, one old version of the draft per edit.
    const text = detach(prose.slice(span.start, span.end));
    const parsed = parse(text);
    if (!parsed) continue;
    const sentenceIndex = sentenceAt(span.start);
    const sentence = sentenceIndex >= 0 ? sentences[sentenceIndex] : { start: 0, end: prose.length };
    const before = prose.slice(Math.max(sentence.start, span.start - 40), span.start);
    const after = prose.slice(span.end, Math.min(sentence.end, span.end + 40));
    // A figure in brackets restates the one before it in other units ("10 micrograms (400 IU)").
    const bracketed = /\(\s*$/.test(before);
    const change = CHANGE_BEFORE.test(before);
    const approx = APPROX_BEFORE.test(before);
    // A change or an approximate figure is compared in its own way (sameQuantity), so it is loose only for another reason.
    const loose = (QUALIFIER_BEFORE.test(before) && !change && !approx) || QUALIFIER_AFTER.test(after) || parsed.range || bracketed;
    // A rate per period is a measure of its own, framed by its period: "per day" meets only "per day".
    const rate = RATE_AFTER.exec(after);
    const per = rate ? `per ${(rate[1] ?? rate[2]).toLowerCase().replace(/^dai$/, 'day')}` : undefined;
    const bound = loose || change || approx ? undefined : LOWER_BOUND.test(before) ? 'lower' : UPPER_BOUND.test(before) ? 'upper' : undefined;
    const nearBefore = contentWords(before).slice(-3).map(fold);
    // What follows another figure is that figure's ("killed three people and flooded 1,240 homes": not homes for three).
    const nearAfter = contentWords(ownWords(after)).slice(0, 3).map(fold);
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
    // A clause opened by "when" is set in the time the clause before it names ("since Storm Hafren in 2014, when two people died");
    // so is a relative clause, in its antecedent's time ("the 2019 flood, which killed 112 people").
    // (There "since 2015, when four people died" is in 2015: "since" compares only a figure of its own clause.)
    const previous = WHEN_CLAUSE.test(clauseBefore) ? windowBefore.slice(0, windowBefore.length - clauseBefore.length) : '';
    // …and so is a sentence opened by its year ("In 2019 a ferry sank in the same strait, killing 61 people").
    YEAR_OPENING.lastIndex = sentence.start;
    const opensWithYear = YEAR_OPENING.exec(prose)?.[1];
    const years = [...around.matchAll(YEAR)].filter((m) => !DATE_BEFORE_YEAR.test(around.slice(Math.max(0, m.index! - 20), m.index)) && !/since\s+$/i.test(around.slice(Math.max(0, m.index! - 8), m.index))).map((m) => m[0]);
    if (previous) for (const m of previous.matchAll(YEAR)) if (!DATE_BEFORE_YEAR.test(previous.slice(Math.max(0, m.index! - 20), m.index)) && !years.includes(m[0])) years.push(m[0]);
    if (opensWithYear && !years.includes(opensWithYear)) years.push(opensWithYear);
    // A paragraph opened by its year is background set then ("In 2019, a smaller wave of protests … About 800
    // people were arrested."): a figure of a later sentence naming no year of its own is in it too.
    else if (years.length === 0 && paragraphYear !== undefined && sentence !== sentences[0]) years.push(paragraphYear);
    // Places and groups named close to the figure ("in Kharkiv", "the Greens"): capitalised words not opening the sentence.
    const places = [...around.matchAll(/(?<=[\p{L},;]\s+)\p{Lu}\p{Ll}+/gu)].map((m) => m[0]).filter((w) => !NOT_PLACE.test(w) && !/^(?:In|On|At|Mr|Mrs|Ms|Dr)$/.test(w));
    // "this year" is the story's own time, like no period at all: it sets nothing apart from "the total for 2026".
    // A place opening the sentence ("In Bradford, 63 men …") sets the whole sentence there.
    const sentenceBefore = prose.slice(sentence.start, span.start);
    const opening = /^\s*(?:In|At|Across|Outside|Inside|Elsewhere\s+in)\s+(\p{Lu}\p{Ll}+)/u.exec(sentenceBefore)?.[1];
    if (opening && !places.includes(opening)) places.push(opening);
    // What it counts is read up to the next figure, as its near words are: in "closes two wards as 19 patients fall
    // ill" two counts wards, not patients (the patients are what 19 counts).
    // (A weekday after it, "for £9m on Monday", is when, never what it counts.)
    const nounsAfter = contentWords(ownWords(clauseAfter)).filter((w) => !CALENDAR.has(w));
    // A currency named after an amount ("96 billion kronor") is its kind, not what it counts.
    const currency = parsed.kind === 'count' ? CURRENCY_AFTER.exec(clauseAfter)?.[1].toLowerCase() : undefined;
    if (currency) {
      parsed.kind = currency.replace(/s$/, '');
      nounsAfter.shift();
    }
    // Read only for a figure that may be compared as a measure (a loose or changing one never is so; an
    // approximate one is, with an exact value it cannot be: see sameMeasure).
    const measurable = !loose && !change;
    // The words opening the sentence up to its first comma or colon, when that is before the figure's clause.
    const head = sentence.start < clauseStart ? OPENER.exec(prose.slice(sentence.start, clauseStart + 1))?.[0] : undefined;
    const opener = measurable ? head : undefined;
    // A period owning a noun after the figure is that noun's ("the £1.2m raised would go into next year's programme").
    const periodMatches = !PERIOD_GUARD.test(around) ? [] : [...around.matchAll(PERIOD)].filter((m) => m.index! < clauseBefore.length || !/^['’]s\b/.test(prose.slice(span.end + m.index! - clauseBefore.length - 1 + m[0].length, span.end + m.index! - clauseBefore.length + m[0].length + 2)));
    // A period that bounds a span ("the shelling … returned until last autumn destroyed 214", "since last year") is not
    // the time the figure is in: "since" runs the span to now (the story's own time), "until" / "up to" / "through"
    // makes the figure a total as of then, kept with the as-of totals below (it parts different values, not a slip).
    let spanEnd: string | undefined;
    let periods = periodMatches.filter((m) => {
      const edge = SPAN_EDGE.exec(around.slice(0, m.index!))?.[1].toLowerCase();
      if (edge && edge !== 'since') spanEnd ??= phrase(m[0]);
      return !edge;
    }).map((m) => phrase(m[0]));
    // A period opening the sentence ("Last July, flooding … destroyed about 2,000 homes") sets all of it then,
    // as a place opening it does, unless the figure's own clause names its own.
    if (periods.length === 0) {
      if (head && PERIOD_GUARD.test(head)) periods = [...head.matchAll(PERIOD)].map((m) => phrase(m[0]));
      // …and so does one opening it with no comma ("Last winter an outbreak … closed seven wards").
      else if (sentence.start < clauseStart) {
        const opens = PERIOD_OPENING.exec(prose.slice(sentence.start, clauseStart + 1));
        if (opens) periods = [phrase(opens[0])];
      }
    }
    // A count "By Friday evening" is as of then (a running total), unless it refers back to a set already named ("By
    // Tuesday evening the 8,600 evacuees had been told …").
    // (A level reached by a move, "By nightfall the toll had climbed to 32", has its own reading: see mayBeBefore.)
    // It is kept apart from the periods: a running total may have moved to another value by then, but hardly to a slip of
    // the earlier value's digits ("killing 47" / "By Thursday evening … the toll at 74 dead"), so it parts only
    // different values (see frameConflict).
    const endsWithTo = TO_BEFORE.test(before);
    let asOf: string | undefined = periods.length === 0 ? spanEnd : undefined;
    if (periods.length === 0 && asOf === undefined && measurable && !DEFINITE.test(before) && !(endsWithTo && REACHED.test(before))) {
      const by = BY_TIME_OPENING.exec(sentenceBefore);
      if (by) asOf = phrase(by[0]);
    }
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
      frame: [...new Set([...years, ...periods, ...(per ? [per] : [])])].sort(),
      ...(asOf ? { asOf } : {}),
      heading,
      lastUnit: 0,
      // …or a short phrase opening its sentence, which scopes all of it ("Including imports, the refinery processed …",
      // "Of the arrested, 29 …": a part).
      // A figure in an aside (an unclosed bracket before it) is a detail of its own, not a restatement.
      contrast: measurable && (CONTRAST.test(contrastText(clauseBefore, clauseAfter, DEFINITE.test(before) || OWNED_OF.test(before))) || COMPARE.test(clauseBefore) || windowBefore.lastIndexOf('(') > windowBefore.lastIndexOf(')') || PART_AFTER.test(after) || (opener !== undefined && (CONTRAST.test(opener) || /^\s*of\s+the\b/i.test(opener)))),
      sentenceIndex,
      id: nextId++,
      valueKey: `${parsed.kind}\u0000${parsed.value}`,
      buckets: bucketsOf(parsed.kind, parsed.digits, text, parsed.value, parsed.whole),
    };
    // A figure that sameMeasure could take is also bucketed by all it requires to be equal (kind, noun,
    // heading, period, day), so that only those meet: every figure of one noun meeting would be quadratic.
    mention.lastUnit = parsed.unit ?? 1;
    if (parsed.kind === 'count') {
      mention.counts = countedNoun(after);
      if (mention.counts) mention.countsWord = /^-?\s*(\p{L}+)/u.exec(after)![1].toLowerCase();
    }
    if (REFERENCE_AFTER.test(after)) mention.reference = true;
    // One side of a set divided in its own sentence: a tally ("by 36 votes to 31": the first the ayes, the second the
    // noes) or a gapped conjunct giving another party its share of the same thing ("the government will free 150
    // detainees and the Front 80", "1,210 were in Saltmere and 630 in Brackwell"). Such a side is no plain statement of
    // the whole set, nor of the other side (reliable.ts).
    const rest = prose.slice(span.end, Math.min(sentence.end, span.end + 80));
    // (The first side of a tally is the subject's own count, "approved by 38 votes to 29", "scoring four tries to one":
    // not marked.)
    if (TALLY_BEFORE.test(before)) mention.split = 'other';
    else if (!SPLIT_NOT_BEFORE.test(before) && !TALLY_AFTER.test(rest) && (GAPPED_AFTER.test(rest) || (GAPPED_END.test(rest) && GAPPED_BEFORE.test(sentenceBefore)))) mention.split = 'share';
    if (quoted(span.start)) mention.quoted = true;
    if (EXTREME_BEFORE.test(before)) mention.extreme = true;
    if (ANOTHER_OPENING.test(prose.slice(sentence.start, Math.min(span.start, sentence.start + 40)))) mention.another = true;
    // Set against another value by a comparison before it ("fell to 4.2% from 4.3%", "up from", "than").
    if (measurable && COMPARE.test(clauseBefore)) mention.compared = true;
    // A set referred back to ("the 68 drivers affected") exists whatever a modal says will happen to it.
    // "three of the deaths": a part of a set, never the set's count restated, however near its value.
    // (Not "12 of the 17 schools": a whole with a number of its own is counted apart, and its part may be the measure.)
    // (A share "of its seats" names its base, not a set it is part of: counts only.)
    if (parsed.kind === 'count' && PART_AFTER.test(after) && !PART_OF_COUNTED.test(after)) mention.partOf = true;
    if (measurable && HYPOTHETICAL.test(around) && !(DEFINITE.test(before) || OWNED_OF.test(before))) mention.hypothetical = true;
    // The span a tally was counted over ("five goals in seven games", "ten tries in 11 matches"): one player's record,
    // not a count of the games themselves (a team's run, a season's fixtures).
    if (parsed.kind === 'count' && TALLY_SPAN.test(before)) mention.spanOf = true;
    // (Tried only when "to" ends what is before it: most figures never are.)
    if (endsWithTo) {
      const reached = REACHED.exec(before);
      if (reached) {
        const move = before.slice(reached.index);
        mention.reached = REACHED_DOWN.test(move) ? 'down' : REACHED_EITHER.test(move) ? 'either' : 'up';
      }
    }
    // What it measures: needed only to compare it as a plain value, or one apart in its last digit.
    if (approx && APPROX_BELOW.test(before)) mention.approxBelow = true;
    // A part of a whole named by whose it is after the figure ("56.2% of the vote in the city's precincts"):
    // a subset of the figure stated for the whole (compared as any two figures, measured or not).
    if (measurable && (mention.kind === '%' || mention.kind === 'pp')) mention.part = PART_OF.exec(clauseAfter.split(SUBORDINATE)[0])?.[1]?.toLowerCase();
    mention.measure = measurable ? measureNoun(mention, clauseBefore, clauseAfter, () => prose.slice(sentence.start, Math.min(span.start, sentence.start + 60))) : undefined;
    // An approximate figure is checked only as a known counted thing (homes, deaths, arrests, a margin): what a
    // story counts and restates; an approximation of anything else is far more often a figure of its own.
    // The whole a part is counted in ("won 14 of the city's 22 wards") is the size of a stock, not the story's count
    // restated; but an unowned whole of a known counted thing ("120 of the 350 detained") is the set of the event the
    // story counted, referred back to, as "Of the 1,190 people hurt" is.
    if (measurable && !mention.contrast && WHOLE_BEFORE.test(before) && !(mention.measure !== undefined && SPECIFIC.has(mention.measure) && !/\p{L}['’]s\s+$/u.test(before))) mention.contrast = true;
    const noun = measureCandidate(mention) && (!approx || (mention.measure !== undefined && COUNTED.has(mention.measure))) ? mention.measure : undefined;
    if (noun !== undefined) {
      // Who or what the sentence says it is about, before the figure: its words, its names, an ordinal, its verb.
      // Read when two figures are compared (leadOf): most never are.
      mention.leadText = detach(prose.slice(Math.max(sentence.start, span.start - 80), span.start));
      mention.verb = wordBefore(before)?.toLowerCase();
      mention.definite = DEFINITE.test(before);
      mention.qualifier = [...new Set([...(clauseBefore + ' ' + clauseAfter.split(PREDICATE)[0]).matchAll(QUALIFIER_KIND)].map((m) => m[1].toLowerCase().slice(0, 4)))].sort();
      mention.owner = (OWNER_BEFORE.exec(clauseBefore)?.[1] ?? OWNER_AFTER.exec(clauseAfter)?.[1])?.toLowerCase();
      // Its own clause only: "falls 18% as price war in China bites" is not set in China.
      const own = clauseBefore.split(SUBORDINATE).pop()! + ' ' + clauseAfter.split(SUBORDINATE)[0];
      mention.where = [...new Set([...own.matchAll(WHERE)].map((m) => m[1]))].filter((w) => !NOT_PLACE.test(w));
      if (opening && !mention.where.includes(opening)) mention.where.push(opening);
      const placeOf = PLACE_OF.exec(prose.slice(span.end, Math.min(sentence.end, span.end + 100)).split(/[,;:–—()]/u)[0].split(SUBORDINATE)[0])?.[1];
      if (placeOf && !NOT_PLACE.test(placeOf) && !mention.where.includes(placeOf)) mention.where.push(placeOf);
      mention.where.sort();
      mention.clauseText = detach(rest);
      // One of a list of figures of several things ("nine rebounds and eight assists", "28 points and 11 assists"): a stat line.
      if (LISTED_BEFORE.test(before) || LISTED_AFTER.test(after)) mention.listed = true;
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

const CALENDAR = new Set(WEEKDAY_NAMES.map((w) => w.toLowerCase()));

/** A figure that says plainly what it counts, and is not set apart in its own clause: what sameMeasure compares. */
function measureCandidate(f: FigureMention): boolean {
  return !f.loose && !f.change && !f.contrast;
}

/**
 * The words of a figure's clause that may set it apart (CONTRAST), less two that belong to something else:
 * the bound of another figure after it ("About 1,300 homes were flooded and more than 6,000 people …": the
 * "more" is the other figure's), and, for a figure that refers back to a set already named ("the 1,100 houses
 * … would have to be inspected"), a modal after it: it says what will happen to them, not that the count is a plan.
 */
function contrastText(clauseBefore: string, clauseAfter: string, definite: boolean): string {
  // (A bound cut off at the clause's end is another figure's too: "41 buses are … more than| ten years old".)
  let after = clauseAfter.replace(OTHER_BOUND, ' ').replace(BOUND_AT_END, ' ');
  // …and a condition on it ("If the 380-metre asteroid struck the Earth"): the set it names is no less there.
  // Before it, a bound followed by a number is another figure's ("killing at least 214 people and injuring 1,130"); and
  // "would" after a reporting verb and its subject is the reported future ("said it would cut 1,200 jobs"), the plan as
  // announced, not a condition.
  let before = clauseBefore.replace(OTHER_BOUND_BEFORE, ' ').replace(REPORTED_FUTURE, '$1');
  if (definite) {
    // …nor a superlative in its predicate: "the 890 homes destroyed made the fire the most destructive" says what the set
    // made of something else, not that it is a part or a plan.
    after = after.replace(MODAL_AFTER, ' ').replace(SUPERLATIVE_PREDICATE, ' ');
    before = before.replace(CONDITION, ' ').replace(MODAL_AFTER, ' ');
  }
  // A figure before "include" is the whole the parts are counted in ("The 39 rebels included three former ministers"):
  // only the part after it is set apart.
  // "among" after a verb of being says what the set is ("the 380 workers … were among the best-paid"), not that the
  // figure is a part of something.
  // What follows "include" names the parts, and a quotation mark opens someone else's words ("had been lost "and every
  // one of them …""): neither is the figure's own clause.
  return before + ' ' + after.split(INCLUDE_AFTER)[0].split(/["“”]/u)[0].replace(AMONG_PREDICATE, ' ');
}
/** Before a figure: an owned thing it is the value of ("the winner's cheque of"): it exists, as a definite figure's set does. */
const OWNED_OF = /\p{L}['’]s\s+\p{L}+\s+of\s+$/u;
/** A superlative noun phrase right before a figure, in apposition or joined by "of" / "at": "The lowest rate, 3.7%", "the highest, at 6.3%". */
const EXTREME_BEFORE = /\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:lowest|highest|largest|smallest|biggest|fastest|slowest|best|worst)(?:\s+[\p{Ll}-]+){0,2}\s*(?:,|\(|–|—|\bof|\bat|\bwas|\bwere)\s*$/u;
const SUPERLATIVE_PREDICATE = /\b(?:is|are|was|were|made|makes|make|left|leaves)\b[^,;]{0,40}?\bthe\s+(?:most|least)\b/gi;
const AMONG_PREDICATE = /\b(?:is|are|was|were|be|been|being|remain|remains|remained)\s+(?:still\s+|now\s+|also\s+)?among\b/gi;
const OTHER_BOUND_BEFORE = /\b(?:(?:more|fewer|less)\s+than|(?:at\s+)?(?:least|most))\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:dozen|hundred|thousand))\b)/gi;
const BOUND_AT_END = /\b(?:(?:more|fewer|less)\s+than|at\s+(?:least|most))\s*$/i;
const REPORTED_FUTURE = /(\b(?:said|says|announced|announces|confirmed|confirms)\s+(?:on\s+\p{L}+\s+)?(?:that\s+)?(?:it|they|he|she|we)\s+)would\b/giu;
const OTHER_BOUND = /\b(?:(?:more|fewer|less)\s+than|at\s+(?:least|most))\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:dozen|hundred|thousand))\b)/gi;
/**
 * The words after a figure up to another figure, when a word of their own parts them ("killed three people and
 * flooded 1,240 homes": homes are the other figure's); not a part of a whole ("12 of the 17 schools": schools).
 */
function ownWords(after: string): string {
  const next = NEXT_FIGURE.exec(after);
  if (!next || contentWords(after.slice(0, next.index)).length === 0) return after;
  return after.slice(0, next.index);
}
/** A verb after a figure: what follows says something of the value ("The 31.2% turnout was the lowest"), not what kind of value it is. */
const PREDICATE = /\b(?:is|was|were|are|has|have|had|will|would|remains|remained|became|becomes)\b/i;
/** The whole a part is counted in ("won 14 of the city's 22 wards": 22): the size of the set, not the count restated. */
const WHOLE_BEFORE = /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred))\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:\p{L}+['’]s\s+)?$/iu;
const INCLUDE_AFTER = /\b(?:include|includes|included|including)\b/gi;
/** The start of another figure: digits, or a number in words. */
const NEXT_FIGURE = /[£$€]?\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b/i;
/** Sticky: tried at the sentence's start only. */
const YEAR_OPENING = /\s*(?:In|During|Back\s+in)\s+((?:19|20)\d{2})\b/y;
/**
 * A clause opened by "when", or a relative clause ("which", "who") after its comma: set in the time named just before
 * it, the time of what the relative clause describes ("surpassing the Oak Canyon Fire of 2018, which destroyed 612 homes").
 */
const WHEN_CLAUSE = /^\s*(?:when|which|who)\b/i;
/** "to" ending what is before a figure, past one word ("climbed to", "rose to nearly"): a level reached, perhaps. */
const TO_BEFORE = /\bto\s+(?:\p{L}+\s+)?$/iu;
/** A period or time as it is kept: lower case, one space between words. */
/** The word that makes a period the edge of a span rather than the figure's time ("until last autumn", "since last year"). */
const SPAN_EDGE = /\b(until|till|since|through|up\s+to)\s+$/i;
const phrase = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');
/**
 * A sentence opening on another of a kind: "A second union", "Another hospital", "The third blast"; or on an earlier one
 * of the story's kind, "The last national rail strike", "The previous ballot" (not "The last 40 residents": a part).
 */
const ANOTHER_OPENING = new RegExp(String.raw`^\s*(?:(?:(?:A|An|The)\s+)?(?:second|third|fourth|fifth|another|other)\b|(?:The|Its|His|Her|Their)\s+(?:last|previous|prior|earlier)\s+(?!(?:\d|${NUMBER_WORD}|few|several|many|time|year|month|week|day)\b)\p{L})`, 'iu');
/** A target, threshold, limit or benchmark right after a figure, past one modifier ("a 2% inflation target"). */
const REFERENCE_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:target|threshold|limit|ceiling|benchmark)s?\b/iu;
/** A figure, not a year ("the worst since 2019"), where a clause of a split may end on one. */
const SIDE_FIGURE = String.raw`(?:[£$€]?(?!(?:19|20)\d{2}\b)\d+(?:[,.]\d+)*(?![,.]?\d)(?:m|bn|k|p|%)?|${NUMBER_WORD}\b)`;
/** Where a gapped conjunct's figure ends its clause: the clause's end, another conjunct, or a place or time after it. */
const SIDE_END = String.raw`(?=\s*(?:[,.;:)]|$|and\b|(?:in|on|at|for|from)\b))`;
/**
 * The subject of a gapped conjunct: a determiner and a noun or two ("the county council"), a name ("the Front",
 * "Baxter Metals"), a plural ("housing developers"), or none; not a verb (a word in -ed, an auxiliary: "and officers charged 12", "the figure was 41%"),
 * nor a date's month or weekday ("on Saturday, March 7").
 */
// A word opening with a month's or weekday's first three letters ("Sept", "Thurs.", "March").
const MONTH_NAME = `(?:${MONTH_NAMES.map((m) => m.slice(0, 3)).join('|')})[a-z]*`;
const DAY_NAME = `(?:${WEEKDAY_NAMES.map((d) => d.slice(0, 3)).join('|')})[a-z]*`;
const SIDE_WORD = String.raw`(?!(?:is|was|were|are|be|been|has|had|have|will|would|could|can|may|might|said|says)\s)(?!\p{L}*ed\s)[\p{L}'’-]+\s+`;
const SIDE_NAME = String.raw`(?!(?:${MONTH_NAME}|${DAY_NAME})\.?\s)\p{Lu}[\p{L}'’-]*\s+`;
const SIDE_SUBJECT = String.raw`(?:(?:the|its|their|his|her)\s+${SIDE_WORD}(?:${SIDE_WORD})?|${SIDE_NAME}(?:${SIDE_NAME})?|(?:${SIDE_WORD})?(?!(?:is|was|has|does)\s)\p{Ll}+s\s+)?`;
/** A tally of a division after its first side ("36 votes to 31"), which is no gapped conjunct. */
const TALLY_AFTER = new RegExp(String.raw`^\s+\p{L}+\s+to\s+${SIDE_FIGURE}`, 'iu');
/** …and before its other side (bare, "by 38 to 29", only after "by"). */
const TALLY_BEFORE = new RegExp(String.raw`(?:(?<!\b(?:from|between)\s+)(?<![\d,.])(?:(?!(?:19|20)\d{2}\b)\d[\d,.]*|\b${NUMBER_WORD})\s+\p{L}+s|\bby\s+(?:\d+|${NUMBER_WORD}))\s+to\s+$`, 'iu');
/** A range or a move ("from 28 to 21", "between 40 and 60"), not a split. */
const SPLIT_NOT_BEFORE = /\b(?:from|between)\s+$/i;
/**
 * After a figure, a gapped conjunct of its clause: a comma or "and", the subject of its own share (a determiner and a
 * noun or two, a name, or none) and a figure ending the clause, its verb and noun left out as the first clause's
 * ("… 150 detainees and the Front 80,", "… £72m, the county council £28m and …", "1,210 were in Saltmere and 630 in
 * Brackwell"). Not a clause of its own verb ("and officers charged 12": a word in -ed before the figure).
 */
const GAPPED_AFTER = new RegExp(String.raw`^(?:\s+[\p{L}'’-]+){0,3}?\s*(?:,\s*|\band\s+)${SIDE_SUBJECT}${SIDE_FIGURE}${SIDE_END}`, 'u');
/** Before a figure, the same: another figure earlier in its sentence, then the conjunct's comma or "and" and subject. */
const GAPPED_BEFORE = new RegExp(String.raw`(?:(?<![\d,.])(?!(?:19|20)\d{2}\b)\d|\b${NUMBER_WORD})[^;:]*?(?:,\s*|\band\s+)${SIDE_SUBJECT}$`, 'u');
const GAPPED_END = new RegExp(String.raw`^${SIDE_END}`, 'u');
/** Another figure and its noun joined to this one by "and" or a comma, before it or after its own noun. */
const LISTED_BEFORE = new RegExp(String.raw`(?:\d|\b${NUMBER_WORD})[\s-]+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*(?:,|\band)\s+$`, 'iu');
const LISTED_AFTER = new RegExp(String.raw`^\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*(?:,|\band)\s+(?:[£$€]?\d|${NUMBER_WORD}\b)`, 'iu');
/** "of the 17 schools", "of its 14 libraries": a part of a whole counted with its own number. */
const PART_OF_COUNTED = new RegExp(String.raw`^\s*of\s+\S+\s+(?:\p{L}+['’]s\s+)?(?:[£$€]?\d|${NUMBER_WORD}\b)`, 'iu');
const HYPOTHETICAL = /\b(?:would|could|might|if)\b/i;
const CONDITION = /\b(?:if|unless)\b/gi;
const MODAL_AFTER = /\b(?:would|could|might|may)\b/gi;

/**
 * What a figure measures, from the structure around it: a known counted thing beside it ("Nine killed",
 * "45 people detained": deaths, arrests); else the noun whose "of" phrase it is ("a peak of 8.7 metres",
 * "gusts of up to 98mph", "the rate of 3.6%"); else its first noun after it, or with a noun that counts
 * anything, that and the next word ("people evacuated").
 */
export function measureNoun(f: FigureMention, clauseBefore: string, clauseAfter: string, sentenceOpening: () => string): string | undefined {
  // A winning margin, whatever it counts: "beating her rival by 21,460 votes", "won by 312", "a lead of almost 19,000".
  const end = clauseBefore.slice(-60);
  if (end.endsWith(' ') && (MARGIN_BY.test(end) || MARGIN_OF.test(end))) return 'margin';
  // A win by so many ("a two-stroke victory", "a 4,120-vote majority") is a margin too: the unit adjective is read
  // whole ("two-stroke") or, after digits the figure reader took alone, from the hyphen on ("4,120" + "-vote").
  if (f.kind === 'count' && (/-[a-z]+$/i.test(f.text) ? MARGIN_NOUN.test(clauseAfter) : UNIT_AFTER_DIGITS.test(clauseAfter) && MARGIN_NOUN.test(clauseAfter.replace(UNIT_AFTER_DIGITS, '')))) return 'margin';
  // A duration measures what lasted: the verb before it ("waited 31 hours", "will close completely for nine days"),
  // as the noun after a duration adjective does ("the 10-day closure", "his 30-hour wait").
  if (TIME_UNIT.test(f.kind) && !/-\p{L}+$/u.test(f.text)) {
    const verb = DURATION_VERB.exec(clauseBefore.slice(-40))?.[1].toLowerCase();
    if (verb && !STOP.has(verb) && !GENERIC.test(fold(verb))) return fold(verb);
  }
  // A unit adjective says what its noun measures: "the six-year sentence" (not the "two-thirds of" before it), "the
  // 12,400-acre burn area", "a 40-metre breach".
  if (UNIT_HEAD.test(f.text) && f.nouns.length && !GENERIC.test(f.nouns[0]) && !f.places.some((p) => fold(p.toLowerCase()) === f.nouns[0])) return f.nouns[0];
  // The counted thing closest to the figure, after it first ("Nine people were killed and 63 injured": injured).
  for (let i = f.nearBefore; i < f.near.length; i++) if (SPECIFIC.has(f.near[i])) return f.near[i];
  // …the verb it is the object of, when that counts a known thing ("killing 40 people, injuring 1,250": injured).
  const counting = COUNTING_VERB[wordBefore(clauseBefore)?.toLowerCase() ?? ''];
  if (counting !== undefined) return counting;
  // …before it, only within its own clause: "by 314 votes to 291, a majority of 23, after 41 Labour MPs rebelled" does not count votes for 41.
  if (f.nearBefore > 0) {
    const own = contentWords(clauseBefore).map(fold);
    for (let i = f.nearBefore - 1; i >= 0; i--) if (SPECIFIC.has(f.near[i]) && own.includes(f.near[i])) return f.near[i];
  }
  const tail = clauseBefore.slice(-60);
  // A movement's measure is what moved: "a 16% fall in operating profit", "profit falls 18%".
  if (f.direction) {
    const moved = MOVED_IN.exec(clauseAfter)?.[1] ?? MOVER_BEFORE.exec(tail)?.[1];
    if (moved && !STOP.has(moved.toLowerCase())) return fold(moved.toLowerCase());
  }
  const ofNoun = tail.includes(' of ') ? OF_NOUN.exec(tail) : null;
  // A count naming its own plural right after it measures that, not the noun whose "of" phrase it ends: "with the loss of
  // 340 jobs" counts jobs (as "cut 340 jobs" does), "how many of the 48 posts" posts. (Only there: "at 7,000 steps a
  // day" after "risk fell" keeps its other reading.)
  if (ofNoun && f.kind === 'count' && f.counts !== undefined && !GENERIC.test(f.counts)) return f.counts;
  // "valued at £96bn" names its measure by the verb; "with inflation at 3.2%" (an absolute clause) by its noun.
  const of = (ofNoun ?? (/\sat\s+$/.test(tail) ? AT_VERB.exec(tail) ?? WITH_AT.exec(tail) : null))?.[1].toLowerCase();
  // "a rate of", "a pace of" name no measure of their own: what moves at that rate does ("Regular pay grew at an annual rate of").
  if (of && LEVEL_HEAD.test(of)) {
    const mover = RATE_OF.exec(tail)?.[1].toLowerCase();
    if (mover && !STOP.has(mover) && !GENERIC.test(fold(mover))) return fold(mover);
  } else if (of && of.length > 2 && !STOP.has(of) && !GENERIC.test(fold(of))) return fold(of);
  // The subject of a verb that puts it at a level: "profit jumps to £412m", "inflation in Northland fell to
  // 3.4%", "turnout was 41.3%", "the death toll rose to 43" (a head that counts anything gives way to its modifier).
  const subject = levelSubject(tail);
  if (subject) return subject;
  if (f.nouns.length === 0) return undefined;
  // A length said of a thing ("The asteroid, named 2026 QK17, is estimated to be 340 metres across") measures that
  // thing, the subject opening the sentence, as "the 380-metre asteroid" does.
  if (DIMENSION.test(f.nouns[0]) && LENGTH_UNIT.test(f.kind)) {
    const subject = SUBJECT_OPENING.exec(sentenceOpening())?.[1].toLowerCase();
    return subject && !STOP.has(subject) && !GENERIC.test(fold(subject)) ? fold(subject) : undefined;
  }
  // A name after a figure is whose it is ("Torres scores 41 as Harbor City rally"), not what it counts.
  if (f.places.some((p) => fold(p.toLowerCase()) === f.nouns[0])) return undefined;
  // A count's head noun is plural, after its modifiers: "16 senior caps", "2,500 daily passengers", "1,240 flu patients".
  const head = f.kind === 'count' ? countHead(clauseAfter) : undefined;
  if (head !== undefined && !GENERIC.test(head)) return head;
  // An amount or a share before a compound noun measures its head, the last noun ("a £2.4m fuel-card fraud", "a 4.99%
  // council tax rise": fraud, rise), as "the £2.1m the fraud cost" and "the 5.99% rise" do; its first word is kept as
  // what sets it apart from another of that head ("a 3% pay rise" / "a 5% rent rise").
  if (f.kind !== 'count') {
    const compound = compoundAfter(clauseAfter);
    if (compound) {
      f.modifier = compound.modifier;
      // A head of movement says which way, as a word right after the figure does ("a 4.99% council tax rise").
      if (!f.direction) f.direction = UP_WORD.test(compound.word) ? 'up' : DOWN_WORD.test(compound.word) ? 'down' : undefined;
      return compound.head;
    }
  }
  if (!GENERIC.test(f.nouns[0])) return f.nouns[0];
  return f.nouns.length > 1 && !GENERIC.test(f.nouns[1]) ? `${f.nouns[0]} ${f.nouns[1]}` : undefined;
}

/**
 * The head of the noun phrase a count opens, when modifiers stand before it: the first plural among its first
 * three words, up to a stop word ("senior caps", "job cuts", "full-time-equivalent posts"); undefined when the
 * word right after the count is its head already, or none is plural.
 */
function countHead(clauseAfter: string): string | undefined {
  const words = PHRASE_AFTER.exec(clauseAfter)?.[1].split(/\s+/) ?? [];
  for (let i = 0; i < words.length && i < 3; i++) {
    const w = words[i].toLowerCase();
    if (STOP.has(w)) return undefined;
    if (PLURAL.test(w)) return i === 0 ? undefined : fold(w.replace(/^.*-/, ''));
    // A verb ends the phrase ("1,200 tickets sold", "300 officers, some armed"): no modifier is a participle.
    if (/(?:ed|ing)$/.test(w)) return undefined;
  }
  return undefined;
}
/** A unit adjective of length, area, weight or time ("six-year", "40-metre"); a counting unit ("two-stroke") is a margin's. */
const UNIT_HEAD = /-(?:metre|meter|kilometre|kilometer|mile|foot|yard|tonne|acre|hectare|year|month|week|day|hour|minute)$/i;
/**
 * A compound noun right after a figure: two or three words up to a stop word, a participle or punctuation ("fuel-card
 * fraud", "council tax rise", "rescue package"); its head (the last word, past a hyphen) and first word, folded.
 */
function compoundAfter(clauseAfter: string): { head: string; word: string; modifier: string } | undefined {
  const tokens = COMPOUND_WORDS.exec(clauseAfter)?.[1].split(/\s+/) ?? [];
  const words: string[] = [];
  let ended = false;
  for (const token of tokens) {
    const w = token.toLowerCase();
    if (!/^[a-z][a-z-]+$/.test(token) || STOP.has(w) || /(?:ed|ing|ly)$/.test(w)) {
      // A word right before a determiner is a verb taking its object ("the $4.5bn package gives the government"):
      // the phrase ends before it.
      if (DETERMINER.test(w) && words.length > 1) words.pop();
      ended = true;
      break;
    }
    if (words.length === 3) break;
    words.push(w);
  }
  // The phrase must end where its words do: a fourth plain word would make it a clause ("pay rise hit pensioners").
  if (words.length < 2 || (!ended && tokens.length > words.length)) return undefined;
  const last = words[words.length - 1].replace(/^.*-/, '');
  if (last.length < 3 || GENERIC.test(fold(last))) return undefined;
  return { head: fold(last), word: last, modifier: fold(words[0].replace(/-.*$/, '')) };
}
/** Before a figure: a tally and "in" ("five goals in", "10 tries in his last", "three wins in the past"). */
const TALLY_SPAN = /(?:^|[^\p{L}\p{N}])(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\s+(?:(?:league|cup|international|career)\s+)?\p{L}{3,}s\s+in\s+(?:(?:his|her|their|its|my|our|the|just|only)\s+)?(?:(?:last|first|past|opening|previous)\s+)?$/iu;
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|these|those)$/;
/** Up to four words after a figure, to the end of its clause. */
const COMPOUND_WORDS = /^\s+([^\s.,;:!?"”)]+(?:\s+[^\s.,;:!?"”)]+){0,3})/;
const PHRASE_AFTER = /^\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)/u;
/** A plural noun: "caps", "patients", "cuts" (not "across", "bonus", "this", "less"). */
const PLURAL = /^[\p{L}-]*\p{L}{2}(?:[^sui'’]s|ies)$|^(?:people|children|men|women)$/u;

const TIME_UNIT = /^(?:second|minute|hour|day|week|month|year)$/;
/** Before a duration: its verb, past "for" / "over" and an adverb ("close completely for", "waited", "jailed for"). */
const DURATION_VERB = /(?:^|[^\p{L}])(\p{Ll}{3,})\s+(?:\p{Ll}+ly\s+)?(?:(?:for|over|lasting)\s+)?(?:(?:the|a|about|almost|nearly|some|more\s+than|over|at\s+least)\s+)?$/u;

/** Before a figure: the head of the subject of a verb that sets a level, past a place ("inflation in Northland fell to"). */
const LEVEL_SUBJECT = /(?:(\p{L}{3,})\s+)?(\p{L}{3,})(?:\s+(?:in|across|at|for)\s+(?:the\s+)?\p{Lu}\p{L}+)?\s+(?:(?:rises|rose|risen|falls|fell|fallen|drops|dropped|jumps|jumped|climbs|climbed|slumps|slumped|grows|grew|increased|decreased|declined|slipped|slid|eased|eases|surged|soared|plunged|reached|reaches|hit|hits|came|comes|amounted|amounts|rising|falling|growing|running|standing)(?:\s+(?:up|down|back))?(?:\s+(?:by\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent)?)?\s+(?:to|at)|stood\s+at|stands\s+at|was|is|were|are|totalled|totaled|totals)\s+$/u;
/** Before a figure: what moves at a rate ("pay grew at an annual rate of", "prices rising at a pace of"). */
const RATE_OF = /(\p{L}{3,})\s+(?:(?:rose|rises|rising|fell|falls|falling|grew|grows|growing|increased|increasing|declined|declining|ran|runs|running|expanded|expanding|shrank|shrinking)\s+)(?:at|by)\s+(?:an?|the|its)\s+(?:\p{L}+\s+)?(?:rate|pace)\s+of\s+$/u;
const LEVEL_LAST = /^(?:to|at|was|is|were|are|totalled|totaled|totals)$/i;
/** Heads that count or rate anything: the word before them names the measure ("the death toll", "the inflation rate"). */
const LEVEL_HEAD = /^(?:toll|rate|rates|pace|level|levels|figure|figures|total|number|count|tally)$/;

function levelSubject(tail: string): string | undefined {
  // The pattern is tried at every position of the tail: only when the word before the figure can end it.
  const last = wordBefore(tail);
  if (last === undefined || !LEVEL_LAST.test(last)) return undefined;
  const m = LEVEL_SUBJECT.exec(tail);
  if (!m) return undefined;
  let [, modifier, head] = m;
  // A name is whose figure it is, not what it measures ("Okafor was", "Skyreach is"), unless it opens the clause ("Inflation falls to").
  const capital = (w: string, at: number) => /^\p{Lu}/u.test(w) && /\p{L}/u.test(tail.slice(0, at));
  if (capital(head, m.index + (modifier ? m[0].indexOf(head, modifier.length) : 0))) return undefined;
  head = head.toLowerCase();
  if (LEVEL_HEAD.test(head)) {
    if (!modifier || capital(modifier, m.index)) return undefined;
    head = modifier.toLowerCase();
  }
  if (STOP.has(head) || GENERIC.test(fold(head))) return undefined;
  return fold(head);
}

/** Words that make a length a dimension of something ("340 metres across", "12 metres high"), folded. */
const DIMENSION = /^(?:acro|wide|long|high|tall|deep|diam|leng|widt|heig)$/;
const LENGTH_UNIT = /^(?:metre|m|km|kilometre|mile|foot|feet|ft|yard|cm|mm|centimetre|millimetre|inch)$/;
/** The head of a sentence's subject: "The asteroid", "The new bridge" (its last word before a verb or a comma). */
const SUBJECT_OPENING = /^\s*(?:the|a|an|its|their)\s+(?:[a-z-]+\s+)?([a-z]{3,})\b(?=\s*(?:,|(?:is|was|will|would|could|has|had|measures|measured|stands|stood)\b))/i;
/** After a counting unit adjective: what it is the margin of. */
const MARGIN_NOUN = /^\s*(?:victory|win|defeat|winning\s+margin|margin|majority)\b/i;
/** The unit of a unit adjective whose digits the figure reader took alone: "-vote" of "a 4,120-vote majority". */
const UNIT_AFTER_DIGITS = /^-[a-z]+(?=\s)/i;
/** Before a figure: a win by it ("beat Leeds by", "won the seat by", "take the seat by", "held the ward by"), or a defeat ("to lose by": the same margin from the loser's side); not "leading by", a lead that may change. */
const MARGIN_BY = /\b(?:won|win|wins|winning|beat|beats|beating|beaten|defeated|defeating|lost|lose|loses|losing|unseated|unseating|unseat|ousted|ousting|take|takes|took|taking|taken|held|hold|holds|holding|retained|retains|retain|retaining|carried|carries|carry|clinched|clinches)\b(?:\s+[\p{L}\p{N}'’-]+){0,4}\s+by\s+$/iu;
/** Before a figure: a margin named ("a lead of", "a majority of just over", "Park's margin was"), not "the majority of" a whole. */
const MARGIN_OF = /\b(?:lead|margin|(?<!the\s)majority)\s+(?:of|was|is|had\s+been|stood\s+at)\s+(?:(?:almost|nearly|about|around|some|roughly|more\s+than|just\s+(?:over|under))\s+)?$/i;

/** After a figure: a movement noun and what moved, the last word of its noun phrase ("fall in operating profit"). */
const MOVED_IN = /^\s*(?:rise|rises|fall|falls|drop|drops|increase|increases|decrease|decline|declines|growth|gain|gains|cut|jump|slump)\s+in\s+(?:(?:the|its|their)\s+)?(?:[a-z-]+\s+)?([a-z]{3,})\b/i;
/** Before a figure: what moved, right before its verb ("profit falls 18%", "sales rose by 4%"). */
const MOVER_BEFORE = /([A-Za-z]{3,})\s+(?:rises|rose|risen|falls|fell|fallen|drops|dropped|jumps|jumped|climbs|climbed|slumps|slumped|grows|grew|increased|decreased|declined|slipped|slides|slid)\s+(?:by\s+)?$/;

/** A verb that names the value it is "at" ("peaked at 8.7 metres", "valued at £96bn"); not one of movement ("rose to"). */
const AT_VERB = /(\p{L}+ed)\s+at\s+$/iu;
/** An absolute clause putting a measure at a value: "with inflation at 3.2%", "With the jobless rate at 4.9%" (its head noun). */
const WITH_AT = /\b[Ww]ith\s+(?:(?:the|its|their|our)\s+)?(?:\p{Ll}+\s+){0,2}?(\p{Ll}{3,})\s+at\s+$/u;

/** The noun of an "of" phrase ending right before a figure, past a bound or an approximation: "gusts of up to", "a peak of". */
const OF_NOUN = /(\p{L}+)\s+of\s+(?:(?:up\s+to|about|around|almost|nearly|roughly|some|more\s+than|less\s+than|fewer\s+than|at\s+least|just\s+(?:over|under))\s+)?(?:the\s+)?$/iu;

/** Buckets that hold every pair of values confusion() can accept: the same digits sorted, the same digits, all but the last digit. */
export function bucketsOf(kind: string, digits: string, text: string, value: number, whole: string): string[] {
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

/** Words ending in "s" that are no plural noun after a count ("14 across the region", "41 is"). */
const NOT_PLURAL = /^(?:less|plus|minus|across|thus|unless|always|perhaps|besides|towards|afterwards|whereas|this|his|its|was|has|does|is|as|us|yes)$/;

/**
 * The noun a count plainly counts: a plural right after it ("41 patients", "140 times") or the unit of a unit adjective
 * ("14-point haul": points). Anything else (an adjective, "41 elderly residents"; a singular, "14 staff") says nothing.
 */
function countedNoun(after: string): string | undefined {
  const m = /^(?:(-)|\s+)(\p{L}+)/u.exec(after);
  if (!m) return undefined;
  const word = m[2].toLowerCase();
  if (m[1]) return word.length > 2 ? fold(word) : undefined;
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !NOT_PLURAL.test(word) && !STOP.has(word) ? fold(word) : undefined;
}

/**
 * For positions asked in increasing order: whether a double quotation mark is open there, curly (an opening after the
 * last closing) or straight (an odd count before it). One pass over the paragraph however many figures it has.
 */
/**
 * The figures of a paragraph while the number words are read: a span inside a longer one read in words is dropped
 * (removeShorterInside), one is added only where none overlaps it. What a search of every span for every match
 * found (quadratic in a long paragraph of numbers in words) is found among the spans starting near the match:
 * they are kept in buckets by start, and no span is longer than the longest yet added. Spans are kept in the
 * order they were added (a dropped one leaves its place), as the list they replace was.
 */
export class SpanSet {
  private readonly all: Span[] = [];
  private readonly dropped = new Set<Span>();
  private readonly buckets = new Map<number, Span[]>();
  private longest = 0;
  /** A span ending before it starts would defeat the buckets: then every span is searched, as before. */
  private reversed = false;

  constructor(spans: Span[]) {
    for (const span of spans) this.add(span);
  }

  add(span: Span): void {
    this.all.push(span);
    if (span.end < span.start) this.reversed = true;
    this.longest = Math.max(this.longest, span.end - span.start);
    const key = Math.floor(span.start / BUCKET);
    const bucket = this.buckets.get(key);
    if (bucket) bucket.push(span);
    else this.buckets.set(key, [span]);
  }

  /** Drops every span inside [start, end) and shorter than it. */
  removeShorterInside(start: number, end: number): void {
    // Such a span starts in [start, end].
    for (const s of this.candidates(start, end + 1)) if (s.start >= start && s.end <= end && s.end - s.start < end - start) this.dropped.add(s);
  }

  /** Whether a span kept overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    // Such a span ends after start, so starts after start − longest, and starts before end.
    for (const s of this.candidates(start - this.longest, end)) if (start < s.end && end > s.start) return true;
    return false;
  }

  live(): Span[] {
    return this.dropped.size === 0 ? this.all : this.all.filter((s) => !this.dropped.has(s));
  }

  /** The spans kept that start in [from, to) (and perhaps a few more), or all of them. */
  private *candidates(from: number, to: number): Generator<Span> {
    if (this.reversed || to - from > this.all.length * BUCKET) {
      for (const s of this.all) if (!this.dropped.has(s)) yield s;
      return;
    }
    for (let key = Math.floor(from / BUCKET); key <= Math.floor((to - 1) / BUCKET); key++) {
      for (const s of this.buckets.get(key) ?? []) if (!this.dropped.has(s)) yield s;
    }
  }
}

const BUCKET = 64;

function quotationReader(prose: string): (at: number) => boolean {
  let from = 0;
  let straight = 0;
  let curlyOpen = false;
  return (at: number) => {
    for (; from < at && from < prose.length; from++) {
      const c = prose[from];
      if (c === '"') straight++;
      else if (c === '\u201C') curlyOpen = true;
      else if (c === '\u201D') curlyOpen = false;
    }
    return curlyOpen || straight % 2 === 1;
  };
}
