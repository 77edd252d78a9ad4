// Property 4 (quote-source, issue 12): for any source sentence and any quotation made from it with
// words swapped, added or left out, applying "Use the source's wording" gives a quotation that is
// verbatim in the source (its text is in the source, and the rule then finds it verbatim); and a
// quotation copied unchanged from the source gives no finding, only the hover note.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { applyEdits } from '../../server/src/engine/edits.ts';
import { lint } from '../../server/src/engine/lint.ts';
import { words } from '../../server/src/engine/text.ts';
import { applyLayer, defaultSettings } from '../../server/src/engine/settings.ts';
import type { Finding } from '../../server/src/engine/types.ts';
import { budget } from './fuzz.ts';

const root = mkdtempSync(join(tmpdir(), 'copydesk-fuzz-quotes-'));
after(() => rmSync(root, { recursive: true, force: true }));
writeFileSync(join(root, '.copydesk.json'), '{}');
let count = 0;

const VOCABULARY = (
  'we the a sea wall harbour boats storm council budget roof bridge rebuild reopen spring night ' +
  'nobody everyone lucky before after never again always water rose fell quickly slowly engineers ' +
  "will would could have had been seen fixed lost caught we've wasn't don't it's Monday March Pryce Ortiz " +
  'on this scale like there here over under into from with without and but so because'
).split(' ');
const SEPARATORS = [' ', ' ', ' ', ' ', ', ', '. ', '; ', ' — ', '? ', '\n'];

const word = fc.constantFrom(...VOCABULARY);

/** A source sentence (no word twice in a row, so no stutters), with punctuation and line breaks between words. */
const sourceWords = fc
  .array(fc.tuple(word, fc.constantFrom(...SEPARATORS)), { minLength: 5, maxLength: 30 })
  .map((pairs) => pairs.filter(([w], k) => k === 0 || pairs[k - 1][0] !== w))
  .filter((pairs) => pairs.length >= 5);

const editOp = fc.record({ kind: fc.constantFrom<'swap' | 'add' | 'drop'>('swap', 'add', 'drop'), at: fc.nat(), word });

function foldText(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
}

function quoteSourceFindings(text: string, source: string): Finding[] {
  const settings = applyLayer(defaultSettings(), { sources: [source] }, 'fuzz', []);
  const result = lint(text, { format: 'plaintext', settings, file: join(root, 'draft.txt'), configFile: join(root, '.copydesk.json'), root });
  return result.findings.filter((f) => f.rule === 'quote-source');
}

test('the suggested wording is verbatim in the source; an unchanged quotation gives no finding', () => {
  fc.assert(
    fc.property(sourceWords, fc.nat(), fc.nat(), fc.array(editOp, { maxLength: 3 }), fc.boolean(), (pairs, a, b, edits, curly) => {
      const sourceText = pairs.map(([w, sep]) => w + sep).join('').trim() + '.\n';
      const name = `source-${count++}.txt`;
      writeFileSync(join(root, name), sourceText);
      const from = a % (pairs.length - 2);
      const to = Math.min(pairs.length, from + 3 + (b % (pairs.length - from - 2)));
      const quoted = pairs.slice(from, to).map(([w]) => w);
      for (const e of edits) {
        const at = e.at % (quoted.length + 1);
        if (e.kind === 'add') quoted.splice(at, 0, e.word);
        else if (e.kind === 'swap' && at < quoted.length) quoted[at] = e.word;
        else if (e.kind === 'drop' && at < quoted.length && quoted.length > 3) quoted.splice(at, 1);
      }
      // No figures in the vocabulary: the quote scanner may read a mark after a number as a prime (12").
      const [open, close] = curly ? ['\u201C', '\u201D'] : ['"', '"'];
      const draft = `The official said ${open}${quoted.join(' ')}${close} on Monday.\n`;
      const findings = quoteSourceFindings(draft, name);
      const unchanged = edits.length === 0;
      if (unchanged) {
        assert.deepEqual(findings.map((f) => [f.note, f.message.startsWith('Found in')]), [[true, true]], draft + sourceText);
        return;
      }
      for (const finding of findings.filter((f) => !f.note)) {
        const fix = finding.fixes.find((f) => f.title === "Use the source's wording");
        if (!fix) continue;
        const fixed = applyEdits(draft, fix.edits);
        const inner = fixed.slice(fixed.indexOf(open) + 1, fixed.lastIndexOf(close));
        assert.ok(foldText(sourceText).includes(foldText(inner)), `fixed quotation not in the source:\n${fixed}${sourceText}`);
        // A fix that leaves fewer words than minWords (3) is verbatim but no longer looked up.
        if (words(inner).length < 3) continue;
        const again = quoteSourceFindings(fixed, name);
        assert.deepEqual(again.map((f) => [f.note, f.message.startsWith('Found in')]), [[true, true]], `after the fix:\n${fixed}${sourceText}${JSON.stringify(again.map((f) => f.message))}`);
      }
    }),
    budget(150),
  );
});

