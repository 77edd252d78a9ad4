// A third-party LSP client: Neovim's built-in client drives dist/server.js --stdio on a draft, and must
// receive the same findings `copydesk check` prints for it under the same .copydesk.json.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '../..');
const install = spawnSync('bash', [resolve(import.meta.dirname, 'ensure-neovim.sh')], { stdio: 'inherit' });

interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
}

const SEVERITY: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4 };

test('Neovim receives the same findings as copydesk check under one .copydesk.json', { skip: install.status === 0 ? false : 'Neovim could not be installed' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-nvim-'));
  writeFileSync(join(dir, 'draft.txt'), readFileSync(resolve(REPO, 'test/fixtures/seed-like.txt'), 'utf8'));
  writeFileSync(join(dir, '.copydesk.json'), JSON.stringify({ rules: { 'duplicate-paragraph': { severity: 'error' } } }));
  const out = join(dir, 'diagnostics.json');
  const nvim = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${resolve(import.meta.dirname, 'copydesk.lua')}`, 'draft.txt'], {
    cwd: dir,
    env: { ...process.env, COPYDESK_OUT: out, COPYDESK_SERVER: resolve(REPO, 'dist/server.js'), COPYDESK_NODE: process.execPath },
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(nvim.status, 0, `nvim exited ${nvim.status}: ${nvim.stderr}`);
  const published = JSON.parse(readFileSync(out, 'utf8')) as { uri: string; diagnostics: LspDiagnostic[] };
  assert.ok(published.uri.endsWith('/draft.txt'));

  const cli = spawnSync(process.execPath, [resolve(REPO, 'dist/cli.js'), 'check', '--format', 'json', 'draft.txt'], { cwd: dir, encoding: 'utf8' });
  const findings = JSON.parse(cli.stdout).files[0].findings as { rule: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[];

  const fromNvim = published.diagnostics
    .map((d) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.severity, d.code, d.message].join('|'))
    .sort();
  const fromCli = findings
    .map((f) => [f.line - 1, f.column - 1, f.endLine - 1, f.endColumn - 1, SEVERITY[f.severity], f.rule, f.message].join('|'))
    .sort();
  // The repeated block is one finding (issue 15).
  const repeats = fromNvim.filter((line) => line.includes('|duplicate-paragraph|'));
  assert.equal(repeats.length, 1, repeats.join('\n'));
  assert.match(repeats[0], /^6\|0\|10\|\d+\|1\|duplicate-paragraph\|Lines 7–11 repeat lines 2–6$/);
  assert.ok(published.diagnostics.filter((d) => d.code === 'duplicate-paragraph').every((d) => d.severity === 1), 'the config file applies');
  assert.deepEqual(fromNvim, fromCli);
});
