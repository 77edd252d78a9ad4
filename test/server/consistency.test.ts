// The consistency rules over a real stdio connection: one finding of each (name-, figure- and
// date-consistency) with its related information and its quick fix, applied as an editor does.
// Needs dist/server.js: `npm run build` first.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspHarness } from './lsp-harness.ts';

// Our own draft: a councillor's name twice one way and once another, a headline figure transposed in
// the body, and a weekday that does not match its date.
const DRAFT = [
  'Council approves 4,850 new homes in Harrowgate plan',
  '',
  'Cllr Imogen Featherstone said the plan would deliver 4,850 homes, in a vote on Monday, 10 March 2026.',
  '',
  'Opposition members said Ms Featherstone had rushed the vote. Ms Featherston said the consultation had run for a year.',
  '',
  'Featherstone added that the 4,580 homes would include 1,200 for social rent.',
  '',
].join('\n');

const server = new LspHarness();
before(() => server.initialize());
after(() => server.close());

const ofCode = (diagnostics: Diagnostic[], code: string) => diagnostics.filter((d) => d.source === 'copydesk' && d.code === code);

test('one finding of each consistency rule, with related information', async () => {
  const uri = 'untitled:consistency-1';
  const diagnostics = await server.open(uri, DRAFT);
  const lines = DRAFT.split('\n');
  const at = (d: Diagnostic) => lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);

  const [name, ...moreNames] = ofCode(diagnostics, 'name-consistency');
  assert.deepEqual(moreNames, []);
  assert.equal(at(name), 'Featherston');
  assert.equal(name.message, "'Featherston' is spelled 'Featherstone' 3 times (line 3, 5, 7) elsewhere in this draft");
  assert.equal(name.severity, 2);
  assert.deepEqual(name.relatedInformation!.map((r) => r.location.range.start.line + 1), [3, 5, 7]);

  const [figure, ...moreFigures] = ofCode(diagnostics, 'figure-consistency');
  assert.deepEqual(moreFigures, []);
  assert.equal(at(figure), '4,580');
  assert.equal(figure.message, '4,580 here, 4,850 on line 1, 3 (digits transposed?)');
  assert.deepEqual(figure.relatedInformation!.map((r) => r.location.range.start.line + 1), [1, 3]);

  const [date, ...moreDates] = ofCode(diagnostics, 'date-consistency');
  assert.deepEqual(moreDates, []);
  assert.equal(at(date), 'Monday, 10 March 2026');
  assert.equal(date.message, '10 March 2026 is a Tuesday, not a Monday');
});

test('the quick fixes, applied over LSP, clear each finding', async () => {
  const uri = 'untitled:consistency-2';
  let diagnostics = await server.open(uri, DRAFT);
  const [date] = ofCode(diagnostics, 'date-consistency');
  assert.equal(date.message, '10 March 2026 is a Tuesday, not a Monday');
  let actions = await server.codeActions(uri, date.range, [date]);
  assert.deepEqual(actions.filter((a) => a.kind === 'quickfix' && !a.title.startsWith('Ignore')).map((a) => a.title), [
    "Change 'Monday' to 'Tuesday'",
    'Change the date to 9 March 2026 (a Monday)',
  ]);
  diagnostics = await server.apply(uri, actions.find((a) => a.title === "Change 'Monday' to 'Tuesday'")!.edit!);
  assert.ok(server.text(uri).includes('in a vote on Tuesday, 10 March 2026.'));
  assert.deepEqual(ofCode(diagnostics, 'date-consistency'), []);

  const [name] = ofCode(diagnostics, 'name-consistency');
  actions = await server.codeActions(uri, name.range, [name]);
  const useName = actions.find((a) => a.title === "Use 'Featherstone' (3 times in this draft)");
  assert.ok(useName, actions.map((a) => a.title).join(', '));
  assert.equal(useName.isPreferred, true);
  diagnostics = await server.apply(uri, useName.edit!);
  assert.ok(server.text(uri).includes('Ms Featherstone said the consultation'));
  assert.deepEqual(ofCode(diagnostics, 'name-consistency'), []);

  const [figure] = ofCode(diagnostics, 'figure-consistency');
  actions = await server.codeActions(uri, figure.range, [figure]);
  const useFigure = actions.find((a) => a.title === "Use '4,850' (as on line 1)");
  assert.ok(useFigure, actions.map((a) => a.title).join(', '));
  diagnostics = await server.apply(uri, useFigure.edit!);
  assert.ok(server.text(uri).includes('the 4,850 homes would include 1,200 for social rent'));
  assert.deepEqual(ofCode(diagnostics, 'figure-consistency'), []);
});
