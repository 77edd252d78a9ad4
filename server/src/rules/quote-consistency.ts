// quote-consistency: the same quote worded two ways in one draft. Docs: quote-consistency.md.
//
// Quotations (from the shared scanner) are compared as word sequences folded for case, quote style and
// punctuation. Candidates come from an inverted index of words, so only quotations sharing words are
// compared; the similarity is 2·LCS / (|a| + |b|) over words. A quotation that is a fragment of another
// (quoting part of an earlier quote) is not a second wording and is never flagged.
//
// Between lints, each quotation's words are cached by its text, each pair of wordings is compared once
// (LCS and the fragment test), and the candidates found for each quotation are reused after an edit
// where the edit cannot have changed them (see comparedLists). A quotation worded like an earlier one
// is never reported, so it is not matched at all.

import type { DraftDocument } from '../engine/document.ts';
import { quotationsOf, quotedWords, type Quotation } from '../engine/quotations.ts';
import { normalizeForComparison, words } from '../engine/text.ts';
import { detach, paragraphCache } from '../engine/cache.ts';
import type { DocumentState } from '../engine/state.ts';
import type { Fix, Span } from '../engine/types.ts';
import * as Type from '@sinclair/typebox';
import { defineRule, Options, type RuleFinding } from './rule.ts';

/** Words in more quotations than this are too common to find candidates by. */
const MAX_POSTINGS = 50;
/** Only this many earlier quotations (those sharing the most words) are compared with each quotation. */
const MAX_COMPARED = 8;
/** Longer quotations are compared on their first words only (LCS is quadratic). */
const MAX_WORDS = 300;
/**
 * …found in their first characters: quotations nested thousands deep (a pasted run of quote marks)
 * would otherwise each be read in full, quadratic in the paragraph. 300 words of prose fit well within.
 */
const MAX_CHARS = 5000;

/** A quotation's words, by its text: the same text anywhere gives the same wording. */
interface Wording {
  /** Unique per wording, never reused: keys the cache of pair similarities. */
  id: number;
  tokens: string[];
  key: string;
  /** The distinct tokens, in order of first occurrence. */
  distinct: string[];
}

interface Candidate {
  quotation: Quotation;
  wording: Wording;
}

export const quoteConsistency = defineRule({
  id: 'quote-consistency',
  summary: 'The same quote worded differently in two places (headline and body, lede and a later paragraph).',
  defaultSeverity: 'warning',
  options: Options({
    similarity: Type.Number({
      default: 0.6,
      minimum: 0.1,
      maximum: 1,
      description: 'Word similarity (0–1, 2·common words in order ÷ total words) at or above which two quotations count as the same quote.',
    }),
    minWords: Type.Integer({
      default: 3,
      minimum: 1,
      description: 'Quotations with fewer words than this are not compared ("armada", “good beginning”).',
    }),
  }),
  check({ doc, options, shared, state }) {
    const threshold = options.similarity;
    const minWords = options.minWords;
    const candidates: Candidate[] = [];
    for (const quotation of quotationsOf(doc, shared.quotes).quotations) {
      const wording = wordingOf(quotation.text.slice(0, MAX_CHARS));
      if (wording.tokens.length < minWords) continue;
      candidates.push({ quotation, wording });
    }
    const findings: RuleFinding[] = [];
    const memo = stateOf(state);
    const lists = comparedLists(memo, candidates);
    candidates.forEach((candidate, index) => {
      // Worded exactly like an earlier quotation (no list): consistent with it, and any other wording was reported there.
      const list = lists[index];
      if (!list) return;
      const { wording } = candidate;
      let best: { other: Candidate; similarity: number } | undefined;
      for (let k = 0; k < list.others.length; k++) {
        const other = candidates[list.others[k]];
        if (other.wording.key === wording.key) continue;
        if ((2 * list.counts[k]) / (wording.distinct.length + other.wording.distinct.length) < threshold - 0.2) continue;
        if (overlaps(other.quotation, candidate.quotation)) continue;
        const similarity = similarityOf(memo, wording, other.wording);
        if (similarity === FRAGMENT || similarity < threshold) continue;
        if (!best || similarity > best.similarity) best = { other, similarity };
      }
      if (best) findings.push(report(doc, candidate, best.other, alignmentOf(memo, wording, best.other.wording)));
    });
    return findings;
  },
});

/** The earlier candidates one is compared with, in order, and how many words each shares with it. */
interface Compared {
  others: number[];
  counts: number[];
}

/** The last lint's candidates (by wording) and their lists, to reuse after an edit. */
interface ListsMemo {
  ids: number[];
  wordings: Wording[];
  lists: (Compared | undefined)[];
}

/** What one document's last lint leaves for the next. */
interface ConsistencyState {
  last?: ListsMemo;
  /** Pair similarities and alignments by wording ids; started again past MAX_PAIRS. */
  similarities: Map<number, number>;
  alignments: Map<number, [number, number][]>;
}

