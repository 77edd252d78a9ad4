// --fix and --fix-dry-run: the engine's fix-all in passes, keeping track of WHICH findings each pass
// fixed so the CLI can say exactly what it changed (a fix can remove several findings: deleting a
// repeated block answers the block's finding and each paragraph's).

import { lint, type LintOptions, type LintResult } from '../engine/lint.ts';
import { applyEdits, fixAllEdits } from '../engine/edits.ts';
import { LineIndex } from '../engine/text.ts';
import type { Edit, Finding } from '../engine/types.ts';
import type { FixedFinding } from './located.ts';

const MAX_PASSES = 10;

export interface FixOutcome {
  text: string;
  result: LintResult;
  fixed: FixedFinding[];
}

export function fixWithReport(text: string, first: LintResult, options: LintOptions, visible: (f: Finding) => boolean): FixOutcome {
  let current = text;
  let result = first;
  const fixed: FixedFinding[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits = fixAllEdits(result.findings);
    if (edits.length === 0) break;
    // Positions are told in the draft as it was before --fix for the first pass (what the person
    // saw); a later pass's findings only exist in the partly fixed text, so they are placed there.
    const lines = new LineIndex(current);
    for (const finding of result.findings) {
      if (!visible(finding)) continue;
      const fix = finding.fixes.find((f) => f.safe && f.edits.every((e) => covered(e, edits)));
      // A finding inside text another fix deletes (a quote mark in a repeated paragraph) goes with it.
      const swept = !fix && edits.some((e) => e.start <= finding.start && finding.end <= e.end && e.end > e.start);
      if (!fix && !swept) continue;
      const at = lines.position(finding.start);
      fixed.push({ rule: finding.rule, line: at.line + 1, column: at.character + 1, message: finding.message, title: fix ? fix.title : 'Removed with the text it was in' });
    }
    current = applyEdits(current, edits);
    result = lint(current, options);
  }
  return { text: current, result, fixed };
}

/** The edit is part of what was applied (an applied deletion may be the union of overlapping ones). */
function covered(edit: Edit, applied: readonly Edit[]): boolean {
  return applied.some((a) =>
    edit.text === '' && a.text === '' ? a.start <= edit.start && edit.end <= a.end : a.start === edit.start && a.end === edit.end && a.text === edit.text,
  );
}
