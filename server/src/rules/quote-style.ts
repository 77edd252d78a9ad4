// quote-style: one draft, one style of quotes and apostrophes, and the right glyph for each mark.
// Docs: quote-style.md.
//
// Every mark the shared scanner finds (quotes and apostrophes alike) is either curly or straight; the
// house style is the `style` option, or with "auto" whichever the draft mostly uses. Marks in the other
// style are flagged one by one, each with a fix (the pair's two marks together for a quote). The fixes
// join fix-all only when the house style is set: with "auto" the majority is a guess, and rewriting a
// writer's marks on save because of a guess is not safe. Single marks in headlines are British headline
// style, not a second style: only curly against straight counts here.
//
// Wrong glyphs are flagged in any style, because the scanner's reading says which mark was meant:
// ‘90s, ‘til and owner‘s (an opening mark where an apostrophe belongs, the commonest autocorrect error),
// ’ opening a quotation, wire copy's doubled apostrophes '' standing for ", and opening marks typed after
// a number as feet or inches (5‘10“).

import { curlyMark, markText, quotationsOf, type DocQuotes, type Mark, type MarkStyle } from '../engine/quotations.ts';
import { capitalise, quoteName } from '../engine/quote-words.ts';
import type { Edit } from '../engine/types.ts';
import { defineRule, Options, StringEnum, type RuleFinding } from './rule.ts';

export const quoteStyle = defineRule({
  id: 'quote-style',
  summary: 'Straight and curly quotes or apostrophes mixed in one draft, and wrong glyphs (‘90s, owner‘s, \'\' for ").',
  defaultSeverity: 'warning',
  options: Options({
    style: StringEnum(['auto', 'curly', 'straight'], {
      default: 'auto',
      description: 'House style for quotes and apostrophes: "curly" (“ ” ‘ ’), "straight" (" \'), or "auto" (whichever the draft mostly uses).',
    }),
  }),
  check({ doc, options, shared }) {
    const quotes = quotationsOf(doc, shared.quotes);
    const { marks } = quotes;
    const findings: RuleFinding[] = [];
    let curly = 0;
    for (const mark of marks) if (mark.style === 'curly') curly++;
    const straight = marks.length - curly;
    let house: MarkStyle;
    if (options.style === 'curly' || options.style === 'straight') house = options.style;
    else house = curly >= straight ? 'curly' : 'straight';
    const why = options.style === 'auto' ? ` in a draft that mostly uses ${house} ones (${house === 'curly' ? curly : straight} of ${marks.length})` : ` in a draft whose house style is ${house}`;
    const safe = options.style !== 'auto';
    const convert = (mark: Mark, style: MarkStyle) => (style === 'curly' ? curlyMark(quotes.language, mark.kind, mark.role) : markText(mark.kind, 'straight', mark.role));
    const span = (mark: Mark) => ({ start: mark.offset, end: mark.offset + (mark.length ?? 1) });

    for (const mark of marks) {
      if (mark.glyph !== undefined || mark.length === 2) {
        findings.push(glyphFinding(quotes, mark, house, convert));
        continue;
      }
      if (mark.style === house) continue;
      const wanted = convert(mark, house);
      const edits: Edit[] = [{ ...span(mark), text: wanted }];
      const partner = mark.partner !== undefined ? marks[mark.partner] : undefined;
      if (partner && partner.style !== house && partner.glyph === undefined && partner.length !== 2) edits.push({ ...span(partner), text: convert(partner, house) });
      edits.sort((a, b) => a.start - b.start);
      const what = mark.role === 'apostrophe' ? 'apostrophe' : `${mark.kind} quote`;
      findings.push({
        ...span(mark),
        message: `${capitalise(mark.style)} ${what} (${mark.char})${why}`,
        fixes: [
          {
            title: edits.length > 1 ? `Use ${house} ${mark.kind} quotes for this pair (${edits.map((e) => e.text).join('…')})` : `Use a ${house} ${what} (${wanted})`,
            edits,
            preferred: true,
            safe,
          },
        ],
      });
    }
    findings.push(...primeFindings(quotes, house));
    return findings.sort((a, b) => a.start - b.start);
  },
});

function glyphFinding(quotes: DocQuotes, mark: Mark, house: MarkStyle, convert: (mark: Mark, style: MarkStyle) => string): RuleFinding {
  const at = { start: mark.offset, end: mark.offset + (mark.length ?? 1) };
  const wanted = house === 'straight' ? markText(mark.kind, 'straight', mark.role) : mark.glyph ?? convert(mark, 'curly');
  let message: string;
  let title: string;
  if (mark.length === 2) {
    message = `Two apostrophes ('') used as a double quote: use ${wanted}`;
    title = `Use a double quote (${wanted})`;
  } else if (mark.role === 'apostrophe') {
    message = `${glyphName(mark.char)} (${mark.char}) used as an apostrophe: use ${wanted}`;
    title = `Use an apostrophe (${wanted})`;
  } else {
    message = `${glyphName(mark.char)} (${mark.char}) opens this quotation: use an opening quote (${wanted})`;
    title = `Use an opening quote (${wanted})`;
  }
  const edits: Edit[] = [{ ...at, text: wanted }];
  // Doubled apostrophes come in pairs: convert the partner with them.
  const partner = mark.partner !== undefined ? quotes.marks[mark.partner] : undefined;
  if (mark.length === 2 && partner?.length === 2) edits.push({ start: partner.offset, end: partner.offset + 2, text: house === 'straight' ? '"' : convert(partner, 'curly') });
  edits.sort((a, b) => a.start - b.start);
  return {
    ...at,
    message,
    fixes: [{ title: edits.length > 1 ? `Use double quotes for this pair (${edits.map((e) => e.text).join('…')})` : title, edits, preferred: true }],
  };
}

/** "Opening quote", "Closing quote": which way a curly mark faces is the thing a wrong glyph gets wrong. */
function glyphName(char: string): string {
  if (char === '\u2018' || char === '\u201C') return 'Opening quote';
  if (char === '\u2019' || char === '\u201D') return 'Closing quote';
  return capitalise(quoteName(char));
}

/**
 * Feet and inches typed with quotation marks: an opening mark (5‘10“) is always the wrong glyph, and a
 * closing one (5’10”) is when the draft also writes them straight (12").
 */
function primeFindings(quotes: DocQuotes, house: MarkStyle): RuleFinding[] {
  const straightPrimes = quotes.primes.some((p) => p.char === '"' || p.char === "'" || p.char === "''");
  const findings: RuleFinding[] = [];
  for (const prime of quotes.primes) {
    const opening = prime.char === '\u2018' || prime.char === '\u201C';
    const closing = prime.char === '\u2019' || prime.char === '\u201D';
    if (!opening && !(closing && straightPrimes)) continue;
    const wanted = house === 'straight' ? (prime.prime === '\u2032' ? "'" : '"') : prime.prime;
    const what = prime.prime === '\u2032' ? 'a foot (or minute) mark' : 'an inch (or second) mark';
    const name = opening ? 'Opening quote' : closing ? 'Closing quote' : capitalise(quoteName(prime.char));
    findings.push({
      start: prime.offset,
      end: prime.offset + prime.length,
      message: `${name} (${prime.char}) after a number stands for ${what}: use ${wanted}`,
      fixes: [{ title: `Use ${what.replace(' (or minute)', '').replace(' (or second)', '')} (${wanted})`, edits: [{ start: prime.offset, end: prime.offset + prime.length, text: wanted }], preferred: true }],
    });
  }
  return findings;
}
