// quote-mismatch: opening marks with no closing mark, closing marks with no opening, pairs of
// different kinds and a quote inside a quote of the same kind. Docs: quote-mismatch.md.
//
// The pairing itself is the shared scanner's (engine/quotations.ts); this rule words the problems
// and offers fixes where the intent is clear.

import type { DraftDocument } from '../engine/document.ts';
import { closerOf, markText, otherPair, quotationsOf, type DocQuotes, type Mark, type QuoteProblem } from '../engine/quotations.ts';
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
      if (insertAt !== undefined) fixes.push({ title: `Insert ${closer} at the end of the quoted sentence`, edits: [{ start: insertAt, end: insertAt, text: closer }] });
      return { ...at, message: `Opening ${mark.char} has no closing ${closer}`, fixes };
    }
    case 'unopened': {
      const opener = mark.style === 'straight' ? mark.char : (quotes.language.pairs.find(([, close]) => close === mark.char)?.[0] ?? markText(mark.kind, mark.style, 'open'));
      return { ...at, message: `Closing ${mark.char} has no opening ${opener}`, fixes: [] };
    }
    case 'mismatched': {
      const open = quotes.marks[problem.other!];
      const closer = closerOf(open);
      const same = line(open) === line(mark) ? '' : ` (line ${line(open)})`;
      return {
        ...at,
        message: `${open.char} is closed by ${mark.char}: use ${closer} to close it${same}`,
        related: [{ ...spanOf(open), message: `Opening ${open.char}` }],
        fixes: [{ title: `Replace ${mark.char} with ${closer}`, edits: [{ ...at, text: closer }], preferred: true }],
      };
    }
    case 'nested-same': {
      const outer = quotes.marks[problem.other!];
      const [open, close] = otherPair(quotes.language, mark);
      const fixes: Fix[] = [];
      if (mark.partner !== undefined) {
        const closeMark = quotes.marks[mark.partner];
        fixes.push({
          title: `Use ${open}…${close} for the quote within the quote`,
          edits: [
            { ...at, text: open },
            { ...spanOf(closeMark), text: close },
          ],
          preferred: true,
        });
      }
      const message =
        mark.kind === 'double'
          ? `Double quotation mark inside a double-quoted passage: a quote within a quote takes single marks (${open}…${close})`
          : `Single quotation mark inside a single-quoted passage: a quote within a quote takes double marks (${open}…${close})`;
      return {
        ...at,
        message,
        related: [{ ...spanOf(outer), message: `The enclosing quotation opens here` }],
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
