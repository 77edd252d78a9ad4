// Property 3: a fix changes only the text its finding is about. A single fix edits only the finding's
// own paragraph(s) (or inserts a copydesk comment beside it); a duplicate-paragraph fix deletes only
// repeats, whole, and every paragraph that was not a repeat is still there word for word; fix-all keeps
// every paragraph's words, is idempotent, and leaves no finding with a safe fix.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { applyEdits, fixAllEdits } from '../../server/src/engine/edits.ts';
import type { Block } from '../../server/src/engine/document.ts';
import { normalizeForComparison, words } from '../../server/src/engine/text.ts';
import type { Settings } from '../../server/src/engine/settings.ts';
import type { Edit, Finding, Fix, Format } from '../../server/src/engine/types.ts';
import { blocksOf, budget, checkRanges, draft, lintChecked, mapOffset, settingsFrom, settingsLayer, structuredDraft, untouched } from './fuzz.ts';

// Sources for quote-source: each run writes the draft with some words changed as a transcript, so the
// draft's quotations are found verbatim or as close matches (which offer a fix).
const root = mkdtempSync(join(tmpdir(), 'copydesk-fuzz-'));
after(() => rmSync(root, { recursive: true, force: true }));
let sourceCount = 0;

function withSources(settings: Settings, text: string, change: number): { settings: Settings; extra: { root: string; configFile: string } } {
  const name = `source-${sourceCount++}.txt`;
  let n = 0;
  writeFileSync(join(root, name), text.replace(/[\p{L}]+/gu, (w) => (change > 0 && ++n % change === 0 ? 'altered' : w)));
  return { settings: { ...settings, sources: [name] }, extra: { root, configFile: join(root, '.copydesk.json') } };
}

interface Case {
  format: Format;
  text: string;
  settings: Settings;
  extra: { root: string; configFile: string };
}

const fixCase: fc.Arbitrary<Case> = fc
  .tuple(
    fc.oneof({ weight: 3, arbitrary: draft(structuredDraft) }, { weight: 1, arbitrary: draft() }),
    settingsLayer,
    fc.constantFrom<unknown>('curly', 'straight', 'auto'),
    fc.constantFrom(0, 0, 3, 7),
  )
  .map(([{ format, text }, layer, style, change]) => {
    const base = settingsFrom(layer);
    // Keep the rules with fixes on; the generated layer still varies their options.
    for (const id of Object.keys(base.rules)) if (base.rules[id].severity === 'off') base.rules[id].severity = 'warning';
    base.rules['quote-style'].options.style = style;
    base.enable = true;
    base.maxFileSize = 4_000_000;
    base.ignore = {};
    return { format, text, ...withSources(base, text, change) };
  });

function caseOf(format: Format, text: string, layer: unknown): Case {
  const settings = settingsFrom(layer);
  return { format, text, ...withSources(settings, text, 0) };
}

/** A list item's paragraph (with a lazy continuation line) and the paragraph after it repeat lines 1–3: the block fix on one deletes both. */
const MARKDOWN_RUN =
  '\u201Cthe the the March 3\u201D the \u00A33.5m. The \r\n\r\n the. \u201Cthe the No. 10\u201D don\u2019t (Source: ONS).\r\n- \u00A33.5m.\r\n' +
  '\u201Cthe the the March 3\u201D the \u00A33.5m. The \r\n\r\n the. \u201Cthe the No. 10\u201D don\u2019t (Source: ONS).\r\n*emphasis*.';

/** A repeated run whose second paragraph has its own finding hidden by a disable comment. */
const DISABLED_REPEAT =
  'The\n\nDon\u2019t [ref][1] \u201Cthe the the the the\u201D.\n\nThe\n\n<!-- copydesk-disable-next-line -->\nThe the the the the the the the.\n\n' +
  'Don\u2019t [ref][1] \u201Cthe the the the the\u201D.\n\n<!-- copydesk-disable-next-line -->\nThe the the the the the the the.\n\n\u00A33.5m.';

