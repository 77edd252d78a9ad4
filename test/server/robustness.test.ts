// Issue 17: the server stays up and stays safe. Each numbered item of the issue is reproduced here
// as a hostile (but legal) editor client would, over a real stdio connection to dist/server.js.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../server/src/engine/lint.ts';
import { fixUntilStable } from '../../server/src/engine/fix-all.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';
import { editsFor, fileUri, LspHarness, withTimeout } from './lsp-harness.ts';

const REPO = resolve(import.meta.dirname, '../..');
const CLI = resolve(REPO, 'dist/cli.js');
const fixture = (name: string) => readFileSync(resolve(REPO, 'test/fixtures', name), 'utf8');
const SEED = fixture('seed-like.txt');
const workspace = mkdtempSync(join(tmpdir(), 'copydesk-robust-'));
const outside = mkdtempSync(join(tmpdir(), 'copydesk-robust-outside-'));

let settings: Record<string, unknown> = {};
const server = new LspHarness({
  settings: () => settings,
  rootPath: workspace,
  capabilities: {
    workspace: { configuration: true, workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
    textDocument: { publishDiagnostics: { versionSupport: true } },
  },
});
before(() => server.initialize());
after(() => server.close());

/** How the server names a file in its messages: relative to the workspace folder when inside it. */
const shown = (path: string) => relative(workspace, path);

/** The server answers a request (it is alive and its event loop is free). */
async function alive(harness: LspHarness): Promise<void> {
  const info = (await withTimeout(harness.connection.sendRequest('copydesk/serverInfo'), 'copydesk/serverInfo', 5000)) as { pid: number };
  assert.equal(info.pid, harness.process.pid);
  assert.equal(harness.process.exitCode, null, 'the server process is running');
}

function messagesOf(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => d.message as string).sort();
}

/** What a cold lint with default settings publishes for a text (capped at the default 1,000). */
function coldMessages(text: string): string[] {
  return lint(text, { format: 'plaintext', settings: defaultSettings() })
    .findings.filter((f) => !f.note)
    .map((f) => f.message)
    .sort();
}

function mkfifo(path: string): boolean {
  try {
    execFileSync('mkfifo', [path]);
    return true;
  } catch {
    return false;
  }
}

// 1. -------------------------------------------------------------------------------------------

test('1. a UNC-host or encoded-slash file URI is linted as an unsaved draft, and nothing dies', async () => {
  for (const uri of ['file://fileserver/share/story.txt', 'file:///tmp/ws/a%2Fb.txt', 'file:///tmp/ws/%E0%A4%A.txt']) {
    const diagnostics = await server.open(uri, SEED);
    assert.deepEqual(messagesOf(diagnostics), coldMessages(SEED), uri);
    const target = diagnostics.find((d) => d.code === 'duplicate-paragraph')!;
    const actions = await server.codeActions(uri, target.range, [target]);
    assert.ok(actions.some((a) => a.title.startsWith('Delete repeated')), `fixes still offered: ${actions.map((a) => a.title)}`);
    assert.ok(!actions.some((a) => a.title.startsWith('Ignore ')), 'no .copydesk.json to write for a URI with no path');
    assert.equal(await server.hover(uri, { line: 0, character: 0 }), null);
    await server.change(uri, [{ text: SEED + '\nOne more line.\n' }]);
    await alive(server);
  }
});

// 2. -------------------------------------------------------------------------------------------

test('2. a .copydesk.json symlinked to /dev/zero is refused with one clear message', async () => {
  const dir = mkdtempSync(join(workspace, 'zero-'));
  symlinkSync('/dev/zero', join(dir, '.copydesk.json'));
  const diagnostics = await server.open(fileUri(join(dir, 'draft.txt')), SEED);
  assert.deepEqual(messagesOf(diagnostics), coldMessages(SEED), 'defaults are used');
  const message = await server.nextMessage((m) => m.includes(shown(join(dir, '.copydesk.json'))));
  assert.match(message, /the configuration is not read: it is a device, not a regular file; using the default settings/);
  await alive(server);
});

