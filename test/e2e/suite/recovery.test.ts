// The server process dies: the client must restart it and diagnostics must come back.

import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { CopydeskApi } from '../../../client/src/extension';

const WAIT_MS = 30_000;

function copydesk(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk');
}

/** Resolves when `accept` holds for the document's copydesk diagnostics; rejects after a deadline. */
function waitFor(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      subscription.dispose();
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out after ${WAIT_MS} ms waiting for ${what}; now: ${copydesk(uri).map((d) => d.message).join(' | ')}`));
    }, WAIT_MS);
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString()) && accept(copydesk(uri))) {
        done();
        resolve();
      }
    });
    if (accept(copydesk(uri))) {
      done();
      resolve();
    }
  });
}

export function registerRecoveryTests(): void {
  describe('server recovery', () => {
    let api: CopydeskApi;

    before(async () => {
      const extension = vscode.extensions.getExtension<CopydeskApi>('copydesk.copydesk');
      assert.ok(extension, 'the extension is installed');
      api = await extension.activate();
    });

    it('restarts a killed server and publishes diagnostics again', async () => {
      const root = vscode.workspace.workspaceFolders![0].uri;
      const uri = vscode.Uri.joinPath(root, 'repeats-recovery.txt');
      await vscode.workspace.fs.copy(vscode.Uri.joinPath(root, 'repeats.txt'), uri, { overwrite: true });
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc, { preview: false });
      await waitFor(uri, (d) => d.some((x) => x.message.includes('100% identical')), 'first diagnostics');

      const before = await api.serverPid();
      process.kill(before, 'SIGKILL');

      // Edit while the server is down or restarting: the new server must lint the new text, where the
      // exact repeat on line 5 has become a near repeat.
      await editor.edit((b) => b.insert(new vscode.Position(4, 0), 'Meanwhile, '));
      await waitFor(uri, (d) => d.some((x) => x.range.start.line === 4 && /% similar to line 2$/.test(x.message)), 'diagnostics from the restarted server for the edited text');
      const after = await api.serverPid();
      assert.notEqual(after, before, 'a new server process runs');
    });
  });
}
