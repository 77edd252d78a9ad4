// `copydesk.fixOnSave`: on save, the edits of "Fix all" (source.fixAll.copydesk) go into the save, so
// nobody has to write `editor.codeActionsOnSave` by hand. Off by default: deleting text on save is a
// choice a desk makes.

import * as vscode from 'vscode';

const FIX_ALL = 'source.fixAll.copydesk';

export function registerFixOnSave(output: Pick<vscode.LogOutputChannel, 'info' | 'warn'>): vscode.Disposable {
  return vscode.workspace.onWillSaveTextDocument((event) => {
    const doc = event.document;
    if (doc.languageId !== 'markdown' && doc.languageId !== 'plaintext') return;
    if (!vscode.workspace.getConfiguration('copydesk', doc.uri).get<boolean>('fixOnSave', false)) return;
    event.waitUntil(fixAllEdits(doc, output));
  });
}

async function fixAllEdits(doc: vscode.TextDocument, output: Pick<vscode.LogOutputChannel, 'info' | 'warn'>): Promise<vscode.TextEdit[]> {
  try {
    const range = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>('vscode.executeCodeActionProvider', doc.uri, range, FIX_ALL);
    const action = actions?.find((a) => a.kind?.value === FIX_ALL && a.edit);
    if (!action?.edit) return [];
    const edits = action.edit.get(doc.uri);
    if (edits.length) output.info(`Fix on save, ${vscode.workspace.asRelativePath(doc.uri)}: ${action.title}`);
    return edits;
  } catch (error) {
    output.warn(`Fix on save skipped for ${vscode.workspace.asRelativePath(doc.uri)}: ${(error as Error).message}`);
    return [];
  }
}
