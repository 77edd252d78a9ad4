// `copydesk check --explain`: the figures unattributed-figure (desk mode) left alone, and why — one
// line each, after the report. Self-contained so the CLI's output can be reworked around it.

import type { LintOptions, LintResult } from '../host/lint.ts';
import { explainFigures } from '../rules/unattributed-figure.ts';

const RULE = 'unattributed-figure';

/** "story.md:4:12  “6,941”  attribution carried from line 3: ‘said’", for each unflagged figure. */
export function explainLines(path: string, result: LintResult, options: LintOptions): string[] {
  const rule = options.settings?.rules[RULE];
  const doc = result.doc;
  if (!doc || !rule || rule.severity === 'off') return [];
  if (rule.options.mode === 'strict') return [`${path}: unattributed-figure is in strict mode: every figure without a source in its sentence is flagged`];
  // The year the check judged by, from its result: an explanation never reads the clock again.
  return explainFigures(doc, rule.options, result.currentYear).map((e) => {
    const at = doc.lines.position(e.start);
    const shown = doc.text.slice(e.start, e.end).replace(/\s+/g, ' ');
    return `${path}:${at.line + 1}:${at.character + 1}  \u201C${shown}\u201D  ${e.reason}`;
  });
}
