// Findings with 1-based line/column positions (end column exclusive), as the CLI formats print them.

import { LineIndex } from '../engine/text.ts';
import type { Finding, Problem } from '../engine/types.ts';

export interface Place {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface LocatedEdit extends Place {
  text: string;
}

export interface LocatedFinding extends Place {
  rule: string;
  severity: Finding['severity'];
  message: string;
  fixes: { title: string; safe: boolean; edits: LocatedEdit[] }[];
  related: (Place & { message: string; file?: string })[];
}

export interface FileReport {
  /** The path as the user gave it (or found in a folder). */
  path: string;
  absolutePath?: string;
  findings: LocatedFinding[];
  problems: Problem[];
  skipped?: string;
  /** What --fix changed, when it did. */
  fixed?: number;
}

export function placeOf(lines: LineIndex, start: number, end: number): Place {
  const a = lines.position(start);
  const b = lines.position(end);
  return { line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
}

export function locate(text: string, findings: readonly Finding[]): LocatedFinding[] {
  const lines = new LineIndex(text);
  return findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    ...placeOf(lines, f.start, f.end),
    fixes: f.fixes.map((fix) => ({
      title: fix.title,
      safe: !!fix.safe,
      edits: fix.edits.map((e) => ({ ...placeOf(lines, e.start, e.end), text: e.text })),
    })),
    related: (f.related ?? []).map((r) =>
      r.file
        ? { message: r.message, file: r.file, line: (r.line ?? 0) + 1, column: (r.column ?? 0) + 1, endLine: (r.endLine ?? r.line ?? 0) + 1, endColumn: (r.endColumn ?? r.column ?? 0) + 1 }
        : { message: r.message, ...placeOf(lines, r.start, r.end) },
    ),
  }));
}
