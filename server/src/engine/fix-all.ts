// Fix-all until nothing safe is left. A safe fix can reveal another (restyling a quote mark can turn a
// near repeat into an exact one), so fixing runs in passes, re-linting between them; the editor then
// gets the whole change as a few minimal edits against the text it has.

import { diffChars } from 'diff';
import { lint, type LintOptions, type LintResult } from './lint.ts';
import { applyEdits, fixAllEdits } from './edits.ts';
import type { Edit, Finding } from './types.ts';

const MAX_PASSES = 10;

export interface FixedDraft {
  text: string;
  /** The lint of the fixed text. */
  result: LintResult;
  /** How many edits were applied over all passes. */
  count: number;
  /** Edits that turn the original text into `text` (the first pass's own edits when one pass sufficed). */
  edits: Edit[];
  /** Each pass's findings (the lint the pass fixed), so a caller can say what was fixed. */
  passes: Finding[][];
}

export function fixUntilStable(text: string, first: LintResult, options: LintOptions): FixedDraft {
  let current = text;
  let result = first;
  let count = 0;
  let firstEdits: Edit[] | undefined;
  let passes = 0;
  const fixed: Finding[][] = [];
  for (; passes < MAX_PASSES; passes++) {
    const edits = fixAllEdits(result.findings);
    if (edits.length === 0) break;
    fixed.push(result.findings);
    firstEdits ??= edits;
    current = applyEdits(current, edits);
    count += edits.length;
    result = lint(current, options);
  }
  const edits = passes <= 1 ? (firstEdits ?? []) : minimalEdits(text, current);
  return { text: current, result, count, edits, passes: fixed };
}

/** The changes between two texts as offset edits against the first. */
export function minimalEdits(before: string, after: string): Edit[] {
  const edits: Edit[] = [];
  let offset = 0;
  for (const part of diffChars(before, after)) {
    if (part.added) {
      const last = edits[edits.length - 1];
      if (last && last.end === offset) last.text += part.value;
      else edits.push({ start: offset, end: offset, text: part.value });
    } else if (part.removed) {
      const last = edits[edits.length - 1];
      if (last && last.end === offset && last.start === last.end && last.text) last.end = offset + part.value.length;
      else edits.push({ start: offset, end: offset + part.value.length, text: '' });
      offset += part.value.length;
    } else {
      offset += part.value.length;
    }
  }
  return edits;
}
