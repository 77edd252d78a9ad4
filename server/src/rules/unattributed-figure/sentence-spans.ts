// Sentence spans for attribution, from retext's parser (engine/sentences.ts) with corrections for
// news copy. parse-english does not end a sentence after a number ("The toll was 6,941. Police said …")
// and treats "cent." as an abbreviation ("… 9 per cent. The minister said …"), so both would come back
// as one sentence and lend the next sentence's source to the figure; and it ends a sentence at "No."
// in "No. 10".

import type { Block } from '../../engine/document.ts';
import { sentencesOf } from '../../engine/sentences.ts';
import type { Span } from '../../engine/types.ts';

const NUMBER_END = /(?:\bcent|\d)\.(?=\s+["“‘(]?[\p{Lu}\d])/gu;
const NUMBERING_ABBREVIATION = /(?:^|[\s(])(?:No|Nos|no|Art|art|p|pp|Vol|vol|Sec|sec|Fig|fig|Ch|ch|Para|para|Cl|cl)\.$/;

const CACHE_LIMIT = 20_000;
const cache = new Map<string, Span[]>();

/** Sentences of a block as offsets relative to its prose, never empty (a block is at least one sentence). */
export function sentenceSpans(block: Block): Span[] {
  const hit = cache.get(block.prose);
  if (hit) return hit;
  const spans = refine(
    block.prose,
    sentencesOf(block).map((s) => ({ start: s.start - block.start, end: s.end - block.start })),
  );
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(block.prose, spans);
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
