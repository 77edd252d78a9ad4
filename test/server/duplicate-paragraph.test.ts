// The server over a real stdio connection: diagnostics, quick fixes, fix-all, settings.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { editsFor, LspHarness } from './lsp-harness.ts';

const REPO = resolve(import.meta.dirname, '../..');
const fixture = (name: string) => readFileSync(resolve(REPO, 'test/fixtures', name), 'utf8');
const SEED_000 = resolve(REPO, '../shared/seeds/000_d56714a625d931cb.txt');
const SEED_001 = resolve(REPO, '../shared/seeds/001_f2c0aecb21ea61e1.txt');

let settings: Record<string, unknown> = {};
const server = new LspHarness({ settings: () => settings });
before(() => server.initialize());
after(() => server.close());

const ours = (diagnostics: Diagnostic[], code = 'duplicate-paragraph') => diagnostics.filter((d) => d.source === 'copydesk' && d.code === code);

test('diagnostics for a seed-like draft: lines 7–11 repeat lines 2–6', async () => {
  const uri = 'untitled:seed-like-1';
  const diagnostics = ours(await server.open(uri, fixture('seed-like.txt')));
  assert.deepEqual(
    diagnostics.map((d) => [d.range.start.line + 1, d.range.end.line + 1, d.message]),
    [[7, 11, 'Lines 7–11 repeat lines 2–6']],
  );
  const first = diagnostics[0];
  assert.equal(first.severity, 2);
  assert.deepEqual(first.tags, [1]);
  assert.match(first.codeDescription!.href, /duplicate-paragraph\.md$/);
  assert.equal(first.relatedInformation![0].location.uri, uri);
  assert.equal(first.relatedInformation![0].location.range.start.line, 1);
  assert.equal(first.relatedInformation![0].location.range.end.line, 5);
  assert.equal(first.relatedInformation!.length, 1, 'one related row (the original block), not one per paragraph');
});

test('a repeated block offers "Delete repeated block" (preferred) and "Delete only this paragraph" for the paragraph under the cursor', async () => {
  const uri = 'untitled:seed-like-2';
  const before = fixture('seed-like.txt');
  const [block] = ours(await server.open(uri, before));
  const onLine9 = { start: { line: 8, character: 3 }, end: { line: 8, character: 3 } };
  const actions = await server.codeActions(uri, onLine9, [block]);
  assert.deepEqual(actions.map((a) => a.title), ['Delete repeated block (lines 7–11)', 'Delete only this paragraph (line 9)']);
  assert.equal(actions[0].isPreferred, true);
  const afterFix = ours(await server.apply(uri, actions[1].edit!));
  const lines = before.split('\n');
  assert.deepEqual(server.text(uri).split('\n'), [...lines.slice(0, 8), ...lines.slice(9)]);
  // The run is broken in two: lines 7–8 still repeat 2–3, lines 9–10 repeat 5–6.
  assert.deepEqual(afterFix.map((d) => d.message), ['Lines 7–8 repeat lines 2–3', 'Lines 9–10 repeat lines 5–6']);
});

test('"Delete repeated block" removes the whole repeat in one step', async () => {
  const uri = 'untitled:seed-like-2b';
  const before = fixture('seed-like.txt');
  const [block] = ours(await server.open(uri, before));
  const actions = await server.codeActions(uri, block.range, [block]);
  const remaining = ours(await server.apply(uri, actions.find((a) => a.title === 'Delete repeated block (lines 7–11)')!.edit!));
  const lines = before.split('\n');
  assert.deepEqual(server.text(uri).split('\n'), [...lines.slice(0, 6), ...lines.slice(11)]);
  assert.deepEqual(remaining, []);
});

test('fix-all (source.fixAll.copydesk) removes only the repeats', async () => {
  const uri = 'untitled:seed-like-3';
  const before = fixture('seed-like.txt');
  await server.open(uri, before);
  const actions = await server.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
  assert.equal(actions.length, 1);
  assert.equal(actions[0].kind, 'source.fixAll.copydesk');
  assert.equal(actions[0].title, 'Copydesk: delete 5 repeated paragraphs', 'the title says what fix-all does');
  const remaining = ours(await server.apply(uri, actions[0].edit!));
  const lines = before.split('\n');
  assert.deepEqual(server.text(uri).split('\n'), [...lines.slice(0, 6), ...lines.slice(11)]);
  assert.deepEqual(remaining, []);
});

