// "Copydesk: Check Workspace": the server lints every draft under the workspace folders (include
// globs, minus exclude and .copydeskignore) and publishes the findings into Problems; this shows the
// progress and the result.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export interface CheckResult {
  files: number;
  findings: number;
  cancelled: boolean;
}

interface Progress {
  done: number;
  total: number;
  file: string;
}

export async function checkWorkspace(client: LanguageClient | undefined, output: Pick<vscode.LogOutputChannel, 'info'>): Promise<CheckResult | undefined> {
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage('Copydesk is not running: start it ("Copydesk: Resume" or "Copydesk: Restart Server") to check the workspace.');
    return undefined;
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Copydesk: checking the workspace', cancellable: true },
    async (progress, token) => {
      let last = 0;
      const listener = client.onNotification('copydesk/checkProgress', (p: Progress) => {
        const percent = p.total ? (100 * p.done) / p.total : 0;
        progress.report({ message: `${p.done + 1} of ${p.total}: ${p.file}`, increment: percent - last });
        last = percent;
      });
      try {
        return (await client.sendRequest('copydesk/checkWorkspace', {}, token)) as CheckResult;
      } finally {
        listener.dispose();
      }
    },
  );
  const summary = `${result.findings} finding${result.findings === 1 ? '' : 's'} in ${result.files} draft${result.files === 1 ? '' : 's'}`;
  output.info(`Check Workspace${result.cancelled ? ' (cancelled)' : ''}: ${summary}`);
  if (result.findings > 0) void vscode.commands.executeCommand('workbench.actions.view.problems');
  void vscode.window.setStatusBarMessage(`Copydesk: ${summary}`, 5000);
  return result;
}
