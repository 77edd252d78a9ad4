// Quote sources as the engine sees them: parsed sources' words and the index quotations are looked up
// in (verbatim, close, or by speaker), built from texts a host has read. host/sources.ts finds, reads,
// parses and watches the files; source-formats/ turn bytes into runs of quotable text.
//
// Quote sources (transcripts, notes, statements): which files, read once, and an index to look
// quotations up in.
//
// Each file is parsed by its format (source-formats/: plain text and Markdown with speaker labels,
// WebVTT and SRT cues with times and voices, .docx through mammoth) into words that keep their place
// in the file, their speaker and time. The index is a word → positions map over every source's words
// (folded for case and apostrophe style); a file is re-read only when its mtime or size changes, and
// the index is rebuilt only when a file in it changed. A lookup votes for alignments (position −
// offset in the quotation) with the quotation's less common words, then aligns the whole quotation
// word by word (quote-align.ts) against the source around the best few; results are cached per index.

import { parse as parseYaml } from 'yaml';
import { LineIndex, WORD, lastAtOrBefore } from './text.ts';
import type { Problem } from './types.ts';
import { alignQuote, FILLERS, foldWord, wordCount, type Alignment, type QuoteToken } from './quote-align.ts';
import { formatTime, type ParsedSource, type Run } from './source-formats/text.ts';

/** The default of the `maxSourceSize` setting. */
export const MAX_SOURCE_BYTES = 20_000_000;
/** Words this frequent do not vote for alignments (they would only add noise and time). */
const MAX_VOTE_POSTINGS = 5000;
const RESULT_CACHE_LIMIT = 5000;
/** Alignments tried per quotation. */
const CANDIDATES = 6;
/** Quoted words (the rarest) that vote for places. */
const MAX_VOTERS = 8;

export function fold(word: string): string {
  return foldWord(word);
}

// ---------------------------------------------------------------------------------------------
// Which files

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

/** One source file, parsed: its words with their place, speaker and time, and its own word index. */
export interface SourceFile {
  path: string;
  kind: ParsedSource['kind'];
  text: string;
  lines: LineIndex;
  runs: Run[];
  /** Folded words and their offsets in `text`. */
  words: string[];
  starts: Int32Array;
  ends: Int32Array;
  runOf: Int32Array;
  /** Word → its positions in this file. */
  postings: Map<string, number[]>;
  /** 1 for fillers and stutters (a word said twice in a row), which speech drops silently. */
  skippable: Uint8Array;
}

/** A place in a source: a stretch of its words, located for messages and links. */
export interface SourcePlace {
  file: string;
  kind: ParsedSource['kind'];
  /** 0-based, in the file's text (for .docx, the extracted text). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Seconds into the recording where the stretch starts, when the source has times. */
  time?: number;
  /** Who speaks the stretch's first word, when the source names speakers. */
  speaker?: string;
  /** 1-based paragraph, for documents (.docx) whose lines mean nothing to an editor. */
  paragraph?: number;
  /** Global positions of the stretch's words [first, last). */
  first: number;
  last: number;
}

export interface QuoteMatch {
  alignment: Alignment;
  place: SourcePlace;
}

const windowCache = new WeakMap<SourceFile, Map<string, { from: number; to: number; votes: number }[]>>();

/** A parsed source's words, from its runs, and their index. */
export function sourceFile(path: string, parsed: ParsedSource): SourceFile {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const runOf: number[] = [];
  const postings = new Map<string, number[]>();
  parsed.runs.forEach((run, r) => {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(run.text); m; m = WORD.exec(run.text)) {
      const word = fold(m[0]);
      const list = postings.get(word);
      if (list) list.push(words.length);
      else postings.set(word, [words.length]);
      words.push(word);
      starts.push(run.offset + m.index);
      ends.push(run.offset + m.index + m[0].length);
      runOf.push(r);
    }
  });
  const skippable = new Uint8Array(words.length);
  for (let w = 0; w < words.length; w++) {
    if (FILLERS.has(words[w]) || (w + 1 < words.length && words[w + 1] === words[w] && runOf[w + 1] - runOf[w] <= 1)) skippable[w] = 1;
  }
  return { path, kind: parsed.kind, text: parsed.text, lines: new LineIndex(parsed.text), runs: parsed.runs, words, starts: Int32Array.from(starts), ends: Int32Array.from(ends), runOf: Int32Array.from(runOf), postings, skippable };
}