// ---------------------------------------------------------------------------------------------

// A rule may be followed by the quoted text of the one finding it silences ("Ignore this figure").
const COMMENT_INSERTION = /^\s*<!-- copydesk-[a-z-]+(?: [a-z-]+(?: "[^"\n]*")?)* -->\s*$|^ [a-z-]+(?: "[^"\n]*")?$/;

/** The spans a finding is about: its range, its related ranges in the draft, and the blocks they touch. */
function scopeOf(finding: Finding, blocks: Block[]): { start: number; end: number }[] {
  const spans = [finding, ...(finding.related ?? []).filter((r) => !r.file)].map((s) => ({ start: s.start, end: s.end }));
  const touched = blocks.filter((b) => spans.some((s) => s.start <= b.end && b.start <= s.end));
  return [...spans, ...touched];
}

function checkSingleFix(text: string, format: Format, blocks: Block[], repeats: Finding[], finding: Finding, fix: Fix): void {
  const label = `${finding.rule} "${finding.message}", fix "${fix.title}"`;
  const scope = scopeOf(finding, blocks);
  for (const edit of fix.edits) {
    const inScope = scope.some((s) => s.start <= edit.start && edit.end <= s.end);
    // "Ignore this figure" inserts a directive comment beside the paragraph, or extends one.
    const directive = edit.start === edit.end && COMMENT_INSERTION.test(edit.text) && format === 'markdown';
    // A deleted repeat takes its line break and the blank lines after it.
    const deletion = finding.rule === 'duplicate-paragraph' && edit.text === '';
    assert.ok(inScope || directive || deletion, `${label}: edit ${edit.start}–${edit.end} ${JSON.stringify(edit.text)} is outside the finding's paragraphs`);
  }
  const after = applyEdits(text, fix.edits);
  if (finding.rule === 'duplicate-paragraph') checkDeletion(text, after, blocks, repeats, fix.edits, !!fix.safe, label);
}

/**
 * A duplicate-paragraph fix deletes whole repeats (and white space) and leaves every other block as it
 * was. A repeat is a paragraph inside a duplicate-paragraph finding of the draft with its disable
 * comments inert: the block fix offered on one paragraph of a repeated run deletes the run's other
 * repeats too, even one whose finding a comment hides.
 */
function checkDeletion(text: string, after: string, blocks: Block[], repeats: Finding[], edits: readonly Edit[], safe: boolean, label: string): void {
  const removed: Block[] = [];
  for (const edit of edits) {
    assert.equal(edit.text, '', `${label}: a deletion inserts nothing`);
    const inside = blocks.filter((b) => edit.start <= b.start && b.end <= edit.end);
    assert.ok(inside.length > 0, `${label}: deletes ${JSON.stringify(text.slice(edit.start, edit.end))}, no whole paragraph`);
    let rest = text.slice(edit.start, edit.end);
    for (const b of [...inside].reverse()) rest = rest.slice(0, b.start - edit.start) + rest.slice(b.end - edit.start);
    assert.match(rest, /^\s*$/u, `${label}: deletes more than the repeat and white space: ${JSON.stringify(rest)}`);
    for (const b of inside) {
      assert.ok(repeats.some((f) => f.start <= b.start && b.end <= f.end), `${label}: deletes a paragraph that is not a repeat: ${JSON.stringify(text.slice(b.start, b.end))}`);
      removed.push(b);
    }
  }
  checkKept(text, after, blocks, removed, edits, safe, label);
}

/** Blocks not removed are still there word for word, where the edits put them; a removed exact repeat's original is kept. */
function checkKept(text: string, after: string, blocks: Block[], removed: Block[], edits: readonly Edit[], exact: boolean, label: string): void {
  for (const b of blocks) {
    if (removed.includes(b)) continue;
    const at = mapOffset(edits, b.start);
    const original = text.slice(b.start, b.end);
    if (untouched(edits, b)) {
      assert.equal(after.slice(at, at + original.length), original, `${label}: paragraph not kept: ${JSON.stringify(original)}`);
    }
  }
  if (!exact) return;
  for (const r of removed) {
    const key = normalizeForComparison(r.prose);
    const kept = blocks.some((b) => !removed.includes(b) && b.kind === 'paragraph' && normalizeForComparison(b.prose) === key);
    assert.ok(kept, `${label}: removed ${JSON.stringify(text.slice(r.start, r.end))} and every copy of it`);
  }
}

test('any single fix edits only what its finding is about', () => {
  fc.assert(
    fc.property(fixCase, ({ format, text, settings, extra }) => {
      const { findings } = lintChecked(text, format, settings, extra);
      checkRanges(text, findings);
      const blocks = blocksOf(text, format);
      // Repeats as the rule sees them, disable comments aside (copydesk- → copydesk_ keeps every offset).
      const repeats = lintChecked(text.replace(/copydesk-/g, 'copydesk_'), format, settings, extra).findings.filter((f) => f.rule === 'duplicate-paragraph');
      for (const finding of findings) for (const fix of finding.fixes) checkSingleFix(text, format, blocks, repeats, finding, fix);
    }),
    budget(150, [
      [caseOf('markdown', MARKDOWN_RUN, { rules: { 'quote-style': { style: 'curly' } } })],
      // The last two paragraphs repeat the first two, and the last has no line break: the block fix's two
      // deletions both took the blank line between them (overlapping edits, which editors refuse).
      [caseOf('markdown', '\u00A33.5m \uD83D\uDE00. \n\n \u00A33.5m.\n\n\u00A33.5m \uD83D\uDE00. \n\n \u00A33.5m.', { rules: { 'duplicate-paragraph': { minWords: 1 } } })],
      [caseOf('markdown', DISABLED_REPEAT, { rules: { 'quote-style': { style: 'curly' } } })],
      [
        caseOf(
          'markdown',
          'The the the the the. *emphasis* \u20B940 lakh \n\n the. \u201Cthe the\u201D \u00A33.5m Maria Okafor Maria Okafor. <!-- copydesk-disable-next-line -->\n\n'.repeat(2) + '# the',
          { rules: { 'quote-style': { style: 'curly' } } },
        ),
      ],
    ]),
  );
});

/** One fix-all pass (the editor's source.fixAll): it keeps every paragraph's words, repeats aside. */
function fixAllPass(text: string, c: Case): { text: string; edits: Edit[]; findings: Finding[] } {
  const { findings } = lintChecked(text, c.format, c.settings, c.extra);
  const edits = fixAllEdits(findings);
  const after = applyEdits(text, edits);
  const blocks = blocksOf(text, c.format);
  const deletions = edits.filter((e) => e.text === '' && e.end > e.start);
  const removed = blocks.filter((b) => deletions.some((e) => e.start <= b.start && b.end <= e.end));
  // Every edit is inside one block, or deletes whole blocks and white space.
  for (const e of edits) {
    const partial = blocks.find((b) => e.start < b.end && b.start < e.end && !(b.start <= e.start && e.end <= b.end) && !(e.start <= b.start && b.end <= e.end));
    assert.ok(!partial, `fix-all edit ${e.start}–${e.end} ${JSON.stringify(e.text)} cuts into ${JSON.stringify(partial && text.slice(partial.start, partial.end))}`);
  }
  checkKept(text, after, blocks, removed, edits, true, 'fix-all');
  // A name made consistent changes one name into a spelling the draft (or the house list) already has.
  const houseNames = (c.settings.rules['name-consistency']?.options.names as string[] | undefined) ?? [];
  const nameEdits = new Set(
    edits.filter((e) => findings.some((f) => f.rule === 'name-consistency' && f.start === e.start && f.end === e.end && f.fixes.some((x) => x.safe && x.edits.some((y) => y.start === e.start && y.text === e.text)))),
  );
  for (const e of nameEdits) {
    const written = e.text.toLowerCase();
    const elsewhere = text.slice(0, e.start).toLowerCase().includes(written) || text.slice(e.end).toLowerCase().includes(written) || houseNames.some((n) => n.trim().toLowerCase() === written);
    assert.ok(elsewhere, `name fix writes ${JSON.stringify(e.text)}, which the draft does not have`);
    assert.ok(!/\s/.test(text.slice(e.start, e.end)) || houseNames.length > 0, `name fix replaces more than a name: ${JSON.stringify(text.slice(e.start, e.end))}`);
  }
  // Paragraphs that stay may change only in their quote marks (and names made consistent): their other words are the same.
  for (const b of blocks) {
    if (removed.includes(b)) continue;
    const inner = edits.filter((e) => !nameEdits.has(e) && b.start <= e.start && e.end <= b.end).map((e) => ({ ...e, start: e.start - b.start, end: e.end - b.start }));
    if (inner.length === 0) continue;
    const before = text.slice(b.start, b.end);
    assert.deepEqual(words(normalizeForComparison(applyEdits(before, inner))), words(normalizeForComparison(before)), `fix-all changed the words of ${JSON.stringify(before)}`);
  }
  return { text: after, edits, findings };
}

const MAX_PASSES = 10;

/**
 * Fix-all as `copydesk check --fix` does it: passes until no safe fix is left (a fix can reveal
 * another: restyling a quote mark can turn a near repeat into an exact one).
 */
function fixAll(text: string, c: Case): { text: string; passes: number } {
  let current = text;
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const { text: next, edits, findings } = fixAllPass(current, c);
    if (edits.length === 0) {
      const safeLeft = findings.filter((f) => f.fixes.some((x) => x.safe));
      assert.deepEqual(safeLeft.map((f) => `${f.rule}: ${f.message}`), [], 'a finding with a safe fix remains after fix-all');
      return { text: current, passes: pass };
    }
    current = next;
  }
  assert.fail(`fix-all does not settle in ${MAX_PASSES} passes: ${JSON.stringify(current)}`);
}

