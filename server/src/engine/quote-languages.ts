// Which typographic marks quote in a draft, and how they pair: English by default, or the pairs of
// another newsroom language (the `quotes` setting: "auto", a language tag, or explicit pairs).
//
// Straight " and ' are read the same in every language (wire copy is straight-quoted everywhere). The
// apostrophe ’ is an apostrophe in every language. What changes is the typographic pairs: German closes
// „ with “ and ‚ with ‘ (so “ and ‘ are closing marks there, never openers), French and Swiss copy opens
// with «, German and Danish books with », Polish, Dutch and Hungarian close „ with ”, Swedish and Finnish
// open and close with the same ” and ’.

export interface QuoteLanguage {
  /** "en", "de", … or "custom" for explicit pairs. */
  tag: string;
  /** Opening → closing mark, outer pair first. */
  pairs: [string, string][];
}

/** The typographic pairs of each language, outer pair first. */
export const LANGUAGES: Record<string, [string, string][]> = {
  en: [
    ['\u201C', '\u201D'],
    ['\u2018', '\u2019'],
  ],
  de: [
    ['\u201E', '\u201C'],
    ['\u201A', '\u2018'],
    ['\u00BB', '\u00AB'],
    ['\u203A', '\u2039'],
  ],
  'de-CH': [
    ['\u00AB', '\u00BB'],
    ['\u2039', '\u203A'],
  ],
  fr: [
    ['\u00AB', '\u00BB'],
    ['\u2039', '\u203A'],
    ['\u201C', '\u201D'],
    ['\u2018', '\u2019'],
  ],
  da: [
    ['\u00BB', '\u00AB'],
    ['\u203A', '\u2039'],
    ['\u201E', '\u201C'],
    ['\u201A', '\u2018'],
  ],
  pl: [
    ['\u201E', '\u201D'],
    ['\u00AB', '\u00BB'],
    ['\u201A', '\u2019'],
  ],
  nl: [
    ['\u201E', '\u201D'],
    ['\u201A', '\u2019'],
    ['\u201C', '\u201D'],
    ['\u2018', '\u2019'],
  ],
  hu: [
    ['\u201E', '\u201D'],
    ['\u00BB', '\u00AB'],
  ],
  sv: [
    ['\u201D', '\u201D'],
    ['\u2019', '\u2019'],
    ['\u00BB', '\u00BB'],
  ],
};
LANGUAGES['en-US'] = LANGUAGES['en-GB'] = LANGUAGES.en;
LANGUAGES['de-DE'] = LANGUAGES['de-AT'] = LANGUAGES.de;
LANGUAGES['fr-CH'] = LANGUAGES['it-CH'] = LANGUAGES['de-CH'];
LANGUAGES['fr-FR'] = LANGUAGES.fr;
LANGUAGES.fi = LANGUAGES.sv;
LANGUAGES.cs = LANGUAGES.sk = LANGUAGES.de;
LANGUAGES.ro = LANGUAGES.hu;

const NON_ENGLISH = /[\u201E\u201A\u00AB\u00BB]/;
const TYPOGRAPHIC = /[\u201C\u201D\u201E\u201A\u00AB\u00BB]/g;

/**
 * The language of a `quotes` setting. "auto" (or nothing) reads the draft's own marks; an unknown value
 * falls back to English and says why.
 */
export function quoteLanguage(setting: string | undefined, text: string): { language: QuoteLanguage; problem?: string } {
  const value = (setting ?? 'auto').trim();
  if (value === '' || value === 'auto') return { language: detect(text) };
  const known = LANGUAGES[value] ?? LANGUAGES[value.toLowerCase()] ?? LANGUAGES[value.split(/[-_]/)[0].toLowerCase()];
  if (known) return { language: { tag: value, pairs: known } };
  const pairs = explicitPairs(value);
  if (pairs) return { language: { tag: 'custom', pairs } };
  return {
    language: { tag: 'en', pairs: LANGUAGES.en },
    problem: `"quotes" must be "auto", a language tag (${Object.keys(LANGUAGES).join(', ')}) or pairs such as "«» ‹›", got "${value}"; reading English quotes`,
  };
}

/** "«» ‹›" or "„“ ‚‘": pairs of two marks, separated by spaces or commas. */
function explicitPairs(value: string): [string, string][] | undefined {
  const parts = value.split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0 || parts.some((p) => [...p].length !== 2 || /[\p{L}\p{N}]/u.test(p))) return undefined;
  return parts.map((p) => [...p] as [string, string]);
}

const ENGLISH: QuoteLanguage = { tag: 'en', pairs: LANGUAGES.en };

