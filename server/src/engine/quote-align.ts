// Word-for-word alignment of a quotation against a stretch of source words, for quote-source.
//
// The quotation is read as tokens: words, and gaps an editor may leave — an ellipsis (… or ...) for
// omitted words, [square brackets] for inserted or substituted words. The alignment is global in the
// quotation (every quoted word is accounted for) and local in the source (the stretch may start and
// end anywhere): a fitting variant of Smith–Waterman over normalised words, where a match scores +2,
// a substituted word, a quoted word the source does not have, and a source word the quotation leaves
// out each score −1, a gap swallows any number of source words for nothing, and (unless the desk is
// strict) so do fillers and stutters (um, er, "the, the"). Positive matches make the best stretch end
// on the quotation's last matching word, so "we fixed the roof" against "we finally fixed the old
// roof" gives the whole stretch, never "we finally fixed the".
//
// Pure: words in, an alignment out.

import { WORD } from './text.ts';

export type QuoteToken =
  | { kind: 'word'; word: string; start: number; end: number }
  | { kind: 'ellipsis' | 'bracket'; start: number; end: number };

const GAPS = /\[[^\]\n]{0,80}\]|\u2026|\.\s?\.\s?\./g;
const ELLIPSIS_ONLY = /^\[\s*(?:\u2026|\.\s?\.\s?\.)\s*\]$/;

const APOSTROPHES = /[\u2018\u2019\u02BC`]/g;

export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('\u2019') || lower.includes('\u2018') || lower.includes('\u02BC') || lower.includes('`') ? lower.replace(APOSTROPHES, "'") : lower;
}

/** A quotation's tokens; offsets are `base` + offsets in `text`. */
export function quoteTokens(text: string, base = 0): QuoteToken[] {
  const tokens: QuoteToken[] = [];
  const words = (from: number, to: number) => {
    const part = text.slice(from, to);
    WORD.lastIndex = 0;
    for (let m = WORD.exec(part); m; m = WORD.exec(part)) {
      tokens.push({ kind: 'word', word: foldWord(m[0]), start: base + from + m.index, end: base + from + m.index + m[0].length });
    }
  };
  let at = 0;
  GAPS.lastIndex = 0;
  for (let m = GAPS.exec(text); m; m = GAPS.exec(text)) {
    words(at, m.index);
    const kind = m[0].startsWith('[') && !ELLIPSIS_ONLY.test(m[0]) ? 'bracket' : 'ellipsis';
    // Two gaps in a row ("[…] …") are one gap.
    const last = tokens[tokens.length - 1];
    if (last && last.kind !== 'word') last.end = base + m.index + m[0].length;
    else tokens.push({ kind, start: base + m.index, end: base + m.index + m[0].length });
    at = m.index + m[0].length;
  }
  words(at, text.length);
  return tokens;
}

export function wordCount(tokens: readonly QuoteToken[]): number {
  let n = 0;
  for (const t of tokens) if (t.kind === 'word') n++;
  return n;
}

/**
 * One step of an alignment: `q` is a token index, `s` a source position.
 * match/sub: a quoted word against a source word; extra: a quoted word the source does not have;
 * omit: a source word the quotation leaves out (an edit); free: a filler or stutter left out;
 * gap: a source word an ellipsis or bracket stands for.
 */
export interface Step {
  op: 'match' | 'sub' | 'extra' | 'omit' | 'free' | 'gap';
  q?: number;
  s?: number;
}

export interface Alignment {
  score: number;
  steps: Step[];
  /** First and past-the-last source position the quotation's words cover (gaps at the ends excluded). */
  first: number;
  last: number;
  matches: number;
  edits: number;
  /** 2 × matching words ÷ (quoted words + source words they cover): 1 for verbatim. */
  similarity: number;
}

export interface AlignSource {
  words: readonly string[];
  /** 1 where a source word may be left out silently (a filler or a stutter), when fillers are ignored. */
  skippable?: Uint8Array;
}

const MATCH = 2;
const EDIT = -1;
const NONE = -1e9;

// Trace codes.
const T_START = 0;
const T_DIAG = 1;
const T_UP = 2;
const T_LEFT = 3;
const T_LEFT_FREE = 4;

