// quote-style: one draft, one style of quotes and apostrophes. Docs: quote-style.md.
//
// Every mark the shared scanner finds (quotes and apostrophes alike) is either curly or straight; the
// house style is the `style` option, or with "auto" whichever the draft mostly uses. Marks in the other
// style are flagged one by one, each with a fix (the pair's two marks together for a quote). The fixes
// join fix-all only when the house style is set: with "auto" the majority is a guess, and rewriting a
// writer's marks on save because of a guess is not safe. Single marks in headlines are British headline style, not a
// second style: only curly against straight counts here.

import { markText, quotationsOf, type Mark, type MarkStyle } from '../engine/quotations.ts';
import type { Edit } from '../engine/types.ts';
import type { Rule, RuleFinding } from './rule.ts';

export const quoteStyle: Rule = {
  id: 'quote-style',
  summary: 'Straight and curly quotes or apostrophes mixed in one draft.',
  defaultSeverity: 'warning',
  reportsInsideRepeats: true,
  options: {
    style: {
      type: 'string',
      enum: ['auto', 'curly', 'straight'],
      default: 'auto',
      description: 'House style for quotes and apostrophes: "curly" (“ ” ‘ ’), "straight" (" \'), or "auto" (whichever the draft mostly uses).',
    },
  },
  check({ doc, options }) {
    const { marks } = quotationsOf(doc);
    if (marks.length === 0) return [];
    let curly = 0;
    for (const mark of marks) if (mark.style === 'curly') curly++;
    const straight = marks.length - curly;
    let house: MarkStyle;
    if (options.style === 'curly' || options.style === 'straight') house = options.style;
    else house = curly >= straight ? 'curly' : 'straight';
    const why = options.style === 'auto' ? `the draft mostly uses ${house} ones (${house === 'curly' ? curly : straight} of ${marks.length})` : `the house style is ${house}`;

    const findings: RuleFinding[] = [];
    for (const mark of marks) {
      if (mark.style === house) continue;
      const wanted = converted(mark, house);
      const edit: Edit = { start: mark.offset, end: mark.offset + 1, text: wanted };
      const edits = [edit];
      const partner = mark.partner !== undefined ? marks[mark.partner] : undefined;
      if (partner && partner.style !== house) edits.push({ start: partner.offset, end: partner.offset + 1, text: converted(partner, house) });
      edits.sort((a, b) => a.start - b.start);
      const what = mark.role === 'apostrophe' ? 'apostrophe' : mark.kind === 'double' ? 'quotation mark' : 'single quotation mark';
      findings.push({
        start: mark.offset,
        end: mark.offset + 1,
        message: `${mark.style === 'curly' ? 'Curly' : 'Straight'} ${what} ${mark.char}: use ${wanted}, ${why}`,
        fixes: [
          {
            title: edits.length > 1 ? `Use ${house} quotes for this pair (${edits.map((e) => e.text).join('…')})` : `Replace ${mark.char} with ${wanted}`,
            edits,
            preferred: true,
            safe: options.style !== 'auto',
          },
        ],
      });
    }
    return findings;
  },
};

function converted(mark: Mark, style: MarkStyle): string {
  return markText(mark.kind, style, mark.role);
}
