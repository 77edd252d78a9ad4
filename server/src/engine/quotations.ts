// The quotation scanner shared by the four quote rules: finds quote marks in block prose, tells
// apostrophes (don’t, Iran’s, students’, ’90s, rock ’n’ roll, o’clock) from quotes, pairs marks with
// nesting and follows the news convention for quotes that run over several paragraphs (each paragraph
// opens, only the last one closes).
//
// Why hand-written rather than retext-quotes: the engine does not run a retext pipeline per paragraph
// (only parse-english for sentence spans), retext-quotes does not report unclosed or unopened marks
// nor the multi-paragraph convention, and its apostrophe handling is a per-word guess with no view of
// the surrounding pairs. One linear pass over `prose` (same offsets as the source) does all of it.
//
// Per-block scans are cached by block kind and prose, so an edit re-scans only the paragraph it
// touched; the document-level result (pairing across paragraphs) is cached per DraftDocument so the
// four rules share one scan per lint.

import type { Block, DraftDocument } from './document.ts';
import { paragraphCache } from './cache.ts';
import type { Span } from './types.ts';

export type MarkKind = 'double' | 'single';
export type MarkStyle = 'curly' | 'straight';
export type MarkRole = 'open' | 'close' | 'apostrophe';

export interface Mark {
  /** Absolute offset of the mark in the draft (one UTF-16 unit). */
  offset: number;
  char: string;
  kind: MarkKind;
  style: MarkStyle;
  role: MarkRole;
  /** The mark's partner, when paired (index into DocQuotes.marks). */
  partner?: number;
}

export interface Quotation {
  block: Block;
  /** Index of the opening mark in DocQuotes.marks. */
  open: number;
  /** Index of the closing mark; absent for a paragraph of a multi-paragraph quote that does not close. */
  close?: number;
  /** From the opening mark to after the closing mark (or the end of the block). */
  start: number;
  end: number;
  /** The quoted words: after the opening mark, before the closing mark. */
  innerStart: number;
  innerEnd: number;
  /** Inner text from the block's prose. */
  text: string;
  /** 0 for a quotation, 1 for a quote within a quote, … */
  depth: number;
  /** This paragraph's part of a quote continued in the next paragraph. */
  continues?: boolean;
}

export type QuoteProblemKind = 'unclosed' | 'unopened' | 'mismatched' | 'nested-same';

export interface QuoteProblem {
  kind: QuoteProblemKind;
  /** The mark the problem is reported at (index into DocQuotes.marks). */
  mark: number;
  /** For 'mismatched': the opening mark; for 'nested-same': the enclosing opening mark. */
  other?: number;
  block: Block;
}

export interface DocQuotes {
  marks: Mark[];
  quotations: Quotation[];
  problems: QuoteProblem[];
}

// ---------------------------------------------------------------------------------------------
// Characters

export const CURLY = { double: { open: '\u201C', close: '\u201D' }, single: { open: '\u2018', close: '\u2019' } } as const;
export const STRAIGHT = { double: '"', single: "'" } as const;

