// Small text helpers shared by the document model and the rules.

/** Maps UTF-16 offsets to 0-based line/column and back. Lines end after "\n" ("\r\n" counts as one break). */
export class LineIndex {
  readonly starts: number[];
  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    this.starts = starts;
  }
  get lineCount(): number {
    return this.starts.length;
  }
  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    return lastAtOrBefore(this.starts, offset);
  }
  position(offset: number): { line: number; character: number } {
    const line = this.lineOf(offset);
    return { line, character: offset - this.starts[line] };
  }
  offset(line: number, character: number): number {
    if (line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[line] + character, this.lineEnd(line, true));
  }
  /** End of a line's content (before its break), or after the break when `withBreak`. */
  lineEnd(line: number, withBreak = false): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    if (withBreak) return next;
    let end = next;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
  isBlankLine(line: number): boolean {
    return this.text.slice(this.starts[line], this.lineEnd(line)).trim() === '';
  }
}

const QUOTE_FOLD = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DQUOTE_FOLD = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASH_FOLD = /[\u2010-\u2015\u2212]/g;

/** Folds case, quote and apostrophe style, dashes and whitespace, so cosmetic edits don't hide a repeat. */
export function normalizeForComparison(text: string): string {
  return text
    .toLowerCase()
    .replace(QUOTE_FOLD, "'")
    .replace(DQUOTE_FOLD, '"')
    .replace(DASH_FOLD, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words as a copy editor counts them: letters and digits, with inner apostrophes and hyphens. */
export const WORD = /[\p{L}\p{N}]+(?:['\u2019\-.,][\p{L}\p{N}]+)*/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** FNV-1a, 32-bit: cheap and good enough to bucket paragraphs and shingles. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** "2–6" or "2" for 1-based line numbers. */
export function lineRange(first: number, last: number): string {
  return first === last ? `${first}` : `${first}\u2013${last}`;
}

/** In ascending `sorted` (its first value ≤ x), the index of the last value ≤ x. */
export function lastAtOrBefore(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The first index in [0, length) where a monotone test (false for a prefix, true from there on) holds, or `length`:
 * the one binary search the engine and the rules share (sentences by offset, figures by offset, spans by start).
 */
export function partitionPoint(length: number, holds: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * English number words, the one list the rules' number readers build on: the units ("zero" … "nine", index = value),
 * the teens with "ten" ("ten" … "nineteen", index + 10) and the tens ("twenty" … "ninety", index × 10; 0 and 1 empty).
 */
export const UNIT_WORDS: readonly string[] = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
export const TEEN_WORDS: readonly string[] = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
export const TENS_WORDS: readonly string[] = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Month names, January first (a Date's month index). */
export const MONTH_NAMES: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_KEYS = MONTH_NAMES.map((m) => m.slice(0, 3).toLowerCase());
/** A month (0–11) from its name or an abbreviation, by its first three letters ("Sept.", "nov"); -1 when it names none. */
export function monthIndex(word: string): number {
  return MONTH_KEYS.indexOf(word.slice(0, 3).toLowerCase());
}
/** Weekday names, Sunday first (a Date's getUTCDay() index). */
export const WEEKDAY_NAMES: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
