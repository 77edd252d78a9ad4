// Sentence boundaries from retext's English parser, one block at a time, with corrections for news
// copy. Parsing per paragraph keeps the cost linear (whole-document parsing is superlinear), and the
// cache means an edit re-parses only the paragraph it touched.
//
// parse-english does not end a sentence after a number ("The toll was 6,941. Police said …") and
// treats "cent." as an abbreviation ("… 9 per cent. The minister said …"); it also ends a sentence at
// "No." in "No. 10". Each would hand one sentence's words (a source, a quote) to its neighbour.

import { ParseEnglish } from 'parse-english';
import type { Block } from './document.ts';
import type { Span } from './types.ts';
import { paragraphCache } from './cache.ts';

const parser = new ParseEnglish();
const cache = paragraphCache<string, Span[]>();

const NUMBER_END = /(?:\bcent|\d)\.(?=\s+["“‘(]?[\p{Lu}\d])/gu;
const NUMBERING_ABBREVIATION = /(?:^|[\s(])(?:No|Nos|no|Art|art|p|pp|Vol|vol|Sec|sec|Fig|fig|Ch|ch|Para|para|Cl|cl)\.$/;

/** Sentence spans of a block, as absolute offsets into the draft. */
export function sentencesOf(block: Block): Span[] {
  return proseSentences(block.prose).map((s) => ({ start: block.start + s.start, end: block.start + s.end }));
}

/** Sentence spans relative to a block's prose; never empty (a block is at least one sentence). */
export function proseSentences(prose: string): Span[] {
  return cache.through(prose, (p) => refine(p, parseSentences(p)));
}

function parseSentences(prose: string): Span[] {
  const spans: Span[] = [];
  const tree = parser.parse(prose);
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode' || !sentence.position) continue;
      spans.push({ start: sentence.position.start.offset!, end: sentence.position.end.offset! });
    }
  }
  return spans;
}

function refine(prose: string, spans: Span[]): Span[] {
  if (spans.length === 0) return [{ start: 0, end: prose.length }];
  const merged: Span[] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (previous && NUMBERING_ABBREVIATION.test(prose.slice(previous.start, previous.end).trimEnd()) && /^\s*\d/.test(prose.slice(span.start, span.end))) {
      previous.end = span.end;
    } else {
      merged.push({ ...span });
    }
  }
  if (!/(?:cent|\d)\./.test(prose)) return merged;
  const out: Span[] = [];
  for (const span of merged) {
    let start = span.start;
    NUMBER_END.lastIndex = span.start;
    for (let m = NUMBER_END.exec(prose); m && m.index < span.end; m = NUMBER_END.exec(prose)) {
      const cut = m.index + m[0].length;
      out.push({ start, end: cut });
      start = cut;
      while (start < span.end && /\s/.test(prose[start])) start++;
    }
    if (start < span.end) out.push({ start, end: span.end });
  }
  return out;
}