/** What stands between word w and the word before it: the text between them within a run, else the run's closing punctuation and a space. */
function sepBefore(file: SourceFile, w: number): string {
  if (w <= 0) return '';
  if (file.runOf[w] === file.runOf[w - 1]) {
    const gap = file.text.slice(file.ends[w - 1], file.starts[w]);
    return gap === ' ' ? gap : gap.replace(/\s+/g, ' ');
  }
  const run = file.runs[file.runOf[w - 1]];
  const tail = run.text.slice(file.ends[w - 1] - run.offset);
  return tail.replace(/\s+/g, '') + ' ';
}

/** Clause punctuation in a separator: a quotation that ends at a clause may be extended to one. */
const CLAUSE = /[.!?;:,\u2014\u2013]/;

export class SourceIndex {
  /** Global position of each file's first word: a position is a file's base plus the word's number. */
  private readonly bases: number[] = [];
  readonly size: number;
  private readonly results = new Map<string, QuoteMatch[]>();

  constructor(readonly files: readonly SourceFile[]) {
    let total = 0;
    for (const file of files) {
      this.bases.push(total);
      total += file.words.length;
    }
    this.size = total;
  }

  /** The file number of a global position. */
  fileOf(g: number): number {
    return lastAtOrBefore(this.bases, g);
  }

  private at(g: number): [SourceFile, number] {
    const f = this.fileOf(g);
    return [this.files[f], g - this.bases[f]];
  }