const MAX_PAIRS = 50_000;

function stateOf(state: DocumentState | undefined): ConsistencyState {
  const fresh = (): ConsistencyState => ({ similarities: new Map(), alignments: new Map() });
  return state ? state.slot<ConsistencyState>('quote-consistency', fresh) : fresh();
}

function remember<V>(map: Map<number, V>, key: number, compute: () => V): V {
  const hit = map.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  if (map.size >= MAX_PAIRS) map.clear();
  map.set(key, value);
  return value;
}

/**
 * Each candidate's list of earlier candidates to compare, or undefined for one worded exactly like an
 * earlier one. The earlier candidates are those in the postings of its words (each word's first
 * MAX_POSTINGS candidates), the MAX_COMPARED sharing the most words when there are more.
 *
 * After an edit, the candidates before the first changed one have the same postings, so the same
 * lists. Those after the last changed one have the same lists, shifted, unless one of their words is
 * in a changed candidate (removed or added) and has fewer than MAX_POSTINGS candidates before the
 * change: only then can a changed candidate be in, or change, its postings. The rest are searched.
 */
function comparedLists(state: ConsistencyState, candidates: Candidate[]): (Compared | undefined)[] {
  const n = candidates.length;
  const wordings = candidates.map((c) => c.wording);
  const ids = wordings.map((w) => w.id);
  const last = state.last;
  const m = last ? last.ids.length : 0;
  // Unchanged: candidates [0, prefix) and [n - suffix, n), the latter at old index − shift.
  let prefix = 0;
  let suffix = 0;
  if (last) {
    while (prefix < m && prefix < n && last.ids[prefix] === ids[prefix]) prefix++;
    while (suffix < m - prefix && suffix < n - prefix && last.ids[m - 1 - suffix] === ids[n - 1 - suffix]) suffix++;
  }
  const shift = n - m;
  const changed = new Set<string>();
  const postings = new Map<string, number[]>();
  const seen = new Set<string>();
  const counts = new Uint32Array(n);
  const touched: number[] = [];
  const lists: (Compared | undefined)[] = new Array(n).fill(undefined);

  const reused = (index: number, wording: Wording): Compared | undefined => {
    if (!last) return undefined;
    if (index < prefix) return last.lists[index];
    if (index < n - suffix) return undefined;
    const old = last.lists[index - shift];
    if (!old || wording.distinct.some((word) => changed.has(word))) return undefined;
    const others: number[] = [];
    for (const j of old.others) {
      if (j < prefix) others.push(j);
      else if (j >= m - suffix) others.push(j + shift);
      else return undefined; // a changed candidate: cannot be (see above), but then search
    }
    return { others, counts: old.counts };
  };

  for (let index = 0; index < n; index++) {
    const wording = wordings[index];
    if (last && index === prefix) {
      // The postings now hold the unchanged candidates before the change.
      for (const w of [...last.wordings.slice(prefix, m - suffix), ...wordings.slice(prefix, n - suffix)]) {
        for (const word of w.distinct) if ((postings.get(word)?.length ?? 0) < MAX_POSTINGS) changed.add(word);
      }
    }
    const repeat = seen.has(wording.key);
    seen.add(wording.key);
    if (!repeat) lists[index] = reused(index, wording) ?? search(wording, postings, counts, touched);
    for (const word of wording.distinct) {
      const list = postings.get(word);
      if (!list) postings.set(word, [index]);
      else if (list.length < MAX_POSTINGS) list.push(index);
    }
  }
  state.last = { ids, wordings, lists };
  return lists;
}

/** Earlier candidates sharing words (from the postings), with how many words they share. */
function search(wording: Wording, postings: Map<string, number[]>, counts: Uint32Array, touched: number[]): Compared {
  // In the order first found; `counts` is all zeros before and after.
  touched.length = 0;
  for (const word of wording.distinct) {
    const list = postings.get(word);
    if (list) for (const other of list) if (counts[other]++ === 0) touched.push(other);
  }
  const others = mostShared(touched, counts);
  const compared = { others, counts: others.map((other) => counts[other]) };
  for (const other of touched) counts[other] = 0;
  return compared;
}

// Wordings by quotation text (its first MAX_CHARS characters, all that is read), kept between lints in
// the engine's bounded cache, so clearCaches() gives a cold lint. Pair similarities and alignments are
// kept by wording ids (never reused) in the document's state.
const wordings = paragraphCache<string, Wording>('quote-consistency:wording');
let nextWordingId = 1;

function wordingOf(text: string): Wording {
  return wordings.through(text, computeWording);
}

