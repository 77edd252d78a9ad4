// One .copydesk.json, the same findings in VS Code and in `copydesk check` (the Neovim layer checks
// the same against the CLI in test/neovim).

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';

const SEVERITY = ['error', 'warning', 'information', 'hint'];

function waitForAny(uri: vscode.Uri, ms = 20_000): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk');
  return new Promise((resolve, reject) => {
    const finish = (error?: Error) => {
      clearTimeout(timer);
      subscription.dispose();
      if (error) reject(error);
      else resolve(current());
    };
    const timer = setTimeout(() => finish(new Error(`no copydesk diagnostics for ${uri.path} within ${ms} ms`)), ms);
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString()) && current().length > 0) finish();
    });
    if (current().length > 0) finish();
  });
}

export function registerSharedConfigTests(): void {
  describe('one configuration for editor and CI', () => {
    it('VS Code shows exactly what copydesk check prints under the same .copydesk.json', async () => {
      const root = vscode.workspace.workspaceFolders![0].uri;
      const uri = vscode.Uri.joinPath(root, 'config', 'draft.txt');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
      const diagnostics = await waitForAny(uri);

      const extension = vscode.extensions.getExtension('copydesk.copydesk')!;
      const cli = spawnSync(process.execPath, [`${extension.extensionPath}/dist/cli.js`, 'check', '--format', 'json', 'draft.txt'], {
        cwd: vscode.Uri.joinPath(root, 'config').fsPath,
        encoding: 'utf8',
        env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      });
      assert.ok(cli.stdout, `the CLI printed nothing: ${cli.stderr}`);
      const findings = JSON.parse(cli.stdout).files[0].findings as { rule: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[];

      const fromEditor = diagnostics
        .map((d) => {
          const code = typeof d.code === 'object' ? d.code.value : d.code;
          return [d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1, SEVERITY[d.severity], code, d.message].join('|');
        })
        .sort();
      const fromCli = findings.map((f) => [f.line, f.column, f.endLine, f.endColumn, f.severity, f.rule, f.message].join('|')).sort();
      assert.deepEqual(fromEditor, fromCli);
      assert.ok(fromEditor.some((line) => line.includes('|error|duplicate-paragraph|')), 'the config file made repeats errors');
      assert.ok(fromEditor.some((line) => line.includes('|quote-style|')), 'the curly house style applies');
    });
  });
}
