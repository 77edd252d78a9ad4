// Sentence boundaries from retext's English parser, one block at a time. Parsing per paragraph keeps
// the cost linear (whole-document parsing is superlinear), and the cache means an edit re-parses only
// the paragraph it touched.

import { ParseEnglish } from 'parse-english';
import type { Block } from './document.ts';
import type { Span } from './types.ts';
import { paragraphCache } from './cache.ts';

const parser = new ParseEnglish();
const cache = paragraphCache<string, Span[]>();

/** Sentence spans of a block, as absolute offsets into the draft. */
export function sentencesOf(block: Block): Span[] {
  return relativeSentences(block.prose).map((s) => ({ start: block.start + s.start, end: block.start + s.end }));
}

function relativeSentences(prose: string): Span[] {
  return cache.through(prose, parseSentences);
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
