// The quotation scanner shared by the quote rules: finds quote marks in block prose, tells apostrophes
// (don’t, Iran’s, students’, ’90s, rock ’n’ roll, ’cause, comin’) and primes (6' 1", 12½") from quotes,
// pairs marks with nesting and follows the news convention for quotes that run over several
// paragraphs (each paragraph opens, only the last one closes).
//
// How a mark is read (quote-mismatch.md has the examples):
// 1. Locally, from the characters either side, looking through adjacent marks ("'Nobody … reads the '
//    as opening because the " before it does): word’word is an apostrophe; a mark between a space and
//    a word opens; between a word or punctuation and a space it closes; ’ before a listed elision or two
//    digits is an apostrophe; after a number in a measurement it is a prime.
// 2. Then with a stack and a look-ahead over the paragraph's later marks: a ’ after students or comin is
//    an apostrophe only if a later mark can close the open quote; ’cause opens a quote only if a later
//    mark closes it; a " after a number closes an open quote unless the next " can only close; a ’ typed
//    as an opening mark opens only if something later closes it (else it is an elision we do not list).
// One linear pass each, per paragraph: the look-ahead is an array of "next mark that matters" built
// backwards, so the scan stays linear on 50,000 marks.
//
// Why hand-written rather than retext-quotes: the engine does not run a retext pipeline per paragraph
// (only parse-english for sentence spans), retext-quotes does not report unclosed or unopened marks
// nor the multi-paragraph convention, and its apostrophe handling is a per-word guess with no view of
// the surrounding pairs.
//
// Per-block scans are cached by block kind, language and prose, so an edit re-scans only the paragraph
// it touched; the document-level result (pairing across paragraphs) is cached per DraftDocument and
// `quotes` setting so the rules share one scan per lint.

import type { Block, DraftDocument } from './document.ts';
import { paragraphCache, type Cache } from './cache.ts';
import type { Span } from './types.ts';
import { endsLikeApostrophe, endsLikeDialect, isDecade, isLeadingElision, isPrime, wordBefore } from './quote-lexicon.ts';
import { LANGUAGES, quoteLanguage, type QuoteLanguage } from './quote-languages.ts';

export type MarkKind = 'double' | 'single';
export type MarkStyle = 'curly' | 'straight';
export type MarkRole = 'open' | 'close' | 'apostrophe';

export interface Mark {
  /** Absolute offset of the mark in the draft. */
  offset: number;
  /** The mark as typed: one UTF-16 unit, or two for wire copy's doubled apostrophes ''. */
  char: string;
  /** 2 for '' (read as a straight double quote); absent for one character. */
  length?: number;
  kind: MarkKind;
  style: MarkStyle;
  role: MarkRole;
  /** The mark's partner, when paired (index into DocQuotes.marks). */
  partner?: number;
  /** For an opening mark: the mark that closes it in the draft's language („ → “ in German). */
  closer?: string;
  /** The glyph the reading calls for when the typed one is wrong (‘90s → ’, ’ opening a quote → ‘). */
  glyph?: string;
}

/** A foot/minute or inch/second mark after a number (6' 1", 12½"), with the prime it stands for. */
export interface Prime {
  offset: number;
  char: string;
  length: number;
  prime: '\u2032' | '\u2033';
}

export interface Quotation {
  block: Block;
  /** Index of the opening mark in DocQuotes.marks. */
  open: number;
  /** Index of the closing mark; absent for a paragraph of a multi-paragraph quote that does not close. */
  close?: number;
  /** From the opening mark to after the closing mark (or the end of the block). */
  start: number;
  end: number;
  /** The quoted words: after the opening mark, before the closing mark. */
  innerStart: number;
  innerEnd: number;
  /** Inner text from the block's prose. */
  text: string;
  /** 0 for a quotation, 1 for a quote within a quote, … */
  depth: number;
  /** This paragraph's part of a quote continued in the next paragraph. */
  continues?: boolean;
}

export type QuoteProblemKind = 'unclosed' | 'unopened' | 'mismatched' | 'nested-same';