test('with an ellipsis: each part of the fixed quotation is in the source word for word, in order, and the rule finds it verbatim', () => {
  fc.assert(
    fc.property(sourceWords, fc.nat(), fc.nat(), fc.nat(), fc.array(editOp, { maxLength: 2 }), (pairs, a, b, c, edits) => {
      fc.pre(pairs.length >= 9);
      const sourceText = pairs.map(([w, sep]) => w + sep).join('').trim() + '.\n';
      const name = `source-${count++}.txt`;
      writeFileSync(join(root, name), sourceText);
      // Two parts of three words or more with at least one word left out between them.
      const from = a % (pairs.length - 8);
      const firstEnd = from + 3 + (b % 2);
      const secondStart = firstEnd + 1 + (c % 2);
      const first = pairs.slice(from, firstEnd).map(([w]) => w);
      const second = pairs.slice(secondStart, secondStart + 3).map(([w]) => w);
      for (const e of edits) {
        const part = e.at % 2 ? second : first;
        const at = e.at % part.length;
        if (e.kind === 'swap') part[at] = e.word;
        else if (e.kind === 'add') part.splice(at, 0, e.word);
        else if (part.length > 3) part.splice(at, 1);
      }
      const draft = `The official said \u201C${first.join(' ')} \u2026 ${second.join(' ')}\u201D on Monday.\n`;
      const findings = quoteSourceFindings(draft, name);
      if (edits.length === 0) {
        assert.deepEqual(findings.map((f) => [f.note, f.message.startsWith('Found in')]), [[true, true]], draft + sourceText);
        return;
      }
      for (const finding of findings.filter((f) => !f.note)) {
        const fix = finding.fixes.find((f) => f.title === "Use the source's wording");
        if (!fix) continue;
        const fixed = applyEdits(draft, fix.edits);
        const inner = fixed.slice(fixed.indexOf('\u201C') + 1, fixed.lastIndexOf('\u201D'));
        assert.ok(inner.includes('\u2026'), `the ellipsis is kept: ${fixed}`);
        // Word for word (a part the fix did not touch may differ in punctuation, which is allowed).
        const source = ` ${words(foldText(sourceText)).join(' ')} `;
        let at = 0;
        for (const part of inner.split('\u2026').map((p) => ` ${words(foldText(p)).join(' ')} `)) {
          const found = source.indexOf(part, at);
          assert.ok(found >= 0, `“${part}” not in the source after ${at}:\n${fixed}${sourceText}`);
          at = found + part.length - 1;
        }
        if (inner.split('\u2026').some((p) => words(p).length === 0) || words(inner).length < 3) continue;
        const again = quoteSourceFindings(fixed, name);
        assert.deepEqual(again.map((f) => [f.note, f.message.startsWith('Found in')]), [[true, true]], `after the fix:\n${fixed}${sourceText}${JSON.stringify(again.map((f) => f.message))}`);
      }
    }),
    budget(100),
  );
});