test('2. a .copydesk.json that is a FIFO never blocks the server (shutdown included)', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-fifo-'));
  if (!mkfifo(join(dir, '.copydesk.json'))) return t.skip('mkfifo is not available');
  const scoped = new LspHarness({ rootPath: dir });
  try {
    await scoped.initialize();
    const diagnostics = await scoped.open(fileUri(join(dir, 'draft.txt')), SEED);
    assert.deepEqual(messagesOf(diagnostics), coldMessages(SEED));
    assert.match(await scoped.nextMessage((m) => m.includes('.copydesk.json')), /it is a named pipe \(FIFO\), not a regular file/);
    await withTimeout(scoped.connection.sendRequest('shutdown'), 'shutdown', 5000);
  } finally {
    await scoped.close();
  }
});

test('2. a .copydesk.json that links out of the workspace is not read', async () => {
  writeFileSync(join(outside, 'copydesk.json'), JSON.stringify({ rules: { 'duplicate-paragraph': 'off' } }));
  const dir = mkdtempSync(join(workspace, 'leave-'));
  symlinkSync(join(outside, 'copydesk.json'), join(dir, '.copydesk.json'));
  const diagnostics = await server.open(fileUri(join(dir, 'draft.txt')), SEED);
  assert.ok(diagnostics.some((d) => d.code === 'duplicate-paragraph'), 'the outside file did not switch the rule off');
  assert.match(await server.nextMessage((m) => m.includes(shown(join(dir, '.copydesk.json')))), /it leads to .*, outside the folder /);
});

test('2. a .copydesk.json over 1 MB is not read', async () => {
  const dir = mkdtempSync(join(workspace, 'big-'));
  writeFileSync(join(dir, '.copydesk.json'), `{ "rules": { "duplicate-paragraph": "off" } }\n${' '.repeat(1_100_000)}`);
  const diagnostics = await server.open(fileUri(join(dir, 'draft.txt')), SEED);
  assert.ok(diagnostics.some((d) => d.code === 'duplicate-paragraph'));
  assert.match(await server.nextMessage((m) => m.includes(shown(join(dir, '.copydesk.json')))), /it is larger than 1 MB/);
});

test('2. quote sources: a FIFO is never read, and a source over maxSourceSize is refused', async (t) => {
  const dir = mkdtempSync(join(workspace, 'sources-'));
  mkdirSync(join(dir, 'transcripts'));
  writeFileSync(join(dir, 'transcripts', 'big.txt'), 'We will rebuild the bridge by the spring. '.repeat(200));
  symlinkSync('/dev/zero', join(dir, 'transcripts', 'zero.txt'));
  const fifo = mkfifo(join(dir, 'transcripts', 'pipe.txt'));
  writeFileSync(join(dir, '.copydesk.json'), JSON.stringify({ sources: ['transcripts/big.txt', 'transcripts/zero.txt', 'transcripts/pipe.txt'], maxSourceSize: 1000 }));
  const text = 'The mayor said: "We will rebuild the bridge by the spring." The works start in May.\n';
  await server.open(fileUri(join(dir, 'draft.txt')), text);
  assert.match(await server.nextMessage((m) => m.includes('big.txt')), /is not read: it is larger than 1 KB .*\(setting maxSourceSize\)/);
  await alive(server);
  if (!fifo) t.diagnostic('mkfifo is not available: the FIFO case was not run');
});

test('2. the CLI follows the same rules: a FIFO or /dev/zero .copydesk.json is refused, exit 2, no hang', async (t) => {
  for (const kind of ['fifo', 'zero'] as const) {
    const dir = mkdtempSync(join(tmpdir(), `copydesk-cli-${kind}-`));
    if (kind === 'fifo' && !mkfifo(join(dir, '.copydesk.json'))) {
      t.diagnostic('mkfifo is not available');
      continue;
    }
    if (kind === 'zero') symlinkSync('/dev/zero', join(dir, '.copydesk.json'));
    writeFileSync(join(dir, 'draft.txt'), SEED);
    const run = await runCli(['check', 'draft.txt'], dir);
    assert.equal(run.code, 2, `${kind}: ${run.stderr}`);
    assert.match(run.stderr, /\.copydesk\.json: the configuration is not read: it is (a named pipe \(FIFO\)|a device), not a regular file/);
  }
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-pipe-draft-'));
  if (mkfifo(join(dir, 'pipe.txt'))) {
    const run = await runCli(['check', 'pipe.txt'], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /pipe\.txt is not a regular file/);
  }
});