test('a stale diagnostic gets no fix, and fix edits are pinned to the document version', async () => {
  const uri = 'untitled:seed-like-4';
  const diagnostics = ours(await server.open(uri, fixture('seed-like.txt')));
  const stale = diagnostics[0];
  // Insert a line at the top: every paragraph moves down one line.
  await server.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'A new first line for the draft\n' }]);
  assert.deepEqual(await server.codeActions(uri, stale.range, [stale]), []);
  const fresh = ours(server.latestDiagnostics(uri)!)[0];
  const [action] = await server.codeActions(uri, fresh.range, [fresh]);
  assert.equal(fresh.range.start.line, 7);
  assert.throws(() => editsFor(uri, action.edit!, 1), /edit for version 2/);
});

test('settings are pulled per document: severity and options', async () => {
  settings = { rules: { 'duplicate-paragraph': { severity: 'error', minWords: 500 } } };
  try {
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const uri = 'untitled:seed-like-5';
    assert.deepEqual(ours(await server.open(uri, fixture('seed-like.txt'))), [], 'minWords 500 compares nothing');
    settings = { rules: { 'duplicate-paragraph': { severity: 'error' } } };
    const relinted = server.nextDiagnostics(uri);
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const diagnostics = ours(await relinted);
    assert.equal(diagnostics.length, 1);
    assert.ok(diagnostics.every((d) => d.severity === 1));
    settings = { rules: { 'duplicate-paragraph': 'off' } };
    const off = server.nextDiagnostics(uri);
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    assert.deepEqual(ours(await off), []);
  } finally {
    settings = {};
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  }
});

test('a bad setting is reported once, clearly, and the defaults are used', async () => {
  settings = { rules: { 'duplicate-paragraph': { similarity: 'high' } } };
  try {
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const uri = 'untitled:seed-like-6';
    const diagnostics = ours(await server.open(uri, fixture('seed-like.txt')));
    assert.equal(diagnostics.length, 1);
    const message = await server.nextMessage((m) => m.includes('similarity'));
    assert.match(message, /"rules\.duplicate-paragraph\.similarity" must be a number ≥ 0\.1 ≤ 1, got "high"; using the default/);
  } finally {
    settings = {};
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  }
});

test('seed 000 over LSP: lines 7–11 repeat 2–6; fix-all keeps lines 1–6', { skip: existsSync(SEED_000) ? false : 'no shared seeds' }, async () => {
  const uri = 'untitled:seed-000';
  const text = readFileSync(SEED_000, 'utf8');
  const diagnostics = ours(await server.open(uri, text));
  assert.deepEqual(diagnostics.map((d) => [d.range.start.line + 1, d.range.end.line + 1, d.message]), [[7, 11, 'Lines 7–11 repeat lines 2–6']]);
  assert.deepEqual(ours(server.latestDiagnostics(uri)!, 'quote-style').map((d) => d.range.start.line + 1), [6], 'plus the curly apostrophe where it first appears, not again inside the repeat');
  const [fixAll] = await server.codeActions(uri, diagnostics[0].range, [], ['source.fixAll.copydesk']);
  await server.apply(uri, fixAll.edit!);
  const lines = text.split('\n');
  assert.deepEqual(server.text(uri).split('\n'), [...lines.slice(0, 6), ...lines.slice(11)]);
});

test('seed 001 over LSP: no duplicates', { skip: existsSync(SEED_001) ? false : 'no shared seeds' }, async () => {
  assert.deepEqual(ours(await server.open('untitled:seed-001', readFileSync(SEED_001, 'utf8'))), []);
});

test('markdown: code blocks are not compared; near repeat reported with percentage', async () => {
  const diagnostics = ours(await server.open('untitled:near.md', fixture('near-repeat.md'), 'markdown'));
  assert.deepEqual(diagnostics.map((d) => [d.range.start.line + 1, d.message]), [[16, 'Paragraph is 81% similar to line 8']]);
});
