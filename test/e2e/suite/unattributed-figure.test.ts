// End-to-end tests of unattributed-figure through a real VS Code: the diagnostic on an unsourced
// figure, "Add attribution" applied as VS Code applies it (a snippet edit in the active editor, with
// the placeholder selected), and "Ignore this figure". Each test edits its own copy of
// test/e2e/workspace/figures.md; every wait is on onDidChangeDiagnostics with a deadline (the hover
// test asks for the hover again until the setting has reached the server, with a deadline too).
//
// A snippet edit looks empty through WorkspaceEdit.entries() (see shared notes), so the tests apply
// the action's edit and read the document rather than inspecting the edit.

import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateBeforeAndCloseEditorsAfterEach, applyQuickFix, describeActions, ofRule, openFreshCopy, quickFixes, waitForDiagnostics } from './helpers';

const RULE = 'unattributed-figure';
/** 0-based line of "About 300 people were evacuated, …" in figures.md. */
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

    it('flags the unsourced figure, and only it: a count of people displaced, at the rule\'s severity', async () => {
      const editor = await openFreshCopy('figures.md');
      const doc = editor.document;
      assert.equal(doc.languageId, 'markdown');
      const diagnostic = await theFigure(editor);
      // A count of people displaced always needs a source: the rule's severity (information), in the Problems list.
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information);
      assert.equal(diagnostic.range.start.line, LINE);
      assert.equal(doc.getText(diagnostic.range), '300');
      // The hand rule's reason, then the default (lexical) judge's verdict.
      assert.match(diagnostic.message, /^No source for “300”: counts of dead, injured, displaced or arrested, and of damage, need a source$/);
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
        'Volunteers cleared debris from the seafront on Monday. About 300 people were evacuated, many bringing their own blankets, according to source.',
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

    it('hover: why the flagged figure needs a source; with copydesk.debug.explainFigures on, why "140" was not flagged', async () => {
      const editor = await openFreshCopy('figures.md');
      const doc = editor.document;
      const diagnostic = await theFigure(editor);
      const inside = (range: vscode.Range) => range.start.translate(0, 1);
      const why = await hoverText(doc.uri, inside(diagnostic.range));
      assert.match(why, /Why “300” needs a source/);
      assert.match(why, /It is a count of people dead, injured, displaced or arrested/);
      assert.match(why, /Looked for, and not found:/);
      // "140" is attributed in its sentence ("… said"): no Copydesk hover while the setting is off.
      const at140 = new vscode.Position(2, doc.lineAt(2).text.indexOf('140') + 1);
      assert.doesNotMatch(await hoverText(doc.uri, at140), /Copydesk/);
      const config = vscode.workspace.getConfiguration('copydesk');
      await config.update('debug.explainFigures', true, vscode.ConfigurationTarget.Workspace);
      try {
        // The server re-reads its settings and re-lints: ask until the explanation comes (with a deadline).
        const deadline = Date.now() + 20_000;
        let text = '';
        while (!(text = await hoverText(doc.uri, at140)).includes('not flagged')) {
          if (Date.now() > deadline) throw new Error(`no "not flagged" hover on 140; last hover: ${JSON.stringify(text)}`);
          await new Promise((r) => setTimeout(r, 200));
        }
        assert.match(text, /Copydesk: not flagged — “said” in its sentence/);
      } finally {
        await config.update('debug.explainFigures', undefined, vscode.ConfigurationTarget.Workspace);
      }
    });
  });
}

/** The text of every hover VS Code's providers give at a position (Copydesk's among them). */
async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n---\n');
}
