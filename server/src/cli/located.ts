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

/** The flagged line around the range, for excerpts: at most EXCERPT_CONTEXT characters each side. */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
  /** The line goes on before `before` / after `after`. */
  cutBefore: boolean;
  cutAfter: boolean;
}

export interface LocatedFinding extends Place {
  rule: string;
  severity: Finding['severity'];
  message: string;
  fixes: { title: string; safe: boolean; edits: LocatedEdit[] }[];
  related: (Place & { message: string; file?: string })[];
  excerpt?: Excerpt;
}

export type SkipKind = 'binary' | 'not-a-draft' | 'excluded' | 'too-large' | 'disabled' | 'configuration';

/** A finding a fix removed, where it was in the draft before the fix. */
export interface FixedFinding {
  rule: string;
  line: number;
  column: number;
  message: string;
  title: string;
}

export interface FileReport {
  /** The path as the user gave it (or found in a folder). */
  path: string;
  absolutePath?: string;
  /** Named on the command line (so a reason it was skipped is worth showing). */
  explicit?: boolean;
  /** checked: linted; skipped: not a draft to lint (see skipKind); failed: could not be read. */
  status: 'checked' | 'skipped' | 'failed';
  findings: LocatedFinding[];
  /** Things the person should know about this file (engine problems, encoding), one sentence each. */
  problems: Problem[];
  /** Why the file was not linted (skipped) or not read (failed). */
  skipped?: string;
  skipKind?: SkipKind;
  /** Problems with the configuration that governs this file: it was not linted. */
  configProblems?: string[];
  /** What --fix changed (or --fix-dry-run would change), finding by finding. */
  fixes?: FixedFinding[];
  /** --fix applied the fixes (to the file, or to standard output for "-"). */
  written?: boolean;
  /** --fix-dry-run: the change as a unified diff. */
  diff?: string;
  /** --explain: one line per figure unattributed-figure left alone, and why. */
  explained?: string[];
  /** --fix on standard input: the fixed draft, for standard output. */
  fixedText?: string;
}

export function placeOf(lines: LineIndex, start: number, end: number): Place {
  const a = lines.position(start);
  const b = lines.position(end);
  return { line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
}

const EXCERPT_CONTEXT = 240;

function excerptOf(text: string, start: number, end: number): Excerpt {
  const lineStart = start === 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd === -1) lineEnd = text.length;
  if (text[lineEnd - 1] === '\r') lineEnd--;
  const matchEnd = Math.min(Math.max(end, start), lineEnd);
  const from = Math.max(lineStart, start - EXCERPT_CONTEXT);
  const to = Math.min(lineEnd, matchEnd + EXCERPT_CONTEXT);
  const cap = Math.min(matchEnd, start + EXCERPT_CONTEXT);
  return {
    before: text.slice(from, start),
    match: text.slice(start, cap),
    after: cap < matchEnd ? '' : text.slice(matchEnd, to),
    cutBefore: from > lineStart,
    cutAfter: cap < matchEnd ? true : to < lineEnd,
  };
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
    excerpt: excerptOf(text, f.start, f.end),
  }));
}
