// --format compact: one finding per line, `file:line:col: severity message [rule]`, what grep, editors'
// problem matchers ($copydesk in VS Code) and CI log annotators read. Nothing else goes to stdout.

import type { FileReport } from './located.ts';
import { severityWord } from './summary.ts';

export function formatCompact(reports: readonly FileReport[]): string {
  const out: string[] = [];
  for (const report of reports) {
    for (const f of report.findings) {
      // One line per finding, whatever the message holds.
      const message = f.message.replace(/\s*\n\s*/g, ' ');
      out.push(`${report.path}:${f.line}:${f.column}: ${severityWord(f.severity)} ${message} [${f.rule}]`);
    }
  }
  return out.join('\n');
}
