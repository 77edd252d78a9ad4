// Figures: the numbers in a paragraph that make a claim — counts, amounts and rates ("6,941",
// "2.1 million", "£300m", "38%", "9 per cent", "1,200 tonnes", "two million", "one in five") — as
// spans of the paragraph's prose. Numbers that only place or name something are not figures: years,
// dates, times, ages, durations, ordinals, decades, scores, numbers inside names and identifiers
// ("G7", "COVID-19", "Boeing 737", "Article 5", "10 Downing Street"), small counts in words and vague
// quantities ("thousands of").
//
// One pass over the prose with precompiled regexes; every context check is a sticky regex at a known
// offset or a look at a few characters behind, so the cost is linear in the paragraph.

import type { Span } from '../../engine/types.ts';
import { partitionPoint, TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from '../../engine/text.ts';
import { paragraphCache } from '../../engine/cache.ts';

// ---------------------------------------------------------------------------------------------
// Vocabulary

const GAP = '\\s{1,4}';
const SMALL_UNIT = UNIT_WORDS.slice(1).join('|');
const TEEN = TEEN_WORDS.join('|');
const TENS = TENS_WORDS.slice(2).join('|');
/** A number in words below a hundred: "seven", "fifteen", "forty-two". */
const WORD_NUMBER = `(?:(?:${TENS})(?:[-\\s](?:${SMALL_UNIT}))?|${TEEN}|${SMALL_UNIT})`;
const WORD_SCALE = 'hundred|thousand|million|billion|trillion';

/** "two million", "forty-five thousand", "three and a half million", "half a million", "a billion". */
const WORD_AMOUNT = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:(?<count>${WORD_NUMBER})(?:${GAP}and${GAP}a${GAP}half)?|(?<article>a|half${GAP}a|a${GAP}quarter${GAP}of${GAP}a|three${GAP}quarters${GAP}of${GAP}a))` +
    `[\\s-]{1,4}(?<scale>${WORD_SCALE})(?:[\\s-]{1,4}(?:thousand|million|billion))?(?![\\p{L}\\p{N}])`,
  'giu',
);
/** "nine per cent", "forty-five percent". */
const WORD_PERCENT = new RegExp(`(?<![\\p{L}\\p{N}-])${WORD_NUMBER}${GAP}(?:per${GAP}?cent|percent)(?![\\p{L}\\p{N}])`, 'giu');
/** Rates: "one in five", "1 in 10", "eight out of 10". */
const RATE = new RegExp(
  `(?<![\\p{L}\\p{N},.-])(?:${WORD_NUMBER}|\\d{1,3})${GAP}(?:in|out${GAP}of)${GAP}(?:${WORD_NUMBER}|\\d{1,3}(?:,\\d{3})*)(?![\\p{L}\\p{N}]|[.,]\\d)`,
  'giu',
);
/** "a hundred thousand": a second scale makes "a" a count. */
const COMPOUND_SCALE = /(?:hundred|thousand)[\s-]+(?:thousand|million|billion)$/i;
const IN_BEFORE = /(?:^|\s)in\s{1,3}$/i;
const IDIOM_AFTER = /\s{1,3}(?:times|miles|reasons|ways|things|questions)\b/iy;
/** What makes "two in three" a tally of attempts rather than a rate. */
const RATE_NOT_AFTER = /[\s-]{1,4}(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|games?|matches|races|attempts|tries|seasons|starts|innings|sets|rounds|the)\b/iy;

/** A numeral: "50,000", "2.1", "1989", "10.30". */
const NUMERAL = /\d+(?:[.,]\d+)*/g;

/** Currency written before the amount: "£", "$", "US$", "€", "USD ", "Rs ". */
const CURRENCY_BEFORE = /(?:(?:US|A|AU|C|CA|NZ|HK|S|NT|R|Mex)?\$|[£€¥₹₦₩₽₺]|\b(?:USD|EUR|GBP|JPY|CHF|CNY|RMB|INR|AUD|CAD|NZD|HKD|ZAR|Rs\.?|Rp|SAR|AED|NGN|KES)\s{0,2})$/;

// What follows a numeral (sticky regexes, applied at the numeral's end).
const SCALE_ATTACHED = /(?:bn|mn|tn|trn|m|b|k)(?![\p{L}\p{N}])/uy;
const SCALE_ATTACHED_CAPS = /(?:BN|Bn|M|B|K)(?![\p{L}\p{N}])/uy;
const SCALE_WORDS = new RegExp(`${GAP}(?:(?:hundred|thousand)(?:${GAP}(?:million|billion))?|million|billion|trillion|crore|lakh)(?![\\p{L}\\p{N}])`, 'iuy');
const PERCENT = /\s{0,4}%|\s{1,4}(?:per\s{0,2}cent|percent|percentage\s{1,4}points?|basis\s{1,4}points|bps)(?![\p{L}\p{N}])/iuy;
const UNIT_ATTACHED =
  /(?:km\/h|m\/s|mm|cm|km|kg|mg|g|lbs?|oz|ft|mph|kph|kmh|ha|ml|l|C|F|°[CF]?|kWh|MWh|GWh|TWh|kW|MW|GW|TW|GB|TB|MB|bpd|p|x|pc|pts?|sq\s?(?:km|m|ft|mi))(?![\p{L}\p{N}])/uy;
const UNIT_SPACED =
  /\s{1,4}(?:km\/h|(?:metric\s{1,4})?tonnes?|tons?|kg|kilos?|kilo(?:gram|metre|meter)s?|grams?|mg|lbs?|ounces?|oz|mm|cm|km|metres?|meters?|miles?|mph|km\/h|kph|ft|feet|foot|inch(?:es)?|yards?|acres?|hectares?|ha|sq\s?(?:km|m|ft|mi)|square\s{1,4}(?:miles?|metres?|meters?|kilometres?|kilometers?|feet|km)|cubic\s{1,4}(?:metres?|meters?|feet)|litres?|liters?|gallons?|barrels?|bpd|°[CF]?|degrees(?:\s{1,4}(?:Celsius|Fahrenheit|C|F))?|kWh|MWh|GWh|TWh|kW|MW|GW|TW|megawatts?|gigawatts?|volts?|GB|TB|MB|dollars|euros|pounds|pence|cents|yen|rupees|yuan|francs|roubles|rubles|knots|calories|decibels|dB|points?)(?![\p{L}\p{N}])/iuy;
const DISTANCE_UNIT = /^(?:km|kilometres?|kilometers?|metres?|meters?|miles?|ft|feet|foot|yards?)$/i;
/** "30 miles north of Kyiv", "5km from the border", "200 metres away": a location, not a claim. */
const LOCATION_AFTER =
  /\s{1,4}(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|northeast|northwest|southeast|southwest|inland|offshore|upstream|downstream|further)\s{1,4}(?:of|from)|from|away|outside|off)\b/iy;

const TIME_AFTER =
  /\s{0,2}(?:a\.m\.|p\.m\.|am(?![\p{L}\p{N}])|pm(?![\p{L}\p{N}])|hrs(?![\p{L}\p{N}])|h(?![\p{L}\p{N}])|(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|PT|IST)(?![\p{L}\p{N}])|local\s+time|o['’]clock)/uy;
const AGE_AFTER = /(?:-|\s{1,4})(?:years?|yrs?|months?|weeks?|days?)(?:-|\s{1,4})olds?(?![\p{L}\p{N}])/iuy;
const DURATION_AFTER =
  /(?:-|\s{1,4})(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|weekends?|fortnights?|months?|years?|yrs?|decades?|centuries|century|generations?|innings)(?![\p{L}\p{N}])/iuy;
/** A numeral in a compound adjective: "a 40-page report", "a 5,000-strong crowd". */
const HYPHEN_WORD = /-(\p{L}+)/uy;
/** Compound adjectives that still state a figure. */
const FIGURE_COMPOUNDS = new Set(['strong', 'point', 'magnitude', 'fold', 'plus', 'odd', 'percent', 'per', 'million', 'billion', 'thousand', 'mile', 'kilometre', 'kilometer', 'tonne', 'ton', 'acre', 'hectare', 'vote', 'seat']);
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const MONTH_AFTER = new RegExp(`(?:\\s{1,4}of)?\\s{1,4}(?:${MONTH})\\.?(?![\\p{L}])`, 'uy');
const MONTH_BEFORE = new RegExp(`(?<![\\p{L}])(?:${MONTH})\\.?\\s{1,4}(?:the\\s{1,4})?$`, 'u');
/** "10 Downing Street", "221 Baker Street". */
const ADDRESS_AFTER =
  /(?:\s{1,3}[A-Z][\p{L}'’]+){1,3}\s{1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Place|Square|Terrace|Way|Boulevard|Blvd|Close|Crescent|Court|Row|Gardens|Parade|Broadway|Highway|Embankment|Plaza|Circle|Mews|Walk|Quay|Wharf|Yard|Green)\b/uy;
/** Words that make a following year-like numeral a count: "2000 people". */
const COUNT_NOUN_AFTER =
  /\s{1,4}(?:more|new|extra|additional|other|people|persons|jobs|homes|houses|households|families|residents|patients|workers|staff|employees|students|pupils|children|adults|deaths|cases|troops|soldiers|officers|police|migrants|refugees|protesters|voters|votes|members|businesses|firms|companies|schools|beds|vehicles|cars|flights|passengers|visitors|users|customers|signatures|seats|applications|complaints|arrests|incidents|crimes|nurses|doctors|teachers|civilians|fighters|prisoners|inmates|victims|properties|animals|trees|acres|tonnes|sites|posts|shops|stores|branches|units|claims|hectares)(?![\p{L}\p{N}])/iuy;
/** Quantity words before a year-like numeral that make it a count: "more than 2000". */
const QUANTITY_BEFORE =
  /(?<![\p{L}])(?:more\s+than|over|nearly|almost|some|at\s+least|fewer\s+than|less\s+than|a\s+total\s+of|an\s+estimated|another|a\s+further|just\s+over|just\s+under|roughly|approximately|an\s+additional|an\s+extra)\s{1,4}$/iu;
/** "an average of 47 minutes", "a median wait of 18 weeks": durations that are statistics. */
const AVERAGE_BEFORE = /(?<![\p{L}])(?:average|averaging|averaged|median|mean|typical)(?:\s+[\p{L}]+){0,2}?(?:\s+of)?\s{1,4}$/iu;
const PHONE_BEFORE = /(?:\+\d{1,3}|(?<![\d.,])0\d{1,4})(?:[ -]\d{2,5}){0,3}[ -]$/;
const AGE_BEFORE = /(?<![\p{L}])(?:aged|age|ages|ageing|age\s+of|aged\s+between|ages\s+of|aged\s+from|aged\s+over|aged\s+under)\s{1,4}$/iu;
/** "Gareth Lewis, 67", "his wife, 43" or "Ms Ahmed (34)": a name or a person, then an age. */
const NAME_COMMA_BEFORE =
  /(?:\p{Lu}[\p{L}'’.-]*|(?<![\p{L}])(?:wife|husband|partner|son|daughter|mother|father|brother|sister|grandmother|grandfather|friend|boy|girl|man|woman|victim|driver|pilot|suspect|student|teacher|nurse|doctor|officer|soldier|resident|worker|owner|farmer|mother-of-\w+|father-of-\w+))\s?,\s{1,3}$/u;
const NAME_PAREN_BEFORE = /\p{Lu}[\p{L}'’.-]*\s{1,3}\($/u;
const AGE_END_AFTER = /(?:,|\.(?!\d)|;|:|\)|\s{1,3}(?:and|who)(?![\p{L}]))|\s*$/uy;
/** Scores: "won 3-1", "a 2-2 draw". */
const SCORE_BEFORE = /(?<![\p{L}])(?:won|win|wins|winning|lost|lose|loses|losing|beat|beats|beating|drew|draw|draws|drawing|led|lead|leads|leading|trailed|trail|trails|trailing|defeated|edged|thrashed|routed|scored|scoring|finished|ended|ending)\s{1,3}$/iu;
/** The next set in "won 6-4, 6-3". */
const SET_SCORE_BEFORE = /(?<![\d.,])\d{1,2}[-–]\d{1,2},\s{1,3}$/;
const SCORE_AFTER = /\s{1,3}(?:win|victory|defeat|draw|loss|lead|scoreline|thrashing|triumph|home|away|aggregate|on\s+aggregate|in\s+(?:the|their|his|her)\s+(?:final|semi-final|quarter-final|match|game|tie))(?![\p{L}])/iuy;
const RANGE_JOIN = /\s{0,3}(?:-|–|—|to|and)\s{0,3}(?=(?:(?:US|A|C|NZ|HK)?\$|[£€¥₹])?\d)/uy;
const BETWEEN_BEFORE = /(?<![\p{L}])(?:between|from)\s{1,4}(?:(?:US|A|C|NZ|HK)?\$|[£€¥₹])?$/iu;
const CURRENCY_AT = /(?:(?:US|A|AU|C|CA|NZ|HK|S)?\$|[£€¥₹₦₩₽₺])/uy;
const NUMERAL_AT = /\d+(?:[.,]\d+)*/y;
const LIST_MARKER_AFTER = /[.)]\s/y;
/** Letters glued to a numeral: "st" in "21st", "G" in "5G", "pm" in "3pm". */
const GLUED = /[\p{L}.'’]+/uy;
const NOTE_AFTER = /\s{1,4}(?:notes?|bills?|coins?)(?![\p{L}])/iuy;
const OF_AFTER = /\s{1,4}of(?![\p{L}])/iuy;
/** A word just before a numeral (letters, digits, &, apostrophes, inner dots), and the gap to it. */
const WORD_BEFORE = /([\p{L}][\p{L}\p{N}&'’.]*)\s{1,3}$/u;

/** Nouns that number things rather than count them: "page 3", "Article 5", "junctions 3 and 4", "top 10". */
const ID_NOUNS = new Set(
  ('page p pp chapter ch section sec article art clause paragraph para step part episode season series volume vol issue item ' +
    'game match round stage phase level tier category grade room flight gate platform terminal route bus junction exit model ' +
    'version channel number size type class form schedule rule amendment resolution bill act proposition prop top figure fig ' +
    'table appendix exhibit row column seat lot unit block ward cell lane pier apartment flat suite line verse psalm mark formula ' +
    'covid windows iphone boeing airbus apollo division league war district zone region highway interstate motorway key').split(' '),
);
/**
 * Capitalised words that may stand before a figure: sentence-initial function, quantity and
 * auxiliary words, months and weekdays. Any other capitalised word right before a numeral makes the
 * numeral part of a name ("Boeing 737", "FTSE 100").
 */
const NOT_NAME_WORDS = new Set(
  ('a an the this that these those its their his her our my your we they he she it i you them us me ' +
    'about above across after against all almost along already also although amid among and another any approximately around as at ' +
    'barely be because before below between beyond both but by circa close despite down during each either estimated even every ' +
    'exactly excluding except fewer first for from fully further given half if in including into just last least less like maybe ' +
    'minus more most much near nearly next nor now of off on once only onto or other out over overall per perhaps plus possibly ' +
    'precisely probably rather roughly since so some still than then there here thus till to today tomorrow together tonight total ' +
    'toward towards twice under unlike until up upon versus via well what when where whereas whether which while who whom whose with ' +
    'within without yesterday yet exceeding exceeds topped reached hit reaching ' +
    'is are was were be been has have had do does did will would could should can might must shall how why ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun').split(' '),
);
/** Lowercase prefixes in "mid-2020", "under-18s", "post-2008": not names. */
const HYPHEN_PREFIXES = new Set(['mid', 'pre', 'post', 'over', 'under', 'late', 'early', 'top', 'near', 'sub', 'record', 'all', 'non', 'anti', 'circa', 'ca', 'c', 'ex', 'about', 'some', 'nearly', 'almost', 'around']);

// ---------------------------------------------------------------------------------------------
// Detection

// In the engine's bounded cache, so clearCaches() empties it with the others (a cold lint is cold).
const cache = paragraphCache<string, Span[]>('unattributed-figure:figures');

/**
 * Figures in a block's prose, as offsets relative to the prose, in order. Cached per prose. In a
 * heading, capitalised words are Title Case rather than names ("Storm Leaves 300 Homes Dark").
 */
export function figuresIn(prose: string, heading = false): Span[] {
  return cache.through(heading ? `\u0001${prose}` : prose, () => detect(prose, heading));
}

function detect(prose: string, heading: boolean): Span[] {
  const text = blankUrls(prose);
  const spans: Span[] = [];
  collectWordFigures(text, spans);
  // Word figures first: a numeral inside one ("1 in 10") is not reported again.
  const taken = spanReach(spans);
  let cursor = 0;
  NUMERAL.lastIndex = 0;
  for (let m = NUMERAL.exec(text); m; m = NUMERAL.exec(text)) {
    const start = m.index;
    if (start < cursor) continue;
    if (taken(start + 1, start)) continue;
    const figure = readNumeralFigure(text, start, start + m[0].length, heading);
    cursor = figure.consumed;
    NUMERAL.lastIndex = Math.max(NUMERAL.lastIndex, figure.consumed);
    if (figure.span) spans.push(figure.span);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * For a fixed set of spans, whether any starts before `before` and ends after `after`:
 * `spans.some((s) => s.start < before && s.end > after)`. The spans are sorted by start (a copy) with the
 * farthest end reached so far, so each question is a binary search, where testing every span for every
 * figure was quadratic in a long paragraph. `reach(end, start)` asks whether one overlaps [start, end).
 */
export function spanReach(spans: readonly Span[]): (before: number, after: number) => boolean {
  const sorted = spans.slice().sort((a, b) => a.start - b.start);
  const farthest: number[] = [];
  for (let i = 0; i < sorted.length; i++) farthest.push(Math.max(sorted[i].end, i > 0 ? farthest[i - 1] : -Infinity));
  return (before, after) => {
    const from = partitionPoint(sorted.length, (i) => sorted[i].start >= before);
    return from > 0 && farthest[from - 1] > after;
  };
}

/** Bare URLs and e-mail addresses (plain text keeps them in its prose) are not prose. */
const URLISH = /\b(?:https?:\/\/|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+/g;
function blankUrls(prose: string): string {
  if (!prose.includes('://') && !prose.includes('www.') && !prose.includes('@')) return prose;
  return prose.replace(URLISH, (url) => ' '.repeat(url.length));
}

/** Each word pattern with a cheap guard (same flags) that must match before the pattern is run. */
const WORD_PATTERNS: [RegExp, RegExp][] = [
  [RATE, /\s(?:in|out\s{1,4}of)\s/iu],
  [WORD_AMOUNT, /hundred|thousand|million|billion|trillion/iu],
  [WORD_PERCENT, /cent/iu],
];

function collectWordFigures(text: string, out: Span[]): void {
  for (const [re, guard] of WORD_PATTERNS) {
    // A cheap test first: most paragraphs have no word that could start such a figure.
    if (!guard.test(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((s) => start < s.end && end > s.start)) continue;
      if (re === RATE && (at(RATE_NOT_AFTER, text, end) || /\d[.,]$/.test(text.slice(Math.max(0, start - 2), start)))) continue;
      if (re === WORD_AMOUNT && !wordAmountCounts(text, start, end, m.groups!)) continue;
      if (re !== RATE && (at(DURATION_AFTER, text, end) || at(AGE_AFTER, text, end))) continue;
      out.push({ start, end });
    }
  }
}

/** "a hundred" and "a thousand" are manner of speaking; "one in a million" and "a million times" are idioms. */
function wordAmountCounts(text: string, start: number, end: number, groups: Record<string, string | undefined>): boolean {
  if (groups.article === undefined) return true;
  const scale = groups.scale!.toLowerCase();
  const compound = COMPOUND_SCALE.test(text.slice(start, end));
  if ((scale === 'hundred' || scale === 'thousand') && !compound) return false;
  return !IN_BEFORE.test(text.slice(Math.max(0, start - 6), start)) && !at(IDIOM_AFTER, text, end);
}

interface Amount {
  /** Start (currency included) and end (scale, percent or unit included). */
  start: number;
  end: number;
  core: string;
  coreStart: number;
  coreEnd: number;
  currency: boolean;
  scale: boolean;
  percent: boolean;
  unit: string | undefined;
  /** Letters glued to the numeral that are none of the above ("5G", "21st", "1990s", "3pm"). */
  suffix: string | undefined;
}

interface Read {
  span?: Span;
  /** Where scanning resumes: past a range's second numeral, so it is not read again. */
  consumed: number;
}

function readNumeralFigure(text: string, coreStart: number, coreEnd: number, heading: boolean): Read {
  const first = readAmount(text, coreStart, coreEnd, lookBackCurrency(text, coreStart));
  let end = first.end;
  let last = first;
  let isRange = false;
  let joiner = '';
  // A range or a change: "20-30", "£2m-£3m", "between 20 and 30", "3% to 5%".
  const join = execAt(RANGE_JOIN, text, first.end);
  if (join && first.suffix === undefined) {
    joiner = join[0].trim();
    const lead = text.slice(Math.max(0, first.start - 24), first.start);
    // "between 20 and 30", "junctions 3 and 4"; otherwise "and" joins two figures.
    const allowed = joiner !== 'and' || BETWEEN_BEFORE.test(lead) || isIdNounBefore(lead);
    const numeralStart = first.end + join[0].length;
    const currency = execAt(CURRENCY_AT, text, numeralStart);
    const secondCore = execAt(NUMERAL_AT, text, numeralStart + (currency ? currency[0].length : 0));
    if (allowed && secondCore) {
      const s = numeralStart + (currency ? currency[0].length : 0);
      const second = readAmount(text, s, s + secondCore[0].length, currency ? numeralStart : undefined);
      // "3% to 5%", "20 to 30 people" are one figure; "fell 2% to 4,000 points" are two.
      const sameKind = joiner !== 'to' || !(first.percent || first.unit || first.scale || first.currency) || (first.percent === second.percent && first.unit === second.unit);
      // "from $120m in 2010 to $410m": a year then an amount are not one range; each figure is named alone.
      const yearThenAmount = /^(?:1\d{3}|20\d{2})$/.test(first.core) && !(first.percent || first.unit || first.scale || first.currency) && (second.percent || second.unit !== undefined || second.scale || second.currency);
      if ((second.suffix === undefined || joiner !== '-') && sameKind && !yearThenAmount) {
        isRange = true;
        last = second;
        end = second.end;
      }
    }
  }
  const consumed = isRange ? last.coreEnd : first.coreEnd;
  if (!isFigure(text, first, isRange ? last : undefined, joiner, heading)) return { consumed };
  // A figure is reported up to its scale, percent or unit: "£300m", "9 per cent", "1,200 tonnes".
  return { span: { start: first.start, end }, consumed };
}

function lookBackCurrency(text: string, coreStart: number): number | undefined {
  const before = text.slice(Math.max(0, coreStart - 6), coreStart);
  const m = CURRENCY_BEFORE.exec(before);
  return m ? coreStart - m[0].length : undefined;
}

function readAmount(text: string, coreStart: number, coreEnd: number, currencyStart: number | undefined): Amount {
  const amount: Amount = {
    start: currencyStart ?? coreStart,
    end: coreEnd,
    core: text.slice(coreStart, coreEnd),
    coreStart,
    coreEnd,
    currency: currencyStart !== undefined,
    scale: false,
    percent: false,
    unit: undefined,
    suffix: undefined,
  };
  let pos = coreEnd;
  const scale = execAt(SCALE_ATTACHED, text, pos) ?? (amount.currency ? execAt(SCALE_ATTACHED_CAPS, text, pos) : null) ?? execAt(SCALE_WORDS, text, pos);
  if (scale) {
    amount.scale = true;
    pos += scale[0].length;
  }
  const percent = execAt(PERCENT, text, pos);
  if (percent) {
    amount.percent = true;
    pos += percent[0].length;
  } else {
    const unit = (isLetter(text.charCodeAt(pos)) || text[pos] === '°' ? execAt(UNIT_ATTACHED, text, pos) : null) ?? execAt(UNIT_SPACED, text, pos);
    if (unit && !(unit[0].trim() === 'p' && amount.scale)) {
      amount.unit = unit[0].trim();
      pos += unit[0].length;
    }
  }
  if (!amount.scale && !amount.percent && amount.unit === undefined && isLetter(text.charCodeAt(coreEnd))) {
    amount.suffix = execAt(GLUED, text, coreEnd)?.[0] ?? '';
  }
  amount.end = pos;
  return amount;
}

function isFigure(text: string, first: Amount, second: Amount | undefined, joiner: string, heading: boolean): boolean {
  const { core, coreStart, coreEnd } = first;
  const last = second ?? first;
  const strong = first.currency || first.scale || first.percent || first.unit !== undefined || (second !== undefined && (second.currency || second.scale || second.percent || second.unit !== undefined));
  const prev = text[coreStart - 1] ?? '';
  const prev2 = text[coreStart - 2] ?? '';
  const next = text[last.coreEnd] ?? '';
  const next2 = text[last.coreEnd + 1] ?? '';

  // Glued to letters or digits: "G7", "MH370", "5G", "21st", "1990s", "3pm".
  if (!first.currency && (isLetter(prev.charCodeAt(0)) || prev === '_' || prev === '#')) return false;
  if (first.suffix !== undefined || second?.suffix !== undefined) return false;
  // "COVID-19", "F-35", "Bill C-11" — but "mid-2020", "under-18s" are read on.
  if (!first.currency && (prev === '-' || prev === '\u2011') && isLetter(prev2.charCodeAt(0))) {
    const word = /[\p{L}]+$/u.exec(text.slice(Math.max(0, coreStart - 12), coreStart - 1))?.[0] ?? '';
    if (!HYPHEN_PREFIXES.has(word.toLowerCase())) return false;
  }
  // Part of a date, time, ratio or reference: "10:30", "24/7", "2024-03-04", "1.2.3", "0800".
  if ((prev === ':' || prev === '/' || prev === '-' || prev === '.') && isDigit(prev2.charCodeAt(0))) return false;
  if ((next === ':' || next === '/') && isDigit(next2.charCodeAt(0))) return false;
  if (next === '-' && isDigit(next2.charCodeAt(0)) && !second) return false;
  if (/\..*\./.test(core) || /^0\d/.test(core)) return false;
  if (prev === '+' && /^\s\d/.test(text.slice(last.coreEnd, last.coreEnd + 2))) return false;
  // Phone numbers: "01632 960 123", "+44 20 7946 0958".
  if (PHONE_BEFORE.test(text.slice(Math.max(0, coreStart - 24), coreStart))) return false;

  const before = text.slice(Math.max(0, first.start - 40), first.start);
  const integer = /^\d+$/.test(core) ? Number(core) : undefined;

  // Times: "3 pm", "10.30am", "0900 GMT".
  if (!first.percent && !first.currency && at(TIME_AFTER, text, last.coreEnd)) return false;
  // Ages: "a 41-year-old", "aged 67", "Gareth Lewis, 67", "Ms Ahmed (34)".
  if (at(AGE_AFTER, text, last.coreEnd) || at(AGE_AFTER, text, first.coreEnd)) return false;
  if (!strong && AGE_BEFORE.test(before)) return false;
  if (!strong && !second && integer !== undefined && integer <= 120) {
    if (NAME_COMMA_BEFORE.test(before) && at(AGE_END_AFTER, text, coreEnd)) return false;
    if (NAME_PAREN_BEFORE.test(before) && next === ')') return false;
  }
  // Durations: "for 20 years", "a 90-minute meeting", "48 hours" — but "an average of 47 minutes" is a statistic.
  if (!first.currency && !first.percent && first.unit === undefined && at(DURATION_AFTER, text, last.end) && !AVERAGE_BEFORE.test(before)) return false;
  // Compound adjectives: "a 40-page report" (but "a 5,000-strong crowd", "a 10-point lead").
  if (!second || joiner !== '-') {
    const hyphen = execAt(HYPHEN_WORD, text, last.end);
    if (hyphen && !first.currency && !first.percent && !first.scale && !FIGURE_COMPOUNDS.has(hyphen[1].toLowerCase())) return false;
  }
  // Dates: "3 March", "March 3", "14th of October".
  if (!strong && integer !== undefined && integer >= 1 && integer <= 31) {
    if (at(MONTH_AFTER, text, coreEnd) || at(MONTH_AFTER, text, last.end) || MONTH_BEFORE.test(before)) return false;
  }
  // Years and seasons: "in 1989", "2023-24", "the 2024 election" — unless a count: "more than 2000 people".
  if (!strong && integer !== undefined && core.length === 4 && integer >= 1000 && integer <= 2099) {
    const count = at(COUNT_NOUN_AFTER, text, last.end) || QUANTITY_BEFORE.test(before);
    if (!count || (second && joiner === '-')) return false;
  }
  // Scores: "won 3-1", "a 2-2 draw".
  if (second && (joiner === '-' || joiner === '–') && !strong && integer !== undefined && integer <= 200 && /^\d+$/.test(second.core) && Number(second.core) <= 200) {
    if (SCORE_BEFORE.test(before) || SET_SCORE_BEFORE.test(before) || at(SCORE_AFTER, text, second.end)) return false;
  }
  // "100%" as emphasis ("100% committed"), not as a share ("100% of the funds").
  if (first.percent && !second && core === '100' && !at(OF_AFTER, text, first.end)) return false;
  // "a £5 note".
  if (first.currency && !first.scale && at(NOTE_AFTER, text, last.end)) return false;
  // Locations: "30 miles north of Kyiv".
  if (last.unit && DISTANCE_UNIT.test(last.unit) && at(LOCATION_AFTER, text, last.end)) return false;
  // List markers in plain text: "1. First point", "(2)".
  if (!strong && integer !== undefined && integer <= 50 && /(?:^|\n)\s*$/.test(before) && at(LIST_MARKER_AFTER, text, coreEnd)) return false;
  if (!strong && integer !== undefined && integer <= 20 && prev === '(' && next === ')') return false;
  // Names and identifiers: "Boeing 737", "Article 5", "page 12", "No 10", "10 Downing Street".
  if (!strong && isNameNumber(before, heading)) return false;
  if (!strong && at(ADDRESS_AFTER, text, last.end)) return false;
  return true;
}

function isIdNounBefore(before: string): boolean {
  const m = WORD_BEFORE.exec(before);
  return m !== null && isIdNoun(m[1].replace(/\.$/, ''));
}

/** "page", "Article", "junctions" — in lower case or capitalised, singular or plural. */
function isIdNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (word !== lower && !/^\p{Lu}\p{Ll}/u.test(word)) return false;
  return ID_NOUNS.has(lower) || (lower.endsWith('s') && ID_NOUNS.has(lower.slice(0, -1)));
}

function isNameNumber(before: string, heading: boolean): boolean {
  const m = WORD_BEFORE.exec(before);
  if (!m) return false;
  const word = m[1].replace(/\.$/, '');
  if (/['’]s$/.test(word)) return false;
  const lower = word.toLowerCase();
  if (isIdNoun(word)) return true;
  if (word === 'No' || word === 'Nos') return true;
  if (heading) return false;
  const initial = word.charCodeAt(0);
  const capitalised = initial >= 65 && initial <= 90 ? true : /^\p{Lu}/u.test(word);
  return capitalised && !NOT_NAME_WORDS.has(lower);
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function execAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function at(re: RegExp, text: string, pos: number): boolean {
  re.lastIndex = pos;
  return re.test(text);
}

function isLetter(code: number): boolean {
  if (Number.isNaN(code)) return false;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  return code > 127 && /\p{L}/u.test(String.fromCharCode(code));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
