// One .copydesk.json, the same findings in VS Code and in `copydesk check` (the Neovim layer checks
// the same against the CLI in test/neovim).

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, copydeskExtension, openInEditor, waitForDiagnostics, workspaceFolder } from './helpers';

const SEVERITY = ['error', 'warning', 'information', 'hint'];

export function registerSharedConfigTests(): void {
  describe('one configuration for editor and CI', () => {
    it('VS Code shows exactly what copydesk check prints under the same .copydesk.json', async () => {
      const root = workspaceFolder();
      const uri = vscode.Uri.joinPath(root, 'config', 'draft.txt');
      await openInEditor(uri);
      const diagnostics = await waitForDiagnostics(uri, (ds) => ds.length > 0, 'any copydesk diagnostics');

      const extension = copydeskExtension();
      const cli = spawnSync(process.execPath, [`${extension.extensionPath}/dist/cli.js`, 'check', '--format', 'json', 'draft.txt'], {
        cwd: vscode.Uri.joinPath(root, 'config').fsPath,
        encoding: 'utf8',
        env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      });
      assert.ok(cli.stdout, `the CLI printed nothing: ${cli.stderr}`);
      const findings = JSON.parse(cli.stdout).files[0].findings as { rule: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[];

      const fromEditor = diagnostics
        .map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1, SEVERITY[d.severity], codeOf(d), d.message].join('|'))
        .sort();
      const fromCli = findings.map((f) => [f.line, f.column, f.endLine, f.endColumn, f.severity, f.rule, f.message].join('|')).sort();
      assert.deepEqual(fromEditor, fromCli);
      assert.ok(fromEditor.some((line) => line.includes('|error|duplicate-paragraph|')), 'the config file made repeats errors');
      assert.ok(fromEditor.some((line) => line.includes('|quote-style|')), 'the curly house style applies');
    });
  });
}
