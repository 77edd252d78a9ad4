// The hover text of unattributed-figure's findings (server/src/lsp/figure-hovers.ts), rendered from
// the details (kind of claim, figure, notes) the rule really gives for each kind of claim (the LSP
// layer: test/server/figure-hovers.test.ts).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/host/lint.ts';
import { applyLayer, defaultSettings } from '../../server/src/host/settings.ts';
import { explainsFigures, needsSourceHover, notFlaggedHover } from '../../server/src/lsp/figure-hovers.ts';

/** Lower-confidence queries shown as hints (off by default), so every kind of claim has a hover. */
// The hand rule's hovers, so the hand judge by name (the product default is the lexical judge).
const BOTH_TIERS = { rules: { 'unattributed-figure': { otherClaims: 'hint', judge: 'rules' } } };

/** The hover of each finding of the rule in a draft (plain text, both tiers), by figure. */
function hovers(body: string, layer: unknown = BOTH_TIERS): Map<string, string | undefined> {
  const text = `Headline\n\n${body}\n`;
  const settings = applyLayer(defaultSettings(), layer, 'test', []);
  const out = new Map<string, string | undefined>();
  for (const f of lint(text, { format: 'plaintext', settings }).findings) if (f.rule === 'unattributed-figure') out.set(text.slice(f.start, f.end), needsSourceHover(f));
  return out;
}

test('each kind of claim is named in plain words, with where a source was looked for', () => {
  const cases: [string, string, RegExp][] = [
    ['The storm killed 300 people on the coast.', '300', /It is a count of people dead, injured, displaced or arrested, or of damage\./],
    ['The storm caused $4bn in damage to the coast.', '$4bn', /It is a sum of damage, losses or costs, or an alleged amount\./],
    ['The plant could employ up to 900 people by 2030.', '900', /It is an estimate, a forecast or a survey result\./],
    ['The economy added 200,000 jobs in March.', '200,000', /It is a claim about the world: a statistic, an amount or a rate\./],
  ];
  for (const [body, figure, kind] of cases) {
    const hover = hovers(body).get(figure);
    assert.ok(hover, `${figure}: flagged, with a hover`);
    assert.ok(hover.startsWith(`**Why \u201C${figure}\u201D needs a source**`), hover);
    assert.match(hover, kind);
    assert.match(hover, /Looked for, and not found:\n\n- in its own clause or sentence/);
    assert.match(hover, /- earlier in the story: a source still carried forward/);
  }
  // Only a plain claim could have been left alone by a convention: its hover names the conventions checked.
  assert.match(hovers('The economy added 200,000 jobs in March.').get('200,000')!, /not a fact of the event on the record, market data, a sports statistic, background/);
  assert.match(hovers('The storm killed 300 people on the coast.').get('300')!, /as this kind of figure always needs one/);
  // A plain claim is the rule's lower-confidence tier (a hint): the hover says so; a casualty count is not.
  assert.match(hovers('The economy added 200,000 jobs in March.').get('200,000')!, /Shown as a hint: a lower-confidence query/);
  assert.doesNotMatch(hovers('The storm killed 300 people on the coast.').get('300')!, /Shown as a hint/);
});

test('a conversion points to the figure it converts; a placeholder says to fill it in; strict mode says its sentence alone was searched', () => {
  const converted = hovers('The storm flooded 120 miles (193 km) of coast.');
  assert.match(converted.get('193 km')!, /It converts \u201C120 miles\u201D, which is flagged for having no source/);
  const placeholder = hovers('Over 50,000 people have been arrested in the unrest, according to source.').get('50,000')!;
  assert.match(placeholder, /^\*\*Why \u201C50,000\u201D is still flagged\*\*/);
  assert.match(placeholder, /Replace the placeholder with who gave the figure/);
  const strict = hovers('The economy added 200,000 jobs in March.', { rules: { 'unattributed-figure': { mode: 'strict' } } }).get('200,000')!;
  assert.match(strict, /\(strict mode\)/);
  assert.match(strict, /needs a source in its own sentence/);
});

test('another rule\'s finding gets no figure hover; draft text is shown literally in Markdown', () => {
  const finding = { rule: 'quote-mismatch', severity: 'information' as const, message: 'No source for \u201C3\u201D: a claim needs a source', start: 0, end: 1, fixes: [] };
  assert.equal(needsSourceHover(finding), undefined);
  assert.equal(notFlaggedHover('attribution carried from line 5: \u2018Source: *ONS* [data]\u2019'), 'Copydesk: not flagged \u2014 attribution carried from line 5: \u2018Source: \\*ONS\\* \\[data\\]\u2019');
});

test('unflagged figures are explained only with the setting on, the rule on and in desk mode, and not ignored for the file', () => {
  const on = applyLayer(defaultSettings(), { debug: { explainFigures: true } }, 'test', []);
  assert.equal(explainsFigures(defaultSettings(), []), false);
  assert.equal(explainsFigures(on, []), true);
  assert.equal(explainsFigures(on, ['unattributed-figure']), false);
  assert.equal(explainsFigures(on, ['*']), false);
  assert.equal(explainsFigures(applyLayer(on, { rules: { 'unattributed-figure': 'off' } }, 'test', []), []), false);
  assert.equal(explainsFigures(applyLayer(on, { rules: { 'unattributed-figure': { mode: 'strict' } } }, 'test', []), []), false);
});

test('the hover renders the finding\'s detail (kind, figure, notes) as the rule sets it, not its message', () => {
  const text = 'Headline\n\nAround one in three tenants say they could not afford another rise.\n';
  // The hand rule's detail (the lexical judge's hover: unattributed-figure-lexical tests).
  const [finding] = lint(text, { format: 'plaintext', settings: applyLayer(defaultSettings(), { rules: { 'unattributed-figure': { judge: 'rules' } } }, 'test', []) }).findings.filter((f) => f.rule === 'unattributed-figure');
  assert.deepEqual(finding.detail, { kind: 'survey', subject: 'one in three' });
  // The message is prose for lists: rewording it does not change the hover.
  const hover = needsSourceHover({ ...finding, message: 'reworded' });
  assert.equal(hover, needsSourceHover(finding));
  assert.match(hover!, /^\*\*Why \u201Cone in three\u201D needs a source\*\*/);
  assert.match(hover!, /Why: people counted as saying so: a survey result needs a source\./);
  // A hint says so from its notes.
  const [hint] = lint('Headline\n\nThe helpline answered 18,000 calls.\n', { format: 'plaintext', settings: applyLayer(defaultSettings(), BOTH_TIERS, 'test', []) }).findings.filter((f) => f.rule === 'unattributed-figure');
  assert.deepEqual(hint.detail?.notes, ['lower-confidence']);
  assert.match(needsSourceHover(hint)!, /Shown as a hint/);
});