/** Aligns the whole quotation against the best stretch of source words in [lo, hi). */
export function alignQuote(tokens: readonly QuoteToken[], source: AlignSource, lo: number, hi: number): Alignment | undefined {
  const m = tokens.length;
  const w = hi - lo;
  if (m === 0 || w <= 0) return undefined;
  const width = w + 1;
  const score = new Float64Array((m + 1) * width);
  const trace = new Uint8Array((m + 1) * width);
  for (let j = 0; j <= w; j++) {
    score[j] = 0;
    trace[j] = T_START;
  }
  const skippable = source.skippable;
  for (let i = 1; i <= m; i++) {
    const token = tokens[i - 1];
    const row = i * width;
    const up = (i - 1) * width;
    if (token.kind !== 'word') {
      score[row] = score[up];
      trace[row] = T_UP;
      for (let j = 1; j <= w; j++) {
        const fromUp = score[up + j];
        const fromLeft = score[row + j - 1];
        if (fromUp >= fromLeft) {
          score[row + j] = fromUp;
          trace[row + j] = T_UP;
        } else {
          score[row + j] = fromLeft;
          trace[row + j] = T_LEFT_FREE;
        }
      }
      continue;
    }
    score[row] = score[up] + EDIT;
    trace[row] = T_UP;
    for (let j = 1; j <= w; j++) {
      const s = lo + j - 1;
      const diag = score[up + j - 1] + (source.words[s] === token.word ? MATCH : EDIT);
      const upScore = score[up + j] + EDIT;
      const free = skippable !== undefined && skippable[s] === 1;
      const left = score[row + j - 1] + (free ? 0 : EDIT);
      let best = diag;
      let t = T_DIAG;
      if (upScore >= best) {
        best = upScore;
        t = T_UP;
      }
      if (left > best) {
        best = left;
        t = free ? T_LEFT_FREE : T_LEFT;
      }
      score[row + j] = best < NONE ? NONE : best;
      trace[row + j] = t;
    }
  }
  // The best end: the highest score, the earliest on ties (no trailing skips).
  const lastRow = m * width;
  let end = 0;
  for (let j = 1; j <= w; j++) if (score[lastRow + j] > score[lastRow + end]) end = j;

  const steps: Step[] = [];
  let i = m;
  let j = end;
  while (i > 0) {
    const t = trace[i * width + j];
    const token = tokens[i - 1];
    if (t === T_DIAG) {
      const s = lo + j - 1;
      steps.push({ op: source.words[s] === (token as { word: string }).word ? 'match' : 'sub', q: i - 1, s });
      i--;
      j--;
    } else if (t === T_UP) {
      if (token.kind === 'word') steps.push({ op: 'extra', q: i - 1 });
      i--;
    } else {
      const s = lo + j - 1;
      steps.push({ op: token.kind !== 'word' ? 'gap' : t === T_LEFT_FREE ? 'free' : 'omit', q: i - 1, s });
      j--;
    }
  }
  steps.reverse();

  let first = -1;
  let last = -1;
  let matches = 0;
  let edits = 0;
  let covered = 0;
  for (const step of steps) {
    if (step.op === 'match') matches++;
    else if (step.op === 'sub' || step.op === 'extra' || step.op === 'omit') edits++;
    if (step.s !== undefined && step.op !== 'gap') {
      if (first < 0) first = step.s;
      last = step.s + 1;
      if (step.op !== 'free') covered++;
    }
  }
  if (first < 0) return undefined;
  const quoted = wordCount(tokens);
  return { score: score[lastRow + end], steps, first, last, matches, edits, similarity: (2 * matches) / (quoted + covered) };
}

/** Source words that may be dropped from speech without an ellipsis. */
export const FILLERS = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'er', 'erm', 'err', 'ah', 'ahh', 'hmm', 'hm', 'mm', 'mmm', 'mhm']);

/** The pieces of a quotation between its gaps: token index ranges [from, to) of words only. */
export function pieces(tokens: readonly QuoteToken[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let from = -1;
  tokens.forEach((t, k) => {
    if (t.kind === 'word') {
      if (from < 0) from = k;
    } else if (from >= 0) {
      out.push({ from, to: k });
      from = -1;
    }
  });
  if (from >= 0) out.push({ from, to: tokens.length });
  return out;
}

/** Groups of differing steps (with a word of context each side), for messages. */
export function differences(steps: readonly Step[]): { from: number; to: number }[] {
  const shown = steps.map((s, k) => ({ s, k })).filter(({ s }) => s.op !== 'free' && s.op !== 'gap');
  const hunks: { from: number; to: number }[] = [];
  let k = 0;
  while (k < shown.length) {
    if (shown[k].s.op === 'match') {
      k++;
      continue;
    }
    let from = k;
    let to = k + 1;
    // Differences one matching word apart are one difference.
    while (to < shown.length) {
      if (shown[to].s.op !== 'match') to++;
      else if (to + 1 < shown.length && shown[to + 1].s.op !== 'match') to += 2;
      else break;
    }
    if (from > 0) from--;
    if (to < shown.length) to++;
    hunks.push({ from: shown[from].k, to: shown[to - 1].k + 1 });
    k = to;
  }
  return hunks;
}
