// unattributed-figure over a real stdio connection: the diagnostic, and "Add attribution" as an LSP
// 3.18 snippet edit for a client that supports them and as a plain text edit for one that doesn't.
// Needs dist/server.js: `npm run build` first.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ClientCapabilities, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { LspHarness } from './lsp-harness.ts';

const REPO = resolve(import.meta.dirname, '../..');
const SEED_001 = resolve(REPO, '../shared/seeds/001_f2c0aecb21ea61e1.txt');
const CODE = 'unattributed-figure';
const DRAFT = 'Storm hits coast\n\nHuman rights groups reported at least 6,941 deaths. Over 50,000 people have been arrested in the unrest.\n';

const capabilities = (snippets: boolean): ClientCapabilities => ({
  workspace: { configuration: true, workspaceEdit: { documentChanges: true, ...(snippets ? { snippetEditSupport: true } : {}) } as never },
  textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
});

/** The client's settings: lower-confidence queries shown as hints (they are off by default). */
// The hand rule's lower-confidence tier, so the hand judge by name (the lexical judge, the product default, has one tier).
const HINTS = { rules: { 'unattributed-figure': { otherClaims: 'hint', judge: 'rules' } } };
const withSnippets = new LspHarness({ capabilities: capabilities(true) });
const withHints = new LspHarness({ capabilities: capabilities(true), settings: () => HINTS });
const plain = new LspHarness({ capabilities: capabilities(false) });
before(() => Promise.all([withSnippets.initialize(), plain.initialize(), withHints.initialize()]));
after(() => Promise.all([withSnippets.close(), plain.close(), withHints.close()]));

const ours = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.source === 'copydesk' && d.code === CODE);
const line2 = (start: number, end: number) => ({ start: { line: 2, character: start }, end: { line: 2, character: end } });

test('the diagnostic: information, code unattributed-figure, the figure as range, a message naming it', async () => {
  const uri = 'untitled:figures-1';
  const diagnostics = ours(await withSnippets.open(uri, DRAFT));
  assert.equal(diagnostics.length, 1);
  const [d] = diagnostics;
  assert.equal(d.severity, 3);
  assert.equal(d.code, CODE);
  assert.deepEqual(d.range, line2(57, 63));
  assert.equal(withSnippets.text(uri).split('\n')[2].slice(57, 63), '50,000');
  // Desk mode (the default) says why the figure needs a source.
  // The desk's reason, nothing more: the default (lexical) judge's verdict is for the hover and --explain.
  assert.match(String(d.message), /^No source for “50,000”: counts of dead, injured, displaced or arrested, and of damage, need a source$/);
  assert.match(d.codeDescription!.href, /unattributed-figure\.md$/);
});

test('Add attribution is a snippet edit for a client with snippetEditSupport', async () => {
  const uri = 'untitled:figures-2';
  const [d] = ours(await withSnippets.open(uri, DRAFT));
  const actions = await withSnippets.codeActions(uri, d.range, [d]);
  const action = actions.find((a) => a.title === 'Add attribution');
  assert.ok(action, actions.map((a) => a.title).join(', '));
  assert.equal(action.kind, 'quickfix');
  assert.equal(action.isPreferred, true);
  const [change] = action.edit!.documentChanges as TextDocumentEdit[];
  assert.deepEqual(change.textDocument, { uri, version: 1 });
  assert.deepEqual(change.edits, [{ range: line2(103, 103), snippet: { kind: 'snippet', value: ', according to ${1:source}' } }]);
  // Applied as an editor does (the placeholder keeps its default text): until "source" is replaced by
  // a real one, the figure stays flagged, saying so.
  const after = ours(await withSnippets.apply(uri, action.edit!));
  assert.equal(withSnippets.text(uri).split('\n')[2].slice(52), 'Over 50,000 people have been arrested in the unrest, according to source.');
  assert.deepEqual(after.map((a) => a.message), ['Attribution placeholder not filled in for “50,000”']);
});

