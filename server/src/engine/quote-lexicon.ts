// What the quote scanner knows about words: elisions written with a leading apostrophe (’cause, ’til,
// ’49ers), words an apostrophe ends (goin’, th’, students’), and measurements whose marks are primes
// (6' 1", 12½", 33°51'25"). Lists are small and general on purpose: the scanner's look-ahead settles the
// rest (an unknown ’word is an apostrophe unless a closing mark follows for it to pair with).

/** Words that follow a leading apostrophe (lower case, letters only): ’em, ’tis, ’cause, ’bout, … */
const LEADING = new Set(
  (
    'em tis twas til twill twould twere tweren twon twasn tisn twixt tween cause cos coz cuz bout round n nuff neath gainst ' +
    'fraid scuse sup spect spects member cept ave ead ome er im e ello ere ow alf appen ard ol ole kay nother niners nam bama ' +
    's t d ll re ve m un fore'
  ).split(' '),
);

/**
 * After a ‘ (an opening mark, so the writer or autocorrect meant a quote more often than not) only the
 * classic elisions count: ‘a disgrace’ or ‘er, no’ opens a quote even when it is never closed.
 */
const LEADING_AFTER_OPENING_MARK = new Set('em tis twas til twill twould twere tweren twon twasn tisn twixt tween cause cos coz cuz bout n nuff neath gainst niners'.split(' '));

/** Whole words an apostrophe ends in dialect and quoted speech: th’, o’, an’, wi’, i’, didn’. */
const TRAILING = new Set('th o an wi i didn fo ma tha ol doin nothin somethin yer goin'.split(' '));

const LETTERS = /^[\p{L}]+/u;
/** ’90s, ’85, ’04, ’49ers: two digits after the mark, then nothing or s/ers/er. */
const DECADE = /^\d\d(?:s|ers?)?(?![\p{L}\p{N}])/u;

/** The word after a leading apostrophe is an elision (’tis, ’Cause, ’Niners). */
export function isLeadingElision(after: string, openingMark = false): boolean {
  const word = LETTERS.exec(after)?.[0];
  if (word === undefined || !(openingMark ? LEADING_AFTER_OPENING_MARK : LEADING).has(word.toLowerCase())) return false;
  // A one-letter elision (’s why, ’T is, ’a brushed) needs a word after it: 'a alone is a quoted letter.
  return word.length > 1 || word === 'n' || /^(?:\s\S|['\u2019]\p{L})/u.test(after.slice(1));
}

export function isDecade(after: string): boolean {
  return DECADE.test(after);
}

/**
 * An apostrophe is the likelier reading of a mark after this word: plural possessives (students’,
 * Jones’, Sams’), dropped g (comin’, goin’), dialect (th’, o’). Such a mark still closes a quote when
 * no later mark could.
 */
export function endsLikeApostrophe(word: string): boolean {
  return /[sSzZ]$/.test(word) || endsLikeDialect(word);
}

/** Dialect and dropped g only (th’, wi’, comin’): such a mark rarely closes a quote; students’ often does. */
export function endsLikeDialect(word: string): boolean {
  const lower = word.toLowerCase();
  if (TRAILING.has(lower)) return true;
  // Dropped g: comin’, lookin’, sayin’ — lower case (Berlin’, Putin’ are names) and not again’, protein’.
  return word === lower && lower.length >= 5 && /[^aeiu]in$/.test(lower);
}

/** The letters before offset `end` (the word a mark follows). */
export function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /\p{L}/u.test(text[start - 1])) start--;
  return text.slice(start, end);
}

const FOOT = /['\u2019\u2018\u2032]/;
const INCH = /["\u201D\u201C\u2033]|''/;

/**
 * A mark after a number that is a prime: feet/minutes (5'10", 6 ' 1", 48°51'N, 5'×4') or
 * inches/seconds (5'10", 12½", 30.5", 11.5"×14", 33°51'25"). `len` is 2 for a doubled '' inch mark.
 * A plain number before a closing mark ("Apollo 13", "M25") is not enough: that is settled by pairing.
 */
export function isPrime(text: string, at: number, len: number): boolean {
  const c = text.slice(at, at + len);
  let k = at - 1;
  if (text[k] === ' ' && /\d/.test(text[k - 1] ?? '')) k--; // 6 ' 1 "
  if (!/[\d½¼¾⅛⅜⅝⅞]/.test(text[k] ?? '')) return false;
  const before = text.slice(Math.max(0, k - 14), k + 1);
  const after = text.slice(at + len, at + len + 14);
  if (FOOT.test(c) && len === 1) {
    if (/^\d/.test(after)) return true; // 5'10, 51'25
    if (/^\s?\d+(?:[.,]\d+)?\s?(?:["\u201D\u201C\u2033]|'')/.test(after)) return true; // 5' 11", 6 ' 1 "
    if (/°\s?\d+$/.test(before)) return true; // 40° 41' N
    if (/^\s?[×x]\s?\d/.test(after)) return true; // 35'×10"
    if (/[×x]\s?\d+(?:[.,]\d+)?$/.test(before) && /\d\s?['\u2032]\s?[×x]/.test(text.slice(Math.max(0, k - 24), k + 1))) return true; // 5'×4'
    return false;
  }
  if (INCH.test(c)) {
    if (/\d\s?['\u2019\u2018\u2032]\s?\d+(?:[.,]\d+)?$/.test(before)) return true; // 5'10", 6' 1", 51'25"
    if (/[½¼¾⅛⅜⅝⅞]$/.test(before)) return true; // 12½"
    // 30.5", 11,5" — but not a thousands group (2,000) or money ($2.50), which a closing quote follows.
    if (/\d(?:\.\d+|,\d{1,2})$/.test(before) && !/[$£€¥]\d*[.,]?\d*$/.test(before) && !/[\p{L}]/u.test(after[0] ?? '')) return true;
    if (/^\s?[×x]\s?\d/.test(after)) return true; // 11"×14"
    if (/\d\s?["\u2033]\s?[×x]\s?\d+(?:[.,]\d+)?$/.test(before)) return true; // 11"×14"
    if (len === 2) return true; // 5'' — a doubled apostrophe after a number is an inch mark
    return false;
  }
  return false;
}
