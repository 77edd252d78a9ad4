// Quote sources as the engine sees them: an index of the sources' words to look quotations up in,
// built from texts a host has read (host/sources.ts finds, reads and watches the files).
//
// The index is a word → positions map over every source's words (folded for case and apostrophe
// style). A verbatim lookup anchors on the quote's rarest word and verifies in place; a close match
// votes for alignments (position − offset in the quote) with the quote's words and aligns words
// around the best few. Each lookup is cached per index, so a keystroke re-checks only the quotation
// it touched.

import { parse as parseYaml } from 'yaml';
import { LineIndex } from './text.ts';
import { WORD, words } from './text.ts';
import type { Problem } from './types.ts';

const ELLIPSIS = /\u2026|\.\s*\.\s*\./;
/** Words this frequent do not vote for close matches (they would only add noise and time). */
const MAX_VOTE_POSTINGS = 5000;
const RESULT_CACHE_LIMIT = 5000;

export function fold(word: string): string {
  return word.toLowerCase().replace(/\u2019/g, "'");
}

/** A quotation's words, split at ellipses (… or ...), which match any gap. */
export function quoteSegments(text: string): string[][] {
  return text
    .split(ELLIPSIS)
    .map((part) => words(part).map(fold))
    .filter((segment) => segment.length > 0);
}

/** `sources:` from YAML front matter: a string or a list of strings. */
export function frontMatterSources(yaml: string | undefined, problem: (p: Problem) => void): string[] {
  if (!yaml) return [];
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch (error) {
    problem({ message: `Front matter is not valid YAML (${(error as Error).message.split('\n')[0]}); its sources are ignored` });
    return [];
  }
  if (typeof data !== 'object' || data === null || !('sources' in data)) return [];
  const value = (data as { sources: unknown }).sources;
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  if (value !== null && value !== undefined) problem({ message: 'Front matter "sources" must be a path or a list of paths; ignored' });
  return [];
}

// ---------------------------------------------------------------------------------------------
// The index

export interface SourceFile {
  path: string;
  text: string;
  lines: LineIndex;
  /** Folded words and their offsets in `text`. */
  words: string[];
  starts: number[];
  ends: number[];
}

export interface SourceLocation {
  file: string;
  /** 0-based. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The source's own words at that place (whitespace collapsed). */
  wording: string;
}

export type SourceMatch =
  | { kind: 'verbatim'; location: SourceLocation }
  | { kind: 'close'; location: SourceLocation; similarity: number }
  | { kind: 'none' };

/** A source's text as the index needs it: its folded words and where each is. */
export function sourceFile(path: string, text: string): SourceFile {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    words.push(fold(m[0]));
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { path, text, lines: new LineIndex(text), words, starts, ends };
}

/**
 * What a host gives the engine for quote-source: the index of a draft's sources (the settings' and
 * those its front matter names), and how a source file is named in messages and linked in hovers.
 */
export interface Sources {
  indexFor(draftGlobs: string[], problem: (p: Problem) => void): SourceIndex | undefined;
  display(file: string): string;
  link(file: string, line: number): string;
}

export class SourceIndex {
  /** Global word positions: file number and the word's number in that file. */
  private readonly fileOf: Int32Array;
  private readonly wordOf: Int32Array;
  private readonly words: string[];
  private readonly postings = new Map<string, number[]>();
  private readonly results = new Map<string, SourceMatch>();

  constructor(readonly files: readonly SourceFile[]) {
    const total = files.reduce((n, f) => n + f.words.length, 0);
    this.fileOf = new Int32Array(total);
    this.wordOf = new Int32Array(total);
    this.words = new Array<string>(total);
    let g = 0;
    files.forEach((file, f) => {
      for (let w = 0; w < file.words.length; w++, g++) {
        this.fileOf[g] = f;
        this.wordOf[g] = w;
        this.words[g] = file.words[w];
        const list = this.postings.get(file.words[w]);
        if (list) list.push(g);
        else this.postings.set(file.words[w], [g]);
      }
    });
  }

  /** Looks a quotation up (its segments from quoteSegments), verbatim first, then a close match. */
  lookup(segments: string[][], threshold: number): SourceMatch {
    const key = threshold + '\u0000' + segments.map((s) => s.join(' ')).join('\u0001');
    const hit = this.results.get(key);
    if (hit) return hit;
    const match = this.verbatim(segments) ?? (segments.length === 1 ? this.close(segments[0], threshold) : undefined) ?? { kind: 'none' };
    if (this.results.size >= RESULT_CACHE_LIMIT) this.results.delete(this.results.keys().next().value as string);
    this.results.set(key, match);
    return match;
  }

  private fileBounds(g: number): [number, number] {
    const f = this.fileOf[g];
    const first = g - this.wordOf[g];
    return [first, first + this.files[f].words.length];
  }

