// unattributed-figure: a figure that makes a claim with no source in reach — "says who?". Docs:
// unattributed-figure.md.
//
// Per paragraph: find the figures (unattributed-figure/figures.ts); only then split the paragraph into
// sentences and ask of each sentence holding a figure whether it names a source
// (unattributed-figure/attribution.ts). Paragraphs without figures cost one regex scan.

import type { Block, DraftDocument } from '../engine/document.ts';
import type { Span } from '../engine/types.ts';
import type { Rule, RuleFinding } from './rule.ts';
import { attributionMatcher, continues, isSourceNote, quotations, type AttributionMatcher } from './unattributed-figure/attribution.ts';
import { figuresIn } from './unattributed-figure/figures.ts';
import { addAttributionFix, ignoreFix, RULE_ID } from './unattributed-figure/fixes.ts';
import { proseSentences } from '../engine/sentences.ts';

/** A link in the source text: Markdown inline, reference or autolink, or a bare URL. */
const LINK = /\]\(|\]\[|<https?:|https?:\/\/|\bwww\./;
/** Markdown code spans, which may show a URL without linking to it. */
const CODE_SPAN = /(`+)[^`]*?\1/g;

export const unattributedFigure: Rule = {
  id: RULE_ID,
  summary: 'Figures (counts, amounts, rates) with no source in their sentence: no "said", "according to", "figures from" or the like.',
  defaultSeverity: 'information',
  options: {
    cues: {
      type: 'array',
      items: { type: 'string' },
      default: [],
      description:
        'Extra words or phrases that attribute a figure in the same sentence, added to the built-in list (said, told, according to, estimated, figures from, …). Matched as whole words, ignoring case; e.g. "per", "via", "quoting".',
    },
    negations: {
      type: 'array',
      items: { type: 'string' },
      default: [],
      description:
        'Extra words or phrases that cancel a cue when they come just before it (within two words), added to the built-in list (not, never, declined to, refused to, yet to, …); e.g. "would rather not".',
    },
    headings: {
      type: 'boolean',
      default: false,
      description: 'Also check headings and headline-like lines (sources rarely fit in a headline, so they are skipped by default).',
    },
    links: {
      type: 'boolean',
      default: true,
      description: 'Count a link in the sentence (a Markdown link or a bare URL) as attribution, as online copy cites by linking.',
    },
  },
  check({ doc, options }) {
    const matcher = attributionMatcher(options.cues as string[], options.negations as string[]);
    const headings = options.headings as boolean;
    const links = options.links as boolean;
    const findings: RuleFinding[] = [];
    const { blocks } = doc;
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b];
      const heading = block.kind === 'heading';
      if (heading && !headings) continue;
      const figures = figuresIn(block.prose, heading);
      if (figures.length === 0) continue;
      // "Source: ONS" under a paragraph (a chart note) sources the whole paragraph.
      const next = blocks[b + 1];
      if (next && isSourceNote(next.prose)) continue;
      checkBlock(doc, block, figures, matcher, links, findings);
    }
    return findings;
  },
};

function checkBlock(doc: DraftDocument, block: Block, figures: Span[], matcher: AttributionMatcher, links: boolean, findings: RuleFinding[]): void {
  const sentences = proseSentences(block.prose);
  const attributed = attributedSentences(doc, block, sentences, figures, matcher, links);
  let inAttributedQuote: ((figure: Span) => boolean) | undefined;
  let s = 0;
  for (const figure of figures) {
    while (s < sentences.length - 1 && sentences[s].end <= figure.start) s++;
    if (attributed[s]) continue;
    inAttributedQuote ??= attributedQuotes(quotations(block.prose), sentences, attributed);
    if (inAttributedQuote(figure)) continue;
    const start = block.start + figure.start;
    const end = block.start + figure.end;
    const shown = doc.text.slice(start, end).replace(/\s+/g, ' ');
    const ignore = ignoreFix(doc, block, start);
    findings.push({
      start,
      end,
      message: `No source for \u201C${shown}\u201D in this sentence`,
      fixes: ignore ? [addAttributionFix(block, sentences[s]), ignore] : [addAttributionFix(block, sentences[s])],
    });
  }
}

/**
 * Whether each sentence is attributed: a cue of its own (figures masked, so a cue can never be part of
 * the figure it would attribute), a link, or continuing an attributed sentence ("It added…", "Of those…").
 * A closing source note ("(Source: ONS)") attributes the whole paragraph.
 */
function attributedSentences(
  doc: DraftDocument,
  block: Block,
  sentences: Span[],
  figures: Span[],
  matcher: AttributionMatcher,
  links: boolean,
): boolean[] {
  const { prose } = block;
  const last = sentences[sentences.length - 1];
  if (sentences.length > 1 && isSourceNote(prose.slice(last.start, last.end))) return sentences.map(() => true);
  const out: boolean[] = [];
  let f = 0;
  for (let i = 0; i < sentences.length; i++) {
    const { start, end } = sentences[i];
    while (f < figures.length && figures[f].end <= start) f++;
    const text = masked(prose, start, end, figures, f);
    const nextStart = i + 1 < sentences.length ? sentences[i + 1].start : prose.length;
    const own = matcher.attributes(text) || (links && hasLink(doc, block.start + start, block.start + nextStart));
    out.push(own || (i > 0 && out[i - 1] && continues(text)));
  }
  return out;
}

function hasLink(doc: DraftDocument, start: number, end: number): boolean {
  const raw = doc.text.slice(start, end);
  if (!LINK.test(raw)) return false;
  return doc.format !== 'markdown' || !raw.includes('`') || LINK.test(raw.replace(CODE_SPAN, ''));
}

/** The sentence's text with each figure replaced by zeros: still a number to the cues' context checks, never a cue. */
function masked(prose: string, start: number, end: number, figures: Span[], first: number): string {
  let text = '';
  let at = start;
  for (let f = first; f < figures.length && figures[f].start < end; f++) {
    const s = Math.max(figures[f].start, start);
    const e = Math.min(figures[f].end, end);
    text += prose.slice(at, s) + '0'.repeat(e - s);
    at = e;
  }
  return at === start ? prose.slice(start, end) : text + prose.slice(at, end);
}

/** A figure inside a quotation counts as attributed when a sentence the quotation touches is. */
function attributedQuotes(quotes: Span[], sentences: Span[], attributed: boolean[]): (figure: Span) => boolean {
  // One sweep for the figures of a block, asked in order: a quote is attributed when the sentences it
  // touches (a range, found by binary search) include an attributed one (prefix counts); a figure is
  // inside one when the farthest end of the attributed quotes starting at or before it reaches past it.
  // Linear, where testing every quote and sentence for every figure was quadratic in a long paragraph.
  const counts = [0];
  for (const a of attributed) counts.push(counts[counts.length - 1] + (a ? 1 : 0));
  const firstSentence = (test: (sentence: Span) => boolean): number => {
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (test(sentences[mid])) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  let q = 0;
  let reach = -1;
  return (figure) => {
    for (; q < quotes.length && quotes[q].start <= figure.start; q++) {
      const quote = quotes[q];
      const first = firstSentence((sentence) => sentence.end > quote.start);
      const end = firstSentence((sentence) => sentence.start >= quote.end);
      if (end > first && counts[end] - counts[first] > 0) reach = Math.max(reach, quote.end);
    }
    return reach >= figure.end;
  };
}
