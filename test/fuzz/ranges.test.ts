// Property 2: every finding's range, related range and edit range lies inside the draft on a code-point
// boundary (never between the two halves of a surrogate pair), with any settings; and positions are
// right around CRLF, emoji and combining characters: each finding covers exactly the text it names.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Finding, Format } from '../../server/src/engine/types.ts';
import { budget, checkRanges, draft, lintChecked, settingsFrom, settingsLayer } from './fuzz.ts';

test('ranges stay inside the draft and on code-point boundaries, with any settings', () => {
  fc.assert(
    fc.property(draft(), settingsLayer, ({ format, text }, layer) => {
      checkRanges(text, lintChecked(text, format, settingsFrom(layer)).findings);
    }),
    budget(200, [
      // A surrogate pair right after a figure and right before a quote mark.
      [{ format: 'plaintext', text: 'Prices rose 40%\uD83D\uDE00 and \uD83D\uDE00\u201Cit fell.' }, undefined],
      [{ format: 'markdown', text: '\uD83D\u201Cx\uDE00\u201D \uDBFF' }, undefined],
    ]),
  );
});

// ---------------------------------------------------------------------------------------------
// Exact positions: a draft is built piece by piece, so the offset of every figure, repeated paragraph
// and stray quote mark is known, with awkward characters everywhere around them.

/** Words with astral characters, combining marks, joiners and odd spaces; none is a figure or a cue. */
const AWKWARD_WORDS = ['😀', 'cafe\u0301', 'nai\u0308ve', '👩‍👩‍👧', '🇬🇧', 'Zo\u00EB', '𝔸𝔹', 'İstanbul', 'Ωmega', 'x\u200Dy', '\uFEFFbom', 'la\u00A0Paz', '🏴‍☠️', 'Ελλάδα'];
const FIGURES = ['£3.5m', '40%', '1,200 tonnes', '6,941', '$1.2bn', '9 per cent', '2.1 million', '€300m', '38.5%'];

/** Money claims ("Prices rose £3.5m") are in unattributed-figure's otherClaims tier (session 5): asked for here. */
// The hand rule by name: otherClaims is its tier (the lexical judge, the product default, decides at one tier).
const EVERY_CLAIM = settingsFrom({ rules: { 'unattributed-figure': { otherClaims: 'flag', judge: 'rules' } } });

type Expected = { rule: string; start: number; end: number; what: string };
type Piece = { text: string; expect?: (offset: number) => Expected[] };

const awkward = fc.array(fc.constantFrom(...AWKWARD_WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));

/** "😀 Prices rose 40% in cafe\u0301 the valley." — an unattributed figure at a known offset. */
const figureParagraph: fc.Arbitrary<Piece[]> = fc.tuple(awkward, fc.constantFrom(...FIGURES), awkward).map(([a, figure, b]) => {
  const before = `${a} Prices rose `;
  return [
    { text: before },
    { text: figure, expect: (at) => [{ rule: 'unattributed-figure', start: at, end: at + figure.length, what: figure }] },
    { text: ` in ${b} the valley.` },
  ];
});

/** A paragraph of ten words or more with awkward characters, as the seed of a repeat. */
const longParagraph = fc
  .tuple(awkward, awkward, fc.constantFrom('The bypass', 'Residents of the estate', 'The hospital trust'))
  .map(([a, b, subject]) => `${subject} ${a} has been delayed again, and nobody ${b} at the town hall knows when it opens.`);

/** An opening mark that is never closed, inside a plain sentence. */
const unclosedParagraph: fc.Arbitrary<Piece[]> = fc.tuple(awkward, fc.constantFrom('\u201C', '\u2018')).map(([a, mark]) => [
  { text: `${a} He called the plan ` },
  { text: mark, expect: (at) => [{ rule: 'quote-mismatch', start: at, end: at + 1, what: mark }] },
  { text: `a disgrace and left ${a} the room.` },
]);

type Spec = { kind: 'figure' | 'unclosed'; pieces: Piece[] } | { kind: 'long'; text: string } | { kind: 'repeat'; of: number };

const spec: fc.Arbitrary<Spec> = fc.oneof(
  figureParagraph.map((pieces) => ({ kind: 'figure' as const, pieces })),
  unclosedParagraph.map((pieces) => ({ kind: 'unclosed' as const, pieces })),
  longParagraph.map((text) => ({ kind: 'long' as const, text })),
  fc.nat().map((of) => ({ kind: 'repeat' as const, of })),
);

