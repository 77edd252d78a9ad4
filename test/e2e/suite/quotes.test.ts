// End-to-end tests of the quote rules through a real VS Code: the server's diagnostics for a
// mismatched pair and a straight apostrophe in a curly draft, and their quick fixes applied through
// vscode.executeCodeActionProvider. Each test edits its own copy of test/e2e/workspace/quotes.txt.

import * as assert from 'node:assert/strict';
import { afterEach, before, describe, it } from 'mocha';
import * as vscode from 'vscode';

const EXTENSION_ID = 'copydesk.copydesk';
const WAIT_MS = 20_000;

function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
}

function ofRule(uri: vscode.Uri, rule: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk' && codeOf(d) === rule);
}

function show(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk');
  return all.map((d) => `  ${d.range.start.line}:${d.range.start.character} [${codeOf(d)}] ${d.message}`).join('\n') || '  (none)';
}

/** Resolves when `accept` holds for the document's diagnostics (now or on a change); rejects after a deadline. */
function waitFor(uri: vscode.Uri, accept: () => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let subscription: vscode.Disposable | undefined;
    const timer = setTimeout(() => {
      subscription?.dispose();
      reject(new Error(`timed out after ${WAIT_MS} ms waiting for ${what}; copydesk diagnostics now:\n${show(uri)}`));
    }, WAIT_MS);
    const check = () => {
      if (!accept()) return;
      clearTimeout(timer);
      subscription?.dispose();
      resolve();
    };
    subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    check();
  });
}

let copies = 0;
async function openCopy(name: string): Promise<vscode.TextDocument> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(root, 'no workspace folder open');
  const dot = name.lastIndexOf('.');
  const target = vscode.Uri.joinPath(root, `${name.slice(0, dot)}-q${++copies}${name.slice(dot)}`);
  await vscode.workspace.fs.copy(vscode.Uri.joinPath(root, name), target, { overwrite: true });
  const doc = await vscode.workspace.openTextDocument(target);
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

async function applyQuickFix(doc: vscode.TextDocument, diagnostic: vscode.Diagnostic, title: string): Promise<void> {
  const result = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[] | undefined>(
    'vscode.executeCodeActionProvider',
    doc.uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  const actions = (result ?? []).filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
  const action = actions.find((a) => a.title === title);
  assert.ok(action?.edit, `no quick fix "${title}"; offered: ${actions.map((a) => `"${a.title}"`).join(', ') || '(none)'}`);
  assert.ok(await vscode.workspace.applyEdit(action.edit), 'the workspace edit was not applied');
}

export function registerQuoteTests(): void {
  describe('quote rules in a real VS Code', () => {
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

    it('quote-mismatch: flags “ … " and fixes it with ”', async () => {
      const doc = await openCopy('quotes.txt');
      await waitFor(doc.uri, () => ofRule(doc.uri, 'quote-mismatch').length > 0, 'a quote-mismatch diagnostic');
      const [diagnostic] = ofRule(doc.uri, 'quote-mismatch');
      assert.equal(diagnostic.message, '“ is closed by ": use ” to close it');
      assert.deepEqual([diagnostic.range.start.line, diagnostic.range.start.character], [0, 33]);
      await applyQuickFix(doc, diagnostic, 'Replace " with ”');
      assert.equal(doc.lineAt(0).text, '“The lights went out at midnight,” the caretaker said.');
      await waitFor(doc.uri, () => ofRule(doc.uri, 'quote-mismatch').length === 0, 'the quote-mismatch diagnostic to go');
    });

    it("quote-style: flags a straight apostrophe in a curly draft and fixes it with ’", async () => {
      const doc = await openCopy('quotes.txt');
      await waitFor(doc.uri, () => ofRule(doc.uri, 'quote-style').some((d) => d.range.start.line === 1), 'a quote-style diagnostic on line 2');
      const diagnostic = ofRule(doc.uri, 'quote-style').find((d) => d.range.start.line === 1)!;
      assert.match(diagnostic.message, /^Straight apostrophe ': use ’/);
      await applyQuickFix(doc, diagnostic, "Replace ' with ’");
      assert.ok(doc.lineAt(1).text.endsWith('the landlord didn’t call.'), doc.lineAt(1).text);
      await waitFor(doc.uri, () => !ofRule(doc.uri, 'quote-style').some((d) => d.range.start.line === 1), 'the quote-style diagnostic on line 2 to go');
    });
  });
}
