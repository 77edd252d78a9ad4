// "Show Rule Documentation" and "Open Configuration".

import * as vscode from 'vscode';

/** Rule ids, from the manifest's settings categories (`copydesk.rules.<id>`), so the client names no rule itself. */
function ruleIds(context: vscode.ExtensionContext): string[] {
  const categories = context.extension.packageJSON.contributes?.configuration;
  return (Array.isArray(categories) ? categories : [])
    .map((c: { id?: string }) => /^copydesk\.rules\.(.+)$/.exec(c.id ?? '')?.[1])
    .filter((id: string | undefined): id is string => !!id);
}

/** Opens a rule's documentation (bundled with the extension: no network) as a Markdown preview. */
export async function showRuleDocumentation(context: vscode.ExtensionContext, rule?: string): Promise<void> {
  const ids = ruleIds(context);
  const chosen = rule ?? (await vscode.window.showQuickPick(ids, { placeHolder: 'Which rule?' }));
  if (!chosen) return;
  if (!ids.includes(chosen)) {
    void vscode.window.showWarningMessage(`Copydesk has no rule "${chosen}".`);
    return;
  }
  const doc = vscode.Uri.joinPath(context.extensionUri, 'dist', 'rules', `${chosen}.md`);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', doc);
  } catch {
    await vscode.window.showTextDocument(doc, { preview: true });
  }
}

/**
 * Opens the configuration a draft uses, or creates `.copydesk.json` in the workspace folder from a
 * commented template when there is none.
 */
export async function openConfiguration(context: vscode.ExtensionContext, uri: vscode.Uri | undefined, inUse: string | undefined): Promise<vscode.TextEditor | undefined> {
  let target = uri ?? (inUse ? vscode.Uri.file(inUse) : undefined);
  if (!target) {
    const active = vscode.window.activeTextEditor?.document.uri;
    const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showWarningMessage('Copydesk: open a folder first; .copydesk.json lives in the folder of your drafts.');
      return undefined;
    }
    target = vscode.Uri.joinPath(folder.uri, '.copydesk.json');
    try {
      await vscode.workspace.fs.stat(target);
    } catch {
      const template = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'client', 'templates', 'copydesk.json'));
      await vscode.workspace.fs.writeFile(target, template);
    }
  }
  return vscode.window.showTextDocument(target, { preview: false });
}
