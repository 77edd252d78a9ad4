import type { FileReport } from './located.ts';

export interface Summary {
  total: number;
  errors: number;
  warnings: number;
  other: number;
  files: number;
  text: string;
}

export function summarize(reports: readonly FileReport[]): Summary {
  let errors = 0;
  let warnings = 0;
  let other = 0;
  for (const report of reports) {
    for (const f of report.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else other++;
    }
  }
  const total = errors + warnings + other;
  const files = reports.length;
  const checked = `${files} file${files === 1 ? '' : 's'} checked`;
  const text =
    total === 0
      ? `✔ No problems (${checked})`
      : `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${other} info) in ${checked}`;
  return { total, errors, warnings, other, files, text };
}