/** Builds the draft and the findings it must have, at their offsets. */
function build(specs: Spec[], breaks: readonly string[], leading: string): { text: string; expected: Expected[] } {
  let text = leading;
  const expected: Expected[] = [];
  const longs: { start: number; text: string }[] = [];
  const seen = new Set<string>();
  specs.forEach((s, i) => {
    if (i > 0) text += breaks[i % breaks.length];
    if (s.kind === 'long' || s.kind === 'repeat') {
      const paragraph = s.kind === 'long' ? s.text : longs.length ? longs[s.of % longs.length].text : undefined;
      if (!paragraph) return;
      if (seen.has(paragraph)) {
        const original = longs.find((l) => l.text === paragraph)!;
        expected.push({ rule: 'duplicate-paragraph', start: text.length, end: text.length + paragraph.length, what: paragraph, related: original.start } as Expected);
      } else {
        seen.add(paragraph);
        longs.push({ start: text.length, text: paragraph });
      }
      text += paragraph;
      return;
    }
    for (const piece of s.pieces) {
      if (piece.expect) expected.push(...piece.expect(text.length));
      text += piece.text;
    }
  });
  return { text, expected };
}

const breaks = fc.oneof(fc.constant(['\n\n']), fc.constant(['\r\n\r\n']), fc.constant(['\r\n']), fc.constant(['\n']), fc.array(fc.constantFrom('\n\n', '\r\n\r\n', '\r\r', '\n\r\n'), { minLength: 2, maxLength: 4 }));

test('each finding covers exactly the figure, paragraph or mark it is about, around CRLF, emoji and combining characters', () => {
  fc.assert(
    fc.property(
      fc.array(spec, { minLength: 1, maxLength: 10 }),
      breaks,
      fc.constantFrom('', '\uFEFF', '😀\n\n', '\r\n', 'e\u0301\n\n'),
      fc.constantFrom<Format>('plaintext', 'markdown'),
      (specs, someBreaks, leading, format) => {
        // In Markdown a single line break continues the paragraph: there, paragraphs need a blank line.
        const lineBreaks = format === 'markdown' ? someBreaks.map((b) => (/^(\r\n|\n|\r)$/.test(b) ? b + b : b)) : someBreaks;
        const { text, expected } = build(specs, lineBreaks, leading);
        const findings = lintChecked(text, format, EVERY_CLAIM).findings;
        checkRanges(text, findings);
        for (const e of expected) {
          // A paragraph inside a repeated block is covered by the block's one finding, with a
          // "Delete only this paragraph" fix for exactly that paragraph.
          const block = findings.find((f) => f.rule === e.rule && f.message.startsWith('Lines') && f.fixes.some((x) => x.within?.start === e.start && x.within.end === e.end));
          if (block) {
            assert.ok(block.start <= e.start && e.end <= block.end, 'the block finding spans its paragraphs');
            continue;
          }
          const found = findings.find((f) => f.rule === e.rule && f.start === e.start && f.end === e.end && !f.message.startsWith('Lines'));
          assert.ok(found, `no ${e.rule} finding at ${e.start}–${e.end} for ${JSON.stringify(e.what)}; found ${JSON.stringify(findings.map((f) => [f.rule, f.start, f.end, text.slice(f.start, f.end)]))}`);
          assert.equal(text.slice(found.start, found.end), e.what);
          checkMessage(text, found);
          const related = (e as Expected & { related?: number }).related;
          if (related !== undefined) assert.equal(found.related?.[0].start, related);
        }
        for (const f of findings) checkMessage(text, f);
      },
    ),
    budget(150, [
      // Markdown paragraphs separated by a blank line of lone CRs ("\r\r") were read as one paragraph.
      [[{ kind: 'long', text: 'The bypass \uD83D\uDE00 has been delayed again, and nobody at the town hall knows when it opens.' }, { kind: 'repeat', of: 0 }], ['\n\n', '\r\r'], '', 'markdown'],
    ]),
  );
});

/** The finding's text is what its message names. */
function checkMessage(text: string, f: Finding): void {
  const slice = text.slice(f.start, f.end);
  switch (f.rule) {
    case 'unattributed-figure': {
      // Strict mode: "No source for “X” in this sentence"; desk mode: "No source for “X”: why", or an unfilled placeholder.
      const named = /^(?:No source for|Attribution placeholder not filled in for) \u201C(.*?)\u201D(?: in this sentence$|: |$)/s.exec(f.message)?.[1];
      assert.equal(named, slice.replace(/\s+/g, ' '));
      break;
    }
    case 'duplicate-paragraph': {
      // The finding starts where the paragraph's text does, not on the white space or line break before it.
      assert.match(slice, /^[^ \t\r\n]/u);
      for (const r of f.related ?? []) assert.match(text.slice(r.start, r.end), /^[^ \t\r\n]/u);
      break;
    }
    case 'quote-mismatch':
    case 'quote-style': {
      assert.equal(f.end - f.start, 1);
      assert.match(slice, /^["'\u201C\u201D\u2018\u2019]$/);
      // Messages name the mark in words, then show it in brackets: "Curly apostrophe (’) …". A mismatch
      // names the opening mark first and the closing one (where the finding is) last.
      const glyphs = [...f.message.matchAll(/\((\S{1,2})\)/g)].map((m) => m[1]);
      const named = f.message.startsWith("Closing mark doesn't match") ? glyphs.at(-1) : glyphs[0];
      assert.ok(named, `no mark shown in brackets: ${f.message}`);
      assert.equal(named, slice, f.message);
      break;
    }
  }
}
