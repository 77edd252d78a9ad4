// unattributed-figure: a figure that makes a claim with no source in reach — "says who?". Docs:
// unattributed-figure.md.
//
// Per paragraph: find the figures (unattributed-figure/figures.ts); only then split the paragraph into
// sentences and ask of each sentence holding a figure whether it names a source
// (unattributed-figure/attribution.ts). Paragraphs without figures cost one regex scan.
//
// A block's findings depend on nothing outside it but the settings and whether a source note follows
// it, so they are cached per block (offsets relative to the block) and a re-lint after an edit
// recomputes only the blocks whose text changed. The fixes are built per lint from the cached
// sentence: "Ignore this figure" reads the lines around the block (a list marker, a directive on the
// line before), which the block's text does not determine.

import { isHeadingLike, type Block, type BlockKind, type DraftDocument } from '../engine/document.ts';
import { detach, paragraphCache } from '../engine/cache.ts';
import type { FindingDetail, Format, Span } from '../engine/types.ts';
import { partitionPoint } from '../engine/text.ts';
import * as Type from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { defineRule, Options, StringEnum, type RuleFinding } from './rule.ts';
import { attributionMatcher, continues, isSourceNote, type AttributionMatcher } from './unattributed-figure/attribution.ts';
import { closedQuoteSpans } from '../engine/quotations.ts';
import { figuresIn, spanReach } from './unattributed-figure/figures.ts';
import { addAttributionFix, ignoreFix, RULE_ID } from './unattributed-figure/fixes.ts';
import { proseSentences } from '../engine/sentences.ts';
import { EARLIER_YEAR, analyseBlock, type DeskFigure, claimTopic, figuresOfSentence, isPlaceholder, measureOf, sentenceTense, sentenceTopic, sourceTense, wordFigures, type DeskBlock, type DeskOptions, type DeskSentence } from './unattributed-figure/desk.ts';
import { shiftsToPresent, tenseOf, type Tense } from './unattributed-figure/tense.ts';
import { FEATURE_NAMES, FEATURE_WORDS, featureVector, FIXED_ROUTES, probability, topReasons, verdictRoute, type FigureContext, type Route } from './unattributed-figure/features.ts';
import { LEARNED_MODEL } from './unattributed-figure/learned-weights.ts';
import { handFeatureNames, lexicalFeatures, lexicalProbability, lexicalReasons } from './unattributed-figure/lexical.ts';
import { LEXICAL_MODEL } from './unattributed-figure/lexical-weights.ts';
import { cachedVerdict, CONTEXTS_PER_FIGURE, keepVerdict, type JudgeContext, type JudgeValues, type JudgeVerdict } from './unattributed-figure/judge-cache.ts';

/** A link in the source text: Markdown inline, reference or autolink, or a bare URL. */
const LINK = /\]\(|\]\[|<https?:|https?:\/\/|\bwww\./;
/** Markdown code spans, which may show a URL without linking to it. */
const CODE_SPAN = /(`+)[^`]*?\1/g;

/** The rule's options, declared once (rule.ts): their types below come from this schema. */
const OPTIONS = Options({
  cues: Type.Array(Type.String(), {
    default: [],
    description:
      'Extra words or phrases that attribute a figure in the same sentence, added to the built-in list (said, told, according to, estimated, figures from, …). Matched as whole words, ignoring case; e.g. "per", "via", "quoting".',
  }),
  negations: Type.Array(Type.String(), {
    default: [],
    description:
      'Extra words or phrases that cancel a cue when they come just before it (within two words), added to the built-in list (not, never, declined to, refused to, yet to, …); e.g. "would rather not".',
  }),
  headings: Type.Boolean({
    default: false,
    description: 'Also check headings and headline-like lines (sources rarely fit in a headline, so they are skipped by default).',
  }),
  links: Type.Boolean({
    default: true,
    description: 'Count a link in the sentence (a Markdown link or a bare URL) as attribution, as online copy cites by linking.',
  }),
  mode: StringEnum(['desk', 'strict'], {
    default: 'desk',
    description:
      '"desk": judge figures as a wire desk does (a source carries forward until the story moves on; event facts, market data, sports statistics, background and number forms that are not claims need none). "strict": every claim-making figure needs a source in its own sentence.',
  }),
  sections: Type.Array(Type.String(), {
    default: [],
    description:
      'The sections the drafts belong to (front matter `section:` overrides per draft): "sport" treats figures as sports statistics and "markets" (or "business") as market data unless they are casualty counts, estimates or forecasts. Without a section, sports results and market reports are recognised from their language.',
  }),
  placeholders: Type.Array(Type.String(), {
    default: [],
    description:
      'Extra attribution placeholders (besides "source" in "according to source" and "[source]") that keep a figure flagged until they are filled in, e.g. "TK" or "XX".',
  }),
  otherClaims: StringEnum(['hint', 'flag', 'off'], {
    default: 'off',
    description:
      'Desk mode: how to report money claims, levels of a rate, changes of a count, and figures that are not casualty, displacement or arrest counts, damage or cost estimates, other statistics about the world (shares, multiples, population counts, tallies), forecasts, survey results or unfilled placeholders (lower-confidence queries, right less than half the time at the main tier on copy the rule was not tuned on: other claims 11 times in 72, money claims 6 in 32, rates 10 in 22, changes of a count 2 in 5): "off" (not reported, the default), "hint" (a faint underline, not in the Problems list) or "flag" (at the rule\'s severity, like the others).',
  }),
  judge: StringEnum(['rules', 'learned', 'lexical'], {
    default: 'lexical',
    description:
      'Desk mode: who decides which figures to query. "lexical" (the default): a logistic model over the words around each figure (windows before and after it, its clause, its sentence and the one before, the word it counts, its place in the story, the distance to the nearest reporting verb) beside the desk judge\'s reasons, the vocabulary chosen by the training data; adopted after it beat the hand rule on fresh sets no round had seen (docs/held-out-log.md, session 8, item 7). "rules": the hand-written desk judge alone (the default before session 8). "learned": a logistic model trained on the labelled corpora over the desk judge\'s own reasons (its verdict, the kind of claim, where the nearest source is, quotation, hedges, tense…) decides, at one tier; placeholders stay flagged and number forms that are no claim (tallies, ages, compound adjectives, conversions of an unflagged figure) never are. Experimental: off until it beats the default on copy it was not trained on. Strict mode reads no judge.',
  }),
});

/** The rule's options, typed from their schema. */
type FigureOptions = Static<typeof OPTIONS>;

export const unattributedFigure = defineRule({
  id: RULE_ID,
  summary: 'Figures (counts, amounts, rates) with no source in their sentence: no "said", "according to", "figures from" or the like.',
  defaultSeverity: 'information',
  options: OPTIONS,
  check({ doc, options, shared }) {
    const cues = options.cues;
    const negations = options.negations;
    // Desk mode first: attributionMatcher keeps one compiled matcher, which building the strict one here too
    // would replace on every lint (both recompiled per keystroke).
    if (options.mode !== 'strict') return deskPass(doc, options, attributionMatcher([...DESK_CUES, ...cues], negations, true), false, shared.currentYear).findings;
    const matcher = attributionMatcher(cues, negations);
    const headings = options.headings;
    const links = options.links;
    const placeholders = options.placeholders;
    const settings = settingsId(cues, negations, links, placeholders);
    const findings: RuleFinding[] = [];
    const { blocks } = doc;
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b];
      const heading = block.kind === 'heading';
      if (heading && !headings) continue;
      // "Source: ONS" under a paragraph (a chart note) sources the whole paragraph.
      const next = blocks[b + 1];
      if (next && isSourceNote(next.prose)) continue;
      const found = blockFindingsOf(doc, block, settings, matcher, links, placeholders);
      for (const f of found) {
        const start = block.start + f.start;
        const ignore = ignoreFix(doc, block, start, block.start + f.end);
        const attribution = addAttributionFix(block, f.sentence);
        findings.push({ start, end: block.start + f.end, message: f.message, detail: f.detail, fixes: ignore ? [attribution, ignore] : [attribution] });
      }
    }
    return findings;
  },
});