function computeWording(text: string): Wording {
  // From a copy: normalising may return the text itself, a slice that would keep the draft in the cache.
  const tokens = words(detach(normalizeForComparison(text))).slice(0, MAX_WORDS);
  return { id: nextWordingId++, tokens, key: tokens.join(' '), distinct: [...new Set(tokens)] };
}

/** A pair where one wording is a fragment of the other: never the same quote worded differently. */
const FRAGMENT = -1;
const PAIR_KEY_LIMIT = 67_108_864;
/** 2·LCS / (|a| + |b|) over words (symmetric), or FRAGMENT; computed once per pair of wordings. */
function similarityOf(memo: ConsistencyState, a: Wording, b: Wording): number {
  const low = Math.min(a.id, b.id);
  const high = Math.max(a.id, b.id);
  // Ids past the limit would collide as keys (after some 67 million distinct quotations): not cached.
  if (high >= PAIR_KEY_LIMIT) return compare(a, b);
  return remember(memo.similarities, low * PAIR_KEY_LIMIT + high, () => compare(a, b));
}

function compare(a: Wording, b: Wording): number {
  if (isFragment(a.key, b.key)) return FRAGMENT;
  return (2 * lcs(a.tokens, b.tokens).length) / (a.tokens.length + b.tokens.length);
}

/** The word pairs of a reported quotation (`a`) and the one it differs from, kept while it is reported. */
function alignmentOf(memo: ConsistencyState, a: Wording, b: Wording): [number, number][] {
  if (a.id >= PAIR_KEY_LIMIT || b.id >= PAIR_KEY_LIMIT) return lcs(a.tokens, b.tokens);
  return remember(memo.alignments, a.id * PAIR_KEY_LIMIT + b.id, () => lcs(a.tokens, b.tokens));
}

/**
 * The few candidates sharing the most words: the same quote is among them, and LCS stays bounded.
 * `touched` lists the candidates in the order first found, `counts` their shared words. Up to
 * MAX_COMPARED, all in that order; beyond, the MAX_COMPARED first by count, then latest first.
 */
function mostShared(touched: number[], counts: Uint32Array): number[] {
  if (touched.length <= MAX_COMPARED) return touched.slice();
  // The order is total (indexes differ), so keeping the best few as they come gives what sorting all would.
  const ahead = (a: number, b: number) => counts[a] > counts[b] || (counts[a] === counts[b] && a > b);
  const top: number[] = [];
  for (const other of touched) {
    if (top.length === MAX_COMPARED) {
      if (!ahead(other, top[MAX_COMPARED - 1])) continue;
      top.pop();
    }
    let at = top.length;
    while (at > 0 && ahead(other, top[at - 1])) at--;
    top.splice(at, 0, other);
  }
  return top;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function isFragment(a: string, b: string): boolean {
  return (' ' + a + ' ').includes(' ' + b + ' ') || (' ' + b + ' ').includes(' ' + a + ' ');
}

/** Index pairs of a longest common subsequence of two word lists. */
function lcs(a: string[], b: string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const table = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] = a[i] === b[j] ? table[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i++, j++]);
    } else if (table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1]) i++;
    else j++;
  }
  return pairs;
}

/** The differing runs of words: what this quotation says where the other says something else. */
function differences(a: string[], b: string[], pairs: [number, number][]): { here: string; there: string }[] {
  const out: { here: string; there: string }[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [a.length, b.length] as [number, number]]) {
    if (pi > i || pj > j) out.push({ here: a.slice(i, pi).join(' '), there: b.slice(j, pj).join(' ') });
    i = pi + 1;
    j = pj + 1;
  }
  return out;
}

function report(doc: DraftDocument, here: Candidate, there: Candidate, pairs: [number, number][]): RuleFinding {
  const line = doc.lines.lineOf(there.quotation.start) + 1;
  const diffs = differences(here.wording.tokens, there.wording.tokens, pairs);
  const shown = (s: string) => (s ? `“${s}”` : '(nothing)');
  const listed = diffs.slice(0, 3).map((d) => `${shown(d.here)} here, ${shown(d.there)} there`);
  if (diffs.length > 3) listed.push(`and ${diffs.length - 3} more`);
  const hereCore = quotedWords(doc, here.quotation);
  const thereCore = quotedWords(doc, there.quotation);
  const hereText = doc.text.slice(hereCore.start, hereCore.end);
  const thereText = doc.text.slice(thereCore.start, thereCore.end);
  const fixes: Fix[] = [
    { title: `Use the wording of line ${line}`, edits: [{ ...hereCore, text: thereText }] },
    { title: `Change line ${line} to this wording`, edits: [{ ...thereCore, text: hereText }] },
  ];
  return {
    start: here.quotation.start,
    end: here.quotation.end,
    message: `Quote worded differently on line ${line}: ${listed.join('; ')}`,
    related: [{ start: there.quotation.start, end: there.quotation.end, message: `The same quote, worded differently (line ${line})` }],
    fixes,
  };
}
