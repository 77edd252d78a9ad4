// The lexical judge's inputs (option `judge: "lexical"`): generic lexical context of a figure, with no
// phrase chosen by hand. Lower-cased words in fixed windows before and after it, the bag of words of its
// clause, of its sentence and of the sentence before (Porter stems), the word it counts, its shape, its
// place in the story, and how far the nearest reporting cue is (read by the rule's own attribution
// matcher: no new phrase lists). Each feature is a string; which of them the model knows is decided by
// the trainer (those seen in enough training figures), so the data chooses the vocabulary.
// Built only when the lexical judge runs (or a trainer collects): rules mode computes none of this.

import { stemmer } from 'stemmer';
import { detach } from '../../engine/cache.ts';
import type { Span } from '../../engine/types.ts';
import type { AttributionMatcher } from './attribution.ts';
import { PERCENT } from './desk.ts';
import { punctuatedClause } from './clauses.ts';

/** Everything the features are read from, in the figure's block. */
export interface LexicalContext {
  prose: string;
  /** The block's sentences, the figure's sentence's index among them, and the figure (offsets in `prose`). */
  sentences: readonly Span[];
  sentence: number;
  figure: Span;
  /** The last sentence of the body paragraph before, when the figure's sentence opens its paragraph. */
  previousParagraphSentence?: string;
  /** How far back the nearest sentence naming a source is (the rule's cue reader), if any before. */
  cueBack?: { sentences: number; paragraphs: number };
  /** Body paragraphs before this one. */
  paragraph: number;
  inQuote: boolean;
  listItem: boolean;
  heading: boolean;
  matcher: AttributionMatcher;
}

const TOKEN = /\p{L}[\p{L}\p{M}'’-]*|\p{N}[\p{N},.]*\p{N}|\p{N}|[%$£€¥]/gu;
/**
 * Words that never name what a figure counts (articles, "of", "than", magnitude words): the counted
 * word is the first other word after the figure. A closed class of English, not a phrase of any draft.
 */
const NOT_COUNTED = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'to', 'more', 'than', 'per', 'cent', 'percent', 'pc', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'bn', 'm', 'k', 'mn']);

function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0].toLowerCase().replace(/’/g, "'");
    out.push(/^\p{N}/u.test(t) ? '#' : t);
  }
  return out;
}

const stems = new Map<string, string>();
function stem(token: string): string {
  let s = stems.get(token);
  if (s === undefined) {
    // Copied: a token is sliced from its paragraph's prose, which this module-long map would otherwise keep alive
    // (and a stem left unchanged is the token itself).
    const own = detach(token);
    s = own === '#' || own.length < 3 || !/^\p{L}+$/u.test(own) ? own : stemmer(own);
    if (stems.size > 50_000) stems.clear();
    stems.set(own, s);
  }
  return s;
}

const bucket = (n: number, edges: readonly number[]) => {
  for (const e of edges) if (n <= e) return `${e}`;
  return `${edges[edges.length - 1]}+`;
};

/** The nearest cue before `end` (its end offset, and its words) and the first at or after `from`, in `text`. */
function cuesAround(matcher: AttributionMatcher, text: string, before: number, after: number): { last?: { end: number; text: string }; next?: { at: number; text: string } } {
  let last: { end: number; text: string } | undefined;
  for (let pos = 0; pos < before; ) {
    const m = matcher.find(text.slice(pos, before));
    if (!m) break;
    last = { end: pos + m.at + m.text.length, text: m.text };
    pos += m.at + Math.max(1, m.text.length);
  }
  const m = matcher.find(text.slice(after));
  return { last, ...(m ? { next: { at: after + m.at, text: m.text } } : {}) };
}

