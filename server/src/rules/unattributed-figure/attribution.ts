// Attribution: does a sentence say where its figures come from? A reporting cue in any tense or voice
// ("said", "according to", "figures from", "(source: …)") that no negation cancels ("declined to say",
// "have not commented"); a sentence that plainly continues an attributed one ("It added…", "Of those,
// …", "A further…"); a quotation that is attributed. The built-in lists are extended by settings.


const CUE_WORDS = (
  'say says said saying tell tells told telling report reports reported reporting ' +
  'estimate estimates estimated estimating estimation stated stating statement statements ' +
  'announce announces announced announcing announcement confirm confirms confirmed confirming confirmation ' +
  'show shows showed shown showing find finds found finding findings publish publishes published publishing ' +
  'cite cites cited citing claimed claiming warn warns warned warning ' +
  'forecasts forecasted forecasting forecaster forecasters expect expects expected expecting ' +
  'predict predicts predicted predicting prediction predictions projected projecting projection projections ' +
  'calculate calculates calculated calculating calculation calculations recorded counted tallied documented ' +
  'verify verifies verified believe believes believed reckon reckons reckoned reveal reveals revealed revealing ' +
  'disclose discloses disclosed admit admits admitted acknowledge acknowledges acknowledged insist insists insisted ' +
  'argue argues argued noted explain explains explained suggest suggests suggested suggesting ' +
  'indicate indicates indicated indicating conclude concludes concluded write writes wrote written ' +
  'tweeted posted quoted quoting allege alleges alleged testified testimony unveil unveils unveiled ' +
  'pledge pledges pledged promised assessed assessment understands learned learnt commented'
).split(' ');

/** Cue phrases, as regex sources. */
const CUE_PATTERNS = [
  'according\\s+to',
  // The verb, not the noun in "cut its profit forecast".
  '(?<!(?:a|the|its|their|his|her|our|this|that|profit|profits|sales|earnings|revenue|growth|budget|weather|official|previous)\\s+)forecast',
  // "she added", but not "the economy added 200,000 jobs".
  'add(?:s|ed|ing)?(?!\\s+(?:[\\p{N}£$€]|a\\s+further|another|more|some|nearly|about|around|almost|over|up\\s+to|roughly|at\\s+least|an?\\s+(?:extra|additional)|one|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|millions|billions|dozens)(?![\\p{L}]))',
  'sources?\\s*:',
  'sources\\s+(?:close\\s+to|familiar\\s+with)',
  // "figures from the ONS", "data compiled by", "documents seen by".
  '(?:figures|data|statistics|numbers|estimates|records|documents|filings|accounts)\\s+(?:from|by|released|published|compiled|collected|gathered|obtained|provided|seen\\s+by)',
  // "a survey by YouGov", "a poll for the Times", "research commissioned by".
  '(?:survey|surveys|poll|polls|polling|study|studies|census|analysis|research|audit|review|report|investigation|inquiry)\\s+(?:by|for|from|conducted|commissioned|carried\\s+out)',
  // "officials put the toll at …".
  'put(?:s|ting)?\\s+(?:the|its|their|his|her|this|that|these|those|a)\\s+(?:[\\p{L}-]+\\s+){0,5}at',
  'seen\\s+by',
  // "The court heard", but not a case that is heard: "appeals waiting to be heard by the tribunal",
  // "400 complaints were heard". The subject of a passive "heard" is the thing heard, not a source.
  '(?<!(?:be|been|being|is|are|was|were)\\s+)heard',
];

/**
 * Desk mode's cue patterns: the same, with the word before "forecast" or "heard" read as a whole word.
 * Strict mode keeps the earlier patterns (its scores must not move), in which the lookbehind also matched
 * the end of a longer word: "The IPMA forecast that …" lost its cue to the "a" that ends "IPMA", "Chris
 * heard" to "is". Session 7, round 3 (held-out-14).
 */