function runCli(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return withTimeout(
    new Promise((resolvePromise) => {
      const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.stdout.resume();
      child.on('close', (code) => resolvePromise({ code, stderr }));
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    }),
    'the CLI',
    12_000,
  );
}

// 3. -------------------------------------------------------------------------------------------

test('3. a 1M-character draft: hover answers while it is linted, and a newer edit cancels that lint', async () => {
  const paragraph = 'The council said 40,000 homes lost power, and "we are working through the night," a spokesperson said.';
  const lines: string[] = [];
  for (let i = 0; lines.join('\n').length < 1_000_000; i++) lines.push(`${i}. ${paragraph} Item ${i * 7919} of the schedule was read aloud at ${i % 24} hours.`);
  const text = lines.join('\n') + '\n';
  const uri = 'untitled:million.txt';
  const order: string[] = [];
  const published = server.nextDiagnostics(uri, undefined, 120_000).then((d) => (order.push('publish'), d));
  server.docs.set(uri, TextDocument.create(uri, 'plaintext', 1, text));
  void server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const hover = await withTimeout(server.hover(uri, { line: 0, character: 0 }), 'hover during the lint', 5000);
  order.push('hover');
  assert.equal(hover, null);
  // Typing before the first lint ends: the version-1 lint is dropped, only version 2 is published.
  const v2 = server.changeNoWait(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Z' }]);
  const final = await withTimeout(published, 'diagnostics of the large draft', 120_000);
  assert.deepEqual(order, ['hover', 'publish'], 'hover was answered before the lint finished');
  assert.equal(server.latestVersion(uri), v2, 'the first publish is for the newer version');
  assert.ok(final.length > 0);
  void server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
});

// 4. -------------------------------------------------------------------------------------------

test('4. a flood of 50,000 quote marks publishes 1,000 diagnostics and one "and N more"', async () => {
  const text = 'a \u201C b " '.repeat(25_000) + '\n';
  const uri = 'untitled:flood.txt';
  const diagnostics = await server.open(uri, text);
  const total = lint(text, { format: 'plaintext', settings: defaultSettings() }).findings.length;
  assert.ok(total > 40_000, `${total} findings`);
  assert.equal(diagnostics.length, 1001);
  const summary = diagnostics[1000];
  assert.equal(summary.message, `…and ${(total - 1000).toLocaleString('en')} more Copydesk problems in this draft (only the first 1,000 are shown: setting copydesk.maxDiagnostics)`);
  // Every diagnostic sent back at once: fixes come for the findings, none for the summary.
  const actions = await withTimeout(server.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, diagnostics), 'code actions for 1,001 diagnostics');
  assert.ok(actions.some((a) => a.diagnostics?.some((d) => d.code === 'quote-mismatch')));
  assert.ok(!actions.some((a) => a.diagnostics?.some((d) => d.message === summary.message)));
  // The setting is honoured.
  settings = { maxDiagnostics: 10 };
  try {
    const relinted = server.nextDiagnostics(uri);
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    assert.equal((await relinted).length, 11);
  } finally {
    settings = {};
    const relinted = server.nextDiagnostics(uri);
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await relinted;
  }
});

test('4. sources through a link to a big folder outside: one warning, logged once, and that path is never watched', async () => {
  const big = mkdtempSync(join(outside, 'etc-'));
  for (let i = 0; i < 300; i++) writeFileSync(join(big, `file-${i}.txt`), `line ${i}\n`);
  const dir = mkdtempSync(join(workspace, 'flood-'));
  symlinkSync(big, join(dir, 'notes'));
  writeFileSync(join(dir, '.copydesk.json'), JSON.stringify({ sources: ['notes/**/*.txt', '../../../outside-glob/*.txt'] }));
  const uri = fileUri(join(dir, 'draft.txt'));
  const text = 'The mayor said: "We will rebuild the bridge by the spring." The works start in May.\n';
  const registered = server.registrations.length;
  await server.open(uri, text);
  for (let i = 0; i < 3; i++) await server.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'A' }]);
  const about = (m: string) => m.includes('lead outside the workspace folder') && m.includes('notes/**/*.txt');
  assert.equal(server.messages.filter((m) => about(m.message)).length, 1, 'one warning, not one per file');
  assert.equal(server.logs.filter((l) => about(l.message)).length, 1, 'logged once, not per keystroke');
  assert.ok(!server.messages.some((m) => /file-\d+\.txt/.test(m.message)), 'no message per file');
  const watched = JSON.stringify(server.registrations.slice(registered));
  assert.ok(!watched.includes('notes/**/*.txt'), `a glob that leads out of the workspace is not watched: ${watched}`);
  assert.ok(!watched.includes('outside-glob'), `a glob outside the workspace is not watched: ${watched}`);
});

