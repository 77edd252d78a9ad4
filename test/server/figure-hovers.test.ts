// unattributed-figure's hovers over a real stdio connection: a flagged figure's hover says what kind of
// claim it is and where a source was looked for; with copydesk.debug.explainFigures on, a figure the
// rule left alone says why (the reasons `copydesk check --explain` prints); with it off, nothing.
// Needs dist/server.js: `npm run build` first.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspHarness } from './lsp-harness.ts';
import { lint } from '../../server/src/host/lint.ts';
import { defaultSettings } from '../../server/src/host/settings.ts';
import { explainFigures } from '../../server/src/rules/unattributed-figure.ts';

// Line 2: a survey named as the source; line 4: the same subject goes on ("A further…") with no cue
// of its own; line 6: a displacement count nobody gives; line 8: the same, in strict-mode terms below.
const DRAFT = [
  'Valley floods',
  '',
  'The regional survey found that 1,200 homes were flooded across the valley.',
  '',
  'A further 340 homes in the valley were left without heating.',
  '',
  'Over 50,000 people have been displaced by the flooding.',
  '',
].join('\n');

/** Settings the client hands over, per test: as VS Code's settings nest `copydesk.debug.explainFigures`. */
let settings: Record<string, unknown> = {};
const server = new LspHarness({ settings: () => settings });
before(() => server.initialize());
after(() => server.close());

const ours = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'unattributed-figure');
/** The position of `figure` (its second character) on `line`. */
function at(line: number, figure: string): { line: number; character: number } {
  const character = DRAFT.split('\n')[line].indexOf(figure);
  assert.ok(character >= 0, figure);
  return { line, character: character + 1 };
}
function markdown(hover: Hover | null): string | undefined {
  if (!hover) return undefined;
  const contents = hover.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  return contents.value;
}

/** Changes the settings and waits for the re-lint they cause. */
async function configure(uri: string, next: Record<string, unknown>): Promise<void> {
  settings = next;
  const relinted = server.nextDiagnostics(uri);
  await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  await relinted;
}

test('the draft: the rule flags only the displacement count, and explains the carried figure as check --explain does', () => {
  const result = lint(DRAFT, { format: 'plaintext', settings: defaultSettings() });
  const figures = result.findings.filter((f) => f.rule === 'unattributed-figure').map((f) => DRAFT.slice(f.start, f.end));
  assert.deepEqual(figures, ['50,000']);
  const carried = explainFigures(result.doc!, defaultSettings().rules['unattributed-figure'].options, new Date().getFullYear()).find((e) => DRAFT.slice(e.start, e.end) === '340');
  // The default (lexical) judge gives the hand rule's reason, then its own verdict.
  assert.match(carried?.reason ?? '', /^attribution carried from line 3: \u2018found\u2019; lexical judge \d\.\d\d \(threshold /);
});

test('a flagged figure\'s hover says the kind of claim and where a source was looked for', async () => {
  const uri = 'untitled:figure-hovers-1';
  settings = {};
  const diagnostics = ours(await server.open(uri, DRAFT));
  assert.deepEqual(diagnostics.map((d) => d.range.start.line), [6]);
  const value = markdown(await server.hover(uri, at(6, '50,000')));
  assert.ok(value, 'a hover');
  assert.match(value, /^\*\*Why “50,000” needs a source\*\*/);
  assert.match(value, /It is a count of people dead, injured, displaced or arrested/);
  assert.match(value, /Looked for, and not found:/);
  assert.match(value, /in its own clause or sentence: a reporting word/);
  assert.match(value, /earlier in the story: a source still carried forward/);
  // A casualty count never falls under a desk convention, and the hover says so rather than listing them.
  assert.match(value, /none applies, as this kind of figure always needs one/);
  assert.doesNotMatch(value, /not flagged/);
  await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
});

test('with copydesk.debug.explainFigures off (the default), an unflagged figure has no hover', async () => {
  const uri = 'untitled:figure-hovers-2';
  settings = {};
  await server.open(uri, DRAFT);
  assert.equal(await server.hover(uri, at(4, '340')), null);
  assert.equal(await server.hover(uri, at(2, '1,200')), null);
  await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
});

test('with copydesk.debug.explainFigures on, an unflagged figure says why it was not flagged', async () => {
  const uri = 'untitled:figure-hovers-3';
  settings = {};
  await server.open(uri, DRAFT);
  await configure(uri, { debug: { explainFigures: true } });
  try {
    assert.match(markdown(await server.hover(uri, at(4, '340'))) ?? '', /^Copydesk: not flagged \u2014 attribution carried from line 3: \u2018found\u2019; lexical judge /);
    assert.match(markdown(await server.hover(uri, at(2, '1,200'))) ?? '', /^Copydesk: not flagged \u2014 \u201Cfound\u201D in its sentence; lexical judge /);
    // Words that are not a figure: no hover at all.
    assert.equal(await server.hover(uri, { line: 4, character: 20 }), null);
    // The flagged figure still says why it needs a source, never "not flagged".
    assert.match(markdown(await server.hover(uri, at(6, '50,000')))!, /^\*\*Why “50,000” needs a source\*\*/);
    // After an edit the explanations follow the new text: the survey's cue is gone, so 340 is flagged.
    const edited = ours(await server.change(uri, [{ range: { start: { line: 2, character: 20 }, end: { line: 2, character: 25 } }, text: 'said' }]));
    assert.equal(server.text(uri).split('\n')[2], 'The regional survey said that 1,200 homes were flooded across the valley.');
    assert.deepEqual(edited.map((d) => d.range.start.line), [6]);
    assert.match(markdown(await server.hover(uri, at(4, '340'))) ?? '', /^Copydesk: not flagged \u2014 attribution carried from line 3: \u2018said\u2019; lexical judge /);
  } finally {
    await configure(uri, {});
  }
  assert.equal(await server.hover(uri, at(4, '340')), null);
  await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
});

test('strict mode: the flagged figure\'s hover says only its own sentence was searched; unflagged figures are not explained', async () => {
  const uri = 'untitled:figure-hovers-4';
  settings = {};
  await server.open(uri, DRAFT);
  await configure(uri, { debug: { explainFigures: true }, rules: { 'unattributed-figure': { mode: 'strict' } } });
  try {
    const flagged = ours(server.latestDiagnostics(uri)!);
    assert.deepEqual(flagged.map((d) => d.message), ['No source for \u201C340\u201D in this sentence', 'No source for \u201C50,000\u201D in this sentence']);
    const value = markdown(await server.hover(uri, at(4, '340')));
    assert.match(value!, /^\*\*Why “340” needs a source\*\* \(strict mode\)/);
    assert.match(value!, /needs a source in its own sentence/);
    assert.equal(await server.hover(uri, at(2, '1,200')), null);
  } finally {
    await configure(uri, {});
  }
  await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
});
