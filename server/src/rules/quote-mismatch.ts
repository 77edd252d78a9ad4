// quote-mismatch: opening marks with no closing mark, closing marks with no opening, pairs of
// different kinds and a quote inside a quote of the same kind. Docs: quote-mismatch.md.
//
// The pairing itself is the shared scanner's (engine/quotations.ts); this rule words the problems
// and offers fixes where the intent is clear.

import type { DraftDocument } from '../engine/document.ts';
import { closerOf, otherPair, quotationsOf, type DocQuotes, type Mark, type QuoteProblem } from '../engine/quotations.ts';
import { quoteName, withGlyph } from '../engine/quote-words.ts';
import { sentencesOf } from '../engine/sentences.ts';
import type { Fix } from '../engine/types.ts';
import type { Rule, RuleFinding } from './rule.ts';

export const quoteMismatch: Rule = {
  id: 'quote-mismatch',
  summary: 'Quotation marks that are not closed, not opened, closed by a mark of another kind, or nested double inside double.',
  defaultSeverity: 'warning',
  options: {},
  check({ doc, shared }) {
    const quotes = quotationsOf(doc, shared.quotes);
    if (quotes.settingProblem) shared.problem?.({ message: quotes.settingProblem });
    return quotes.problems.map((problem) => findingFor(doc, quotes, problem));
  },
};

const spanOf = (m: Mark) => ({ start: m.offset, end: m.offset + (m.length ?? 1) });

function findingFor(doc: DraftDocument, quotes: DocQuotes, problem: QuoteProblem): RuleFinding {
  const mark = quotes.marks[problem.mark];
  const at = spanOf(mark);
  const line = (m: Mark) => doc.lines.lineOf(m.offset) + 1;
  switch (problem.kind) {
    case 'unclosed': {
      const closer = closerOf(mark);
      const fixes: Fix[] = [];
      const insertAt = sentenceEndAfter(problem.block, at.end - 1);
      if (insertAt !== undefined) fixes.push({ title: `Close the quotation at the end of the sentence with ${closer}`, edits: [{ start: insertAt, end: insertAt, text: closer }] });
      // Low marks and guillemets close differently from language to language: name the closing mark too.
      const closesWith = '\u201E\u201A\u00AB\u00BB\u2039\u203A'.includes(mark.char) ? `, which closes with ${closer}` : '';
      return { ...at, message: `Quotation not closed: opened with ${withGlyph(quoteName(mark.char, { style: mark.style === 'straight' }), mark.char)}${closesWith}`, fixes };
    }
    case 'unopened': {
      return { ...at, message: `Closing ${quoteName(mark.char, { style: mark.style === 'straight' })} (${mark.char}) with no opening quote`, fixes: [] };
    }
    case 'mismatched': {
      const open = quotes.marks[problem.other!];
      const closer = closerOf(open);
      const same = line(open) === line(mark) ? '' : ` (opened on line ${line(open)})`;
      return {
        ...at,
        message: `Closing mark doesn't match: ${mismatchInWords(open, mark, closer)}${same}`,
        related: [{ ...spanOf(open), message: `The quotation opens here with ${withGlyph(quoteName(open.char), open.char)}` }],
        fixes: [{ title: `Close the quotation with ${closer}`, edits: [{ ...at, text: closer }], preferred: true }],
      };
    }
    case 'nested-same': {
      const outer = quotes.marks[problem.other!];
      const [open, close] = otherPair(quotes.language, mark);
      const otherKind = mark.kind === 'double' ? 'single' : 'double';
      const fixes: Fix[] = [];
      if (mark.partner !== undefined) {
        const closeMark = quotes.marks[mark.partner];
        fixes.push({
          title: `Use ${otherKind} quotes for the quote within the quote (${open}…${close})`,
          edits: [
            { ...at, text: open },
            { ...spanOf(closeMark), text: close },
          ],
          preferred: true,
        });
      }
      const message = `${mark.kind === 'double' ? 'Double' : 'Single'} quote (${mark.char}) inside a ${mark.kind}-quoted passage: a quote within a quote takes ${otherKind} quotes (${open}…${close})`;
      return {
        ...at,
        message,
        related: [{ ...spanOf(outer), message: `The enclosing ${mark.kind}-quoted passage opens here (${outer.char})` }],
        fixes,
      };
    }
  }
}

/**
 * What differs between an opening mark and the mark that closed it, in words: the kind ("opened with a
 * single quote (‘), closed with a double (”)"), the style ("a curly double quote (“), closed with a
 * straight one (")"), or the glyph the draft's language pairs with it (closed with ” instead of “ after „).
 */
function mismatchInWords(open: Mark, close: Mark, closer: string): string {
  const styles = open.style !== close.style;
  if (open.kind !== close.kind) {
    const closeStyle = styles ? `${close.style} ` : '';
    return `opened with ${withGlyph(quoteName(open.char, { style: styles }), open.char)}, closed with a ${closeStyle}${close.kind} (${close.char})`;
  }
  if (styles) return `opened with ${withGlyph(quoteName(open.char, { style: true }), open.char)}, closed with a ${close.style} one (${close.char})`;
  // Same kind and style: the glyph is wrong for this opening mark (“ … “, or „ … ” in German).
  const closeName = '\u201C\u2018'.includes(close.char) ? `opening ${quoteName(close.char)}` : quoteName(close.char);
  return `opened with ${withGlyph(quoteName(open.char), open.char)}, closed with ${withGlyph(closeName, close.char)} instead of ${closer}`;
}

/** Where a missing closing mark goes: the end of the sentence holding `offset` (after its full stop). */
function sentenceEndAfter(block: DraftDocument['blocks'][number], offset: number): number | undefined {
  const sentence = sentencesOf(block).find((s) => s.start <= offset && offset < s.end);
  let end = sentence ? sentence.end : block.end;
  while (end > offset + 1 && /\s/.test(block.prose[end - 1 - block.start])) end--;
  return end > offset + 1 ? end : undefined;
}
