// Pure translations between engine findings and LSP types. No state, no I/O.

import {
  CodeAction,
  CodeActionKind,
  DiagnosticSeverity,
  DiagnosticTag,
  TextDocumentEdit,
  TextEdit,
  type Diagnostic,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import { ruleDocUrl } from '../rules/rule.ts';
import type { Edit, Finding, Fix, Severity } from '../engine/types.ts';

export const SOURCE = 'copydesk';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.copydesk`;

const SEVERITY: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function rangeOf(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function toDiagnostic(finding: Finding, doc: TextDocument): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(doc, finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.rule,
    codeDescription: { href: ruleDocUrl(finding.rule) },
    message: finding.message,
  };
  if (finding.unnecessary) diagnostic.tags = [DiagnosticTag.Unnecessary];
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      message: r.message,
      location: r.file
        ? {
            uri: pathToFileURL(r.file).toString(),
            range: { start: { line: r.line ?? 0, character: r.column ?? 0 }, end: { line: r.endLine ?? r.line ?? 0, character: r.endColumn ?? r.column ?? 0 } },
          }
        : { uri: doc.uri, range: rangeOf(doc, r.start, r.end) },
    }));
  }
  return diagnostic;
}

/**
 * The one diagnostic that stands for the findings over the `maxDiagnostics` cap, placed at the first
 * of them. It has no rule code, so no fix is ever matched to it.
 */
export function summaryDiagnostic(doc: TextDocument, firstHidden: Finding, hidden: number, max: number): Diagnostic {
  return {
    range: rangeOf(doc, firstHidden.start, firstHidden.start),
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    message: `…and ${hidden.toLocaleString('en')} more Copydesk problems in this draft (only the first ${max.toLocaleString('en')} are shown: setting copydesk.maxDiagnostics)`,
  };
}

/** Does a diagnostic the client sends back still describe this finding on the current text? */
export function sameFinding(diagnostic: Diagnostic, finding: Finding, doc: TextDocument): boolean {
  if (diagnostic.source !== SOURCE || diagnostic.code !== finding.rule || diagnostic.message !== finding.message) return false;
  const range = rangeOf(doc, finding.start, finding.end);
  return (
    range.start.line === diagnostic.range.start.line &&
    range.start.character === diagnostic.range.start.character &&
    range.end.line === diagnostic.range.end.line &&
    range.end.character === diagnostic.range.end.character
  );
}

export interface EditOptions {
  /** The client applies LSP 3.18 snippet edits (`workspace.workspaceEdit.snippetEditSupport`). */
  snippets: boolean;
  /** The client accepts versioned `documentChanges`, which it refuses to apply to a newer text. */
  documentChanges: boolean;
}

export function toWorkspaceEdit(doc: TextDocument, edits: readonly Edit[], options: EditOptions): WorkspaceEdit {
  const lspEdits = edits.map((edit) => {
    const range = rangeOf(doc, edit.start, edit.end);
    if (options.snippets && options.documentChanges && edit.snippet !== undefined) {
      return { range, snippet: { kind: 'snippet', value: edit.snippet } } as unknown as TextEdit;
    }
    return TextEdit.replace(range, edit.text);
  });
  if (options.documentChanges) {
    return { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, lspEdits)] };
  }
  return { changes: { [doc.uri]: lspEdits } };
}

export function toCodeAction(fix: Fix, diagnostic: Diagnostic, doc: TextDocument, options: EditOptions): CodeAction {
  const action = CodeAction.create(fix.title, toWorkspaceEdit(doc, fix.edits, options), CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  if (fix.preferred) action.isPreferred = true;
  return action;
}

/** Safe fixes of one kind, for a fix-all that says what it does ("Delete 5 repeated paragraphs"). */
export interface FixBatch {
  key: string;
  count: number;
  /** The findings with only this batch's safe fixes, ready for `fixAllEdits`. */
  findings: Finding[];
}

const CURLY = /[\u2018\u2019\u201c\u201d]/;

function batchKey(finding: Finding, fix: Fix): string {
  if (finding.rule === 'duplicate-paragraph') return 'repeats';
  if (finding.rule === 'quote-style') return CURLY.test(fix.edits.map((e) => e.text).join('')) ? 'curly' : 'straight';
  return finding.rule;
}

/** The safe fixes of some findings grouped by kind; a fix offered by two findings (a quote pair) counts once. */
export function fixBatches(findings: readonly Finding[]): FixBatch[] {
  const batches = new Map<string, FixBatch>();
  const seen = new Set<string>();
  for (const finding of findings) {
    for (const fix of finding.fixes) {
      if (!fix.safe) continue;
      const key = batchKey(finding, fix);
      const batch = batches.get(key) ?? { key, count: 0, findings: [] };
      batches.set(key, batch);
      batch.findings.push({ ...finding, fixes: [fix] });
      const id = JSON.stringify(fix.edits);
      if (seen.has(id)) continue;
      seen.add(id);
      batch.count += fix.count ?? fix.edits.length;
    }
  }
  return [...batches.values()];
}

/** What a batch does, in words: the title of its quick fix. */
export function batchTitle(key: string, count: number): string {
  switch (key) {
    case 'repeats':
      return count === 1 ? 'Delete 1 repeated paragraph' : `Delete ${count} repeated paragraphs`;
    case 'curly':
      return `Make all quote marks curly (${count})`;
    case 'straight':
      return `Make all quote marks straight (${count})`;
    default:
      return `Apply ${count} safe ${key} fix${count === 1 ? '' : 'es'}`;
  }
}

/**
 * The fix-all title, honest about everything it changes over all its passes:
 * "Copydesk: delete 5 repeated paragraphs; make all quote marks curly (12)".
 */
export function fixAllTitle(passes: readonly Finding[][]): string {
  const totals = new Map<string, number>();
  for (const findings of passes) for (const batch of fixBatches(findings)) totals.set(batch.key, (totals.get(batch.key) ?? 0) + batch.count);
  const parts = [...totals].map(([key, count]) => batchTitle(key, count));
  if (parts.length === 0) return 'Copydesk: nothing to fix';
  return `Copydesk: ${parts.map((p) => p.charAt(0).toLowerCase() + p.slice(1)).join('; ')}`;
}
