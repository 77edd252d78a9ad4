// The server under hostile conditions: oversized and binary drafts, bursts of edits, bad config,
// and the quick fixes that silence a rule.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { lint } from '../../server/src/engine/lint.ts';
import { resolveConfig } from '../../server/src/engine/config-file.ts';
import { fileUri, LspHarness } from './lsp-harness.ts';

const REPO = resolve(import.meta.dirname, '../..');
const fixture = (name: string) => readFileSync(resolve(REPO, 'test/fixtures', name), 'utf8');
const workspace = mkdtempSync(join(tmpdir(), 'copydesk-hostile-'));

let settings: Record<string, unknown> = {};
const server = new LspHarness({ settings: () => settings, rootPath: workspace });
before(() => server.initialize());
after(() => server.close());

test('a draft over maxFileSize is not linted, and the user is told once', async () => {
  settings = { maxFileSize: 5000 };
  try {
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const uri = 'untitled:huge.txt';
    const big = fixture('seed-like.txt').repeat(3);
    assert.deepEqual(await server.open(uri, big), []);
    const message = await server.nextMessage((m) => m.includes('huge.txt'));
    assert.match(message, /Not linted: the draft has [\d,]+ characters, over the limit of 5,000 \(setting copydesk\.maxFileSize\)/);
    await server.change(uri, [{ text: big + 'x' }]);
    assert.equal(server.messages.filter((m) => m.message.includes('huge.txt')).length, 1);
  } finally {
    settings = {};
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  }
});

test('binary content is never linted', async () => {
  const diagnostics = await server.open('untitled:binary.txt', 'PNG\u0000\u0001\u0002' + fixture('seed-like.txt'));
  assert.deepEqual(diagnostics, []);
  assert.match(await server.nextMessage((m) => m.includes('binary.txt')), /looks binary/);
});

test('1,000 rapid edits: no queued work, and the final diagnostics match the final text', async () => {
  const uri = fileUri(join(workspace, 'burst.txt'));
  const text = fixture('seed-like.txt');
  await server.open(uri, text);
  const publishedBefore = server.publishCount.get(uri) ?? 0;
  let version = 1;
  for (let i = 0; i < 1000; i++) {
    // Type at the start of line 8 (a repeat) and delete again, ending on a changed text.
    const insert = i % 2 === 0;
    version = server.changeNoWait(uri, [
      insert
        ? { range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, text: 'Z' }
        : { range: { start: { line: 7, character: 0 }, end: { line: 7, character: 1 } }, text: '' },
    ]);
  }
  version = server.changeNoWait(uri, [{ range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, text: 'Still, ' }]);
  const final = await server.nextDiagnostics(uri, version);
  const published = (server.publishCount.get(uri) ?? 0) - publishedBefore;
  const expected = lint(server.text(uri), { format: 'plaintext', settings: resolveConfig(join(workspace, 'burst.txt')).settings }).findings.filter((f) => !f.note);
  assert.deepEqual(final.map((d) => d.message).sort(), expected.map((f) => f.message).sort());
  assert.ok(!final.some((d) => d.message === 'Paragraph repeats line 3 (100% identical)'), 'line 8 is no longer an exact repeat');
  assert.ok(published < 20, `the burst was coalesced, not linted per edit (${published} publishes)`);
  // Still responsive.
  const actions = await server.codeActions(uri, final[0].range, [final[0]]);
  assert.ok(actions.length > 0);
});

test('invalid .copydesk.json: one clear message naming the file and key; defaults are used', async () => {
  const dir = mkdtempSync(join(workspace, 'badconfig-'));
  writeFileSync(join(dir, '.copydesk.json'), JSON.stringify({ rules: { 'duplicate-paragraph': { similarity: 3 } } }));
  writeFileSync(join(dir, 'draft.txt'), fixture('seed-like.txt'));
  const diagnostics = await server.open(fileUri(join(dir, 'draft.txt')), fixture('seed-like.txt'));
  assert.ok(diagnostics.some((d) => d.code === 'duplicate-paragraph'));
  const message = await server.nextMessage((m) => m.includes('similarity'));
  // The path is relative to the workspace folder: a pop-up cuts long absolute paths off.
  assert.equal(message, `Copydesk: ${relative(workspace, join(dir, '.copydesk.json'))}: "rules.duplicate-paragraph.similarity" must be a number ≥ 0.1 ≤ 1, got 3; using the default`);
  // And as a diagnostic on the config file itself, which goes away once the file is fixed.
  const onConfig = server.latestDiagnostics(fileUri(join(dir, '.copydesk.json')));
  assert.deepEqual(onConfig?.map((d) => d.message), ['"rules.duplicate-paragraph.similarity" must be a number ≥ 0.1 ≤ 1, got 3; using the default']);
  // Fixed: the diagnostic on the config file is withdrawn.
  const configUri = fileUri(join(dir, '.copydesk.json'));
  const withdrawn = server.nextDiagnostics(configUri);
  writeFileSync(join(dir, '.copydesk.json'), JSON.stringify({ rules: { 'duplicate-paragraph': { similarity: 0.9 } } }));
  await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
  assert.deepEqual(await withdrawn, []);
});