test('fix-all keeps every paragraph word for word (repeats aside), is idempotent, and leaves no safe fix', () => {
  fc.assert(
    fc.property(fixCase, (c) => {
      const once = fixAll(c.text, c);
      const twice = fixAll(once.text, c);
      assert.equal(twice.text, once.text, 'fix-all twice differs from once');
      assert.equal(twice.passes, 1);
    }),
    budget(150, [
      // A repeat that opens with a quote mark to restyle: fix-all once took the restyling and dropped the
      // deletion that overlapped it, so a second fix-all still had a repeat to delete.
      [caseOf('markdown', '\u201Cthe\u201D. Said the county council the the the.\r\r\u201Cthe\u201D. Said the county council the the the.\r\r*emphasis* Maria Okafor.\r\rthe\r===', { rules: { 'quote-style': { style: 'straight' } } })],
      // Three copies, the last without a line break: the two deletions overlapped and fix-all dropped one.
      [caseOf('plaintext', 'The the the two million <https://e.x> don\u2019t \uD83D\uDE00.\r\n\r\n'.repeat(2) + 'The the the two million <https://e.x> don\u2019t \uD83D\uDE00.', {})],
      // Restyling the straight mark makes the near repeat exact: a second pass deletes it.
      [caseOf('markdown', 'Declined to say the the the the the www.example.com.\u201D\n\nDeclined to say the the the the the www.example.com."', { rules: { 'quote-style': { style: 'curly' } } })],
      [caseOf('plaintext', '\u201CIt will cost \u00A33.5m,\u201D the council said on Monday in a statement.\n\u201CIt will cost \u00A33.5m,\u201D the council said on Monday in a statement.\n', { rules: { 'quote-style': { style: 'straight' } } })],
    ]),
  );
});