/** Counts of the marks that tell languages apart, per paragraph (summed over a draft). */
interface MarkCensus {
  low: number;
  left: number;
  englishOpen: number;
  right: number;
  guillemetLeft: number;
  guillemetRight: number;
  rightOpens: number;
}

const EMPTY_CENSUS: MarkCensus = { low: 0, left: 0, englishOpen: 0, right: 0, guillemetLeft: 0, guillemetRight: 0, rightOpens: 0 };

const OPENS_AFTER = /[\s([—–-]/;
const WORD = /[\p{L}\p{N}]/u;

/** The marks of a text that tell languages apart. */
export function census(text: string): MarkCensus {
  const c: MarkCensus = { ...EMPTY_CENSUS };
  TYPOGRAPHIC.lastIndex = 0;
  for (let m = TYPOGRAPHIC.exec(text); m; m = TYPOGRAPHIC.exec(text)) {
    const ch = m[0];
    const before = text[m.index - 1];
    const after = text[m.index + 1];
    const atStart = before === undefined || OPENS_AFTER.test(before);
    const word = after !== undefined && WORD.test(after);
    if (ch === '\u201E' || ch === '\u201A') c.low++;
    else if (ch === '\u201C') {
      // “ opening a word is English; after a word it closes a German „.
      if (atStart && (word || after === '\u2018' || after === "'")) c.englishOpen++;
      else c.left++;
    } else if (ch === '\u201D') {
      c.right++;
      if (atStart && word) c.rightOpens++;
    } else if (ch === '\u00AB' || ch === '\u00BB') {
      // Which guillemet opens: « opening a word (or a spaced French quote), or « closing one after a word.
      const afterWord = before !== undefined && /[\p{L}\p{N}.,!?…]/u.test(before);
      const ends = !word;
      const spaced = after === ' ' || after === '\u00A0' || after === '\u202F';
      if (ch === '\u00AB' && atStart && (word || spaced)) c.guillemetLeft++;
      else if (ch === '\u00BB' && atStart && word) c.guillemetRight++;
      else if (ch === '\u00AB' && afterWord && ends) c.guillemetRight++;
      else if (ch === '\u00BB' && (afterWord || before === ' ' || before === '\u00A0' || before === '\u202F') && ends) c.guillemetLeft++;
    }
  }
  return c;
}

/**
 * The draft's pairs from its own marks: „ closed by “ is German (then “ and ‘ only close, unless the
 * draft also opens English quotes), „ closed by ” Polish/Dutch/Hungarian, guillemets opening with »
 * German/Danish and with « French/Swiss, ” opening a word (and no “) Swedish/Finnish. English “ ” ‘ ’
 * stay readable beside the others. A draft with none of these is English.
 */
export function detect(text: string): QuoteLanguage {
  // Fast path for the common case, run on every lint: no low-9 mark or guillemet, and “ present (or no
  // ” at all) is English without counting anything.
  if (!NON_ENGLISH.test(text) && (text.includes('\u201C') || !text.includes('\u201D'))) return ENGLISH;
  const c = census(text);
  if (c.low === 0 && c.guillemetLeft === 0 && c.guillemetRight === 0) {
    const swedish = c.left === 0 && c.englishOpen === 0 && c.rightOpens > 0;
    return swedish ? { tag: 'sv', pairs: LANGUAGES.sv } : ENGLISH;
  }
  const pairs: [string, string][] = [];
  const tags: string[] = [];
  // German when „ is closed by “ at least as often as anything is closed by ” and “ rarely opens; an
  // English draft quoting one German phrase stays English, with „…“ readable inside it.
  // With no closing mark at all to tell (an unclosed „), German, the commoner newsroom language.
  const german = c.low > 0 && c.left >= c.right && c.englishOpen <= c.low;
  if (c.low > 0) {
    if (german) pairs.push(['\u201E', '\u201C'], ['\u201A', '\u2018']);
    else pairs.push(['\u201E', '\u201D'], ['\u201A', '\u2019'], ...(c.left > 0 ? ([['\u201E', '\u201C']] as [string, string][]) : []));
    tags.push(german ? 'de' : 'pl');
  }
  if (c.guillemetLeft > 0 || c.guillemetRight > 0) {
    const reversed = c.guillemetRight > c.guillemetLeft;
    pairs.push(reversed ? ['\u00BB', '\u00AB'] : ['\u00AB', '\u00BB'], reversed ? ['\u203A', '\u2039'] : ['\u2039', '\u203A']);
    tags.push(reversed ? 'da' : 'fr');
  }
  if (!german || c.englishOpen > 0) pairs.push(...LANGUAGES.en);
  return { tag: tags.join('+'), pairs };
}