const MARK_CHARS = /["'\u2018\u2019\u201C\u201D]/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
/** Before an opening mark: start, space, brackets, dashes, slash. */
const OPENS_AFTER = /[\s([{\u2014\u2013\-/]/;
/** After a closing mark: end, space, punctuation. */
const CLOSES_BEFORE = /[\s.,;:!?)\]}\u2014\u2013\-/\u2026*_]/;
/** Elisions written with a leading apostrophe: ’em, ’tis, ’twas, ’til, ’n’. */
const ELISION = /^(?:em|tis|twas|til|n)(?![\p{L}\p{N}])/iu;
const DECADE = /^\d\d(?:s\b|(?![\p{L}\p{N}]))/u;

export function markText(kind: MarkKind, style: MarkStyle, role: MarkRole): string {
  if (style === 'straight') return STRAIGHT[kind];
  if (role === 'apostrophe') return CURLY.single.close;
  return CURLY[kind][role];
}

function isWord(c: string | undefined): boolean {
  return c !== undefined && WORD_CHAR.test(c);
}

// ---------------------------------------------------------------------------------------------
// One block

interface RelMark {
  at: number;
  char: string;
  kind: MarkKind;
  style: MarkStyle;
  role: MarkRole;
  partner?: number;
}

interface RelProblem {
  kind: QuoteProblemKind;
  mark: number;
  other?: number;
}

interface RelQuote {
  open: number;
  close?: number;
  depth: number;
}

interface BlockScan {
  marks: RelMark[];
  /** Closed quotations, and (in `open`) the marks still open at the end, outermost first. */
  quotes: RelQuote[];
  open: number[];
  problems: RelProblem[];
  /** Index of the mark that opens the block (first non-space character), if any. */
  leading?: number;
}

// In the engine's bounded cache, so clearCaches() empties it with the others (a cold lint is cold).
const blockCache = paragraphCache<string, BlockScan>('quote-scan');

function scanBlockCached(block: Block): BlockScan {
  return blockCache.through(block.kind + '\u0000' + block.prose, () => scanProse(block.prose));
}

/** Scans one block's prose: classifies every mark, pairs them, records what is left open. */
export function scanProse(prose: string): BlockScan {
  const marks: RelMark[] = [];
  const quotes: RelQuote[] = [];
  const problems: RelProblem[] = [];
  const stack: number[] = [];
  MARK_CHARS.lastIndex = 0;
  // Last single-mark closing candidate (a ’ or ' not followed by a letter): tells "students’ union"
  // inside a single-quoted passage from the mark that closes it.
  let lastSingleClose = -1;
  for (let i = prose.length - 1; i >= 0; i--) {
    const c = prose[i];
    if ((c === '\u2019' || c === "'") && !isWord(prose[i + 1]) && i > 0 && !SPACE.test(prose[i - 1])) {
      lastSingleClose = i;
      break;
    }
  }

  const top = () => (stack.length ? marks[stack[stack.length - 1]] : undefined);
  const push = (at: number, char: string, kind: MarkKind, style: MarkStyle, role: MarkRole): number => {
    marks.push({ at, char, kind, style, role });
    return marks.length - 1;
  };

  const openMark = (index: number) => {
    const t = top();
    if (t && t.kind === marks[index].kind) problems.push({ kind: 'nested-same', mark: index, other: stack[stack.length - 1] });
    stack.push(index);
  };

  const closeMark = (index: number) => {
    const mark = marks[index];
    // The nearest open mark of the same kind; open marks above it are left unclosed.
    let s = stack.length - 1;
    while (s >= 0 && marks[stack[s]].kind !== mark.kind) s--;
    if (s < 0) {
      const t = top();
      if (t) {
        // A pair of different kinds: ‘ … ” or “ … ’.
        const opener = stack.pop()!;
        problems.push({ kind: 'mismatched', mark: index, other: opener });
        pair(opener, index, stack.length);
      } else {
        problems.push({ kind: 'unopened', mark: index });
      }
      return;
    }
    while (stack.length - 1 > s) problems.push({ kind: 'unclosed', mark: stack.pop()! });
    const opener = stack.pop()!;
    if (marks[opener].style !== mark.style || mark.char === '\u201C') problems.push({ kind: 'mismatched', mark: index, other: opener });
    pair(opener, index, stack.length);
  };

  const pair = (opener: number, closer: number, depth: number) => {
    marks[opener].partner = closer;
    marks[closer].partner = opener;
    quotes.push({ open: opener, close: closer, depth });
  };

  for (let m = MARK_CHARS.exec(prose); m; m = MARK_CHARS.exec(prose)) {
    const i = m.index;
    const c = m[0];
    const prev = i > 0 ? prose[i - 1] : undefined;
    const next = prose[i + 1];
    const openPos = prev === undefined || OPENS_AFTER.test(prev) || isOpeningMark(prev);
    const closePos = next === undefined || CLOSES_BEFORE.test(next) || isClosingMark(next);
    // Feet and inches (5'10", 12") are primes, not quotes.
    if (prev !== undefined && /\d/.test(prev) && ((c === "'" && /\d/.test(next ?? '')) || (c === '"' && !isWord(next)))) continue;

    if (c === '\u201C' || c === '\u201D' || c === '"') {
      const style: MarkStyle = c === '"' ? 'straight' : 'curly';
      let role: 'open' | 'close';
      if (c === '\u201D') role = 'close';
      else if (c === '\u201C') {
        // “ typed where a closing mark belongs (after a word, before a space) closes an open double.
        const t = top();
        role = !openPos && closePos && t?.kind === 'double' ? 'close' : 'open';
      } else if (openPos && !closePos) role = 'open';
      else if (closePos && !openPos) role = 'close';
      else role = top()?.kind === 'double' ? 'close' : 'open';
      const index = push(i, c, 'double', style, role);
      if (role === 'open') openMark(index);
      else closeMark(index);
      continue;
    }

    // Single marks: apostrophe or quote.
    const style: MarkStyle = c === "'" ? 'straight' : 'curly';
    const rest = prose.slice(i + 1, i + 6);
    if (isWord(prev) && isWord(next)) {
      push(i, c, 'single', style, 'apostrophe'); // don't, Iran's, o'clock, rock'n'roll
      continue;
    }
    if (!isWord(prev) && (DECADE.test(rest) || ELISION.test(rest))) {
      push(i, c, 'single', style, 'apostrophe'); // ’90s, ’em, ’tis, the first ’ of ’n’
      continue;
    }
    if (prev === 'n' && (prose[i - 2] === "'" || prose[i - 2] === '\u2019' || prose[i - 2] === '\u2018') && !isWord(prose[i - 3]) && !isWord(next)) {
      push(i, c, 'single', style, 'apostrophe'); // the second ’ of ’n’
      continue;
    }
    const t = top();
    if (c === '\u2018' || (openPos && !closePos && c === "'")) {
      const index = push(i, c, 'single', style, 'open');
      openMark(index);
      continue;
    }
    if (c === '\u2019' && openPos && isWord(next)) {
      // ’ typed as an opening mark (after a space, before a word): treat it as opening.
      const index = push(i, c, 'single', style, 'open');
      openMark(index);
      continue;
    }
    if (isWord(prev)) {
      // students’ / goin’ or the end of a single-quoted passage.
      const singleOpen = t?.kind === 'single';
      const possessive = /[sSzZ]/.test(prev!) && i !== lastSingleClose;
      if (!singleOpen || possessive) {
        push(i, c, 'single', style, 'apostrophe');
        continue;
      }
      closeMark(push(i, c, 'single', style, 'close'));
      continue;
    }
    if (!isWord(prev) && prev !== undefined && !SPACE.test(prev)) {
      // After punctuation (,’ .’ ?’): a closing mark.
      closeMark(push(i, c, 'single', style, 'close'));
      continue;
    }
    // A straight ' alone between spaces, or at an ambiguous place: close an open single, else open.
    const index = push(i, c, 'single', style, t?.kind === 'single' ? 'close' : 'open');
    if (marks[index].role === 'close') closeMark(index);
    else openMark(index);
  }

  let leading: number | undefined;
  const firstText = prose.search(/\S/);
  if (firstText >= 0 && marks.length && marks[0].at === firstText && marks[0].role === 'open') leading = 0;
  return { marks, quotes, open: [...stack], problems, leading };
}

function isOpeningMark(c: string): boolean {
  return c === '\u201C' || c === '\u2018';
}

function isClosingMark(c: string): boolean {
  return c === '\u201D' || c === '\u2019';
}

// ---------------------------------------------------------------------------------------------
// The document

const docCache = new WeakMap<DraftDocument, DocQuotes>();

/** Every mark, quotation and mark problem of a draft; computed once per parsed draft. */
export function quotationsOf(doc: DraftDocument): DocQuotes {
  const hit = docCache.get(doc);
  if (hit) return hit;
  const result: DocQuotes = { marks: [], quotations: [], problems: [] };
  const scans = doc.blocks.map(scanBlockCached);
  doc.blocks.forEach((block, b) => {
    const scan = scans[b];
    const base = result.marks.length;
    for (const mark of scan.marks) {
      result.marks.push({
        offset: block.start + mark.at,
        char: mark.char,
        kind: mark.kind,
        style: mark.style,
        role: mark.role,
        ...(mark.partner !== undefined ? { partner: base + mark.partner } : {}),
      });
    }
    const quotation = (open: number, close: number | undefined, depth: number, continues?: boolean): Quotation => {
      const openAt = block.start + scan.marks[open].at;
      const innerStart = openAt + 1;
      const innerEnd = close !== undefined ? block.start + scan.marks[close].at : block.end;
      return {
        block,
        open: base + open,
        ...(close !== undefined ? { close: base + close } : {}),
        start: openAt,
        end: close !== undefined ? innerEnd + 1 : block.end,
        innerStart,
        innerEnd,
        text: block.prose.slice(innerStart - block.start, innerEnd - block.start),
        depth,
        ...(continues ? { continues } : {}),
      };
    };
    for (const q of scan.quotes) result.quotations.push(quotation(q.open, q.close, q.depth));
    for (const p of scan.problems) {
      result.problems.push({ kind: p.kind, mark: base + p.mark, ...(p.other !== undefined ? { other: base + p.other } : {}), block });
    }
    // Marks still open at the end of the block. The outermost one continues when the next paragraph
    // opens with a mark of the same kind (the multi-paragraph convention); the rest are unclosed.
    const left = scan.open;
    if (left.length === 0) return;
    const nextBlock = doc.blocks[b + 1];
    const nextScan = scans[b + 1];
    const continues =
      block.kind === 'paragraph' &&
      nextBlock?.kind === 'paragraph' &&
      nextScan?.leading !== undefined &&
      nextScan.marks[nextScan.leading].kind === scan.marks[left[0]].kind;
    left.forEach((open, depth) => {
      if (depth === 0 && continues) {
        result.quotations.push(quotation(open, undefined, 0, true));
      } else {
        result.problems.push({ kind: 'unclosed', mark: base + open, block });
      }
    });
  });
  result.quotations.sort((a, b) => a.start - b.start || b.end - a.end);
  result.problems.sort((a, b) => result.marks[a.mark].offset - result.marks[b.mark].offset);
  docCache.set(doc, result);
  return result;
}

/** A quotation's words in the draft: without surrounding space and a trailing comma or full stop (the sentence's). */
export function quotedWords(doc: DraftDocument, q: Quotation): { start: number; end: number } {
  let start = q.innerStart;
  let end = q.innerEnd;
  while (start < end && /\s/.test(doc.text[start])) start++;
  while (end > start && /[\s,.]/.test(doc.text[end - 1])) end--;
  return { start, end };
}

/** A block's closed outermost quotations, relative to its prose (from the same cached scan). */
export function closedQuoteSpans(block: Block): Span[] {
  const scan = scanBlockCached(block);
  return scan.quotes
    .filter((q) => q.close !== undefined && q.depth === 0)
    .map((q) => ({ start: scan.marks[q.open].at, end: scan.marks[q.close!].at + 1 }))
    .sort((a, b) => a.start - b.start);
}
