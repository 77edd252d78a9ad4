// --format json: a stable shape for scripts. Fields may be added, never renamed. Severities are the
// engine's names ("information", as in the settings); the human formats print "info".

import type { FileReport } from './located.ts';

export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify({
    version: 1,
    files: reports
      .filter((report) => report.status === 'checked')
      .map((report) => ({
        path: report.path,
        findings: report.findings.map((f) => ({
          rule: f.rule,
          severity: f.severity,
          message: f.message,
          line: f.line,
          column: f.column,
          endLine: f.endLine,
          endColumn: f.endColumn,
          fixes: f.fixes.map((fix) => ({
            title: fix.title,
            edits: fix.edits.map((e) => ({ line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn, text: e.text })),
          })),
        })),
        ...(report.fixes ? { fixed: report.fixes } : {}),
      })),
    skipped: reports.filter((report) => report.status !== 'checked').map((report) => ({ path: report.path, reason: report.skipped, kind: report.status === 'failed' ? 'unreadable' : report.skipKind })),
  });
}