/** A finding of one block, relative to the block's start, with the sentence its "Add attribution" fix edits. */
interface BlockFinding {
  start: number;
  end: number;
  message: string;
  detail: FindingDetail;
  sentence: Span;
}

// The settings a block's findings depend on, as small ids that are never reused (an evicted setting
// comes back with a new id, so a stale entry can never be read under it).
const settingsIds = paragraphCache<string, number>('unattributed-figure:settings');
let nextSettingsId = 1;

function settingsId(...settings: unknown[]): number {
  return settingsIds.through(JSON.stringify(settings), () => nextSettingsId++);
}

/** A block's findings with everything they depend on besides its prose (the cache key). */
interface BlockEntry {
  settings: number;
  format: Format;
  kind: BlockKind;
  /** The block's source text (links and the figure as shown are read from it); undefined when it is the prose. */
  source: string | undefined;
  findings: BlockFinding[];
}

// Per-block findings by prose (already hashed by the rules before this one), a few variants each (the
// same prose in another format, kind or source, or under other settings): a re-lint redoes only the
// blocks an edit touched. In the engine's bounded cache, so clearCaches() gives a cold lint.
const blockFindings = paragraphCache<string, BlockEntry[]>('unattributed-figure:findings');
const MAX_VARIANTS = 4;
const NONE: BlockFinding[] = [];

function blockFindingsOf(doc: DraftDocument, block: Block, settings: number, matcher: AttributionMatcher, links: boolean, placeholders: string[]): BlockFinding[] {
  // Reads stop at the prose's end, which is the block's (the prose is the same length as its source).
  const raw = doc.text.slice(block.start, Math.max(block.end, block.start + block.prose.length));
  // Copied: a slice of the draft would keep the whole draft alive in the cache.
  const source = raw === block.prose ? undefined : detach(raw);
  const entries = blockFindings.get(block.prose);
  if (entries) {
    for (const e of entries) if (e.settings === settings && e.format === doc.format && e.kind === block.kind && e.source === source) return e.findings;
  }
  const entry: BlockEntry = { settings, format: doc.format, kind: block.kind, source, findings: checkBlock(doc, block, matcher, links, placeholders) };
  if (!entries) blockFindings.set(block.prose, [entry]);
  else if (entries.push(entry) > MAX_VARIANTS) entries.shift();
  return entry.findings;
}

function checkBlock(doc: DraftDocument, block: Block, matcher: AttributionMatcher, links: boolean, placeholders: string[]): BlockFinding[] {
  const figures = figuresIn(block.prose, block.kind === 'heading');
  if (figures.length === 0) return NONE;
  const sentences = proseSentences(block.prose);
  const attributed = attributedSentences(doc, block, sentences, figures, matcher, links);
  const findings: BlockFinding[] = [];
  let inAttributedQuote: ((figure: Span) => boolean) | undefined;
  let s = 0;
  for (const figure of figures) {
    while (s < sentences.length - 1 && sentences[s].end <= figure.start) s++;
    const shownFigure = () => doc.text.slice(block.start + figure.start, block.start + figure.end).replace(/\s+/g, ' ');
    // An unfilled "according to [source]" is not a source: the figure stays flagged, saying why.
    if (isPlaceholder(block.prose.slice(sentences[s].start, sentences[s].end), placeholders)) {
      findings.push({ start: figure.start, end: figure.end, message: placeholderMessage(shownFigure()), detail: { kind: 'placeholder', subject: detach(shownFigure()) }, sentence: sentences[s] });
      continue;
    }
    if (attributed(s)) continue;
    inAttributedQuote ??= attributedQuotes(closedQuoteSpans(block), sentences, attributed);
    if (inAttributedQuote(figure)) continue;
    const shown = shownFigure();
    findings.push({ start: figure.start, end: figure.end, message: `No source for \u201C${shown}\u201D in this sentence`, detail: { kind: 'strict', subject: detach(shown) }, sentence: sentences[s] });
  }
  return findings.length === 0 ? NONE : findings;
}

/**
 * Whether each sentence is attributed: a cue of its own (figures masked, so a cue can never be part of
 * the figure it would attribute), a link, or continuing an attributed sentence ("It added…", "Of those…").
 * A closing source note ("(Source: ONS)") attributes the whole paragraph.
 *
 * Worked out on demand, and once per sentence: only sentences holding a figure are asked about, and
 * those they continue, or all of them when a quotation needs them (the cue scan is most of the cost).
 */
function attributedSentences(
  doc: DraftDocument,
  block: Block,
  sentences: Span[],
  figures: Span[],
  matcher: AttributionMatcher,
  links: boolean,
): (sentence: number) => boolean {
  const { prose } = block;
  const last = sentences[sentences.length - 1];
  if (sentences.length > 1 && isSourceNote(prose.slice(last.start, last.end))) return () => true;
  // The first figure that does not end before each sentence (as one sweep over both lists finds it).
  const firstFigure = new Int32Array(sentences.length);
  for (let i = 0, f = 0; i < sentences.length; i++) {
    while (f < figures.length && figures[f].end <= sentences[i].start) f++;
    firstFigure[i] = f;
  }
  const UNKNOWN = 0;
  const NO = 1;
  const YES = 2;
  const known = new Uint8Array(sentences.length);
  return (sentence) => {
    // Attributed = own cue or link, or continuing (text) an attributed previous sentence: walk back
    // through continuing sentences without a cue to one whose answer is known or its own.
    const chain: number[] = [];
    let i = sentence;
    let answer: number;
    for (;;) {
      if (known[i] !== UNKNOWN) {
        answer = known[i];
        break;
      }
      const { start, end } = sentences[i];
      const text = masked(prose, start, end, figures, firstFigure[i]);
      const nextStart = i + 1 < sentences.length ? sentences[i + 1].start : prose.length;
      if (matcher.attributes(text) || (links && hasLink(doc, block.start + start, block.start + nextStart))) {
        answer = known[i] = YES;
        break;
      }
      if (i === 0 || !continues(text)) {
        answer = known[i] = NO;
        break;
      }
      chain.push(i--);
    }
    for (const c of chain) known[c] = answer;
    return answer === YES;
  };
}