  private equalAt(g: number, segment: string[], lo: number, hi: number): boolean {
    if (g < lo || g + segment.length > hi) return false;
    for (let k = 0; k < segment.length; k++) if (this.words[g + k] !== segment[k]) return false;
    return true;
  }

  private verbatim(segments: string[][]): SourceMatch | undefined {
    let anchor = 0;
    for (let s = 1; s < segments.length; s++) if (segments[s].length > segments[anchor].length) anchor = s;
    const seg = segments[anchor];
    let rarest = -1;
    let fewest = Infinity;
    for (let k = 0; k < seg.length; k++) {
      const n = this.postings.get(seg[k])?.length ?? 0;
      if (n === 0) return undefined;
      if (n < fewest) {
        fewest = n;
        rarest = k;
      }
    }
    for (const p of this.postings.get(seg[rarest])!) {
      const start = p - rarest;
      const [lo, hi] = this.fileBounds(p);
      if (!this.equalAt(start, seg, lo, hi)) continue;
      // The other segments, in order, with any gap: earliest after, latest before.
      let first = start;
      let last = start + seg.length;
      let ok = true;
      for (let s = anchor + 1; s < segments.length && ok; s++) {
        let g = last;
        while (g < hi && !this.equalAt(g, segments[s], lo, hi)) g++;
        if (g >= hi) ok = false;
        else last = g + segments[s].length;
      }
      for (let s = anchor - 1; s >= 0 && ok; s--) {
        let g = first - segments[s].length;
        while (g >= lo && !this.equalAt(g, segments[s], lo, hi)) g--;
        if (g < lo) ok = false;
        else first = g;
      }
      if (ok) return { kind: 'verbatim', location: this.location(first, last) };
    }
    return undefined;
  }

  private close(quote: string[], threshold: number): SourceMatch | undefined {
    const n = quote.length;
    const votes = new Map<number, number>();
    for (let k = 0; k < n; k++) {
      const list = this.postings.get(quote[k]);
      if (!list || list.length > MAX_VOTE_POSTINGS) continue;
      for (const p of list) {
        // Alignments in the same file only: the diagonal is the quote's first word's position.
        const d = p - k;
        votes.set(d, (votes.get(d) ?? 0) + 1);
      }
    }
    const scored: [number, number][] = [];
    for (const [d, v] of votes) {
      let score = v;
      for (let e = 1; e <= 2; e++) score += (votes.get(d - e) ?? 0) + (votes.get(d + e) ?? 0);
      if (score >= 2) scored.push([d, score]);
    }
    scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    let best: { similarity: number; first: number; last: number } | undefined;
    for (const [d] of scored.slice(0, 5)) {
      const anchor = Math.min(Math.max(d, 0), this.words.length - 1);
      const [lo, hi] = this.fileBounds(anchor);
      const from = Math.max(lo, d - 3);
      const to = Math.min(hi, d + n + 3);
      if (to <= from) continue;
      const aligned = align(quote, this.words, from, to);
      const similarity = 1 - aligned.cost / Math.max(n, aligned.last - aligned.first);
      if (aligned.last > aligned.first && (!best || similarity > best.similarity)) best = { similarity, first: aligned.first, last: aligned.last };
    }
    if (!best || best.similarity < threshold) return undefined;
    return { kind: 'close', location: this.location(best.first, best.last), similarity: best.similarity };
  }

  private location(first: number, last: number): SourceLocation {
    const file = this.files[this.fileOf[first]];
    const start = file.starts[this.wordOf[first]];
    const end = file.ends[this.wordOf[last - 1]];
    const a = file.lines.position(start);
    const b = file.lines.position(end);
    return { file: file.path, line: a.line, column: a.character, endLine: b.line, endColumn: b.character, wording: file.text.slice(start, end).replace(/\s+/g, ' ') };
  }
}

/** Word edit distance of the whole quote against the best-matching stretch of words[from, to). */
function align(quote: string[], words: string[], from: number, to: number): { cost: number; first: number; last: number } {
  const m = to - from;
  let prev = new Int32Array(m + 1);
  let prevStart = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prevStart[j] = j;
  for (let i = 1; i <= quote.length; i++) {
    const cur = new Int32Array(m + 1);
    const curStart = new Int32Array(m + 1);
    cur[0] = i;
    curStart[0] = 0;
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1] + (quote[i - 1] === words[from + j - 1] ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      if (sub <= del && sub <= ins) {
        cur[j] = sub;
        curStart[j] = prevStart[j - 1];
      } else if (del <= ins) {
        cur[j] = del;
        curStart[j] = prevStart[j];
      } else {
        cur[j] = ins;
        curStart[j] = curStart[j - 1];
      }
    }
    prev = cur;
    prevStart = curStart;
  }
  let end = 0;
  for (let j = 1; j <= m; j++) if (prev[j] < prev[end]) end = j;
  return { cost: prev[end], first: from + prevStart[end], last: from + end };
}
