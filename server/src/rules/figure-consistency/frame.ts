// figure-consistency: a figure's frame: its period against another's (with the draft's own year for "this
// year"), and its places.

import type { DraftDocument } from '../../engine/document.ts';
import type { FigureMention } from './mention.ts';

/** Another time: both figures placed in time and not alike, or only one set in the past or in a year. */
export function frameConflict(a: FigureMention, b: FigureMention): boolean {
  if (a.frame.length && b.frame.length) {
    // "This year" is the draft's own year when the draft dates itself: "31,742 this year" / "the total for 2026".
    const fa = draftYear ? a.frame.map((x) => (x === 'this year' ? draftYear! : x)) : a.frame;
    const fb = draftYear ? b.frame.map((x) => (x === 'this year' ? draftYear! : x)) : b.frame;
    return !fa.some((x) => fb.includes(x));
  }
  // A year on one side only is often the story's own ("the £4.5bn deal signed in 2024"); a period in the past is not.
  // "Annual" names a yearly kind of figure ("its annual pre-tax profit"), not another period than the story's.
  const dated = (f: FigureMention) => f.frame.some((x) => /last|previous|earlier|ago|before|past|per|each|every|a year|a month|a week|a decade|career|all-time/.test(x));
  return dated(a) || dated(b);
}

/** Each figure named with its own place or group, and none in common ("11 in Kyiv" / "12 in Kharkiv"). */
export function otherPlaces(a: FigureMention, b: FigureMention): boolean {
  return a.places.length > 0 && b.places.length > 0 && !a.places.some((p) => b.places.includes(p));
}

/** The year the draft dates itself with (front matter `date:`, or a dateline), while one lint runs: what "this year" means. */
export let draftYear: string | undefined;

/** Runs `find` with `year` as the draft's own year (the rule sets it for one lint, then clears it). */
export function withDraftYear<T>(year: string | undefined, find: () => T): T {
  draftYear = year;
  try {
    return find();
  } finally {
    draftYear = undefined;
  }
}

const FRONT_MATTER_DATE = /^date:[ \t]*["']?((?:19|20)\d{2})\b/m;
/** A dateline opening the story: "CAIRO, May 6, 2026 (Agency) –", "LONDON, 4 March 2026 –". */
const DATELINE = /^[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}(?:\([^)]{0,30}\))?,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}),?\s+((?:19|20)\d{2})\b/mu;

export function yearOf(doc: DraftDocument): string | undefined {
  if (doc.frontMatter) {
    const m = FRONT_MATTER_DATE.exec(doc.text.slice(doc.frontMatter.start, doc.frontMatter.end));
    if (m) return m[1];
  }
  // A line of the first blocks (a plain-text draft may be one block, headline first).
  for (const block of doc.blocks.slice(0, 3)) {
    const m = DATELINE.exec(block.prose.slice(0, 2000));
    if (m) return m[1];
  }
  return undefined;
}