test('Markdown: "Disable <rule> for this line" silences that line only', async () => {
  const uri = fileUri(join(workspace, 'near.md'));
  const diagnostics = await server.open(uri, fixture('near-repeat.md'), 'markdown');
  const target = diagnostics.find((d) => d.code === 'duplicate-paragraph')!;
  const actions = await server.codeActions(uri, target.range, [target]);
  const titles = actions.map((a) => a.title);
  assert.ok(titles.includes('Disable duplicate-paragraph for this file'));
  const disable = actions.find((a) => a.title === 'Disable duplicate-paragraph for this line')!;
  const after = await server.apply(uri, disable.edit!);
  assert.ok(server.text(uri).split('\n')[15].endsWith(' <!-- copydesk-disable-line duplicate-paragraph -->'));
  assert.deepEqual(after.filter((d) => d.code === 'duplicate-paragraph'), []);
});

test('plain text: "Ignore <rule> in this file" is stored in .copydesk.json', async () => {
  const dir = mkdtempSync(join(workspace, 'ignore-'));
  writeFileSync(join(dir, '.copydesk.json'), '{\n  // house rules\n  "rules": { "quote-style": "off" }\n}\n');
  const path = join(dir, 'story.txt');
  writeFileSync(path, fixture('seed-like.txt'));
  const uri = fileUri(path);
  const diagnostics = await server.open(uri, fixture('seed-like.txt'));
  const target = diagnostics.find((d) => d.code === 'duplicate-paragraph')!;
  const action = (await server.codeActions(uri, target.range, [target])).find((a) => a.title === 'Ignore duplicate-paragraph in this file')!;
  assert.equal(action.command!.command, 'copydesk.ignoreInFile');
  const relinted = server.nextDiagnostics(uri);
  await server.connection.sendRequest('workspace/executeCommand', { command: action.command!.command, arguments: action.command!.arguments });
  assert.deepEqual((await relinted).filter((d) => d.code === 'duplicate-paragraph'), []);
  const config = readFileSync(join(dir, '.copydesk.json'), 'utf8');
  assert.match(config, /\/\/ house rules/, 'comments and formatting are kept');
  assert.match(config, /"ignore": \{\s+"story\.txt": \[\s+"duplicate-paragraph"\s+\]\s+\}/);
});

test('the same fix from two findings at one place is offered once, for both', async () => {
  const uri = 'untitled:two-findings.txt';
  const text = '“The lights went out at midnight," the caretaker said.\nThe tenants said the night was “long and cold,” and the landlord was “not answering.”\n';
  const diagnostics = await server.open(uri, text);
  const atMark = diagnostics.filter((d) => d.range.start.line === 0 && d.range.start.character === 33);
  assert.deepEqual(atMark.map((d) => d.code).sort(), ['quote-mismatch', 'quote-style']);
  const actions = await server.codeActions(uri, atMark[0].range, atMark);
  // quote-mismatch words it "Close the quotation with ”", quote-style "Use a curly double quote (”)": one action.
  const replace = actions.filter((a) => a.title === 'Close the quotation with ”' || a.title === 'Use a curly double quote (”)');
  assert.equal(replace.length, 1);
  assert.equal(replace[0].diagnostics!.length, 2);
});

test('a .copydesk.json above the workspace folder is not used', async () => {
  const outside = mkdtempSync(join(tmpdir(), 'copydesk-outside-'));
  writeFileSync(join(outside, '.copydesk.json'), JSON.stringify({ rules: { 'duplicate-paragraph': 'off' } }));
  const inner = join(outside, 'workspace');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(inner);
  writeFileSync(join(inner, 'draft.txt'), fixture('seed-like.txt'));
  const scoped = new LspHarness({ rootPath: inner });
  try {
    await scoped.initialize();
    const diagnostics = await scoped.open(fileUri(join(inner, 'draft.txt')), fixture('seed-like.txt'));
    assert.ok(diagnostics.some((d) => d.code === 'duplicate-paragraph'), 'the outside config did not switch the rule off');
  } finally {
    await scoped.close();
  }
});

test('fix-all over LSP runs until nothing safe is left', async () => {
  settings = { rules: { 'quote-style': { style: 'curly' } } };
  try {
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const uri = 'untitled:passes.md';
    const text = 'Declined to say the the the the the www.example.com.\u201D\n\nDeclined to say the the the the the www.example.com."\n';
    await server.open(uri, text, 'markdown');
    const [fixAll] = await server.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
    const after = await server.apply(uri, fixAll.edit!);
    assert.equal(server.text(uri), 'Declined to say the the the the the www.example.com.\u201D\n\n');
    assert.deepEqual(after, []);
  } finally {
    settings = {};
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  }
});