// 5. -------------------------------------------------------------------------------------------

test('5. a repeated version number never yields stale diagnostics or fix-all edits', async () => {
  const uri = 'untitled:repeated-version.txt';
  const first = SEED;
  await server.open(uri, first);
  // A buggy client: new text, same version number.
  const second = SEED.split('\n').slice(0, 4).join('\n') + '\n' + SEED.split('\n')[1] + '\nThe flood closed 12 roads.\n';
  server.docs.set(uri, TextDocument.create(uri, 'plaintext', 1, second));
  const republished = server.nextDiagnostics(uri, 1);
  void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: second }] });
  assert.deepEqual(messagesOf(await republished), coldMessages(second), 'diagnostics are those of the new text');
  const [fixAll] = await server.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
  const applied = TextDocument.applyEdits(server.docs.get(uri)!, editsFor(uri, fixAll.edit!, 1));
  const expected = fixUntilStable(second, lint(second, { format: 'plaintext', settings: defaultSettings() }), { format: 'plaintext', settings: defaultSettings() }).text;
  assert.equal(applied, expected, 'fix-all was computed from the text it is applied to');
});

// 6. -------------------------------------------------------------------------------------------

test('6. close and reopen while a settings request is pending: the new document gets only its own results', async () => {
  const held: (() => void)[] = [];
  const racing = new LspHarness({ settings: () => new Promise((release) => held.push(() => release({})))});
  try {
    await racing.initialize();
    const uri = 'untitled:race.txt';
    racing.docs.set(uri, TextDocument.create(uri, 'plaintext', 1, SEED));
    void racing.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: SEED } });
    await waitFor(() => held.length >= 1, 'the first settings request');
    void racing.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const clean = 'A short note with nothing to flag.\n';
    racing.docs.set(uri, TextDocument.create(uri, 'plaintext', 1, clean));
    const published = racing.nextDiagnostics(uri, 1);
    void racing.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: clean } });
    await waitFor(() => held.length >= 2, 'the second settings request');
    held[0]();
    await new Promise((r) => setTimeout(r, 100));
    held[1]();
    for (let i = 2; i < held.length; i++) held[i]();
    assert.deepEqual(await published, [], 'the reopened document is not given the closed one\'s findings');
    await alive(racing);
    assert.deepEqual(racing.latestDiagnostics(uri), []);
  } finally {
    await racing.close();
  }
});

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > 10_000) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

// 7. -------------------------------------------------------------------------------------------

test('7. with dynamic file watching, the server watches .copydesk.json and .copydeskignore itself', async () => {
  const patterns = JSON.stringify(server.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles'));
  assert.match(patterns, /\*\*\/\.copydesk\.json/);
  assert.match(patterns, /\*\*\/\.copydeskignore/);
  const dir = mkdtempSync(join(workspace, 'watch-'));
  const uri = fileUri(join(dir, 'draft.txt'));
  const diagnostics = await server.open(uri, SEED);
  assert.ok(diagnostics.some((d) => d.code === 'duplicate-paragraph'));
  writeFileSync(join(dir, '.copydesk.json'), JSON.stringify({ rules: { 'duplicate-paragraph': 'off' } }));
  const relinted = server.nextDiagnostics(uri);
  await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(dir, '.copydesk.json')), type: 1 }] });
  assert.ok(!(await relinted).some((d) => d.code === 'duplicate-paragraph'));
});

