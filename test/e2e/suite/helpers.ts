// Helpers shared by the end-to-end tests: finding the extension, opening fixtures, waiting for the
// server's diagnostics, asking for and applying code actions, and describing what VS Code has in
// failure messages.
//
// Nothing here sleeps: every wait is on `onDidChangeDiagnostics` with a deadline that fails the test
// and says what was there instead.

import * as assert from 'node:assert/strict';
import { afterEach, before } from 'mocha';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'copydesk.copydesk';
/** `source` of every diagnostic the Copydesk server publishes. */
export const SOURCE = 'copydesk';
/** Default deadline of a wait. First diagnostics of a cold start include activation and the server's start; seen at ~1.5 s. */
export const WAIT_MS = 20_000;

// ---- the extension -------------------------------------------------------------------------------

/** The extension under test; fails the test if VS Code did not load it. */
export function copydeskExtension<T = unknown>(): vscode.Extension<T> {
  const extension = vscode.extensions.getExtension<T>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  return extension;
}

/** Activates the extension (a no-op once active) and returns its API, so tests never race activation. */
export async function activateCopydesk<T = unknown>(): Promise<T> {
  const extension = copydeskExtension<T>();
  const api = await extension.activate();
  assert.ok(extension.isActive, 'extension did not activate');
  return api;
}

/** Saves what the test edited (temporary copies) so that closing never asks about unsaved files. */
export async function saveAndCloseAllEditors(): Promise<void> {
  await vscode.workspace.saveAll(false);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Call inside a `describe` whose tests open editors: activates the extension before the first test
 * (a cold start may take long, hence the hook's own timeout), and saves and closes every editor after
 * each test so that none sees another's documents.
 */
export function activateBeforeAndCloseEditorsAfterEach(): void {
  before(async function () {
    this.timeout(60_000);
    await activateCopydesk();
  });
  afterEach(saveAndCloseAllEditors);
}

// ---- documents -----------------------------------------------------------------------------------

/** The folder VS Code opened: the runner's temporary copy of test/e2e/workspace. */
export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'VS Code has no workspace folder open (the runner passes a copy of test/e2e/workspace)');
  return folder.uri;
}

/** The last segment of a URI's path, for messages. */
export function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

let copies = 0;
/**
 * A new copy of a fixture (`repeats.txt` → `repeats-7.txt`) next to it, so each test starts from the
 * pristine text and edits never leak from one test into another. The counter is shared by all test
 * files, so names never collide.
 */
export async function freshCopy(name: string): Promise<vscode.Uri> {
  const root = workspaceFolder();
  const dot = name.lastIndexOf('.');
  const target = vscode.Uri.joinPath(root, `${name.slice(0, dot)}-${++copies}${name.slice(dot)}`);
  await vscode.workspace.fs.copy(vscode.Uri.joinPath(root, name), target, { overwrite: true });
  return target;
}

/** Opens a document in a (non-preview) editor, which is what makes the client send it to the server. */
export async function openInEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** `freshCopy` and `openInEditor` in one step. */
export async function openFreshCopy(name: string): Promise<vscode.TextEditor> {
  return openInEditor(await freshCopy(name));
}

// ---- diagnostics ---------------------------------------------------------------------------------

/** A diagnostic's code (the rule id): the server sends `{ value, target }` to link the rule's docs. */
export function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
}

/** The document's diagnostics from Copydesk, leaving out those of any other extension. */
export function copydeskDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** The diagnostics of one rule. */
export function ofRule(diagnostics: readonly vscode.Diagnostic[], rule: string): vscode.Diagnostic[] {
  return diagnostics.filter((d) => codeOf(d) === rule);
}

/** One line per diagnostic (0-based range, rule, message), to put in failure messages. */
export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '  (none)';
  return diagnostics
    .map((d) => {
      const r = d.range;
      return `  ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} [${codeOf(d)}] ${d.message}`;
    })
    .join('\n');
}

/**
 * Resolves with the document's copydesk diagnostics as soon as `accept` holds for them (checked now
 * and on every diagnostics change of that document); rejects after `timeoutMs` with what is there.
 * The server publishes asynchronously, so this is the only safe way to read its results.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      subscription.dispose();
      fn();
    };
    const check = () => {
      const current = copydeskDiagnostics(uri);
      if (accept(current)) finish(() => resolve(current));
    };
    const timer = setTimeout(() => {
      finish(() =>
        reject(
          new Error(
            `timed out after ${timeoutMs} ms waiting for ${what} in ${basename(uri)}; its copydesk diagnostics now:\n` +
              describeDiagnostics(copydeskDiagnostics(uri)),
          ),
        ),
      );
    }, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key)) check();
    });
    check();
  });
}

// ---- code actions --------------------------------------------------------------------------------

/** The code actions VS Code offers for a range (optionally of one kind), as the lightbulb would list them. */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const result = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[] | undefined>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    kind,
  );
  // Plain commands have `command` as a string; code actions have an optional Command object.
  return (result ?? []).filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

/** The quick fixes offered on a diagnostic's range. */
export function quickFixes(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return codeActions(uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
}

/** One line per action (title and kind), to put in failure messages. */
export function describeActions(actions: readonly vscode.CodeAction[]): string {
  return actions.map((a) => `  "${a.title}" (${a.kind?.value ?? 'no kind'})`).join('\n') || '  (none)';
}

/**
 * Applies the quick fix titled `title` on a diagnostic, as choosing it from the lightbulb does; fails
 * the test if it is not offered, carries no edit, or VS Code refuses the edit.
 */
export async function applyQuickFix(doc: vscode.TextDocument, diagnostic: vscode.Diagnostic, title: string): Promise<vscode.CodeAction> {
  const actions = await quickFixes(doc.uri, diagnostic);
  const action = actions.find((a) => a.title === title);
  assert.ok(action?.edit, `no quick fix "${title}" with an edit; offered:\n${describeActions(actions)}`);
  assert.ok(await vscode.workspace.applyEdit(action.edit), `applyEdit refused the quick fix "${title}"`);
  return action;
}
