// End-to-end tests of what an editor sees around the findings (issue 15): the status item, the
// output, Check Workspace, fix on save, the config file as JSON with comments, the walkthrough. They
// also take the README's screenshots (squiggles, hover, quick-fix menu, status item) when the runner
// asks for them (COPYDESK_E2E_SCREENSHOTS; see code-server-launcher.mjs).

import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import {
  activateBeforeAndCloseEditorsAfterEach,
  activateCopydesk,
  codeOf,
  copydeskDiagnostics,
  describeDiagnostics,
  freshCopy,
  openInEditor,
  waitForDiagnostics,
  workspaceFolder,
} from './helpers';

interface StatusSnapshot {
  state: string;
  text: string;
  detail: string;
  severity: string;
  config: { text: string; file?: string; problems: string[] };
  findings?: number;
}

interface Api {
  status(): StatusSnapshot;
  onDidChangeStatus: vscode.Event<StatusSnapshot>;
  outputLines(): string[];
  checkWorkspace(): Promise<{ files: number; findings: number } | undefined>;
}

/** Resolves once the status satisfies `accept` (now or on a later change); fails with what it shows. */
function waitForStatus(api: Api, accept: (s: StatusSnapshot) => boolean, what: string, timeoutMs = 20_000): Promise<StatusSnapshot> {
  return new Promise((resolve, reject) => {
    if (accept(api.status())) return resolve(api.status());
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for the status item: ${what}; it shows ${JSON.stringify(api.status())}`));
    }, timeoutMs);
    const sub = api.onDidChangeStatus((s) => {
      if (!accept(s)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(s);
    });
  });
}

/** Waits until `condition` holds, checking on every diagnostics change and every 200 ms. */
async function waitUntil(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Asks the runner for a screenshot and waits until it is written (no-op without a screenshot folder). */
async function screenshot(name: string, options: { hover?: string } = {}): Promise<void> {
  const dir = process.env.COPYDESK_E2E_SCREENSHOTS;
  if (!dir) return;
  const file = join(dir, `${name}.png`);
  const failed = join(dir, `${name}.failed`);
  const started = Date.now();
  console.log(`[copydesk-screenshot] ${name}${options.hover ? ` ${JSON.stringify(options)}` : ''}`);
  // The file from a previous run does not count: wait for one written after the request.
  const { statSync } = await import('node:fs');
  await waitUntil(() => existsSync(failed) || (existsSync(file) && statSync(file).mtimeMs >= started - 1000), `screenshot ${name}`, 15_000);
}

export function registerEditorTests(): void {
  describe('Copydesk editor experience (issue 15)', () => {
    activateBeforeAndCloseEditorsAfterEach();
    const config = () => vscode.workspace.getConfiguration('copydesk');

    after(async () => {
      await config().update('fixOnSave', undefined, vscode.ConfigurationTarget.Workspace);
      await config().update('server.path', undefined, vscode.ConfigurationTarget.Global);
    });

    it('the output channel says Copydesk started, its version and the configuration in use', async () => {
      const api = await activateCopydesk<Api>();
      const uri = await freshCopy('repeats.txt');
      await openInEditor(uri);
      await waitForDiagnostics(uri, (ds) => ds.length > 0, 'findings');
      const version = String(vscode.extensions.getExtension('copydesk.copydesk')!.packageJSON.version);
      await waitUntil(() => api.outputLines().some((l) => l.includes(`Copydesk ${version} started`)), `the server's start line; output:\n${api.outputLines().join('\n')}`);
      await waitUntil(() => api.outputLines().some((l) => l.includes('Configuration: ')), 'the config line');
    });

    it('status item: ready, with the findings in this draft and the config file in use', async () => {
      const api = await activateCopydesk<Api>();
      const uri = await freshCopy('repeats.txt');
      await openInEditor(uri);
      const ds = await waitForDiagnostics(uri, (d) => d.length > 0, 'findings');
      const status = await waitForStatus(api, (s) => s.state === 'ready' && s.findings === ds.length, `ready with ${ds.length} findings`);
      assert.match(status.text, new RegExp(`Copydesk: ${ds.length} finding`));
      assert.equal(status.config.text, 'No .copydesk.json', 'the workspace root has no config file');

      const inConfig = vscode.Uri.joinPath(workspaceFolder(), 'config', 'draft.txt');
      await openInEditor(inConfig);
      const withConfig = await waitForStatus(api, (s) => s.state === 'ready' && s.config.text === 'config/.copydesk.json', 'config/.copydesk.json in use');
      assert.ok(withConfig.config.file?.endsWith('.copydesk.json'));
    });

    it('status item: a clear error when the server cannot start (bad copydesk.server.path), ready again after', async () => {
      const api = await activateCopydesk<Api>();
      await config().update('server.path', '/nonexistent/copydesk/server.js', vscode.ConfigurationTarget.Global);
      const broken = await waitForStatus(api, (s) => s.state === 'error', 'the error state');
      assert.equal(broken.severity, 'error');
      assert.match(broken.detail, /\/nonexistent\/copydesk\/server\.js does not exist/);
      assert.ok(api.outputLines().some((l) => /could not start/.test(l)), 'the output says why');

      await config().update('server.path', undefined, vscode.ConfigurationTarget.Global);
      await waitForStatus(api, (s) => s.state === 'ready', 'ready again');
      const uri = await freshCopy('repeats.txt');
      await openInEditor(uri);
      await waitForDiagnostics(uri, (ds) => ds.length > 0, 'findings from the restarted server');
    });

    it('Check Workspace puts the findings of drafts nobody opened into Problems, honouring .copydeskignore', async () => {
      const api = await activateCopydesk<Api>();
      const root = workspaceFolder();
      const repeats = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, 'repeats.txt'));
      const unopened = vscode.Uri.joinPath(root, 'desk', 'unopened-story.txt');
      const ignored = vscode.Uri.joinPath(root, 'desk', 'archive', 'old-story.txt');
      await vscode.workspace.fs.writeFile(unopened, repeats);
      await vscode.workspace.fs.writeFile(ignored, repeats);
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(root, '.copydeskignore'), Buffer.from('desk/archive/\n'));
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'the draft is not open');

      const result = await api.checkWorkspace();
      assert.ok(result && result.files > 0 && result.findings > 0, `Check Workspace result: ${JSON.stringify(result)}`);
      const found = await waitForDiagnostics(unopened, (ds) => ds.some((d) => codeOf(d) === 'duplicate-paragraph'), 'findings of the unopened draft');
      assert.equal(found.filter((d) => codeOf(d) === 'duplicate-paragraph').length, 1, describeDiagnostics(found));
      assert.deepEqual(copydeskDiagnostics(ignored), [], 'a draft in .copydeskignore is not checked');
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(root, '.copydeskignore'));
    });

    it('fix on save (copydesk.fixOnSave) deletes the exact repeats when the draft is saved', async () => {
      const uri = await freshCopy('repeats.txt');
      const editor = await openInEditor(uri);
      const doc = editor.document;
      await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'duplicate-paragraph'), 'the repeat');
      const lines = doc.getText().split('\n');

      // Off by default: saving keeps the repeat.
      assert.equal(config().get('fixOnSave'), false);
      await editor.edit((e) => e.insert(doc.positionAt(doc.getText().length), '\n'));
      assert.ok(await doc.save());
      assert.equal(doc.getText(), `${lines.join('\n')}\n`, 'nothing but the typed line break changed on save with fixOnSave off');

      await config().update('fixOnSave', true, vscode.ConfigurationTarget.Workspace);
      try {
        await editor.edit((e) => e.insert(doc.positionAt(doc.getText().length), '\n'));
        assert.ok(await doc.save());
        assert.equal(doc.getText().trimEnd(), lines.slice(0, 4).join('\n'), 'the repeated block went on save; lines 1–4 stay');
        assert.equal(readFileSync(uri.fsPath, 'utf8').trimEnd(), lines.slice(0, 4).join('\n'), 'and the saved file has it');
      } finally {
        await config().update('fixOnSave', undefined, vscode.ConfigurationTarget.Workspace);
      }
    });

    it('.copydesk.json opens as JSON with comments: comments are no error, the schema still applies', async () => {
      const commented = vscode.Uri.joinPath(workspaceFolder(), 'config', '.copydesk.json');
      const doc = (await openInEditor(commented)).document;
      assert.equal(doc.languageId, 'jsonc');
      assert.match(doc.getText(), /\/\//, 'fixture: the config file has comments');

      // A config with a mistake and no $schema line: the bundled schema flags it, which shows the
      // validation runs, so the commented file's silence means something.
      const wrong = vscode.Uri.joinPath(workspaceFolder(), 'wrong', '.copydesk.json');
      await vscode.workspace.fs.writeFile(wrong, Buffer.from('{\n  // a comment\n  "colour": "red"\n}\n'));
      await openInEditor(wrong);
      await waitUntil(() => vscode.languages.getDiagnostics(wrong).some((d) => /colour|not allowed/i.test(d.message)), 'the schema to flag "colour"');
      const onCommented = vscode.languages.getDiagnostics(commented);
      assert.deepEqual(onCommented.map((d) => d.message), [], 'no error on the commented config');
    });

    it('Show Rule Documentation opens the bundled doc; Open Configuration creates .copydesk.json from the commented template', async () => {
      await vscode.commands.executeCommand('copydesk.showRuleDocumentation', 'duplicate-paragraph');
      await waitUntil(
        () => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => /duplicate-paragraph/.test(t.label))),
        `a tab with the rule's documentation; tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)).join(', ')}`,
      );

      const created = vscode.Uri.joinPath(workspaceFolder(), '.copydesk.json');
      assert.ok(!existsSync(created.fsPath), 'fixture: no config file at the root');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      try {
        const editor = (await vscode.commands.executeCommand('copydesk.openConfiguration')) as vscode.TextEditor | undefined;
        assert.ok(existsSync(created.fsPath), '.copydesk.json was created');
        assert.equal(editor?.document.uri.toString(), created.toString(), 'and opened');
        assert.equal(editor?.document.languageId, 'jsonc');
        assert.match(editor!.document.getText(), /^\/\/ Copydesk configuration/);
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await vscode.workspace.fs.delete(created);
      }
    });

    it('the walkthrough opens', async () => {
      const walkthroughs = vscode.extensions.getExtension('copydesk.copydesk')!.packageJSON.contributes.walkthroughs as { id: string; steps: { media: { markdown: string } }[] }[];
      const extensionPath = vscode.extensions.getExtension('copydesk.copydesk')!.extensionPath;
      for (const step of walkthroughs[0].steps) assert.ok(existsSync(join(extensionPath, step.media.markdown)), step.media.markdown);
      await vscode.commands.executeCommand('workbench.action.openWalkthrough', `copydesk.copydesk#${walkthroughs[0].id}`, false);
      await waitUntil(
        () => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => /welcome|walkthrough|get started/i.test(t.label))),
        `the walkthrough tab; tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)).join(', ')}`,
      );
      await screenshot('walkthrough');
    });

    it('screenshots for the README: squiggles, hover, quick-fix menu, status item', async function () {
      if (!process.env.COPYDESK_E2E_SCREENSHOTS) this.skip();
      const uri = await freshCopy('showcase.md');
      const editor = await openInEditor(uri);
      const ds = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'duplicate-paragraph') && d.some((x) => codeOf(x) === 'unattributed-figure'), 'findings to show');
      await vscode.commands.executeCommand('workbench.action.closeSidebar');
      await vscode.commands.executeCommand('workbench.action.closePanel');
      await vscode.commands.executeCommand('notifications.clearAll');
      await screenshot('squiggles');
      await screenshot('status', { hover: '[id="status.languageStatus"]' });
      const figure = ds.find((d) => codeOf(d) === 'unattributed-figure')!;
      editor.selection = new vscode.Selection(figure.range.start, figure.range.start);
      await vscode.commands.executeCommand('editor.action.showHover');
      await screenshot('hover');
      const repeat = ds.find((d) => codeOf(d) === 'duplicate-paragraph')!;
      editor.selection = new vscode.Selection(repeat.range.start, repeat.range.start);
      await vscode.commands.executeCommand('editor.action.quickFix');
      await screenshot('quick-fix');
      await vscode.commands.executeCommand('workbench.action.toggleSidebarVisibility');
    });
  });
}