const DESK_CUE_PATTERNS = CUE_PATTERNS.map((p) => p.replace(/^\(\?<!\(\?:/, '(?<!(?<![\\p{L}])(?:'));

/** Words that cancel a cue they stand before, within two words: "did not say", "declined to immediately confirm". */
const NEGATIONS = [
  'not',
  "n['’]t",
  'never',
  'no',
  'nor',
  'neither',
  'nobody',
  'none',
  'without',
  'cannot',
  'unconfirmed',
  'unverified',
  '(?:declined|declines|declining|refused|refuses|refusing|yet|unable|failed|fails|failing)\\s+to',
];

/** "This", "These"… as a subject, but not "this year", "that morning". */
export const DEMONSTRATIVE =
  '(?:this|that|these|those)(?![\\p{L}\\p{N}\'’])(?!\\s+(?:year|week|month|morning|afternoon|evening|night|summer|winter|spring|autumn|season|time|weekend|quarter|decade|century)s?(?![\\p{L}]))';

/** Explicit follow-ons that open a sentence continuing the one before: "A further", "Of those", "In addition". */
export const FOLLOW_ON = [
  'a\\s+further',
  'another',
  'of\\s+(?:those|these|them|whom|which|the)(?![\\p{L}])',
  'among\\s+(?:them|those|these|the)(?![\\p{L}])',
  'in\\s+addition',
  'additionally',
  'also',
  'furthermore',
  '(?:most|some|many|all|half|none|each|both)\\s+of\\s+(?:them|those|these|the)(?![\\p{L}])',
];

/**
 * A sentence that continues the one before it: a pronoun or "the figure" as subject, or an explicit
 * follow-on ("A further", "Of those", "Among them", "In addition").
 */
const CONTINUATION = new RegExp(
  '^[\\s"“‘\'(]*(?:' +
    [
      '(?:it|they|he|she)(?![\\p{L}\\p{N}\'’])',
      DEMONSTRATIVE,
      'the\\s+(?:same|figures?|numbers?|totals?|toll|tally|rate|data|estimates?|count|increase|rise|fall|drop|decline|remainder|remaining|rest|majority|report|survey|study|poll|analysis|review|research)(?![\\p{L}])',
      ...FOLLOW_ON,
    ].join('|') +
    ')',
  'iu',
);

/** A paragraph or sentence that only names a source: "Source: ONS", "(Sources: police, NHS)". */
const SOURCE_NOTE = /^[\s(\[*_]*(?:sources?|data|figures|credit)\s*:/i;

export interface AttributionMatcher {
  /** Is there a cue in the text that no negation cancels? */
  attributes(text: string): boolean;
  /** The first such cue, with its offset. */
  find(text: string): { at: number; text: string } | undefined;
}

let lastKey: string | undefined;
let lastMatcher: AttributionMatcher | undefined;

/** The matcher for the built-in lists plus the user's; compiled once per distinct setting. */
export function attributionMatcher(extraCues: readonly string[] = [], extraNegations: readonly string[] = [], desk = false): AttributionMatcher {
  const key = `${desk ? 'desk' : 'strict'}\u0002${extraCues.join('\u0000')}\u0001${extraNegations.join('\u0000')}`;
  if (key === lastKey && lastMatcher) return lastMatcher;
  lastKey = key;
  lastMatcher = compile(extraCues, extraNegations, desk);
  return lastMatcher;
}

function compile(extraCues: readonly string[], extraNegations: readonly string[], desk: boolean): AttributionMatcher {
  const cues = [...(desk ? DESK_CUE_PATTERNS : CUE_PATTERNS), ...CUE_WORDS, ...extraCues.map(phrase).filter(Boolean)];
  // Longest first, so "according to" is tried before a shorter cue sharing its start.
  // A word joined by a hyphen is another word: "add-ons", "self-reported", "hand-counted".
  const cue = new RegExp(`(?<![\\p{L}\\p{N}]|\\p{L}-)(?:${cues.sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`, 'giu');
  const negations = [...NEGATIONS, ...extraNegations.map(phrase).filter(Boolean)];
  const negated = new RegExp(`(?:(?<![\\p{L}\\p{N}])(?:${negations.join('|')}))\\s+(?:[\\p{L}'’-]+\\s+){0,2}$`, 'iu');
  return {
    attributes(text: string): boolean {
      cue.lastIndex = 0;
      for (let m = cue.exec(text); m; m = cue.exec(text)) {
        if (!negated.test(text.slice(Math.max(0, m.index - 48), m.index))) return true;
      }
      return false;
    },
    find(text: string) {
      cue.lastIndex = 0;
      for (let m = cue.exec(text); m; m = cue.exec(text)) {
        if (!negated.test(text.slice(Math.max(0, m.index - 48), m.index))) return { at: m.index, text: m[0] };
      }
      return undefined;
    },
  };
}

/** A user's word or phrase as a regex source: literal, case-insensitive, any run of spaces. */
function phrase(text: string): string {
  return text
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
}

export function continues(sentence: string): boolean {
  return CONTINUATION.test(sentence);
}

export function isSourceNote(text: string): boolean {
  return SOURCE_NOTE.test(text);
}