/** Whether a sentence's cue comes within its first words ("Ms Davies said the money …"), not as a closing tag. */
function opensWithSpeaker(prose: string, sentence: DeskSentence): boolean {
  if (!sentence.cue) return false;
  const before = prose.slice(sentence.start, sentence.cue.at);
  return !before.includes(',') && before.trim().split(/\s+/).length <= 6;
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
function attributedQuotes(quotes: Span[], sentences: Span[], attributed: (sentence: number) => boolean): (figure: Span) => boolean {
  if (quotes.length === 0) return () => false;
  // One sweep for the figures of a block, asked in order: a quote is attributed when the sentences it
  // touches (a range, found by binary search) include an attributed one (prefix counts); a figure is
  // inside one when the farthest end of the attributed quotes starting at or before it reaches past it.
  // Linear, where testing every quote and sentence for every figure was quadratic in a long paragraph.
  const counts = [0];
  for (let i = 0; i < sentences.length; i++) counts.push(counts[i] + (attributed(i) ? 1 : 0));
  const firstSentence = (test: (sentence: Span) => boolean): number => partitionPoint(sentences.length, (i) => test(sentences[i]));
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

// ---------------------------------------------------------------------------------------------
// Desk mode

/** Appended to a generic-tier finding's message, so a writer knows why its underline is faint. */
const LOWER_CONFIDENCE = ' — a lower-confidence query: not a casualty count, estimate, forecast or poll';

function placeholderMessage(shown: string): string {
  return `Attribution placeholder not filled in for \u201C${shown}\u201D`;
}

/** A figure desk mode did not flag, and why: for `copydesk check --explain`. */
export interface ExplainedFigure extends Span {
  reason: string;
}

/** One figure the desk judge considered, with the learned judge's features (collected for the trainer). */
export interface JudgedFigure extends Span {
  /** The block it stands in (a conversion follows the figure before it in the same block). */
  block: number;
  route: Route;
  features: Float64Array;
  /** The lexical judge's features (lexical.ts). */
  lexical: string[];
  /** What the hand rules report: a finding at the main tier, a hint, or nothing. */
  hand: 'main' | 'hint' | 'none';
}

export interface DeskResult {
  findings: RuleFinding[];
  explained: ExplainedFigure[];
}

interface DeskEntry {
  settings: number;
  format: Format;
  kind: BlockKind;
  source: string | undefined;
  analysis: DeskBlock;
}

// Per-block desk analyses, cached like the strict findings: everything in them depends on the block
// alone. The carried source is worked out afresh on every lint from the cached sentences (a walk over
// sentence flags, no text scanned), so a warm lint and a cold one cannot disagree.
const deskBlocks = paragraphCache<string, DeskEntry[]>('unattributed-figure:desk');

/** The sections that switch conventions on: front matter `section:` first, else the setting. */
function sectionsOf(doc: DraftDocument, configured: string[]): { sports: boolean; markets: boolean } {
  const front = doc.frontMatter ? /^section\s*:\s*["']?([^"'\n#]+)/im.exec(doc.frontMatter.value)?.[1] : undefined;
  const list = (front ? front.split(/[,;]/) : configured).map((s) => s.trim().toLowerCase());
  return {
    sports: list.some((s) => /^sports?$/.test(s)),
    markets: list.some((s) => /^(?:markets?|business|finance|money)$/.test(s)),
  };
}

/**
 * Verbs of saying a desk reads as attribution beside the built-in cues (desk mode only, so strict mode
 * keeps today's cues): advice and urging are reported speech too ("consumer groups advise …").
 */
const DESK_CUES = [
  'advise', 'advises', 'advised', 'urge', 'urges', 'urged', 'recommend', 'recommends', 'recommended', 'cautioned', 'cautions',
  // Verbs of saying that report a speaker's claim with a judgement attached ("She blamed a 40% cut").
  'blamed', 'blames', 'complained', 'complains', 'conceded', 'concedes', 'boasted', 'boasts', 'highlighted', 'pointed out',
  'pointed to', 'points to', 'accused', 'accuses', 'stressed', 'stresses', 'emphasised', 'emphasized',
];

/** Share of a draft's words that are a match report's or a market report's own vocabulary. */
const SPORTS_DENSITY = 0.025;
const MARKETS_DENSITY = 0.025;

/** A sentence opening on a bare pronoun: "It is …", "They are …". */
const PARAGRAPH_PRONOUN = /^[\s"“‘'(]*(?:it|they)(?![\p{L}\p{N}'’])/iu;
const LIST_ITEM_LINE = /^[ \t>]*(?:[-*+•]|\d{1,3}[.)])[ \t]+$/;

/** The desk judgement of every block, with the source carried across sentences and paragraphs. */
/** A source in force: where its cue is (an offset in the draft: the line is worked out only when told) and its words. */
interface Source {
  at: number;
  text: string;
  data: boolean;
  /** Content words of the story under a data source (only data sources carry by subject). */
  topic: Set<string> | undefined;
  /** A person's statement: "The agency", "The company" do not go on with it. */
  person?: boolean;
  /** The names in a release's sentences: its publisher named again goes on speaking for it. */
  names?: Set<string>;
  /** The tense the source speaks in (read when first asked): a present-tense statistic after a past one is the reporter's own. */
  tense?: () => Tense;
  /** A poll or survey: a body of data whose measure is the share of the people it asked. */
  poll?: boolean;
}

/** A poll or survey named as the data: its results are shares of the people it asked (session 6). */
const POLL_SOURCE = /(?<![\p{L}])(?:poll|polls|polling|pollsters?|survey|surveys|surveyed|questioned|respondents)(?![\p{L}])/iu;

/** A sentence that is nothing but a count, its noun and its verb ("Two civilians have died.", "14 people were hurt."). */
function bareCount(prose: string, sentence: Span, figures: readonly { start: number; sentence?: number }[]): boolean {
  const text = prose.slice(sentence.start, sentence.end).trim();
  // Nothing after the verb: no place, cause or time ("… died in the collapse" says more than the count).
  if (/[,;:]/.test(text) || text.split(/\s+/).length > 6 || !/(?:\p{L}ed|hurt|shot|dead|missing)[.!]?["”’]?$/u.test(text)) return false;
  // The figures are in order of offset: the first at or after the sentence's start, by binary search.
  const at = partitionPoint(figures.length, (i) => figures[i].start >= sentence.start);
  const first = at < figures.length && figures[at].start < sentence.end ? figures[at] : undefined;
  return first !== undefined && /^[\s"“‘(]*$/.test(prose.slice(sentence.start, first.start));
}

export function deskPass(doc: DraftDocument, options: FigureOptions, matcher: AttributionMatcher, explain = false, currentYear?: number, collect?: JudgedFigure[]): DeskResult {
  const headings = options.headings;
  // The learned judge (option `judge`): off by default; its features are built only when it runs or a trainer collects them.
  const learned = options.judge === 'learned';
  const lexical = options.judge === 'lexical';
  const learn = learned || lexical || collect !== undefined;
  /** The last sentence of the body paragraph before (the lexical judge's context). */
  let previousParagraphSentence: { sentence: DeskSentence; prose: string } | undefined;
  let bodyParagraph = -1;
  let sentenceCount = 0;
  let lastCue: NearestCue | undefined;
  const links = options.links;
  const placeholders = options.placeholders ?? [];
  const otherClaims = options.otherClaims ?? 'off';
  const { sports, markets } = sectionsOf(doc, options.sections ?? []);
  const desk: DeskOptions = { sports, markets, placeholders };
  const settings = settingsId('desk', options.cues, options.negations, links, placeholders, sports, markets);
  const findings: RuleFinding[] = [];
  const explained: ExplainedFigure[] = [];
  const { blocks } = doc;
  const analyses = blocks.map((block) => (block.kind === 'heading' && !headings ? undefined : deskBlockOf(doc, block, settings, matcher, links, desk)));
  const paragraphs = learn ? analyses.filter((a) => a !== undefined && a.sentences.length > 0).length : 0;
  // Without a section, a match report or a market report is recognised from the whole draft's language.
  let words = 0;
  let sportWords = 0;
  let marketWords = 0;
  for (const a of analyses) {
    if (!a) continue;
    words += a.words;
    sportWords += a.sportWords;
    marketWords += a.marketWords;
  }
  // The story's own time: the latest year the draft names. An event dated earlier is background.
  // A draft that names no later year is taken to be recent: last year at the earliest (the host's clock).
  let storyYear = currentYear === undefined ? -Infinity : currentYear - 1;
  for (const a of analyses) if (a) storyYear = Math.max(storyYear, a.latestYear);
  const sportsDraft = sports || sportWords >= Math.max(4, words * SPORTS_DENSITY);
  const marketsDraft = markets || marketWords >= Math.max(4, words * MARKETS_DENSITY);
  const lineOf = (at: number) => doc.lines.lineOf(at) + 1;
  /** The source governing the story at this point. */
  let carry: Source | undefined;
  /** The source that covered the last sentence of the paragraph before (a poll's results go on across one break). */
  let lastSource: Source | undefined;
  let listIntro: Source | undefined;
  /** The next body sentence opens the story (the draft's first; a section's first is not a wire lead). */
  let storyStart = true;
  /** Where the first decision on the record is (approved, passed, voted…): what takes effect after it is an event fact. */
  let decision: number | undefined;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (block.kind === 'heading') {
      // A new section moves the story on. A heading that reports ("What the chancellor announced",
      // "What the survey found") introduces the list under it, as "the study found:" does.
      carry = undefined;
      lastSource = undefined;
      previousParagraphSentence = undefined;
      const cue = matcher.find(block.prose);
      listIntro = cue ? { at: block.start + cue.at, text: cue.text, data: false, topic: undefined } : undefined;
      if (!headings) continue;
    }
    const next = blocks[b + 1];
    const analysis = analyses[b]!;
    if (learn && analysis.sentences.length > 0) bodyParagraph++;
    if (analysis.decision !== undefined) decision ??= block.start + analysis.decision;
    if (next && isSourceNote(next.prose)) {
      if (explain) for (const f of analysis.figures) explained.push({ start: block.start + f.start, end: block.start + f.end, reason: `sourced by the note on line ${lineOf(next.start)}` });
      carry = { at: next.start, text: next.prose.trim().slice(0, 60), data: true, topic: new Set(analysis.sentences.flatMap((s) => sentenceTopic(block.prose, s))) };
      continue;
    }
    const lineStart = doc.lines.starts[doc.lines.lineOf(block.start)];
    // A list item: a marked one, or a line that goes on from one ending in a colon or a semicolon
    // ("The busiest routes were:" / "Amsterdam, with 212,000 passengers;").
    const listItem = LIST_ITEM_LINE.test(doc.text.slice(lineStart, block.start)) || (listIntro !== undefined && b > 0 && /[:;,]$/.test(blocks[b - 1].prose.trimEnd()));
    if (!listItem) listIntro = undefined;
    // Which source covers each sentence: its own cue, or one carried from before.
    // Which source covers each sentence: its own cue (own[i]), or one carried from before.
    const sources: (Source | undefined)[] = [];
    const own: boolean[] = [];
    /** The data source carried into each sentence, if any: it covers the sentence's plain statistics even where another cue does not. */
    const dataBefore: (Source | undefined)[] = [];
    /** The sentence turned to the present after a source that spoke in the past: the reporter's own. */
    const reporterPresent: boolean[] = [];
    let dataParagraph = false;
    /** What a sentence's figures measure in (per cent, money, other). */
    const measuresIn = (i: number) => new Set(figuresOfSentence(analysis, i).map((f) => measureOf(block.prose.slice(f.start, f.end))));
    /** Whether a sentence has figures and all are in per cent (a poll's measure). */
    const allPercent = (i: number) => {
      const measures = measuresIn(i);
      return measures.size === 1 && measures.has('percent');
    };
    /** Whether every figure of a sentence measures in a measure of the sentence before (per cent after per cent). */
    const measuresAsBefore = (i: number) => {
      const before = measuresIn(i - 1);
      return [...measuresIn(i)].every((m) => before.has(m));
    };
    analysis.sentences.forEach((sentence, i) => {
      // "The three-storey store" after a sentence about the store: the same subject goes on.
      // An organisation or a subject named again goes on with the source in the source's tense; in the
      // present after a past source ("The council has recovered £210,000 so far") it is the reporter's.
      const implicit =
        (sentence.institutionAnaphor && carry !== undefined && !carry.person) ||
        // An opening "The store" that names a content word of the sentence before goes on with its subject.
        (i > 0 && sentence.head.length > 0 && sentence.head.some((w) => sentenceTopic(block.prose, analysis.sentences[i - 1]).includes(w)));
      const shifted =
        ((sentence.continues && sentence.followOn) || implicit) &&
        sentence.cue === undefined &&
        carry?.tense !== undefined &&
        shiftsToPresent(sentenceTense(block.prose, sentence), carry.tense());
      // "It is the third stabbing …, and knife crime has risen by 23 per cent" after "…, police said." closing
      // the paragraph before: a pronoun opening a new paragraph in the present, after a source that spoke in
      // the past, is the reporter's own framing (session 5, round 4: held-out-7).
      const pronounShifted =
        i === 0 &&
        sentence.cue === undefined &&
        carry !== undefined &&
        PARAGRAPH_PRONOUN.test(block.prose.slice(sentence.start, sentence.end)) &&
        // The source's tense: its clause's, or where that clause mixes tenses ("… have been released, police
        // said"), the reporting verb's own.
        shiftsToPresent(sentenceTense(block.prose, sentence), carry.tense?.() ?? tenseOf(carry.text));
      const continues =
        // "A further 17 are still missing" adds a count in the reporter's present: not the source's.
        (sentence.continues && !(sentence.demonstrative && carry?.person === true) && !(sentence.followOn && shifted) && !pronounShifted) ||
        (implicit && !shifted) ||
        // Indirect speech goes on in the next sentence of the same paragraph while it stays backshifted
        // and on the speaker's subject: "Ms Davies said the money went on … Nine residents lost money, the
        // largest single loss being £48,700 …".
        // A speaker named first sets up an account; a closing tag (", the operator said.") wraps up one claim.
        (i > 0 && sentence.cue === undefined && carry !== undefined && sources[i - 1] === carry && own[i - 1] && opensWithSpeaker(block.prose, analysis.sentences[i - 1]) && carry.tense?.() === 'past' && sentenceTense(block.prose, sentence) === 'past' && claimTopic(block.prose, analysis.sentences[i - 1]).some((w) => claimTopic(block.prose, sentence).includes(w)));
      // A data source carries to plain statistics while the story stays on its subject (a content word shared).
      // Within a paragraph, once its statistics are the data source's, the next ones are too.
      const topic = carry?.topic;
      const hasFigures = figuresOfSentence(analysis, i).length > 0;
      // Across a paragraph break the story must stay on the data's subject in more than one word (a
      // shared unit, "tonnes" or "patients", is not yet the same subject).
      // A shared subject family (the labour market, prices, a company's results) is the same subject.
      const common = topic === undefined ? [] : claimTopic(block.prose, sentence).filter((w) => topic.has(w));
      const shared = common.some((w) => w.startsWith('#')) ? 2 : common.length;
      // A statistic in the present after a source that spoke in the past ("rents have risen", "11 million
      // people now rent") is the reporter's background, not the release's (indirect speech backshifts).
      // The sentence right after a release's own, in its paragraph, goes on with the release when it
      // opens on a definite subject (given, not new: "The pass rate", "The grant rate a year earlier") and
      // gives its figures in the release's measure (per cent after per cent): "…, according to figures
      // published by the regulator. The pass rate was unchanged at 97.2 per cent." A wire paragraph gives
      // a release's figures one after another; a new subject ("Rents rose 21%") or another kind of figure
      // (a count after rates) still needs a shared word (session 5: held-out-4 and held-out-6).
      const nextToRelease =
        i > 0 &&
        carry?.data === true &&
        own[i - 1] &&
        sources[i - 1] === carry &&
        /^[\s"“]*the\s/iu.test(block.prose.slice(sentence.start, sentence.end)) &&
        hasFigures &&
        measuresAsBefore(i);
      const subject = topic !== undefined && (dataParagraph || nextToRelease || shared >= (i === 0 ? 2 : 1));
      const present = subject && carry?.tense !== undefined && shiftsToPresent(sentenceTense(block.prose, sentence), carry.tense());
      const onTopic = subject && !present;
      // A poll's reach is its measure: while a poll or survey is the source in force and the sentence
      // before was its (in this paragraph, or the last of the paragraph before), a sentence that gives
      // only shares in per cent and names no source of its own goes on with the poll's results, whatever
      // its subject ("Independent candidate Vu drew 8%, and 13% said they were undecided.", "The Greens
      // fell to 11 per cent", "Only 31 per cent said…"). A poll's respondents are reported in the present
      // ("14 per cent now say"), so the reporter's-present rule does not end it. Session 6: held-out-7,
      // -9 and -10 (three independently written sets).
      const pollResults =
        carry?.poll === true && carry.data && sentence.cue === undefined && !sentence.placeholder && allPercent(i) && (i > 0 ? sources[i - 1] === carry : lastSource === carry);
      dataBefore.push(carry?.data && onTopic ? carry : undefined);
      // Why a source in reach does not cover the sentence, for its findings' messages.
      reporterPresent.push(carry !== undefined && (shifted || (present && carry.data === true)));
      if (sentence.placeholder) {
        // A placeholder is not a source: the writer has still to find one, so the sentence's cue
        // ("waiting to be heard by the tribunal rose to 58,900 [source TK]") carries nothing forward,
        // and what comes after it is not covered by a source from before it either.
        carry = undefined;
        sources.push(undefined);
        own.push(false);
      } else if (sentence.cue && sentence.expectation && carry?.data) {
        // What others had expected, beside a release ("Economists polled by Reuters had forecast
        // 145,000"), is an aside: the release's figures go on after it.
        sources.push({ at: block.start + sentence.cue.at, text: sentence.cue.text, data: false, topic: undefined });
        own.push(true);
      } else if (sentence.cue) {
        // A comment with no figures of its own by the same story's source ("The ONS said transport made
        // the largest contribution") leaves the data source in force.
        // A person's comment is another source: the data source's story has moved on.
        const publisher = carry?.data === true && carry.names !== undefined && sentence.speakerNames.some((n) => carry!.names!.has(n));
        // A person quoted in their own words ("…, said: \"Our staff …\"") speaks for themselves, not
        // for a body of data, whatever words the quotation holds.
        const quoted = sentence.person && /^\s*[:,]\s*["“]/u.test(block.prose.slice(sentence.cue.at + sentence.cue.text.length, sentence.cue.at + sentence.cue.text.length + 4));
        const data = !quoted && (sentence.data || publisher || ((continues || (sentence.organisation && !hasFigures)) && carry?.data === true));
        let names: Set<string> | undefined;
        if (data) {
          names = new Set(sentence.names);
          if (carry?.names) for (const n of carry.names) names.add(n);
        }
        let words: Set<string> | undefined;
        if (data) {
          words = new Set(sentenceTopic(block.prose, sentence));
          // The same story goes on: a continuation, or one body of data after another.
          if (topic && data) for (const w of topic) words.add(w);
        }
        const poll = data && (POLL_SOURCE.test(block.prose.slice(sentence.start, sentence.end)) || carry?.poll === true);
        carry = { at: block.start + sentence.cue.at, text: sentence.cue.text, data, topic: words, names, person: sentence.person || (continues && carry?.person === true), tense: () => sourceTense(block.prose, sentence), poll };
        sources.push(carry);
        own.push(true);
        if (sentence.introducesList) listIntro = carry;
      } else if (pollResults && carry) {
        sources.push(carry);
        own.push(false);
      } else if (i === 0 && listItem && listIntro) {
        sources.push(listIntro);
        own.push(false);
      } else if ((continues || sentence.quote || (sentence.statistic && carry?.data && onTopic)) && carry) {
        if (carry.topic) for (const w of sentenceTopic(block.prose, sentence)) carry.topic.add(w);
        if (sentence.statistic && carry.data) dataParagraph = true;
        sources.push(carry);
        own.push(false);
      } else {
        // A sentence with neither figure nor source ("The average workweek was steady at 34.2 hours.")
        // leaves a release in force, unless it turns to the present ("Potholes remain a sore point.").
        const neutral = carry?.data === true && !hasFigures && carry.tense !== undefined && !shiftsToPresent(sentenceTense(block.prose, sentence), carry.tense());
        if (!neutral) carry = undefined;
        sources.push(undefined);
        own.push(false);
      }
    });
    if (analysis.sentences.length > 0) lastSource = sources[sources.length - 1];
    // A wire lead states the news and names its source in the sentence that follows ("Police arrested 23
    // people … Officers were called …, the sheriff's office said."): a story's first sentence (the
    // draft's, or the one after a capitalised kicker in a news brief) is covered by a cue in the next one.
    if (block.kind !== 'heading') {
      const sentences = analysis.sentences;
      const kickers = kickersOf(doc, block, analysis);
      const kicker = (k: number) => kickers[k];
      for (let i = 0; i < sentences.length; i++) {
        const lead = (i === 0 && storyStart) || (i > 0 && kicker(i - 1));
        if (sources[i]) continue;
        // A bare toll ("Two civilians have died.") is the topic sentence of its paragraph: the next
        // sentence, which details it, names its source, as a wire lead's does (session 5, round 2:
        // held-out-5). A toll with more to say ("Sixty people died in … when …") or a paragraph of its own is the reporter's.
        if (!lead) {
          const next = sentences[i + 1];
          if (next?.cue && !next.namesData && bareCount(block.prose, sentences[i], analysis.figures)) {
            sources[i] = { at: block.start + next.cue.at, text: next.cue.text, data: false, topic: undefined };
            own[i] = false;
          }
          continue;
        }
        let following = sentences[i + 1];
        let at = block.start;
        let followingProse = block.prose;
        if (!following) {
          const k = analyses.findIndex((a, n) => n > b && a !== undefined && a.sentences.length > 0);
          if (k > 0 && blocks[k].kind !== 'heading') {
            following = analyses[k]!.sentences[0];
            at = blocks[k].start;
            followingProse = blocks[k].prose;
          }
        }
        // A body of data named next governs the lead when the lead summarises it: the same subject of claim
        // in two words or more ("One in five patients … spent more than 12 hours" / "Figures published by NHS
        // England show 21.3 per cent of patients … waited 12 hours or more"); on another subject ("About 900
        // people were moved" / "The lake reached 2.3 metres, according to gauge readings") it governs only
        // its own figures. Session 6: held-out-7 and held-out-10.
        const summarises = (next: DeskSentence) => {
          const data = claimTopic(followingProse, next);
          return claimTopic(block.prose, sentences[i]).filter((w) => data.includes(w)).length >= 2;
        };
        if (following?.cue && (!following.namesData || summarises(following))) {
          sources[i] = { at: at + following.cue.at, text: following.cue.text, data: false, topic: undefined };
          own[i] = false;
        }
      }
      // A byline or a dateline line above the story ("*By Dr N. Rahman, Health Editor*": short, no full stop)
      // is not its first sentence: the lead comes after it (session 6: held-out-10).
      if (sentences.length > 0 && !(storyStart && isHeadingLike(block.prose))) storyStart = false;
    }
    // The nearest source before this block and the draft's count of sentences at its start: the nearest
    // source at or before a figure's sentence (the learned judges' features) is found from them when asked
    // (nearestCue), only for a figure whose verdict is not held (judge-cache.ts).
    const cueBeforeBlock = lastCue;
    const firstSentence = sentenceCount;
    if (learn) {
      lastCue = nearestCue(analysis, analysis.sentences.length - 1, firstSentence, bodyParagraph, block.prose, lastCue);
      sentenceCount += analysis.sentences.length;
    }
    // Its text is sliced only for a figure whose verdict is not held (the verdict's key is the sentence itself).
    const sentenceBefore = previousParagraphSentence;
    if (learn && analysis.sentences.length > 0) previousParagraphSentence = { sentence: analysis.sentences[analysis.sentences.length - 1], prose: block.prose };
    /** The block's closed quotations (read when first needed: the attributed-quote test, the learned features). */
    let quotes: Span[] | undefined;
    let inAttributedQuote: ((figure: Span) => boolean) | undefined;
    let previousFlagged = false;
    let previousReason = '';
    for (const f of analysis.figures) {
      const start = block.start + f.start;
      const end = block.start + f.end;
      const shown = () => doc.text.slice(start, end).replace(/\s+/g, ' ');
      let flagged = false;
      let message = '';
      let reason = '';
      const kind: string = f.verdict === 'open' ? (f.kind ?? 'claim') : f.verdict;
      const source = sources[f.sentence];
      // Which branch of the carry pass decided an open claim (the learned judge's reason class; read only when it learns).
      let route: Route = 'open-flagged-main';
      // Learned mode words the hand judge's reasons as `--explain` does: a finding may need them.
      const why = explain || learned || lexical;
      switch (f.verdict) {
        case 'attributed':
        case 'exempt':
          reason = f.reason;
          break;
        case 'conversion':
          flagged = previousFlagged;
          reason = `${f.reason} (${previousReason})`;
          message = `No source for \u201C${shown()}\u201D: ${f.reason}, which has none`;
          break;
        case 'placeholder':
          flagged = true;
          message = placeholderMessage(shown());
          break;
        case 'open':
          // The draft's section applies where the paragraph itself speaks its language (or a section is set).
          if (f.convention && !f.sensitive) {
            if (marketsDraft && (f.convention === 'market' || f.convention === 'both') && (markets || analysis.marketWords > 0)) {
              reason = 'market data (a market report)';
              route = 'open-convention-market';
              break;
            }
            if (sportsDraft && (f.convention === 'any' || f.convention === 'both') && (sports || analysis.sportWords > 0)) {
              reason = 'a sports statistic (a match report)';
              route = 'open-convention-sports';
              break;
            }
          }
          if (source && !own[f.sentence] && !f.forecast) {
            route = source.at < block.start ? 'open-carried-across-paragraph' : 'open-carried-same-paragraph';
            if (why) reason = `attribution carried from line ${lineOf(source.at)}: \u2018${source.text}\u2019`;
            break;
          }
          if (f.eventYear !== undefined && f.eventYear < storyYear && !f.forecast) {
            reason = `background: an earlier event (${f.eventYear === EARLIER_YEAR ? 'last year' : f.eventYear})`;
            route = 'open-earlier-event';
            break;
          }
          if (!f.sensitive && f.consequence && decision !== undefined) {
            route = 'open-consequence';
            if (why) reason = `a fact of the event: the decision reported on line ${lineOf(decision)} taking effect`;
            break;
          }
          if (!f.sensitive && dataBefore[f.sentence]) {
            route = 'open-data-carried';
            if (why) reason = `attribution carried from line ${lineOf(dataBefore[f.sentence]!.at)}: \u2018${dataBefore[f.sentence]!.text}\u2019`;
            break;
          }
          inAttributedQuote ??= attributedQuotes((quotes ??= closedQuoteSpans(block)), analysis.sentences, (i) => sources[i] !== undefined);
          if (inAttributedQuote(f)) {
            reason = 'inside an attributed quotation';
            route = 'open-quote';
            break;
          }
          flagged = true;
          message = `No source for \u201C${shown()}\u201D: ${f.reason}${reporterPresent[f.sentence] ? ' (in the present after a source that spoke in the past, it is the reporter\u2019s own statement)' : ''}`;
          break;
      }
      // Two tiers: a sensitive claim or an unfilled placeholder is a confident query; any other claim
      // was right far less often before tuning (8 in 44 on desk-3/4, against 5 in 10), so it is
      // reported as a hint unless `otherClaims` says otherwise.
      const confident = f.verdict === 'placeholder' || f.sensitive || f.main === true;
      if (learn) {
        // A figure judge() did not leave open takes its verdict's class; an open one the carry pass's.
        if (f.verdict !== 'open') route = verdictRoute(f);
        else if (route === 'open-flagged-main' && !confident) route = 'open-flagged-other';
        // A figure whose decision is fixed (a placeholder, a number form that is no claim, a conversion) needs no
        // features unless a trainer collects them: none are worked out for it on the re-lint path.
        const fixed = FIXED_ROUTES.has(route);
        const featureless = fixed && collect === undefined;
        const sentence = analysis.sentences[f.sentence];
        const nearest = featureless ? undefined : nearestCue(analysis, f.sentence, firstSentence, bodyParagraph, block.prose, cueBeforeBlock);
        // The verdict read back where nothing it depends on outside the block changed (judge-cache.ts): no
        // features are built for it. A trainer collects every figure's features afresh.
        const judgeContext: JudgeContext | undefined =
          (learned || lexical) && !fixed && collect === undefined
            ? {
                judge: learned ? 'learned' : 'lexical',
                route,
                flags: (sports ? 1 : 0) | (markets ? 2 : 0) | (sportsDraft ? 4 : 0) | (marketsDraft ? 8 : 0) | (f.verdict === 'open' && reporterPresent[f.sentence] === true ? 16 : 0) | (listItem ? 32 : 0),
                paragraph: bodyParagraph,
                paragraphs,
                cue: nearest?.cue,
                cueSentences: nearest ? firstSentence + f.sentence - nearest.sentence : -1,
                cueParagraphs: nearest ? bodyParagraph - nearest.paragraph : -1,
                previous: sentenceBefore?.sentence,
              }
            : undefined;
        const threshold = (learned ? LEARNED_MODEL : LEXICAL_MODEL).threshold;
        const held = judgeContext && usableVerdict(cachedVerdict(f, judgeContext), explain, threshold);
        // Not held for these very sentences before (or a trainer collects): worked out by judgeAfresh, out of this
        // loop's way (a re-lint takes it for the few figures an edit touched).
        const fresh =
          held || featureless
            ? undefined
            : judgeAfresh({ f, route, fixed, block, analysis, sentence, nearest, g: firstSentence + f.sentence, paragraph: bodyParagraph, paragraphs, sports, markets, sportsDraft, marketsDraft, reporterPresent: f.verdict === 'open' && reporterPresent[f.sentence] === true, listItem, sentenceBefore, matcher, learned, lexical, collect: collect !== undefined, explain, judgeContext, threshold });
        const verdict = held ?? fresh?.verdict;
        const x = fresh ? fresh.x : NO_FEATURES;
        const words = fresh ? fresh.words : [];
        collect?.push({ start, end, block: b, route, features: x, lexical: words, hand: !flagged ? 'none' : confident || otherClaims === 'flag' ? 'main' : otherClaims === 'hint' ? 'hint' : 'none' });
        if (learned || lexical) {
          const model = learned ? LEARNED_MODEL : LEXICAL_MODEL;
          const p = fixed ? undefined : verdict!.p;
          // Placeholders stay flagged, number forms that are no claim never are, a conversion follows its figure.
          const yes: boolean = route === 'placeholder' ? true : route === 'conversion' ? previousFlagged : p !== undefined && p >= model.threshold;
          // The reasons are words for a finding or `--explain`: not worked out for a figure left alone silently.
          const reasons = p !== undefined && (yes || explain) ? verdict!.reasons!.slice() : [];
          // Words for `--explain` alone: not built on the editor's path.
          const judgeWords = p === undefined || !explain ? '' : `${learned ? 'learned' : 'lexical'} judge ${p.toFixed(2)} (threshold ${model.threshold.toFixed(2)}): ${reasons.join('; ') || 'no strong feature'}`;
          previousFlagged = yes;
          previousReason = reason || (yes ? 'flagged' : 'not flagged');
          if (!yes) {
            if (explain) explained.push({ start, end, reason: [reason || (flagged ? `the hand rules query it (${f.reason})` : ''), judgeWords].filter(Boolean).join('; ') });
            continue;
          }
          const ignore = ignoreFix(doc, block, start, end);
          const attribution = addAttributionFix(block, sentence);
          const fixes = ignore ? [attribution, ignore] : [attribution];
          const because = flagged ? message : `No source for \u201C${shown()}\u201D: ${f.verdict === 'open' ? f.reason : 'read as a claim that needs a source'}${reason ? ` (the hand rules: ${reason})` : ''}`;
          // The hover reads the why from here: the kind of claim (a figure the hand judge attributed or exempted is a plain claim to it).
          const learnedKind = f.verdict === 'attributed' || f.verdict === 'exempt' ? 'claim' : kind;
          const learnedDetail = p === undefined ? undefined : { probability: Math.round(p * 100) / 100, threshold: model.threshold, reasons, judge: learned ? ('learned' as const) : ('lexical' as const), ...(flagged ? {} : { handReason: reason || f.reason }) };
          // The message is the desk's reason, as with the hand rule: the judge's numbers and features are for the hover
          // and `--explain` (detail.learned), not for the problems list or a CI annotation.
          findings.push({ start, end, message: because, detail: { kind: learnedKind, subject: shown(), ...(f.converts ? { refers: f.converts } : {}), notes: ['learned'], ...(learnedDetail ? { learned: learnedDetail } : {}) }, fixes });
          continue;
        }
      }
      previousFlagged = flagged;
      previousReason = reason || 'flagged';
      if (!flagged) {
        if (explain) explained.push({ start, end, reason });
        continue;
      }
      if (!confident && otherClaims === 'off') {
        if (explain) explained.push({ start, end, reason: 'a lower-confidence query, not reported ("otherClaims": "off")' });
        continue;
      }
      const sentence = analysis.sentences[f.sentence];
      const ignore = ignoreFix(doc, block, start, end);
      const attribution = addAttributionFix(block, sentence);
      const fixes = ignore ? [attribution, ignore] : [attribution];
      const present = f.verdict === 'open' && reporterPresent[f.sentence];
      const detail = (notes: string[]): FindingDetail => ({ kind, subject: shown(), ...(f.converts ? { refers: f.converts } : {}), ...(notes.length ? { notes } : {}) });
      if (confident || otherClaims === 'flag') findings.push({ start, end, message, detail: detail(present ? ['reporter-present'] : []), fixes });
      else findings.push({ start, end, message: message + LOWER_CONFIDENCE, detail: detail(present ? ['reporter-present', 'lower-confidence'] : ['lower-confidence']), fixes, severity: 'hint' });
    }
  }
  return { findings, explained };
}

/**
 * The lexical judge's features of a figure, kept with the cached figure: a re-lint recomputes them only
 * where the block, or what they read outside it (the sentence before, the nearest source, its place), changed.
 */
/** One context a figure was read in, and its features (compared field by field: no key is built on the re-lint path). */
interface LexicalEntry {
  previous: string | undefined;
  paragraph: number;
  cueSentences: number;
  cueParagraphs: number;
  flags: number;
  words: string[];
}
/** At most CONTEXTS_PER_FIGURE contexts a figure (judge-cache.ts: a paragraph repeated word for word shares one figure). */
const lexicalCache = new WeakMap<DeskFigure, LexicalEntry[]>();

/** What a figure's verdict is worked out from when it is not held (judgeAfresh). */
interface AfreshInputs {
  f: DeskFigure;
  route: Route;
  fixed: boolean;
  block: Block;
  analysis: DeskBlock;
  sentence: DeskSentence;
  nearest: NearestCue | undefined;
  /** The figure's sentence's index among the draft's body sentences, and its body paragraph's; the draft's count of them. */
  g: number;
  paragraph: number;
  paragraphs: number;
  sports: boolean;
  markets: boolean;
  sportsDraft: boolean;
  marketsDraft: boolean;
  reporterPresent: boolean;
  listItem: boolean;
  sentenceBefore: { sentence: DeskSentence; prose: string } | undefined;
  matcher: AttributionMatcher;
  learned: boolean;
  lexical: boolean;
  collect: boolean;
  explain: boolean;
  judgeContext: JudgeContext | undefined;
  threshold: number;
}

/**
 * A figure's features and verdict worked out afresh: the verdict held for sentences before whose words give
 * the same values, or else the features built, the judge's probability and (for a finding or `--explain`) its
 * reasons, kept for the next lint. No verdict for a figure whose decision is fixed (a trainer collects its features).
 */
function judgeAfresh(a: AfreshInputs): { x: Float64Array; words: string[]; verdict: JudgeVerdict | undefined } {
  const { f, block, analysis, sentence, nearest, judgeContext, fixed, learned, lexical } = a;
  const cue = nearest && cueFeatures(nearest, a.g, a.paragraph, block.prose, sentence);
  const previousText = a.sentenceBefore && a.sentenceBefore.prose.slice(a.sentenceBefore.sentence.start, a.sentenceBefore.sentence.end);
  let values: JudgeValues | undefined;
  if (judgeContext) {
    values = { cue: cue && { shared: cue.shared, data: cue.data, person: cue.person }, previous: previousText };
    const held = usableVerdict(cachedVerdict(f, judgeContext, values), a.explain, a.threshold);
    if (held) return { x: NO_FEATURES, words: [], verdict: held };
  }
  const context: FigureContext = {
    figure: f,
    route: a.route,
    shown: block.prose.slice(f.start, f.end),
    sentence: block.prose.slice(sentence.start, sentence.end),
    at: f.start - sentence.start,
    sportsSection: a.sports,
    marketsSection: a.markets,
    sportsDraft: a.sportsDraft,
    marketsDraft: a.marketsDraft,
    inQuote: inClosedQuote(block, analysis, f),
    cue,
    tense: sentenceTense(block.prose, sentence),
    paragraph: a.paragraph,
    paragraphs: a.paragraphs,
    sentenceIndex: f.sentence,
    figuresInSentence: figuresOfSentence(analysis, f.sentence).length,
    reporterPresent: a.reporterPresent,
    listItem: a.listItem,
  };
  const x = featureVector(context);
  // The lexical features only for the lexical judge or a trainer, and never for a figure whose decision is fixed.
  const words = (lexical || a.collect) && !fixed ? lexicalOf(f, block, analysis, previousText, a.paragraph, context, a.listItem, a.matcher) : [];
  if (!(learned || lexical) || fixed) return { x, words, verdict: undefined };
  // The lexical model's inputs, built at most once.
  let inputs: string[] | undefined;
  const inputsOf = () => (inputs ??= lexical ? (LEXICAL_MODEL.hand ? [...words, ...handFeatureNames(FEATURE_NAMES, x)] : words) : []);
  const p = learned ? probability(LEARNED_MODEL, x) : lexicalJudged(words, x, inputsOf);
  const yes = p >= a.threshold;
  const reasons = yes || a.explain ? (learned ? topReasons(LEARNED_MODEL, x, yes) : lexicalReasons(LEXICAL_MODEL, inputsOf(), yes, 3, (n) => FEATURE_WORDS.get(n) ?? n)) : undefined;
  const verdict: JudgeVerdict = { p, reasons };
  if (judgeContext) keepVerdict(f, judgeContext, values!, verdict);
  return { x, words, verdict };
}

/** Whether a figure stands inside a closed quotation of its block, the quotations read once per cached analysis (of one prose and kind). */
const quoteReach = new WeakMap<DeskBlock, (before: number, after: number) => boolean>();
function inClosedQuote(block: Block, analysis: DeskBlock, figure: Span): boolean {
  let reach = quoteReach.get(analysis);
  if (!reach) quoteReach.set(analysis, (reach = spanReach(closedQuoteSpans(block))));
  return reach(figure.start, figure.end);
}

/** A held verdict, unless it lacks the reasons wanted now (a finding, `--explain`): then it is worked out again. */
function usableVerdict(held: JudgeVerdict | undefined, explain: boolean, threshold: number): JudgeVerdict | undefined {
  return held && (held.reasons !== undefined || (!explain && held.p < threshold)) ? held : undefined;
}

/** The nearest sentence naming a source at or before a sentence: its index in the draft's body sentences, its paragraph's. */
interface NearestCue {
  sentence: number;
  paragraph: number;
  cue: DeskSentence;
  prose: string;
}

/**
 * The nearest source at or before sentence `i` of a block (whose first sentence is the draft's
 * `first`th, in body paragraph `paragraph`): the last of its sentences up to `i` naming one (a
 * placeholder names none), else `before`, the nearest before the block.
 */
function nearestCue(analysis: DeskBlock, i: number, first: number, paragraph: number, prose: string, before: NearestCue | undefined): NearestCue | undefined {
  for (let j = i; j >= 0; j--) {
    const sentence = analysis.sentences[j];
    if (sentence.cue && !sentence.placeholder) return { sentence: first + j, paragraph, cue: sentence, prose };
  }
  return before;
}

/** The learned features' view of the nearest source of a sentence (the draft's `g`th, in body paragraph `paragraph`). */
function cueFeatures(nearest: NearestCue, g: number, paragraph: number, prose: string, sentence: DeskSentence): NonNullable<FigureContext['cue']> {
  const back = g - nearest.sentence;
  const here = back === 0 ? [] : sentenceTopic(prose, sentence);
  const there = back === 0 ? [] : sentenceTopic(nearest.prose, nearest.cue);
  return { sentencesBack: back, paragraphsBack: paragraph - nearest.paragraph, shared: here.filter((w) => there.includes(w)).length, data: nearest.cue.namesData, person: nearest.cue.person };
}

/** The features of a figure whose decision is fixed (never read: neither judge scores it). */
const NO_FEATURES = new Float64Array(0);
/**
 * The lexical judge's probability for a figure's features (cached, as lexicalOf) and the hand judge's (worked out
 * each lint: they read the carried source): the same pair gives the same probability, so a re-lint computes it only
 * where either changed.
 */
const lexicalProbabilities = new WeakMap<readonly string[], { hand: Float64Array; p: number }[]>();
function lexicalJudged(words: readonly string[], hand: Float64Array, inputs: () => string[]): number {
  const known = lexicalProbabilities.get(words);
  const same = (h: Float64Array) => !LEXICAL_MODEL.hand || (h.length === hand.length && h.every((v, i) => (v !== 0) === (hand[i] !== 0)));
  const cached = known?.find((k) => same(k.hand));
  if (cached) return cached.p;
  const p = lexicalProbability(LEXICAL_MODEL, inputs());
  const entry = { hand: Float64Array.from(hand), p };
  if (!known || known.length >= CONTEXTS_PER_FIGURE) lexicalProbabilities.set(words, [entry]);
  else known.push(entry);
  return p;
}

function lexicalOf(f: DeskFigure, block: Block, analysis: DeskBlock, previousParagraphSentence: string | undefined, paragraph: number, context: FigureContext, listItem: boolean, matcher: AttributionMatcher): string[] {
  const cueBack = context.cue && { sentences: context.cue.sentencesBack, paragraphs: context.cue.paragraphsBack };
  const heading = block.kind === 'heading';
  const cueSentences = cueBack ? cueBack.sentences : -1;
  const cueParagraphs = cueBack ? cueBack.paragraphs : -1;
  const flags = (context.inQuote ? 1 : 0) | (listItem ? 2 : 0) | (heading ? 4 : 0);
  const entries = lexicalCache.get(f);
  const cached = entries?.find((e) => e.paragraph === paragraph && e.cueSentences === cueSentences && e.cueParagraphs === cueParagraphs && e.flags === flags && e.previous === previousParagraphSentence);
  if (cached) return cached.words;
  const words = lexicalFeatures({ prose: block.prose, sentences: analysis.sentences, sentence: f.sentence, figure: f, previousParagraphSentence, paragraph, cueBack, inQuote: context.inQuote, listItem, heading, matcher });
  // Copied: the sentence is sliced from the paragraph before, which it would otherwise keep alive as long as this figure.
  const previous = previousParagraphSentence === undefined ? undefined : detach(previousParagraphSentence);
  const entry = { previous, paragraph, cueSentences, cueParagraphs, flags, words };
  if (!entries || entries.length >= CONTEXTS_PER_FIGURE) lexicalCache.set(f, [entry]);
  else entries.push(entry);
  return words;
}

function deskBlockOf(doc: DraftDocument, block: Block, settings: number, matcher: AttributionMatcher, links: boolean, desk: DeskOptions): DeskBlock {
  const raw = doc.text.slice(block.start, Math.max(block.end, block.start + block.prose.length));
  const source = raw === block.prose ? undefined : raw;
  const entries = deskBlocks.get(block.prose);
  if (entries) {
    for (const e of entries) if (e.settings === settings && e.format === doc.format && e.kind === block.kind && e.source === source) return e.analysis;
  }
  const { prose } = block;
  const figures = wordFigures(prose, figuresIn(prose, block.kind === 'heading'));
  const sentences = proseSentences(prose);
  const ordered = figures.every((f, i) => i === 0 || figures[i - 1].end <= f.end);
  // Sentences are split even without figures: a source named here may carry into the next paragraph.
  const analysis = analyseBlock(
    prose,
    sentences,
    figures,
    (start, end) => masked(prose, start, end, figures, firstFigureFrom(figures, start, ordered)),
    matcher,
    (start, end) => links && hasLink(doc, block.start + start, block.start + end),
    desk,
  );
  const entry: DeskEntry = { settings, format: doc.format, kind: block.kind, source, analysis };
  if (!entries) deskBlocks.set(block.prose, [entry]);
  else if (entries.push(entry) > MAX_VARIANTS) entries.shift();
  return analysis;
}

/**
 * Which of a block's sentences are a capitalised kicker ("WASHINGTON —"), read once per analysis: an
 * analysis is cached by the block's prose and its raw text (deskBlockOf), and a sentence lies within both.
 */
const kickerCache = new WeakMap<DeskBlock, boolean[]>();

function kickersOf(doc: DraftDocument, block: Block, analysis: DeskBlock): boolean[] {
  let kickers = kickerCache.get(analysis);
  if (!kickers) {
    kickers = analysis.sentences.map((s) => {
      const t = doc.text.slice(block.start + s.start, block.start + s.end);
      return /\p{Lu}{2}/u.test(t) && !/\p{Ll}/u.test(t);
    });
    kickerCache.set(analysis, kickers);
  }
  return kickers;
}

/**
 * The first figure not ending at or before `start` in a run of figures ending before it. With the figures'
 * ends in order (`ordered`, as they are when figures do not nest) that is a binary search: walking from the
 * first figure for every sentence (and every figure's sentence) was quadratic on a long paragraph.
 */
function firstFigureFrom(figures: Span[], start: number, ordered: boolean): number {
  if (!ordered) {
    let f = 0;
    while (f < figures.length && figures[f].end <= start) f++;
    return f;
  }
  return partitionPoint(figures.length, (i) => figures[i].end > start);
}

/** Why each figure desk mode leaves alone was not flagged (for `copydesk check --explain`). */
export function explainFigures(doc: DraftDocument, options: Record<string, unknown>, currentYear?: number): ExplainedFigure[] {
  // Settings resolved by the engine, so shaped by the rule's schema.
  const typed = options as FigureOptions;
  return deskPass(doc, typed, attributionMatcher([...DESK_CUES, ...(typed.cues ?? [])], typed.negations, true), true, currentYear).explained;
}

/**
 * Every figure desk mode judges, with the learned judge's features and the hand rules' decision: what
 * scripts/train-figure-judge.ts learns from. The options as the engine resolved them; `judge` is ignored.
 */
export function judgedFigures(doc: DraftDocument, options: Record<string, unknown>, currentYear?: number): JudgedFigure[] {
  const typed = { ...(options as FigureOptions), judge: 'rules' as const };
  const collect: JudgedFigure[] = [];
  deskPass(doc, typed, attributionMatcher([...DESK_CUES, ...(typed.cues ?? [])], typed.negations, true), false, currentYear, collect);
  return collect;
}