test('7. without dynamic file watching, saving .copydesk.json re-reads it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-save-'));
  const plain = new LspHarness({ rootPath: dir, capabilities: { workspace: { configuration: false } } });
  try {
    await plain.initialize();
    assert.ok(!plain.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'));
    const uri = fileUri(join(dir, 'draft.txt'));
    assert.ok((await plain.open(uri, SEED)).some((d) => d.code === 'duplicate-paragraph'));
    const config = join(dir, '.copydesk.json');
    const configText = JSON.stringify({ rules: { 'duplicate-paragraph': 'off' } });
    void plain.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fileUri(config), languageId: 'json', version: 1, text: '{}' } });
    writeFileSync(config, configText);
    const relinted = plain.nextDiagnostics(uri);
    void plain.connection.sendNotification('textDocument/didSave', { textDocument: { uri: fileUri(config) } });
    assert.ok(!(await relinted).some((d) => d.code === 'duplicate-paragraph'), 'the saved config switched the rule off');
    assert.equal(plain.latestDiagnostics(fileUri(config)), undefined, 'the config itself is not linted');
  } finally {
    await plain.close();
  }
});

// 8. -------------------------------------------------------------------------------------------

test('8. copydesk.ignoreInFile acts only on open documents inside a workspace folder, with a known rule', async () => {
  const target = mkdtempSync(join(outside, 'cmd-'));
  const call = (args: unknown[]) =>
    server.connection.sendRequest('workspace/executeCommand', { command: 'copydesk.ignoreInFile', arguments: args }).then(
      () => 'ok',
      (error: Error) => error.message,
    );
  // Outside the workspace (and not open).
  assert.match(await call([fileUri(join(target, 'story.txt')), 'duplicate-paragraph']), /not an open draft inside a workspace folder/);
  assert.ok(!existsSync(join(target, '.copydesk.json')), 'nothing was written outside the workspace');
  // Inside, open, but an unknown rule or bad arguments.
  const dir = mkdtempSync(join(workspace, 'cmd-'));
  const uri = fileUri(join(dir, 'story.txt'));
  await server.open(uri, SEED);
  assert.match(await call([uri, 'no-such-rule", "x']), /unknown rule/);
  assert.match(await call([uri, 42]), /unknown rule/);
  assert.match(await call([{ uri }, 'duplicate-paragraph']), /not an open draft/);
  assert.ok(!existsSync(join(dir, '.copydesk.json')));
  // Inside, not open.
  assert.match(await call([fileUri(join(dir, 'other.txt')), 'duplicate-paragraph']), /not an open draft/);
  // And the proper call still works.
  assert.equal(await call([uri, 'duplicate-paragraph']), 'ok');
  assert.match(readFileSync(join(workspace, '.copydesk.json'), 'utf8'), /duplicate-paragraph/);
});

// 9. -------------------------------------------------------------------------------------------

test('9. a client that never answers workspace/configuration: defaults after a timeout, told once', async () => {
  const silent = new LspHarness({ settings: () => new Promise(() => undefined) });
  try {
    await silent.initialize();
    const uri = 'untitled:silent.txt';
    const diagnostics = await silent.open(uri, SEED);
    assert.deepEqual(messagesOf(diagnostics), coldMessages(SEED));
    await withTimeout(silent.hover(uri, { line: 0, character: 0 }), 'hover', 10_000);
    await silent.open('untitled:silent-2.txt', SEED);
    const told = silent.messages.filter((m) => /did not answer the settings request/.test(m.message));
    assert.equal(told.length, 1);
  } finally {
    await silent.close();
  }
});

test('9. binary content after the first 8 KB is detected', async () => {
  const text = SEED.repeat(Math.ceil(20_000 / SEED.length)) + '\u0000\u0001\u0002\u0003PK\u0003\u0004'.repeat(500);
  assert.deepEqual(await server.open('untitled:late-binary.txt', text), []);
  assert.match(await server.nextMessage((m) => m.includes('late-binary.txt')), /looks binary/);
});

test('9. requests after shutdown are refused with InvalidRequest', async () => {
  const closing = new LspHarness();
  try {
    await closing.initialize();
    await closing.open('untitled:bye.txt', SEED);
    await closing.connection.sendRequest('shutdown');
    await assert.rejects(closing.hover('untitled:bye.txt', { line: 0, character: 0 }), (error: { code?: number }) => error.code === -32600);
    await assert.rejects(closing.connection.sendRequest('copydesk/serverInfo'), (error: { code?: number }) => error.code === -32600);
  } finally {
    await closing.close();
  }
});