test('Add attribution is a plain text edit for a client without snippet edits', async () => {
  const uri = 'untitled:figures-3';
  const [d] = ours(await plain.open(uri, DRAFT));
  const action = (await plain.codeActions(uri, d.range, [d])).find((a) => a.title === 'Add attribution')!;
  const [change] = action.edit!.documentChanges as TextDocumentEdit[];
  assert.deepEqual(change.edits, [{ range: line2(103, 103), newText: ', according to [source]' }]);
  const after = ours(await plain.apply(uri, action.edit!));
  assert.equal(plain.text(uri).split('\n')[2].slice(52), 'Over 50,000 people have been arrested in the unrest, according to [source].');
  assert.deepEqual(after.map((a) => a.message), ['Attribution placeholder not filled in for “50,000”']);
});

test('Markdown: "Ignore this figure" adds a disable comment the server honours', async () => {
  const uri = 'untitled:figures-4.md';
  // A forecast with no source. The judge retrained in session 9 left a lone "About 300 homes were damaged" (0.60
  // against 0.70); the one retrained in session 10 leaves a lone "At least 12 people died when the storm hit the
  // seafront." too (a miss, written down in the README): the test needs a figure the default flags.
  const text = '# Storm\n\nThe storm is expected to cost insurers about £300m.\n';
  const [d] = ours(await withSnippets.open(uri, text, 'markdown'));
  const actions = await withSnippets.codeActions(uri, d.range, [d]);
  assert.deepEqual(actions.map((a) => a.title).slice(0, 2), ['Add attribution', 'Ignore this figure']);
  const after = ours(await withSnippets.apply(uri, actions[1].edit!));
  assert.equal(withSnippets.text(uri), '# Storm\n\n<!-- copydesk-disable-next-line unattributed-figure "£300m" -->\nThe storm is expected to cost insurers about £300m.\n');
  assert.deepEqual(after, []);
});

test('plain text gets no "Ignore this figure" (no comments there)', async () => {
  const uri = 'untitled:figures-5';
  const [d] = ours(await plain.open(uri, DRAFT));
  const titles = (await plain.codeActions(uri, d.range, [d])).map((a) => a.title);
  assert.ok(titles.includes('Add attribution'));
  assert.ok(!titles.includes('Ignore this figure'));
});

test('seed 001 over LSP: only the 50,000 arrests', { skip: existsSync(SEED_001) ? false : 'no shared seeds' }, async () => {
  const text = readFileSync(SEED_001, 'utf8');
  const diagnostics = ours(await plain.open('untitled:figures-seed-001', text));
  assert.equal(diagnostics.length, 1);
  assert.match(String(diagnostics[0].message), /^No source for “50,000”: counts of dead, injured, displaced or arrested, and of damage, need a source$/); // the desk's reason only
  const { start } = diagnostics[0].range;
  assert.ok(text.split('\n')[start.line].slice(start.character).startsWith('50,000 people have been arrested in the unrest.'));
});

test('a plain claim (not a casualty count, estimate, forecast or poll) is not reported by default; with otherClaims "hint" it is a Hint diagnostic, with the same quick fix', async () => {
  const uri = 'untitled:figures-hint';
  const text = 'Footbridge reopens\n\nThe new footbridge has 340 steps and a lift at each end.\n';
  assert.deepEqual(ours(await withSnippets.open(uri, text)), []);
  const [d, ...rest] = ours(await withHints.open(uri, text));
  assert.equal(rest.length, 0);
  assert.equal(d.severity, 4);
  assert.match(String(d.message), /^No source for “340”: a claim needs a source — a lower-confidence query/);
  const actions = await withHints.codeActions(uri, d.range, [d]);
  assert.ok(actions.some((a) => a.title === 'Add attribution'), actions.map((a) => a.title).join(', '));
});
