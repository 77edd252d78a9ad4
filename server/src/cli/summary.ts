// The closing line, the same in every format that has one: what was checked, skipped and found.

import type { FileReport, SkipKind } from './located.ts';

export interface Summary {
  /** Errors, warnings and information: what a person is asked to look at. Hints are counted apart. */
  total: number;
  errors: number;
  warnings: number;
  other: number;
  /** Lower-confidence findings (severity hint): listed and counted, never a problem and never an exit status. */
  hints: number;
  /** Files linted. */
  files: number;
  skipped: number;
  failed: number;
  fixed: number;
  /** --fix-dry-run: findings that --fix would answer. */
  fixable: number;
  text: string;
}

const SKIP_WORDS: Record<SkipKind, string> = {
  binary: 'binary',
  'not-a-draft': 'not a draft type',
  excluded: 'excluded by configuration',
  'too-large': 'too large',
  disabled: 'disabled',
  configuration: 'configuration problems',
};

/** "information" in the engine and settings; "info" wherever the CLI prints a severity. */
export function severityWord(severity: string): string {
  return severity === 'information' ? 'info' : severity;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summarize(reports: readonly FileReport[]): Summary {
  let errors = 0;
  let warnings = 0;
  let other = 0;
  let hints = 0;
  let fixed = 0;
  let fixable = 0;
  const skippedBy = new Map<SkipKind, number>();
  let files = 0;
  let failed = 0;
  for (const report of reports) {
    if (report.status === 'checked') files++;
    else if (report.status === 'failed') failed++;
    else skippedBy.set(report.skipKind ?? 'disabled', (skippedBy.get(report.skipKind ?? 'disabled') ?? 0) + 1);
    if (report.written) fixed += report.fixes?.length ?? 0;
    else fixable += report.fixes?.length ?? 0;
    for (const f of report.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else if (f.severity === 'hint') hints++;
      else other++;
    }
  }
  const total = errors + warnings + other;
  const skipped = [...skippedBy.values()].reduce((a, b) => a + b, 0);
  const parts = [`${plural(files, 'file')} checked`];
  if (skipped) parts.push(`${skipped} skipped (${[...skippedBy].map(([kind, n]) => `${n} ${SKIP_WORDS[kind]}`).join(', ')})`);
  if (failed) parts.push(`${failed} could not be read`);
  if (fixed) parts.push(`${plural(fixed, 'problem')} fixed`);
  if (fixable) parts.push(`${plural(fixable, 'problem')} --fix would fix`);
  const where = parts.join(', ');
  // Hints are what an editor underlines faintly and leaves out of its Problems list: told, not counted as problems.
  const hinted = hints ? ` and ${plural(hints, 'hint')}` : '';
  const text =
    files === 0 && failed === 0
      ? `✖ Nothing checked (${where})`
      : total === 0 && fixable
      ? `✖ ${plural(fixable, 'problem')} that --fix would fix, none left after it (${where.replace(/, [^,]* --fix would fix$/, '')})`
      : total === 0
      ? `${failed ? '✖' : '✔'} No problems${hints ? `, ${plural(hints, 'hint')}` : ''} (${where})`
      : `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${other} info)${hinted} in ${where}`;
  return { total, errors, warnings, other, hints, files, skipped, failed, fixed, fixable, text };
}