  /**
   * The best alignments of a quotation (its tokens from quoteTokens), best first: the highest score,
   * then the earliest place. Several verbatim places come back as several matches.
   */
  lookup(tokens: readonly QuoteToken[], fillers: 'ignore' | 'strict'): QuoteMatch[] {
    const key = fillers + '\u0000' + tokens.map((t) => (t.kind === 'word' ? t.word : `\u0001${t.kind}`)).join(' ');
    const hit = this.results.get(key);
    if (hit) return hit;
    const matches: QuoteMatch[] = [];
    // The best-voted places over all files, then the whole quotation aligned around each.
    const candidates: { f: number; from: number; to: number; votes: number }[] = [];
    const words = tokens.map((t) => (t.kind === 'word' ? t.word : `\u0001${t.kind}`)).join(' ');
    this.files.forEach((file, f) => {
      // Per file, so when one source changes the others' places are not searched again.
      let windows = windowCache.get(file)?.get(words);
      if (!windows) {
        windows = candidateWindows(file, tokens);
        let cache = windowCache.get(file);
        if (!cache) windowCache.set(file, (cache = new Map()));
        if (cache.size >= RESULT_CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
        cache.set(words, windows);
      }
      for (const w of windows) candidates.push({ f, ...w });
    });
    candidates.sort((a, b) => b.votes - a.votes || a.f - b.f || a.from - b.from);
    for (const { f, from, to } of candidates.slice(0, CANDIDATES)) {
      const file = this.files[f];
      const alignment = alignQuote(tokens, { words: file.words, ...(fillers === 'ignore' ? { skippable: file.skippable } : {}) }, from, to);
      if (!alignment || alignment.matches === 0) continue;
      const base = this.bases[f];
      if (matches.some((m) => m.alignment.first === alignment.first + base && m.alignment.last === alignment.last + base)) continue;
      const moved = { ...alignment, first: alignment.first + base, last: alignment.last + base, steps: alignment.steps.map((s) => (s.s === undefined ? s : { ...s, s: s.s + base })) };
      matches.push({ alignment: moved, place: this.place(moved.first, moved.last) });
    }
    matches.sort((a, b) => b.alignment.score - a.alignment.score || a.alignment.first - b.alignment.first);
    if (this.results.size >= RESULT_CACHE_LIMIT) this.results.delete(this.results.keys().next().value as string);
    this.results.set(key, matches);
    return matches;
  }

  /** Where a stretch of global positions [first, last) is. */
  place(first: number, last: number): SourcePlace {
    const [file, a] = this.at(first);
    const b = a + (last - 1 - first);
    const start = file.lines.position(file.starts[a]);
    const end = file.lines.position(file.ends[b]);
    const run = file.runs[file.runOf[a]];
    return {
      file: file.path,
      kind: file.kind,
      line: start.line,
      column: start.character,
      endLine: end.line,
      endColumn: end.character,
      ...(run.time !== undefined ? { time: run.time } : {}),
      ...(run.speaker !== undefined ? { speaker: run.speaker } : {}),
      ...(file.kind === 'document' ? { paragraph: paragraphOf(file, file.starts[a]) } : {}),
      first,
      last,
    };
  }

  /** Speakers of a stretch, in order, each once. */
  speakers(first: number, last: number): (string | undefined)[] {
    const out: (string | undefined)[] = [];
    for (let g = first; g < last; g++) {
      const [file, w] = this.at(g);
      const speaker = file.runs[file.runOf[w]].speaker;
      if (!out.includes(speaker)) out.push(speaker);
    }
    return out;
  }

  /** The source's words [first, last) as written, with what stands between them; `drop` leaves words out. */
  render(first: number, last: number, drop: ReadonlySet<number> = new Set()): string {
    let out = '';
    let pendingSep = '';
    for (let g = first; g < last; g++) {
      const [file, w] = this.at(g);
      if (drop.has(g)) {
        // "we, um, fixed" → "we fixed"; "the, the roof" → "the roof".
        if (out !== '') pendingSep = pendingSep === '' ? sepBefore(file, w) : pendingSep;
        continue;
      }
      if (out !== '') out += pendingSep === '' ? sepBefore(file, w) : joinSeps(pendingSep, sepBefore(file, w));
      pendingSep = '';
      out += file.text.slice(file.starts[w], file.ends[w]);
    }
    return out;
  }

  /** Is there a clause boundary (punctuation, a new turn or the end of the file) just before position g? */
  boundaryBefore(g: number): boolean {
    if (g <= 0 || g >= this.size || this.fileOf(g) !== this.fileOf(g - 1)) return true;
    const [file, w] = this.at(g);
    return CLAUSE.test(sepBefore(file, w)) || file.runs[file.runOf[w]].breakBefore === true && file.runOf[w] !== file.runOf[w - 1];
  }

  /** Same speaker and file for g and the word before it. */
  sameTurn(g: number): boolean {
    if (g <= 0 || g >= this.size || this.fileOf(g) !== this.fileOf(g - 1)) return false;
    const [file, w] = this.at(g);
    return file.runs[file.runOf[w]].speaker === file.runs[file.runOf[w - 1]].speaker;
  }

  /** Where a place is, for messages: "transcripts/interview.txt:5", "meeting.vtt at 00:04:10", "statement.docx, paragraph 3". */
  static where(place: SourcePlace, display: (file: string) => string): string {
    const path = display(place.file);
    if (place.kind === 'subtitles') return place.time !== undefined ? `${path} at ${formatTime(place.time)}` : `${path}:${place.line + 1}`;
    if (place.kind === 'document') return `${path}, paragraph ${place.paragraph ?? 1}`;
    return `${path}:${place.line + 1}${place.time !== undefined ? ` at ${formatTime(place.time)}` : ''}`;
  }
}

/** Windows of a file worth aligning a quotation in: around the places its less common words vote for. */
function candidateWindows(file: SourceFile, tokens: readonly QuoteToken[]): { from: number; to: number; votes: number }[] {
  const quoted: { word: string; k: number }[] = [];
  for (const t of tokens) if (t.kind === 'word') quoted.push({ word: t.word, k: quoted.length });
  const n = quoted.length;
  if (n === 0 || file.words.length === 0) return [];
  const gaps = tokens.some((t) => t.kind !== 'word');
  let voters = quoted.filter((q) => {
    const list = file.postings.get(q.word);
    return list !== undefined && list.length <= MAX_VOTE_POSTINGS;
  });
  if (voters.length === 0) {
    // Only very common words: let the rarest two vote anyway.
    voters = quoted
      .filter((q) => file.postings.has(q.word))
      .sort((a, b) => file.postings.get(a.word)!.length - file.postings.get(b.word)!.length)
      .slice(0, 2);
  }
  // The rarest few words vote: enough to find the place, and the cost stays bounded for long quotations.
  voters = voters.sort((a, b) => file.postings.get(a.word)!.length - file.postings.get(b.word)!.length).slice(0, MAX_VOTERS);
  // Votes: diagonals (position − the word's place in the quotation), sorted, counted, and smoothed
  // over ±3 (a word inserted or left out shifts the diagonal).
  let total = 0;
  for (const { word } of voters) total += file.postings.get(word)!.length;
  const diagonals = new Int32Array(total);
  let at = 0;
  for (const { word, k } of voters) for (const p of file.postings.get(word)!) diagonals[at++] = p - k;
  diagonals.sort();
  const ds: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < diagonals.length; i++) {
    if (ds.length > 0 && ds[ds.length - 1] === diagonals[i]) counts[counts.length - 1]++;
    else {
      ds.push(diagonals[i]);
      counts.push(1);
    }
  }
  // A place with a single matching word cannot be a close match (unless the quotation is one word).
  const least = Math.min(2, n);
  const scored: [number, number][] = [];
  for (let i = 0; i < ds.length; i++) {
    let score = counts[i];
    for (let j = i - 1; j >= 0 && ds[i] - ds[j] <= 3; j--) score += counts[j] / (ds[i] - ds[j] + 1);
    for (let j = i + 1; j < ds.length && ds[j] - ds[i] <= 3; j++) score += counts[j] / (ds[j] - ds[i] + 1);
    if (score >= least) scored.push([ds[i], score]);
  }
  scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const pad = gaps ? 400 : 8 + n;
  const windows: { from: number; to: number; votes: number }[] = [];
  const cores: [number, number][] = [];
  for (const [d, score] of scored) {
    if (windows.length >= CANDIDATES) break;
    // A place whose core (where the quotation would lie) overlaps one already taken adds nothing; a
    // window stops short of the other cores, so a quotation said twice close together is found twice.
    if (cores.some(([a, b]) => d < b && a < d + n)) continue;
    let from = Math.max(0, d - pad);
    let to = Math.min(file.words.length, d + n + pad);
    for (const [a, b] of cores) {
      if (b <= d) from = Math.max(from, b);
      if (a >= d + n) to = Math.min(to, a);
    }
    if (to <= from) continue;
    cores.push([d, d + n]);
    windows.push({ from, to, votes: score });
  }
  return windows;
}

function joinSeps(a: string, b: string): string {
  const strong = /[.!?;:]/;
  if (strong.test(a)) return a;
  if (strong.test(b)) return b;
  if (a.includes(',') && b.includes(',')) return ' ';
  return a.length <= b.length ? a : b;
}

function paragraphOf(file: SourceFile, offset: number): number {
  let paragraph = 1;
  let blank = false;
  for (let line = 0; line < file.lines.lineOf(offset); line++) {
    const isBlank = file.lines.isBlankLine(line);
    if (isBlank && !blank) paragraph++;
    blank = isBlank;
  }
  return paragraph;
}

export { wordCount };

/**
 * What a host gives the engine for quote-source: the index of a draft's sources (the settings' and
 * those its front matter names), how a source file is named in messages, and a link to a place in it.
 */
export interface Sources {
  indexFor(draftGlobs: string[], problem: (p: Problem) => void): SourceIndex | undefined;
  display(file: string): string;
  link(file: string, line?: number): string;
}
