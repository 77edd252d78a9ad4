// Sentence boundaries from retext's English parser, one block at a time, with corrections for news
// copy. Parsing per paragraph keeps the cost linear (whole-document parsing is superlinear), and the
// cache means an edit re-parses only the paragraph it touched.
//
// parse-english does not end a sentence after a number ("The toll was 6,941. Police said …") and
// treats "cent." as an abbreviation ("… 9 per cent. The minister said …"); it also ends a sentence at
// "No." in "No. 10", and does not end one after "p.m." ("at 8 p.m. The poll …"). Each would hand one sentence's words (a source, a quote) to its neighbour.

import { ParseEnglish } from 'parse-english';
import type { Block } from './document.ts';
import type { Span } from './types.ts';
import { partitionPoint } from './text.ts';
import { paragraphCache } from './cache.ts';

const parser = new ParseEnglish();
const cache = paragraphCache<string, Span[]>('sentences');

// "at 8 p.m. The final poll …" ends a sentence; "at 8 p.m. Friday" or "p.m. ET" does not.
const NUMBER_END =
  /(?:\bcent|\d)\.(?=\s+["“‘(]?[\p{Lu}\d])|\d\s?[ap]\.m\.(?=\s+["“‘(]?\p{Lu})(?!\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|[A-Z]{1,4}T\b|GMT\b|UTC\b|BST\b|CET\b))/gu;
const NUMBERING_ABBREVIATION = /(?:^|[\s(])(?:No|Nos|no|Art|art|p|pp|Vol|vol|Sec|sec|Fig|fig|Ch|ch|Para|para|Cl|cl)\.$/;

/** Sentence spans of a block, as absolute offsets into the draft. */
export function sentencesOf(block: Block): Span[] {
  return proseSentences(block.prose).map((s) => ({ start: block.start + s.start, end: block.start + s.end }));
}

/** Sentence spans relative to a block's prose; never empty (a block is at least one sentence). */
export function proseSentences(prose: string): Span[] {
  return cache.through(prose, (p) => refine(p, parseSentences(p)));
}

/**
 * Longer prose is parsed a window at a time: parse-english slows down superlinearly on one very long
 * paragraph (minutes for a line of a few MB, which the size limit lets through).
 */
const WINDOW = 20_000;

function parseSentences(prose: string): Span[] {
  if (prose.length <= WINDOW) return parseWindow(prose, 0);
  const spans: Span[] = [];
  let from = 0;
  for (;;) {
    const to = windowEnd(prose, from);
    const found = parseWindow(prose.slice(from, to), from);
    if (to === prose.length) return spans.concat(found);
    if (found.length > 1) {
      // The last sentence may run on past the window: keep the others and parse again from its start.
      const last = found.pop()!;
      for (const span of found) spans.push(span);
      from = last.start;
    } else {
      // One sentence longer than a window: it is cut where the window ends.
      for (const span of found) spans.push(span);
      from = to;
    }
  }
}

/** Where a window starting at `from` ends: at a space in its second half if there is one, never inside a surrogate pair. */
function windowEnd(prose: string, from: number): number {
  let to = from + WINDOW;
  if (to >= prose.length) return prose.length;
  for (let i = to - 1; i > from + WINDOW / 2; i--) if (/\s/.test(prose[i])) return i + 1;
  const code = prose.charCodeAt(to - 1);
  if (code >= 0xd800 && code <= 0xdbff) to--;
  return to;
}

function parseWindow(prose: string, offset: number): Span[] {
  const spans: Span[] = [];
  const tree = parser.parse(prose);
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode' || !sentence.position) continue;
      spans.push({ start: offset + sentence.position.start.offset!, end: offset + sentence.position.end.offset! });
    }
  }
  return spans;
}

function refine(prose: string, spans: Span[]): Span[] {
  if (spans.length === 0) return [{ start: 0, end: prose.length }];
  const merged: Span[] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (previous && endsWithNumbering(prose, previous) && /^\s*\d/.test(prose.slice(span.start, span.end))) {
      previous.end = span.end;
    } else {
      merged.push({ ...span });
    }
  }
  if (!/(?:cent|\d|[ap]\.m)\./.test(prose)) return merged;
  // Every cut, found in one pass (matches never overlap); each span takes those that start inside it.
  // Searching from each span's start instead ran on to the next match, quadratic in a long paragraph.
  const cuts: { at: number; cut: number }[] = [];
  NUMBER_END.lastIndex = 0;
  for (let m = NUMBER_END.exec(prose); m; m = NUMBER_END.exec(prose)) cuts.push({ at: m.index, cut: m.index + m[0].length });
  const out: Span[] = [];
  let c = 0;
  for (const span of merged) {
    let start = span.start;
    while (c < cuts.length && cuts[c].at < span.start) c++;
    for (; c < cuts.length && cuts[c].at < span.end; c++) {
      const cut = cuts[c].cut;
      out.push({ start, end: cut });
      start = cut;
      while (start < span.end && /\s/.test(prose[start])) start++;
    }
    if (start < span.end) out.push({ start, end: span.end });
  }
  return out;
}

/** Whether a span ends with "No." or the like; only its last characters are read (merged spans grow). */
function endsWithNumbering(prose: string, span: Span): boolean {
  let end = span.end;
  while (end > span.start && /\s/.test(prose[end - 1])) end--;
  // The longest abbreviation with the character before it fits in 8: a tail that long cannot match at its start.
  return NUMBERING_ABBREVIATION.test(prose.slice(Math.max(span.start, end - 8), end));
}

/**
 * The index of the first sentence holding `at` (`sentences.findIndex((s) => at >= s.start && at < s.end)`), -1 if
 * none. Sentences in order that do not overlap (as proseSentences gives them) are searched by bisection: a search
 * of every sentence for every figure or date was quadratic in a long paragraph. Any other list is searched as before.
 */
export function sentenceFinder(sentences: readonly Span[]): (at: number) => number {
  const known = finders.get(sentences);
  if (known) return known;
  const finder = orderedFinder(sentences);
  finders.set(sentences, finder);
  return finder;
}

/** One finder per list (proseSentences hands out one list per paragraph, cached; no caller changes it). */
const finders = new WeakMap<readonly Span[], (at: number) => number>();

function orderedFinder(sentences: readonly Span[]): (at: number) => number {
  let ordered = true;
  for (let i = 1; i < sentences.length && ordered; i++) if (sentences[i].start < sentences[i - 1].end || sentences[i].start < sentences[i - 1].start) ordered = false;
  if (!ordered) return (at) => sentences.findIndex((s) => at >= s.start && at < s.end);
  return (at) => {
    const after = partitionPoint(sentences.length, (i) => sentences[i].start > at);
    return after > 0 && at < sentences[after - 1].end ? after - 1 : -1;
  };
}
