// Sentence boundaries from retext's English parser, one block at a time. Parsing per paragraph keeps
// the cost linear (whole-document parsing is superlinear), and the cache means an edit re-parses only
// the paragraph it touched.

import { ParseEnglish } from 'parse-english';
import type { Block } from './document.ts';
import type { Span } from './types.ts';

const parser = new ParseEnglish();
const CACHE_LIMIT = 20_000;
const cache = new Map<string, Span[]>();

/** Sentence spans of a block, as absolute offsets into the draft. */
export function sentencesOf(block: Block): Span[] {
  return relativeSentences(block.prose).map((s) => ({ start: block.start + s.start, end: block.start + s.end }));
}

function relativeSentences(prose: string): Span[] {
  const hit = cache.get(prose);
  if (hit) return hit;
  const spans: Span[] = [];
  const tree = parser.parse(prose);
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode' || !sentence.position) continue;
      spans.push({ start: sentence.position.start.offset!, end: sentence.position.end.offset! });
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(prose, spans);
  return spans;
}

export function clearSentenceCache(): void {
  cache.clear();
}
