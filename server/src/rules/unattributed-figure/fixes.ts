// The two fixes of unattributed-figure: "Add attribution" (", according to <source>" before the
// sentence's closing punctuation, as a snippet with the placeholder selected where the client can) and,
// in Markdown, "Ignore this figure" (a disable comment the engine honours).

import type { Block, DraftDocument } from '../../engine/document.ts';
import type { Edit, Fix, Span } from '../../engine/types.ts';

export const RULE_ID = 'unattributed-figure';

const ATTRIBUTION_TEXT = ', according to [source]';
const ATTRIBUTION_SNIPPET = ', according to ${1:source}';
const CLOSERS = new Set(['\u201D', '\u2019', '"', "'", ')', ']', '\u00BB']);
const QUOTE_CLOSERS = new Set(['\u201D', '\u2019', '"', "'", '\u00BB']);
const TERMINALS = new Set(['.', '!', '?', '\u2026', ':', ';']);

/**
 * ", according to [source]" before the sentence's closing punctuation. When a quotation closes the
 * sentence ("… the worst in 50 years.”) the full stop becomes a comma inside the quote and the
 * attribution follows it: "… the worst in 50 years,” according to [source].".
 */
export function addAttributionFix(block: Block, sentence: Span): Fix {
  const { prose } = block;
  let i = sentence.end;
  while (i > sentence.start && /\s/.test(prose[i - 1])) i--;
  const closersEnd = i;
  let quoted = false;
  while (i > sentence.start && CLOSERS.has(prose[i - 1])) {
    if (QUOTE_CLOSERS.has(prose[i - 1])) quoted = true;
    i--;
  }
  const at = (offset: number) => block.start + offset;
  const title = 'Add attribution';
  if (i > sentence.start && TERMINALS.has(prose[i - 1])) {
    let terminal = i - 1;
    while (terminal > sentence.start && (prose[terminal - 1] === '.' || prose[terminal - 1] === '\u2026')) terminal--;
    if (quoted && prose[terminal] === '.' && i - terminal === 1) {
      const edits: Edit[] = [
        { start: at(terminal), end: at(terminal + 1), text: ',' },
        { start: at(closersEnd), end: at(closersEnd), text: `${ATTRIBUTION_TEXT.slice(1)}.`, snippet: `${ATTRIBUTION_SNIPPET.slice(1)}.` },
      ];
      return { title, edits, preferred: true, safe: false };
    }
    return { title, edits: [insertion(at(terminal))], preferred: true, safe: false };
  }
  return { title, edits: [insertion(at(closersEnd))], preferred: true, safe: false };
}

function insertion(offset: number): Edit {
  return { start: offset, end: offset, text: ATTRIBUTION_TEXT, snippet: ATTRIBUTION_SNIPPET };
}

const DISABLE_NEXT_LINE = /^(\s*<!--\s*copydesk-disable-next-line\b)([^>]*?)(\s*-->\s*)$/;

/**
 * Markdown only: a `copydesk-disable-next-line` comment on its own line before the paragraph when the
 * figure is on the paragraph's first line and nothing else (a list marker, a ">") shares that line;
 * otherwise a `copydesk-disable-line` comment at the end of the figure's line, which keeps the
 * paragraph, the list or the quote block whole. An existing disable-next-line comment is extended.
 */
export function ignoreFix(doc: DraftDocument, block: Block, figureStart: number, figureEnd = figureStart): Fix | undefined {
  if (doc.format !== 'markdown') return undefined;
  const title = 'Ignore this figure';
  const { lines, text } = doc;
  // Named by its text, so the comment silences this figure and not the others on its line.
  const figure = text.slice(figureStart, figureEnd);
  const target = /^[^"\n]+$/.test(figure) && !figure.includes('--') ? `${RULE_ID} "${figure}"` : RULE_ID;
  const line = lines.lineOf(figureStart);
  const blockLine = lines.lineOf(block.start);
  const lineStart = lines.starts[blockLine];
  const indent = text.slice(lineStart, block.start);
  if (line === blockLine && /^[ \t]*$/.test(indent)) {
    if (blockLine > 0) {
      const previousStart = lines.starts[blockLine - 1];
      const previous = DISABLE_NEXT_LINE.exec(text.slice(previousStart, lines.lineEnd(blockLine - 1)));
      if (previous && previous[2].trim() !== '') {
        const offset = previousStart + previous[1].length + previous[2].length;
        return { title, edits: [{ start: offset, end: offset, text: ` ${target}` }], safe: false };
      }
    }
    const eol = text[lines.lineEnd(blockLine)] === '\r' ? '\r\n' : '\n';
    return { title, edits: [{ start: lineStart, end: lineStart, text: `${indent}<!-- copydesk-disable-next-line ${target} -->${eol}` }], safe: false };
  }
  const end = lines.lineEnd(line);
  return { title, edits: [{ start: end, end, text: ` <!-- copydesk-disable-line ${target} -->` }], safe: false };
}
