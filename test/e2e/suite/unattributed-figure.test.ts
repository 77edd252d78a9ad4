// End-to-end tests of unattributed-figure through a real VS Code: the diagnostic on an unsourced
// figure, "Add attribution" applied as VS Code applies it (a snippet edit in the active editor, with
// the placeholder selected), and "Ignore this figure". Each test edits its own copy of
// test/e2e/workspace/figures.md; every wait is on onDidChangeDiagnostics with a deadline.
//
// A snippet edit looks empty through WorkspaceEdit.entries() (see shared notes), so the tests apply
// the action's edit and read the document rather than inspecting the edit.

import * as assert from 'node:assert/strict';
import { afterEach, before, describe, it } from 'mocha';
import * as vscode from 'vscode';

const EXTENSION_ID = 'copydesk.copydesk';
const RULE = 'unattributed-figure';
const WAIT_MS = 20_000;
/** 0-based line of "About 300 people turned up, …" in figures.md. */
const LINE = 4;

function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
}

function figures(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk' && codeOf(d) === RULE);
}

function show(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk');
  return all.map((d) => `  ${d.range.start.line}:${d.range.start.character} [${codeOf(d)}] ${d.message}`).join('\n') || '  (none)';
}

/** Resolves with the rule's diagnostics once `accept` holds for them; rejects after a deadline. */
function waitFor(uri: vscode.Uri, accept: (ds: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    let subscription: vscode.Disposable | undefined;
    const timer = setTimeout(() => {
      subscription?.dispose();
      reject(new Error(`timed out after ${WAIT_MS} ms waiting for ${what}; copydesk diagnostics now:\n${show(uri)}`));
    }, WAIT_MS);
    const check = () => {
      const current = figures(uri);
      if (!accept(current)) return;
      clearTimeout(timer);
      subscription?.dispose();
      resolve(current);
    };
    subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    check();
  });
}

let copies = 0;
async function openCopy(name: string): Promise<vscode.TextEditor> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(root, 'no workspace folder open');
  const dot = name.lastIndexOf('.');
  const target = vscode.Uri.joinPath(root, `${name.slice(0, dot)}-f${++copies}${name.slice(dot)}`);
  await vscode.workspace.fs.copy(vscode.Uri.joinPath(root, name), target, { overwrite: true });
  const doc = await vscode.workspace.openTextDocument(target);
  return vscode.window.showTextDocument(doc, { preview: false });
}

async function actionsFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const result = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[] | undefined>(
    'vscode.executeCodeActionProvider',
    uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  return (result ?? []).filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

async function theFigure(editor: vscode.TextEditor): Promise<vscode.Diagnostic> {
  const uri = editor.document.uri;
  const [diagnostic] = await waitFor(uri, (ds) => ds.length === 1, 'one unattributed-figure diagnostic');
  return diagnostic;
}

export function registerUnattributedFigureTests(): void {
  describe('unattributed-figure', () => {
    before(async function () {
      this.timeout(60_000);
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
      await extension.activate();
    });

    afterEach(async () => {
      await vscode.workspace.saveAll(false);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('flags the unsourced figure, and only it, as information', async () => {
      const editor = await openCopy('figures.md');
      const doc = editor.document;
      assert.equal(doc.languageId, 'markdown');
      const diagnostic = await theFigure(editor);
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information);
      assert.equal(diagnostic.range.start.line, LINE);
      assert.equal(doc.getText(diagnostic.range), '300');
      assert.equal(diagnostic.message, 'No source for “300” in this sentence');
    });

    it('"Add attribution" inserts ", according to source" with the placeholder selected', async () => {
      const editor = await openCopy('figures.md');
      const doc = editor.document;
      const diagnostic = await theFigure(editor);
      const actions = await actionsFor(doc.uri, diagnostic);
      const add = actions.find((a) => a.title === 'Add attribution');
      assert.ok(add?.edit, `no "Add attribution" with an edit; offered: ${actions.map((a) => a.title).join(', ')}`);
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

      await waitFor(doc.uri, (ds) => ds.length === 0, 'the figure to count as attributed');
    });

    it('"Ignore this figure" adds a disable comment the server honours', async () => {
      const editor = await openCopy('figures.md');
      const doc = editor.document;
      const diagnostic = await theFigure(editor);
      const ignore = (await actionsFor(doc.uri, diagnostic)).find((a) => a.title === 'Ignore this figure');
      assert.ok(ignore?.edit, 'no "Ignore this figure" with an edit');
      assert.ok(await vscode.workspace.applyEdit(ignore.edit));
      assert.equal(doc.lineAt(LINE).text, '<!-- copydesk-disable-next-line unattributed-figure -->');
      assert.match(doc.lineAt(LINE + 1).text, /^Volunteers cleared debris/);
      await waitFor(doc.uri, (ds) => ds.length === 0, 'the ignored figure to go');
    });
  });
}
