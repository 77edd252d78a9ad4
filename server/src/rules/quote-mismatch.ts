// quote-mismatch: opening marks with no closing mark, closing marks with no opening, pairs of
// different kinds and a double quote inside a double quote. Docs: quote-mismatch.md.
//
// The pairing itself is the shared scanner's (engine/quotations.ts); this rule words the problems
// and offers fixes where the intent is clear.

import type { DraftDocument } from '../engine/document.ts';
import { CURLY, STRAIGHT, markText, quotationsOf, type DocQuotes, type Mark, type QuoteProblem } from '../engine/quotations.ts';
import { sentencesOf } from '../engine/sentences.ts';
import type { Fix } from '../engine/types.ts';
import { defineRule, Options, type RuleFinding } from './rule.ts';

export const quoteMismatch = defineRule({
  id: 'quote-mismatch',
  summary: 'Quotation marks that are not closed, not opened, closed by a mark of another kind, or nested double inside double.',
  defaultSeverity: 'warning',
  options: Options({}),
  check({ doc }) {
    const quotes = quotationsOf(doc);
    return quotes.problems.map((problem) => findingFor(doc, quotes, problem));
  },
});

function closerFor(open: Mark): string {
  return markText(open.kind, open.style, 'close');
}

function findingFor(doc: DraftDocument, quotes: DocQuotes, problem: QuoteProblem): RuleFinding {
  const mark = quotes.marks[problem.mark];
  const at = { start: mark.offset, end: mark.offset + 1 };
  const line = (m: Mark) => doc.lines.lineOf(m.offset) + 1;
  switch (problem.kind) {
    case 'unclosed': {
      const closer = closerFor(mark);
      const fixes: Fix[] = [];
      const insertAt = sentenceEndAfter(problem.block, mark.offset);
      if (insertAt !== undefined) fixes.push({ title: `Insert ${closer} at the end of the quoted sentence`, edits: [{ start: insertAt, end: insertAt, text: closer }] });
      return { ...at, message: `Opening ${mark.char} has no closing ${closer}`, fixes };
    }
    case 'unopened':
      return { ...at, message: `Closing ${mark.char} has no opening ${markText(mark.kind, mark.style, 'open')}`, fixes: [] };
    case 'mismatched': {
      const open = quotes.marks[problem.other!];
      const closer = closerFor(open);
      const same = line(open) === line(mark) ? '' : ` (line ${line(open)})`;
      return {
        ...at,
        message: `${open.char} is closed by ${mark.char}: use ${closer} to close it${same}`,
        related: [{ start: open.offset, end: open.offset + 1, message: `Opening ${open.char}` }],
        fixes: [{ title: `Replace ${mark.char} with ${closer}`, edits: [{ ...at, text: closer }], preferred: true }],
      };
    }
    case 'nested-same': {
      const outer = quotes.marks[problem.other!];
      const single = mark.style === 'curly' ? CURLY.single : { open: STRAIGHT.single, close: STRAIGHT.single };
      const fixes: Fix[] = [];
      if (mark.partner !== undefined) {
        const closeMark = quotes.marks[mark.partner];
        fixes.push({
          title: `Use ${single.open}…${single.close} for the quote within the quote`,
          edits: [
            { ...at, text: single.open },
            { start: closeMark.offset, end: closeMark.offset + 1, text: single.close },
          ],
          preferred: true,
        });
      }
      return {
        ...at,
        message: `Double quotation mark inside a double-quoted passage: a quote within a quote takes single marks (${single.open}…${single.close})`,
        related: [{ start: outer.offset, end: outer.offset + 1, message: `The enclosing quotation opens here` }],
        fixes,
      };
    }
  }
}

/** Where a missing closing mark goes: the end of the sentence holding `offset` (after its full stop). */
function sentenceEndAfter(block: DraftDocument['blocks'][number], offset: number): number | undefined {
  const sentence = sentencesOf(block).find((s) => s.start <= offset && offset < s.end);
  let end = sentence ? sentence.end : block.end;
  while (end > offset + 1 && /\s/.test(block.prose[end - 1 - block.start])) end--;
  return end > offset + 1 ? end : undefined;
}
