// quote-consistency: the same quote worded two ways in one draft. Docs: quote-consistency.md.
//
// Quotations (from the shared scanner) are compared as word sequences folded for case, quote style and
// punctuation. Candidates come from an inverted index of words, so only quotations sharing words are
// compared; the similarity is 2·LCS / (|a| + |b|) over words. A quotation that is a fragment of another
// (quoting part of an earlier quote) is not a second wording and is never flagged.

import type { DraftDocument } from '../engine/document.ts';
import { quotationsOf, quotedWords, type Quotation } from '../engine/quotations.ts';
import { normalizeForComparison, words } from '../engine/text.ts';
import type { Fix, Span } from '../engine/types.ts';
import type { Rule, RuleFinding } from './rule.ts';

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

interface Candidate {
  quotation: Quotation;
  tokens: string[];
  key: string;
  distinct: Set<string>;
}

export const quoteConsistency: Rule = {
  id: 'quote-consistency',
  summary: 'The same quote worded differently in two places (headline and body, lede and a later paragraph).',
  defaultSeverity: 'warning',
  options: {
    similarity: {
      type: 'number',
      default: 0.6,
      minimum: 0.1,
      maximum: 1,
      description: 'Word similarity (0–1, 2·common words in order ÷ total words) at or above which two quotations count as the same quote.',
    },
    minWords: {
      type: 'integer',
      default: 3,
      minimum: 1,
      description: 'Quotations with fewer words than this are not compared ("armada", “good beginning”).',
    },
  },
  check({ doc, options }) {
    const threshold = options.similarity as number;
    const minWords = options.minWords as number;
    const candidates: Candidate[] = [];
    for (const quotation of quotationsOf(doc).quotations) {
      const tokens = words(normalizeForComparison(quotation.text.slice(0, MAX_CHARS))).slice(0, MAX_WORDS);
      if (tokens.length < minWords) continue;
      candidates.push({ quotation, tokens, key: tokens.join(' '), distinct: new Set(tokens) });
    }
    const postings = new Map<string, number[]>();
    const findings: RuleFinding[] = [];
    const seen = new Set<string>();
    candidates.forEach((candidate, index) => {
      // Worded exactly like an earlier quotation: consistent with it, and any other wording was reported there.
      const repeat = seen.has(candidate.key);
      seen.add(candidate.key);
      const shared = new Map<number, number>();
      for (const word of candidate.distinct) {
        for (const other of postings.get(word) ?? []) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
      let best: { other: Candidate; similarity: number; pairs: [number, number][] } | undefined;
      for (const [otherIndex, count] of mostShared(shared)) {
        const other = candidates[otherIndex];
        if (other.key === candidate.key) continue;
        if ((2 * count) / (candidate.distinct.size + other.distinct.size) < threshold - 0.2) continue;
        if (overlaps(other.quotation, candidate.quotation)) continue;
        if (isFragment(candidate.key, other.key)) continue;
        const pairs = lcs(candidate.tokens, other.tokens);
        const similarity = (2 * pairs.length) / (candidate.tokens.length + other.tokens.length);
        if (similarity < threshold) continue;
        if (!best || similarity > best.similarity) best = { other, similarity, pairs };
      }
      if (best && !repeat) findings.push(report(doc, candidate, best.other, best.pairs));
      for (const word of candidate.distinct) {
        const list = postings.get(word);
        if (!list) postings.set(word, [index]);
        else if (list.length < MAX_POSTINGS) list.push(index);
      }
    });
    return findings;
  },
};

/** The few candidates sharing the most words: the same quote is among them, and LCS stays bounded. */
function mostShared(shared: Map<number, number>): [number, number][] {
  if (shared.size <= MAX_COMPARED) return [...shared];
  // Counts are small integers: find the cut-off count, then take entries at or above it.
  let max = 0;
  for (const count of shared.values()) if (count > max) max = count;
  const byCount = new Array<number>(max + 1).fill(0);
  for (const count of shared.values()) byCount[count]++;
  let cut = max;
  for (let taken = byCount[max]; cut > 1 && taken < MAX_COMPARED; ) taken += byCount[--cut];
  const out: [number, number][] = [];
  for (const entry of shared) if (entry[1] >= cut) out.push(entry);
  return out.sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, MAX_COMPARED);
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
  const diffs = differences(here.tokens, there.tokens, pairs);
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