/** The lexical features of one figure (feature names; each is present or not). */
export function lexicalFeatures(ctx: LexicalContext): string[] {
  const { prose, figure } = ctx;
  const sentence = ctx.sentences[ctx.sentence];
  const text = prose.slice(sentence.start, sentence.end);
  const at = figure.start - sentence.start;
  const until = figure.end - sentence.start;
  const out = new Set<string>();
  const before = tokens(text.slice(0, at));
  const after = tokens(text.slice(until));
  // Fixed windows, position by position, and the words just before and after as pairs.
  for (let i = 1; i <= 3; i++) {
    out.add(`b${i}:${before[before.length - i] ?? '<s>'}`);
    out.add(`a${i}:${after[i - 1] ?? '</s>'}`);
  }
  out.add(`b12:${before[before.length - 2] ?? '<s>'} ${before[before.length - 1] ?? '<s>'}`);
  out.add(`a12:${after[0] ?? '</s>'} ${after[1] ?? '</s>'}`);
  // Wider windows as bags of stems.
  for (const t of before.slice(-8)) out.add(`bw:${stem(t)}`);
  for (const t of after.slice(0, 8)) out.add(`aw:${stem(t)}`);
  // The figure's clause, its sentence, and the sentence before it.
  const { start: clauseStart, end: clauseEnd } = punctuatedClause(text, at, until);
  for (const t of tokens(text.slice(clauseStart, at) + ' ' + text.slice(until, clauseEnd))) out.add(`cl:${stem(t)}`);
  for (const t of [...before, ...after]) out.add(`s:${stem(t)}`);
  const previous = ctx.sentence > 0 ? prose.slice(ctx.sentences[ctx.sentence - 1].start, ctx.sentences[ctx.sentence - 1].end) : ctx.previousParagraphSentence;
  if (previous === undefined) out.add('ps:<none>');
  else for (const t of tokens(previous)) out.add(`ps:${stem(t)}`);
  // The word the figure counts: the first word after it that is no article, preposition or magnitude.
  const counted = after.slice(0, 4).find((t) => t !== '#' && /^\p{L}/u.test(t) && !NOT_COUNTED.has(t));
  out.add(`n:${counted ? stem(counted) : '<none>'}`);
  // Its shape: what the figure's own text shows.
  const shown = prose.slice(figure.start, figure.end);
  const digits = /\d/.test(shown);
  out.add(digits ? 'shape:digits' : 'shape:words');
  if (PERCENT.test(shown)) out.add('shape:percent');
  if (/[$£€¥]/.test(shown)) out.add('shape:currency');
  if (/\p{L}/u.test(shown)) for (const t of tokens(shown)) if (t !== '#') out.add(`fig:${t}`);
  if (/\d[.,]\d{1,2}(?!\d)/.test(shown)) out.add('shape:decimal');
  if (digits) {
    const n = Number(/\d[\d,]*(?:\.\d+)?/.exec(shown)?.[0]?.replace(/,/g, '') ?? NaN);
    if (Number.isFinite(n)) out.add(`shape:size${bucket(Math.floor(Math.log10(Math.max(1, n))), [0, 1, 2, 3, 5])}`);
  }
  // Its place in the story.
  out.add(`pos:paragraph${bucket(ctx.paragraph, [0, 1, 2, 5])}`);
  out.add(`pos:sentence${bucket(ctx.sentence, [0, 1])}`);
  out.add(`pos:sentence-words${bucket(before.length + after.length, [10, 20, 35])}`);
  if (ctx.inQuote) out.add('pos:quote');
  if (ctx.listItem) out.add('pos:list');
  if (ctx.heading) out.add('pos:heading');
  // How far the nearest reporting cue is, in words, before and after it in its sentence, and the cue's stem.
  const { last, next } = cuesAround(ctx.matcher, text, at, until);
  if (last) {
    out.add(`cue-before:${bucket(tokens(text.slice(last.end, at)).length, [0, 2, 5, 10])}`);
    out.add(`cue-before-word:${stem(tokens(last.text).at(-1) ?? '')}`);
  } else out.add('cue-before:none');
  if (next) {
    out.add(`cue-after:${bucket(tokens(text.slice(until, next.at)).length, [0, 2, 5, 10])}`);
    out.add(`cue-after-word:${stem(tokens(next.text)[0] ?? '')}`);
  } else out.add('cue-after:none');
  if (previous !== undefined) {
    const cue = ctx.matcher.find(previous);
    out.add(cue ? `cue-previous:${stem(tokens(cue.text)[0] ?? '')}` : 'cue-previous:none');
  }
  if (ctx.cueBack) {
    out.add(`cue-back:${bucket(ctx.cueBack.sentences, [0, 1, 3, 6])}`);
    out.add(`cue-back-paragraphs:${bucket(ctx.cueBack.paragraphs, [0, 1, 2])}`);
  } else out.add('cue-back:none');
  return [...out];
}

/**
 * A trained lexical model: a weight for each feature it knows (any other feature weighs nothing), a bias
 * and the threshold a finding needs. `hand`: the hand judge's features (features.ts) are inputs too,
 * named `h:<feature>`.
 */
export interface LexicalModel {
  hand: boolean;
  bias: number;
  threshold: number;
  weights: Readonly<Record<string, number>>;
}

/** The model's probability that the figure needs a source, and the features that pushed hardest towards `towards`. */
export function lexicalProbability(model: LexicalModel, features: readonly string[]): number {
  let z = model.bias;
  for (const name of features) z += model.weights[name] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The features that pushed hardest towards the decision taken, in words ("“about” just before it"). */
export function lexicalReasons(model: LexicalModel, features: readonly string[], towards: boolean, count = 3, hand: (name: string) => string = (n) => n): string[] {
  return features
    .map((name) => [model.weights[name] ?? 0, name] as const)
    .filter(([w]) => (towards ? w > 0 : w < 0))
    .sort((a, b) => Math.abs(b[0]) - Math.abs(a[0]) || (a[1] < b[1] ? -1 : 1))
    .slice(0, count)
    .map(([, name]) => featureWords(name, hand));
}

const WHERE: Record<string, string> = {
  b1: 'just before it',
  b2: 'two words before it',
  b3: 'three words before it',
  b12: 'just before it',
  a1: 'just after it',
  a2: 'two words after it',
  a3: 'three words after it',
  a12: 'just after it',
  bw: 'shortly before it',
  aw: 'shortly after it',
  cl: 'in its clause',
  s: 'in its sentence',
  ps: 'in the sentence before',
  n: 'the word it counts',
  fig: 'in the figure',
};

/** A feature's name in plain words; a hand feature (`h:…`) by `hand`. */
export function featureWords(name: string, hand: (name: string) => string = (n) => n): string {
  if (name.startsWith('h:')) return hand(name.slice(2));
  const colon = name.indexOf(':');
  const where = WHERE[name.slice(0, colon)];
  if (!where) return name;
  const word = name.slice(colon + 1);
  // Bags hold stems ("estim"): shown as the start of a word.
  const stemmed = ['bw', 'aw', 'cl', 's', 'ps', 'n'].includes(name.slice(0, colon)) && /\p{L}$/u.test(word);
  return `\u201C${word}${stemmed ? '\u2026' : ''}\u201D ${where}`;
}

/** The hand judge's features (a 0/1 vector in FEATURE_NAMES order) as lexical feature names. */
export function handFeatureNames(names: readonly string[], x: Float64Array): string[] {
  let prefixed = handNames.get(names);
  if (!prefixed) handNames.set(names, (prefixed = names.map((n) => `h:${n}`)));
  const out: string[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] !== 0) out.push(prefixed[i]);
  return out;
}
const handNames = new WeakMap<readonly string[], string[]>();
