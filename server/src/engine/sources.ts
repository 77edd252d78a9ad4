// Quote sources (transcripts, notes, press releases): which files, read once, and an index to look
// quotations up in.
//
// The index is a word → positions map over every source's words (folded for case and apostrophe
// style), built once per set of files and rebuilt only when a file's mtime or size changes. A verbatim
// lookup anchors on the quote's rarest word and verifies in place; a close match votes for alignments
// (position − offset in the quote) with the quote's words and aligns words around the best few. Each
// lookup is cached per index, so a keystroke re-checks only the quotation it touched.

import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import fg from 'fast-glob';
import { parse as parseYaml } from 'yaml';
import { LineIndex } from './text.ts';
import { WORD, words } from './text.ts';
import type { Problem } from './types.ts';
import { relativeInside } from './paths.ts';
import { checkReadable, readTextSafely } from '../host/safe-read.ts';

const ELLIPSIS = /\u2026|\.\s*\.\s*\./;
/** The default of the `maxSourceSize` setting. */
export const MAX_SOURCE_BYTES = 20_000_000;
/** Words this frequent do not vote for close matches (they would only add noise and time). */
const MAX_VOTE_POSTINGS = 5000;
const GLOB_TTL_MS = 2000;
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

// ---------------------------------------------------------------------------------------------
// Which files

export interface SourceRequest {
  /** Globs from settings, relative to `base`. */
  globs: string[];
  base?: string;
  /** Globs from the draft's front matter, relative to the draft's folder. */
  draftGlobs: string[];
  draftDir?: string;
  /** Nothing outside this folder is read. */
  root?: string;
}

const globCache = new Map<string, { at: number; files: string[] }>();

/** The source files for a draft, absolute and sorted; refused and empty globs are reported. */
export function sourceFiles(request: SourceRequest, problem: (p: Problem) => void): string[] {
  const files = new Set<string>();
  const expand = (globs: string[], base: string | undefined, where: string) => {
    for (const glob of globs) {
      if (!base) continue;
      const root = request.root ?? base;
      const target = isAbsolute(glob) ? resolve(glob) : resolve(base, glob);
      if (!inside(root, target)) {
        problem({ message: `Source "${glob}" (${where}) is outside the workspace folder ${root}; it is not read` });
        continue;
      }
      const found = globFiles(glob, base);
      if (found.length === 0) problem({ message: `Source "${glob}" (${where}) matches no files` });
      // One message per glob, however many files it reaches through a link out of the workspace.
      const leaving: string[] = [];
      for (const file of found) {
        let real = file;
        try {
          real = realpathSync(file);
        } catch {
          continue;
        }
        if (!inside(realRoot(root), real)) {
          leaving.push(file);
          continue;
        }
        files.add(file);
      }
      if (leaving.length === 1) problem({ message: `Source file ${leaving[0]} (${where}) leads outside the workspace folder ${root}; it is not read` });
      else if (leaving.length > 1) problem({ message: `Source "${glob}" (${where}): ${leaving.length.toLocaleString('en')} files lead outside the workspace folder ${root} (through a link); they are not read` });
    }
  };
  expand(request.globs, request.base, 'sources setting');
  expand(request.draftGlobs, request.draftDir, 'front matter');
  return [...files].sort();
}

function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

export function inside(root: string, path: string): boolean {
  return relativeInside(root, path) !== undefined;
}

function globFiles(glob: string, base: string): string[] {
  const key = base + '\u0000' + glob;
  const now = Date.now();
  const hit = globCache.get(key);
  if (hit && now - hit.at < GLOB_TTL_MS) return hit.files;
  let files: string[];
  if (!fg.isDynamicPattern(glob)) {
    const path = resolve(base, glob);
    try {
      files = statSync(path).isFile() ? [path] : [];
    } catch {
      files = [];
    }
  } else {
    files = fg.sync(isAbsolute(glob) ? fg.convertPathToPattern(glob) : glob, { cwd: base, absolute: true, onlyFiles: true, followSymbolicLinks: true, suppressErrors: true });
  }
  globCache.set(key, { at: now, files });
  return files;
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

interface SourceFile {
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

const fileCache = new Map<string, { mtimeMs: number; size: number; file: SourceFile }>();
const indexCache = new Map<string, SourceIndex>();
const INDEX_CACHE_LIMIT = 4;

function loadFile(path: string, problem: (p: Problem) => void, maxBytes: number): SourceFile | undefined {
  // Regular files only (never a FIFO or a device), no larger than the `maxSourceSize` setting.
  const limits = { maxBytes };
  const checked = checkReadable(path, limits);
  if (!checked.ok) {
    problem({ message: `Source ${path} is not read: ${checked.reason}${checked.reason.startsWith('it is larger') ? ' (setting maxSourceSize)' : ''}` });
    return undefined;
  }
  const stat = checked.stat;
  const hit = fileCache.get(path);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.file;
  const read = readTextSafely(path, limits);
  if (!read.ok) {
    problem({ message: `Source ${path} is not read: ${read.reason}` });
    return undefined;
  }
  const text = read.text;
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    words.push(fold(m[0]));
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const file: SourceFile = { path, text, lines: new LineIndex(text), words, starts, ends };
  fileCache.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, file });
  return file;
}

/** The index of these files, rebuilt when one of them changes. */
export function sourceIndex(paths: readonly string[], problem: (p: Problem) => void, maxBytes = MAX_SOURCE_BYTES): SourceIndex | undefined {
  const files: SourceFile[] = [];
  for (const path of paths) {
    const file = loadFile(path, problem, maxBytes);
    if (file) files.push(file);
  }
  if (files.length === 0) return undefined;
  // A file object is replaced when the file changes, so identity is the index's key.
  const key = files.map((f) => `${f.path}\u0000${fileCache.get(f.path)!.mtimeMs}\u0000${fileCache.get(f.path)!.size}`).join('\u0001');
  let index = indexCache.get(key);
  if (!index) {
    index = new SourceIndex(files);
    if (indexCache.size >= INDEX_CACHE_LIMIT) indexCache.delete(indexCache.keys().next().value as string);
    indexCache.set(key, index);
  }
  return index;
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

export function displayPath(path: string, root: string | undefined): string {
  if (!root) return path;
  return relativeInside(root, path) || path;
}