export interface QuoteProblem {
  kind: QuoteProblemKind;
  /** The mark the problem is reported at (index into DocQuotes.marks). */
  mark: number;
  /** For 'mismatched': the opening mark; for 'nested-same': the enclosing opening mark. */
  other?: number;
  block: Block;
}

export interface DocQuotes {
  marks: Mark[];
  quotations: Quotation[];
  problems: QuoteProblem[];
  primes: Prime[];
  /** The pairs the draft was read with (the `quotes` setting, or what "auto" found). */
  language: QuoteLanguage;
  /** Why the `quotes` setting could not be used, when it could not. */
  settingProblem?: string;
}

// ---------------------------------------------------------------------------------------------
// Characters

export const CURLY = { double: { open: '\u201C', close: '\u201D' }, single: { open: '\u2018', close: '\u2019' } } as const;
export const STRAIGHT = { double: '"', single: "'" } as const;

const MARK_CHARS = /''|["'\u2018\u2019\u201C\u201D\u201E\u201A\u00AB\u00BB\u2039\u203A]/g;
const SINGLE_GLYPHS = "'\u2018\u2019\u201A\u2039\u203A";
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Before an opening mark: start, space, brackets, dashes, slash. */
const OPENS_AFTER = /[\s([{\u2014\u2013\-/]/;
/** After a closing mark: end, space, punctuation. */
const CLOSES_BEFORE = /[\s.,;:!?)\]}\u2014\u2013\-/\u2026*_\u203D]/;
const ANY_MARK = /["'\u2018\u2019\u201C\u201D\u201E\u201A\u00AB\u00BB\u2039\u203A]/;

/** English glyph of a mark read in a role (straight marks stay straight). */
export function markText(kind: MarkKind, style: MarkStyle, role: MarkRole): string {
  if (style === 'straight') return STRAIGHT[kind];
  if (role === 'apostrophe') return CURLY.single.close;
  return CURLY[kind][role];
}

/** The typographic glyph for a role in the draft's language (its first pair of that kind). */
export function curlyMark(language: QuoteLanguage, kind: MarkKind, role: MarkRole): string {
  if (role === 'apostrophe') return CURLY.single.close;
  const pair = language.pairs.find(([open]) => kindOf(open) === kind) ?? [CURLY[kind].open, CURLY[kind].close];
  return role === 'open' ? pair[0] : pair[1];
}

/** The closing mark for an opening one. */
export function closerOf(mark: Pick<Mark, 'closer' | 'kind' | 'style'>): string {
  return mark.closer ?? markText(mark.kind, mark.style, 'close');
}

/**
 * The pair a quote within a quote takes: the language's pair of the other kind in the same family
 * (“ ” ↔ ‘ ’, „ “ ↔ ‚ ‘, « » ↔ ‹ ›); straight marks swap " and '.
 */
export function otherPair(language: QuoteLanguage, mark: Mark): [string, string] {
  const other: MarkKind = mark.kind === 'double' ? 'single' : 'double';
  if (mark.style === 'straight') return [STRAIGHT[other], STRAIGHT[other]];
  const family = familyOf(mark.glyph ?? mark.char);
  const pair = language.pairs.find(([open]) => kindOf(open) === other && familyOf(open) === family);
  return pair ? [pair[0], pair[1]] : [CURLY[other].open, CURLY[other].close];
}

function kindOf(c: string): MarkKind {
  return SINGLE_GLYPHS.includes(c) ? 'single' : 'double';
}

/** Nesting families: a quote inside a quote of the same kind and family is wrong. */
function familyOf(c: string): string {
  if (c === '\u201E' || c === '\u201A') return 'low';
  if ('\u00AB\u00BB\u2039\u203A'.includes(c)) return 'guillemet';
  return 'latin';
}

function isWord(c: string | undefined): boolean {
  return c !== undefined && WORD_CHAR.test(c);
}

// ---------------------------------------------------------------------------------------------
// The language's reading of each typographic mark

interface Reading {
  /** Marks that close this one when it opens. */
  closers: string[];
  closes: boolean;
  /** Opens and closes alike (straight marks, Swedish ” ’): read from context. */
  symmetric: boolean;
}

const readings = new Map<string, Map<string, Reading>>();

function readingsOf(language: QuoteLanguage): Map<string, Reading> {
  const key = language.pairs.map((p) => p.join('')).join(' ');
  let map = readings.get(key);
  if (map) return map;
  map = new Map();
  const get = (c: string) => {
    let r = map!.get(c);
    if (!r) map!.set(c, (r = { closers: [], closes: false, symmetric: false }));
    return r;
  };
  for (const [open, close] of language.pairs) {
    get(open).closers.push(close);
    get(close).closes = true;
    if (open === close) get(open).symmetric = true;
  }
  for (const c of ['"', "'", "''"]) map.set(c, { closers: [c === "''" ? '"' : c], closes: true, symmetric: true });
  map.get("''")!.closers.push("''");
  map.get('"')!.closers.push("''");
  // ” closes in every language: where it is not the language's closing mark („…” in German copy) it
  // still pairs, as a mismatch with the right mark to use.
  get('\u201D').closes = true;
  // The apostrophe is an apostrophe everywhere; it closes a quote only where the language says so.
  get('\u2019');
  // One entry per quote setting in use: bounded, as settings come from users.
  if (readings.size >= 64) readings.clear();
  readings.set(key, map);
  return map;
}

// ---------------------------------------------------------------------------------------------
// One block

type Class = 'prime' | 'apos' | 'elision' | 'open' | 'close' | 'trail' | 'ambig' | 'digit' | 'lclose' | 'none';

interface Token {
  at: number;
  len: number;
  char: string;
  kind: MarkKind;
  cls: Class;
  /** For 'trail': the word before reads like it ends in an apostrophe (students’, comin’). */
  likely?: boolean;
  /** A wrong glyph for the local reading (‘90s). */
  glyph?: string;
}

interface RelMark {
  at: number;
  char: string;
  len: number;
  kind: MarkKind;
  style: MarkStyle;
  role: MarkRole;
  partner?: number;
  closer?: string;
  glyph?: string;
}

interface RelProblem {
  kind: QuoteProblemKind;
  mark: number;
  other?: number;
}

interface RelQuote {
  open: number;
  close?: number;
  depth: number;
}

interface BlockScan {
  marks: RelMark[];
  /** Closed quotations, and (in `open`) the marks still open at the end, outermost first. */
  quotes: RelQuote[];
  open: number[];
  problems: RelProblem[];
  primes: { at: number; char: string; len: number; prime: Prime['prime'] }[];
  /** Index of the mark that opens the block (first non-space character), if any. */
  leading?: number;
}

// In the engine's bounded cache, so clearCaches() empties it with the others (a cold lint is cold).
// One kind per block kind and quote language, keyed by the prose itself: the lookup then finds the
// entry the other rules use for the same block (a key built per call would be hashed afresh each time).
const blockCaches = new Map<string, Cache<string, BlockScan>>();
const ENGLISH: QuoteLanguage = { tag: 'en', pairs: LANGUAGES.en };
const ENGLISH_KEY = LANGUAGES.en.map((p) => p.join('')).join(' ');

const languageKeys = new WeakMap<QuoteLanguage, string>();

function scanBlockCached(block: Block, language: QuoteLanguage): BlockScan {
  let key = languageKeys.get(language);
  if (key === undefined) languageKeys.set(language, (key = language.pairs.map((p) => p.join('')).join(' ')));
  // English, the common case, keeps the short name.
  const kind = key === ENGLISH_KEY ? block.kind : block.kind + '\u0000' + key;
  let cache = blockCaches.get(kind);
  if (cache === undefined) {
    // Custom pairs come from settings: forget the handles (names only, the results stay) rather than grow.
    if (blockCaches.size >= 64) blockCaches.clear();
    blockCaches.set(kind, (cache = paragraphCache<string, BlockScan>('quote-scan:' + kind)));
  }
  return cache.through(block.prose, () => scanProse(block.prose, language));
}

/** Wire copy's '' stands for " when it pairs up in the paragraph, or opens it with a word that is no elision. */
function wireDoubles(prose: string): boolean {
  const count = prose.split("''").length - 1;
  if (count === 0) return false;
  if (count >= 2) return true;
  const at = prose.indexOf("''");
  return prose.slice(0, at).trim() === '' && /^[\p{L}]/u.test(prose.slice(at + 2)) && !isLeadingElision(prose.slice(at + 2));
}

/** Scans one block's prose: classifies every mark, pairs them, records what is left open. */
export function scanProse(prose: string, language: QuoteLanguage = ENGLISH): BlockScan {
  const reading = readingsOf(language);
  const wire = wireDoubles(prose);
  const tokens: Token[] = [];
  MARK_CHARS.lastIndex = 0;
  for (let m = MARK_CHARS.exec(prose); m; m = MARK_CHARS.exec(prose)) {
    let text = m[0];
    if (text === "''" && !wire && !isPrime(prose, m.index, 2)) {
      // Two apostrophes that are not a wire double: read them one by one.
      text = "'";
      MARK_CHARS.lastIndex = m.index + 1;
    }
    const token = classify(prose, m.index, text, reading);
    if (token) tokens.push(token);
  }

  /** A word’ whose word reads like it ends in an apostrophe (students’, comin’); worked out once. */
  const likely = (t: Token) => (t.likely ??= endsLikeApostrophe(wordBefore(prose, t.at)));

  // Look-ahead: for each token, the next one that can open or close (apostrophes, primes and elisions
  // are passed over), and the next double mark that is not a prime.
  const nextSig = new Array<number>(tokens.length);
  const nextDouble = new Array<number>(tokens.length);
  /** How many single marks after each token can only close (for a ' inside a single quote). */
  const closersAfter = new Array<number>(tokens.length);
  let sig = -1;
  let dbl = -1;
  let closing = 0;
  for (let k = tokens.length - 1; k >= 0; k--) {
    nextSig[k] = sig;
    nextDouble[k] = dbl;
    closersAfter[k] = closing;
    const cls = tokens[k].cls;
    if (tokens[k].kind === 'single' && (cls === 'close' || (cls === 'trail' && !endsLikeDialect(wordBefore(prose, tokens[k].at))))) closing++;
    if (cls !== 'apos' && cls !== 'prime' && cls !== 'elision' && cls !== 'none') sig = k;
    if (tokens[k].kind === 'double' && cls !== 'prime' && cls !== 'none') dbl = k;
  }

  const marks: RelMark[] = [];
  const quotes: RelQuote[] = [];
  const problems: RelProblem[] = [];
  const primes: BlockScan['primes'] = [];
  const stack: number[] = [];
  const top = () => (stack.length ? marks[stack[stack.length - 1]] : undefined);
  const later = (k: number) => (nextSig[k] >= 0 ? tokens[nextSig[k]] : undefined);
  /** A later single mark can close a quote: a closing mark, or a word’ that is not only an apostrophe. */
  const laterClosesSingle = (k: number, strict: boolean) => {
    const t = later(k);
    return t !== undefined && t.kind === 'single' && (t.cls === 'close' || t.cls === 'ambig' || (t.cls === 'trail' && (!strict || !likely(t))));
  };

  const push = (t: Token, role: MarkRole, glyph?: string): number => {
    const style: MarkStyle = t.char === '"' || t.char === "'" || t.char === "''" ? 'straight' : 'curly';
    const mark: RelMark = { at: t.at, char: t.char, len: t.len, kind: t.kind, style, role };
    if (role === 'open') mark.closer = t.char === "''" ? "''" : (reading.get(t.char)?.closers[0] ?? markText(t.kind, style, 'close'));
    // The token's own glyph note is for its apostrophe reading (‘90s); an opening reading brings its own.
    const wrong = glyph ?? (role === 'apostrophe' ? t.glyph : undefined);
    if (wrong) mark.glyph = wrong;
    if (role === 'open' && glyph) mark.closer = reading.get(glyph)?.closers[0] ?? CURLY.single.close;
    marks.push(mark);
    return marks.length - 1;
  };

  const openMark = (index: number) => {
    const t = top();
    const mark = marks[index];
    if (t && t.kind === mark.kind && familyOf(t.glyph ?? t.char) === familyOf(mark.glyph ?? mark.char)) {
      problems.push({ kind: 'nested-same', mark: index, other: stack[stack.length - 1] });
    }
    stack.push(index);
  };

  const closeMark = (index: number) => {
    const mark = marks[index];
    // The nearest open mark of the same kind; open marks above it are left unclosed.
    let s = stack.length - 1;
    while (s >= 0 && marks[stack[s]].kind !== mark.kind) s--;
    if (s < 0) {
      const t = top();
      if (t) {
        // A pair of different kinds: ‘ … ” or “ … ’.
        const opener = stack.pop()!;
        problems.push({ kind: 'mismatched', mark: index, other: opener });
        pair(opener, index, stack.length);
      } else {
        problems.push({ kind: 'unopened', mark: index });
      }
      return;
    }
    while (stack.length - 1 > s) problems.push({ kind: 'unclosed', mark: stack.pop()! });
    const opener = stack.pop()!;
    const open = marks[opener];
    const accepted = open.style === 'straight' ? mark.style === 'straight' : closerOf(open) === mark.char || (reading.get(open.char)?.closers.includes(mark.char) ?? false);
    if (!accepted) problems.push({ kind: 'mismatched', mark: index, other: opener });
    pair(opener, index, stack.length);
  };

  const pair = (opener: number, closer: number, depth: number) => {
    marks[opener].partner = closer;
    marks[closer].partner = opener;
    quotes.push({ open: opener, close: closer, depth });
  };

  const open = (t: Token, glyph?: string) => openMark(push(t, 'open', glyph));
  const close = (t: Token) => closeMark(push(t, 'close'));
  const apostrophe = (t: Token) => push(t, 'apostrophe', t.char === '\u2018' ? '\u2019' : undefined);
  const leadingAt = prose.search(/\S/);
  const englishOpening = (reading.get('\u2018')?.closers.length ?? 0) > 0;

  tokens.forEach((t, k) => {
    const topMark = top();
    switch (t.cls) {
      case 'none':
        return;
      case 'prime':
        primes.push({ at: t.at, char: t.char, len: t.len, prime: t.kind === 'double' || t.len === 2 ? '\u2033' : '\u2032' });
        return;
      case 'apos':
        apostrophe(t);
        return;
      case 'elision':
        // ’cause opens a quote only when it is not inside a single quote and a later mark closes it.
        if (topMark?.kind !== 'single' && laterClosesSingle(k, true)) open(t);
        else apostrophe(t);
        return;
      case 'open':
        if (t.kind === 'single' && t.char === '\u2019' && !reading.get('\u2019')!.symmetric) {
          // ’ typed as an opening mark, if something later closes it; else an elision we do not list (’Bama).
          if (topMark?.kind !== 'single' && englishOpening && laterClosesSingle(k, false)) open(t, '\u2018');
          else apostrophe(t);
          return;
        }
        if (t.kind === 'single' && t.char !== '\u2018' && topMark?.kind === 'single' && prose[t.at - 1] === ' ' && closersAfter[k] < 2 && /^\p{Ll}{1,3}(?!\p{L})/u.test(prose.slice(t.at + 1, t.at + 5))) {
          // Inside a single quote with only one closing mark left to come, before a short lower-case
          // word: a dialect elision we do not list ('Wouldn't 'a done it,'), not a quote within the
          // quote that would leave the outer one open.
          apostrophe(t);
          return;
        }
        if (
          t.char === "'" &&
          prose[t.at - 1] === ' ' &&
          /\p{Ll}/u.test(prose[t.at + 1] ?? '') &&
          topMark?.kind === 'double' &&
          nextSig[k] >= 0 &&
          tokens[nextSig[k]].kind === 'double' &&
          tokens[nextSig[k]].cls === 'close'
        ) {
          // Mid-sentence before a lower-case word, inside a double quote that closes before any single
          // mark could: a dialect elision ("Harry 'spects you"), not a quote left open.
          apostrophe(t);
          return;
        }
        open(t);
        return;
      case 'close':
        close(t);
        return;
      case 'lclose':
        // “ or ‘ typed where a closing mark belongs: it closes an open quote of its kind.
        if (topMark?.kind === t.kind) close(t);
        else open(t);
        return;
      case 'trail':
        if (topMark?.kind !== 'single') apostrophe(t);
        else if (likely(t) && laterClosesSingle(k, false)) apostrophe(t);
        else close(t);
        return;
      case 'ambig':
        if (topMark?.kind === t.kind) close(t);
        else open(t);
        return;
      case 'digit': {
        // A straight " after a number: the end of an open quote ("Apollo 13"), unless the next double
        // mark can only close it (then this one is an inch mark: "The screen is 20" wide.").
        if (topMark?.kind === 'double') {
          const next = nextDouble[k] >= 0 ? tokens[nextDouble[k]] : undefined;
          if (next && next.cls === 'close') primes.push({ at: t.at, char: t.char, len: t.len, prime: '\u2033' });
          else close(t);
        } else {
          primes.push({ at: t.at, char: t.char, len: t.len, prime: '\u2033' });
        }
        return;
      }
    }
  });

  let leading: number | undefined;
  if (leadingAt >= 0 && marks.length && marks[0].at === leadingAt && marks[0].role === 'open') leading = 0;
  return { marks, quotes, open: [...stack], problems, primes, leading };
}

/** The neighbour of a mark, looking through adjacent quote marks ("' … the ' sees what the " sees). */
function neighbour(prose: string, from: number, step: -1 | 1): string | undefined {
  let i = from;
  // At most three marks deep ("'" … ), so a run of 50,000 marks stays linear.
  for (let n = 0; n < 3 && i >= 0 && i < prose.length && ANY_MARK.test(prose[i]); n++) i += step;
  return i >= 0 && i < prose.length ? prose[i] : undefined;
}

function set(token: Token, cls: Class, glyph?: string): Token {
  token.cls = cls;
  if (glyph) token.glyph = glyph;
  return token;
}

/** What a mark can be from the characters around it (the stack and look-ahead settle the rest). */
function classify(prose: string, at: number, char: string, reading: Map<string, Reading>): Token | undefined {
  const len = char.length;
  const kind: MarkKind = char === "''" ? 'double' : kindOf(char);
  const token: Token = { at, len, char, kind, cls: 'none' };
  const r = reading.get(char);
  if (!r && char !== '\u2019' && char !== '\u2018') return undefined; // not a quote mark in this language
  const p = prose[at - 1];
  const n = prose[at + len];
  const left = neighbour(prose, at - 1, -1);
  const right = neighbour(prose, at + len, 1);
  const openPos = left === undefined || OPENS_AFTER.test(left);
  const closePos = right === undefined || CLOSES_BEFORE.test(right);

  if ((/[\d½¼¾⅛⅜⅝⅞]/.test(p ?? '') || (p === ' ' && /\d/.test(prose[at - 2] ?? ''))) && isPrime(prose, at, len)) return set(token, 'prime');

  if (kind === 'single') {
    const englishOpening = (reading.get('\u2018')?.closers.length ?? 0) > 0;
    // Word on both sides: don't, Iran’s, o’clock (owner‘s is the same apostrophe with the wrong glyph;
    // Hawai‘i and O‘ahu keep the ‘okina-like mark).
    if (isWord(p) && isWord(n)) {
      const glyph = char === '\u2018' && /^(?:s|t|ll|re|ve|d|m)(?![\p{L}\p{N}])/u.test(prose.slice(at + 1, at + 4)) ? '\u2019' : undefined;
      if (char === '\u2018' && !glyph) return set(token, 'none');
      return set(token, 'apos', glyph);
    }
    // al-'Adad: after a hyphen inside a word.
    if (p === '-' && isWord(prose[at - 2]) && isWord(n)) return set(token, 'apos');
    if (!isWord(p) && char !== '\u201A' && char !== '\u2039' && char !== '\u203A') {
      const after = prose.slice(at + 1, at + 12);
      if (isDecade(after)) return { ...token, cls: 'apos', ...(char === '\u2018' ? { glyph: '\u2019' } : {}) };
      if (isWord(n) && isLeadingElision(after, char === '\u2018')) return { ...token, cls: 'elision', ...(char === '\u2018' ? { glyph: '\u2019' } : {}) };
      // The second mark of ’n’.
      if (p === 'n' && !isWord(n)) return set(token, 'apos');
    }
    if (p === 'n' && ANY_MARK.test(prose[at - 2] ?? '') && !isWord(prose[at - 3]) && !isWord(n)) return set(token, 'apos');
    // Typographic singles with a fixed role in this language (‚ › ‹, German ‘).
    if (char === '\u201A' || char === '\u2039' || char === '\u203A' || (char === '\u2018' && !englishOpening)) {
      if (r && r.closers.length && !r.closes) return set(token, 'open');
      if (r && r.closes && !r.closers.length) return set(token, 'close');
      if (!r) return undefined;
    }
    if (isWord(p) && !isWord(n)) {
      if (char === '\u2018') return set(token, 'lclose');
      return set(token, 'trail');
    }
    if (char === '\u2018') return set(token, openPos || !closePos ? 'open' : 'lclose');
    if (openPos && !closePos) return set(token, 'open');
    if (closePos && !openPos) return set(token, 'close');
    if (char === '\u2019' && !reading.get('\u2019')!.symmetric && !reading.get('\u2019')!.closes) return set(token, 'apos');
    return set(token, 'ambig');
  }

  // Double marks.
  if (!r) return undefined;
  if (!r.symmetric) {
    if (r.closers.length && !r.closes) {
      // “ typed where a closing mark belongs (after a word, before a space or punctuation).
      return set(token, char === '\u201C' && !openPos && closePos ? 'lclose' : 'open');
    }
    if (r.closes && !r.closers.length) return set(token, 'close');
  }
  if (/\d/.test(left ?? '') && !openPos && (char === '"' || char === "''")) return set(token, 'digit');
  if (openPos && !closePos) return set(token, 'open');
  if (closePos && !openPos) return set(token, 'close');
  return set(token, 'ambig');
}

// ---------------------------------------------------------------------------------------------
// The document

const docCache = new WeakMap<DraftDocument, Map<string, DocQuotes>>();

/**
 * Every mark, quotation and mark problem of a draft; computed once per parsed draft and `quotes`
 * setting ("auto" when absent: the draft's own marks decide, English by default).
 */
export function quotationsOf(doc: DraftDocument, quotes?: string): DocQuotes {
  const setting = quotes ?? 'auto';
  let perSetting = docCache.get(doc);
  const hit = perSetting?.get(setting);
  if (hit) return hit;
  const { language, problem } = quoteLanguage(setting, doc.text);
  const result: DocQuotes = { marks: [], quotations: [], problems: [], primes: [], language, ...(problem ? { settingProblem: problem } : {}) };
  const scans = doc.blocks.map((block) => scanBlockCached(block, language));
  // A plain-text line that opens a quotation is a paragraph of it even when it looks like a heading
  // (short, no final punctuation): the multi-paragraph convention holds across it.
  const paragraphLike = (b: number) => doc.blocks[b].kind === 'paragraph' || (doc.format === 'plaintext' && scans[b].leading !== undefined);
  doc.blocks.forEach((block, b) => {
    const scan = scans[b];
    const base = result.marks.length;
    for (const mark of scan.marks) {
      result.marks.push({
        offset: block.start + mark.at,
        char: mark.char,
        ...(mark.len !== 1 ? { length: mark.len } : {}),
        kind: mark.kind,
        style: mark.style,
        role: mark.role,
        ...(mark.partner !== undefined ? { partner: base + mark.partner } : {}),
        ...(mark.closer !== undefined ? { closer: mark.closer } : {}),
        ...(mark.glyph !== undefined ? { glyph: mark.glyph } : {}),
      });
    }
    for (const prime of scan.primes) result.primes.push({ offset: block.start + prime.at, char: prime.char, length: prime.len, prime: prime.prime });
    const quotation = (open: number, close: number | undefined, depth: number, continues?: boolean): Quotation => {
      const openAt = block.start + scan.marks[open].at;
      const innerStart = openAt + scan.marks[open].len;
      const innerEnd = close !== undefined ? block.start + scan.marks[close].at : block.end;
      return {
        block,
        open: base + open,
        ...(close !== undefined ? { close: base + close } : {}),
        start: openAt,
        end: close !== undefined ? innerEnd + scan.marks[close].len : block.end,
        innerStart,
        innerEnd,
        text: block.prose.slice(innerStart - block.start, innerEnd - block.start),
        depth,
        ...(continues ? { continues } : {}),
      };
    };
    for (const q of scan.quotes) result.quotations.push(quotation(q.open, q.close, q.depth));
    for (const p of scan.problems) {
      result.problems.push({ kind: p.kind, mark: base + p.mark, ...(p.other !== undefined ? { other: base + p.other } : {}), block });
    }
    // Marks still open at the end of the block. The outermost one continues when the next paragraph
    // opens with a mark of the same kind (the multi-paragraph convention); the rest are unclosed.
    const left = scan.open;
    if (left.length === 0) return;
    const nextScan = scans[b + 1];
    const continues =
      paragraphLike(b) &&
      nextScan !== undefined &&
      paragraphLike(b + 1) &&
      nextScan.leading !== undefined &&
      nextScan.marks[nextScan.leading].kind === scan.marks[left[0]].kind;
    left.forEach((open, depth) => {
      if (depth === 0 && continues) {
        result.quotations.push(quotation(open, undefined, 0, true));
      } else {
        result.problems.push({ kind: 'unclosed', mark: base + open, block });
      }
    });
  });
  result.quotations.sort((a, b) => a.start - b.start || b.end - a.end);
  result.problems.sort((a, b) => result.marks[a.mark].offset - result.marks[b.mark].offset);
  if (!perSetting) docCache.set(doc, (perSetting = new Map()));
  perSetting.set(setting, result);
  return result;
}

/** A quotation's words in the draft: without surrounding space and a trailing comma or full stop (the sentence's). */
export function quotedWords(doc: DraftDocument, q: Quotation): { start: number; end: number } {
  let start = q.innerStart;
  let end = q.innerEnd;
  while (start < end && /\s/.test(doc.text[start])) start++;
  while (end > start && /[\s,.]/.test(doc.text[end - 1])) end--;
  return { start, end };
}

/** Whether a span of the draft lies inside one of its block's closed quotations (someone's words, not the writer's). */
export function insideClosedQuote(doc: DraftDocument, span: Span): boolean {
  const block = doc.blocks.find((b) => b.start <= span.start && span.end <= b.end);
  return block !== undefined && closedQuoteSpans(block).some((q) => block.start + q.start < span.start && span.end < block.start + q.end);
}

/** A block's closed outermost quotations, relative to its prose (from the same cached scan; English and the draft's straight marks). */
export function closedQuoteSpans(block: Block, language: QuoteLanguage = ENGLISH): Span[] {
  const scan = scanBlockCached(block, language);
  return scan.quotes
    .filter((q) => q.close !== undefined && q.depth === 0)
    .map((q) => ({ start: scan.marks[q.open].at, end: scan.marks[q.close!].at + scan.marks[q.close!].len }))
    .sort((a, b) => a.start - b.start);
}

