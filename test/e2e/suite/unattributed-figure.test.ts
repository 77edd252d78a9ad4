// End-to-end tests of unattributed-figure through a real VS Code: the diagnostic on an unsourced
// figure, "Add attribution" applied as VS Code applies it (a snippet edit in the active editor, with
// the placeholder selected), and "Ignore this figure". Each test edits its own copy of
// test/e2e/workspace/figures.md; every wait is on onDidChangeDiagnostics with a deadline.
//
// A snippet edit looks empty through WorkspaceEdit.entries() (see shared notes), so the tests apply
// the action's edit and read the document rather than inspecting the edit.

import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateBeforeAndCloseEditorsAfterEach, applyQuickFix, describeActions, ofRule, openFreshCopy, quickFixes, waitForDiagnostics } from './helpers';

const RULE = 'unattributed-figure';
/** 0-based line of "About 300 people turned up, …" in figures.md. */
const LINE = 4;

function figures(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  return ofRule(diagnostics, RULE);
}

/** Waits until the server has flagged exactly one figure in the editor's document, and returns it. */
async function theFigure(editor: vscode.TextEditor): Promise<vscode.Diagnostic> {
  const all = await waitForDiagnostics(editor.document.uri, (ds) => figures(ds).length === 1, 'one unattributed-figure diagnostic');
  const [diagnostic] = figures(all);
  return diagnostic;
}

export function registerUnattributedFigureTests(): void {
  describe('unattributed-figure', () => {
    activateBeforeAndCloseEditorsAfterEach();

    it('flags the unsourced figure, and only it, as a hint (a plain claim: the lower-confidence tier)', async () => {
      const editor = await openFreshCopy('figures.md');
      const doc = editor.document;
      assert.equal(doc.languageId, 'markdown');
      const diagnostic = await theFigure(editor);
      // Not a casualty count, estimate, forecast or poll: a faint underline, not in the Problems list.
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Hint);
      assert.equal(diagnostic.range.start.line, LINE);
      assert.equal(doc.getText(diagnostic.range), '300');
      assert.equal(diagnostic.message, 'No source for “300”: a claim needs a source — a lower-confidence query: not a casualty count, estimate, forecast or poll');
    });

    it('"Add attribution" inserts ", according to source" with the placeholder selected', async () => {
      const editor = await openFreshCopy('figures.md');
      const doc = editor.document;
      const diagnostic = await theFigure(editor);
      const actions = await quickFixes(doc.uri, diagnostic);
      const add = actions.find((a) => a.title === 'Add attribution');
      assert.ok(add?.edit, `no "Add attribution" with an edit; offered:\n${describeActions(actions)}`);
      assert.equal(add.isPreferred, true);
      assert.ok(actions.some((a) => a.title === 'Ignore this figure'), 'no "Ignore this figure" in Markdown');

      // Applied in the active editor, as the lightbulb does: a snippet, "source" selected.
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString());
      assert.ok(await vscode.workspace.applyEdit(add.edit), 'applyEdit refused "Add attribution"');
      assert.equal(
        doc.lineAt(LINE).text,
        'Volunteers cleared debris from the seafront on Monday. About 300 people turned up, many bringing their own shovels, according to source.',
      );
      const selected = doc.getText(vscode.window.activeTextEditor!.selection);
      assert.equal(selected, 'source', 'the snippet placeholder is not selected');

      // Until "source" is replaced by a real one, the figure stays flagged, saying so; a named source attributes it.
      await waitForDiagnostics(
        doc.uri,
        (ds) => figures(ds).length === 1 && figures(ds)[0].message === 'Attribution placeholder not filled in for “300”',
        'the placeholder to keep the figure flagged',
      );
      await editor.edit((edit) => edit.replace(editor.selection, 'the harbour master'));
      await waitForDiagnostics(doc.uri, (ds) => figures(ds).length === 0, 'the figure to count as attributed');
    });

    it('"Ignore this figure" adds a disable comment the server honours', async () => {
      const editor = await openFreshCopy('figures.md');
      const doc = editor.document;
      const diagnostic = await theFigure(editor);
      await applyQuickFix(doc, diagnostic, 'Ignore this figure');
      assert.equal(doc.lineAt(LINE).text, '<!-- copydesk-disable-next-line unattributed-figure "300" -->');
      assert.match(doc.lineAt(LINE + 1).text, /^Volunteers cleared debris/);
      await waitForDiagnostics(doc.uri, (ds) => figures(ds).length === 0, 'the ignored figure to go');
    });
  });
}
