// --format stylish: what a person reads in a terminal, grouped by file (colours only on a terminal).

import pc from 'picocolors';
import type { FileReport } from './located.ts';
import { summarize } from './summary.ts';

export function formatStylish(reports: readonly FileReport[], colors: boolean): string {
  const c = pc.createColors(colors);
  const out: string[] = [];
  for (const report of reports) {
    if (report.findings.length === 0 && !report.skipped && !report.fixed) continue;
    out.push(c.underline(report.path));
    if (report.skipped) out.push(`  ${c.yellow(report.skipped)}`);
    if (report.fixed) out.push(`  ${c.green(`fixed ${report.fixed} problem${report.fixed === 1 ? '' : 's'}`)}`);
    const width = Math.max(0, ...report.findings.map((f) => `${f.line}:${f.column}`.length));
    for (const f of report.findings) {
      const where = `${f.line}:${f.column}`.padEnd(width);
      const severity = f.severity === 'error' ? c.red('error') : f.severity === 'warning' ? c.yellow('warning') : c.blue(f.severity === 'information' ? 'info' : 'hint');
      out.push(`  ${c.dim(where)}  ${severity.padEnd(colors ? 16 : 7)}  ${f.message}  ${c.dim(f.rule)}`);
    }
    out.push('');
  }
  const summary = summarize(reports);
  out.push(summary.total === 0 ? c.green(summary.text) : c.bold(summary.text));
  return out.join('\n');
}
