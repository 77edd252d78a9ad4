// duplicate-paragraph: exact repeats, near repeats and repeated blocks. Docs: duplicate-paragraph.md.
//
// Paragraphs are compared through a normalised form (case, quotes, dashes, whitespace folded) for
// exact repeats, and through word-pair shingles (Dice coefficient) for near repeats. Near repeats use
// prefix filtering (as in the AllPairs similarity join): with shingles ordered rarest first, two sets
// that reach the threshold must share a shingle within short prefixes, so only pairs that do are
// compared. That is exact (no pair above the threshold is missed) and keeps the cost near linear.

import type { Block, DraftDocument } from '../engine/document.ts';
import { blockRemoval } from '../engine/edits.ts';
import { hash32, lineRange, normalizeForComparison, words } from '../engine/text.ts';
import type { Fix } from '../engine/types.ts';
import { paragraphCache } from '../engine/cache.ts';
import type { Rule, RuleFinding } from './rule.ts';

/** Word pairs: one changed word costs two shingles, so a lightly edited paragraph still scores high. */
const SHINGLE = 2;
interface Candidate {
  block: Block;
  normalized: string;
  shingles: Set<number>;
}

interface Match {
  original: number;
  similarity: number;
  exact: boolean;
}

export const duplicateParagraph: Rule = {
  id: 'duplicate-paragraph',
  summary: 'Paragraphs that repeat an earlier paragraph word for word or nearly, and whole repeated blocks.',
  defaultSeverity: 'warning',
  options: {
    similarity: {
      type: 'number',
      default: 0.8,
      minimum: 0.1,
      maximum: 1,
      description: 'Word-shingle similarity (0–1) at or above which a paragraph counts as a near repeat.',
    },
    minWords: {
      type: 'integer',
      default: 8,
      minimum: 1,
      description: 'Paragraphs with fewer words than this are never compared ("Advertisement", "***").',
    },
  },
  check({ doc, options }) {
    const threshold = options.similarity as number;
    const minWords = options.minWords as number;
    const candidates = collectCandidates(doc, minWords);
    const matches = findMatches(candidates, threshold);
    return report(doc, candidates, matches);
  },
};

interface Fingerprint {
  normalized: string;
  wordCount: number;
  shingles: Set<number>;
}

// Per-paragraph fingerprints survive between lints, so a keystroke re-fingerprints one paragraph.
const fingerprints = paragraphCache<string, Fingerprint>();

function fingerprint(prose: string): Fingerprint {
  return fingerprints.through(prose, computeFingerprint);
}

function computeFingerprint(prose: string): Fingerprint {
  const normalized = normalizeForComparison(prose);
  const tokens = words(normalized);
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE <= tokens.length; i++) shingles.add(hash32(tokens.slice(i, i + SHINGLE).join(' ')));
  return { normalized, wordCount: tokens.length, shingles };
}

function collectCandidates(doc: DraftDocument, minWords: number): Candidate[] {
  const out: Candidate[] = [];
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph') continue;
    const { normalized, wordCount, shingles } = fingerprint(block.prose);
    if (wordCount < minWords) continue;
    out.push({ block, normalized, shingles });
  }
  return out;
}

function findMatches(candidates: Candidate[], threshold: number): (Match | undefined)[] {
  // Document frequency of every shingle fixes the global order (rarest first) the prefixes use.
  const frequency = new Map<number, number>();
  for (const { shingles } of candidates) for (const s of shingles) frequency.set(s, (frequency.get(s) ?? 0) + 1);
  const prefixOf = (shingles: Set<number>, length: number): number[] => {
    // Sort keys frequency·2³² + hash as plain numbers: a typed-array sort needs no comparator.
    const keys = new Float64Array(shingles.size);
    let i = 0;
    for (const s of shingles) keys[i++] = frequency.get(s)! * 4294967296 + s;
    keys.sort();
    const out: number[] = new Array(Math.min(length, keys.length));
    for (let j = 0; j < out.length; j++) out[j] = keys[j] % 4294967296;
    return out;
  };

  const firstByText = new Map<string, number>();
  const prefixIndex = new Map<number, number[]>();
  const matches: (Match | undefined)[] = [];
  candidates.forEach((candidate, index) => {
    const size = candidate.shingles.size;
    const prefix = prefixOf(candidate.shingles, size - minimumOverlap(size, threshold) + 1);
    const exactOriginal = firstByText.get(candidate.normalized);
    if (exactOriginal !== undefined) {
      matches.push({ original: exactOriginal, similarity: 1, exact: true });
    } else {
      firstByText.set(candidate.normalized, index);
      matches.push(nearest(candidate, prefix, candidates, prefixIndex, threshold));
    }
    for (const s of prefix) {
      const list = prefixIndex.get(s);
      if (list) list.push(index);
      else prefixIndex.set(s, [index]);
    }
  });
  return matches;
}

/**
 * The fewest shingles a set of `size` can share with any set it reaches `threshold` Dice with:
 * 2o/(a+b) ≥ t and b ≥ o give b ≥ t·a/(2−t), hence o ≥ t·(a+b)/2 ≥ t·a/(2−t).
 */
function minimumOverlap(size: number, threshold: number): number {
  return Math.max(1, Math.ceil((threshold * size) / (2 - threshold) - 1e-9));
}

/**
 * Exact comparisons per paragraph at most. Only a draft of hundreds of near-identical paragraphs
 * reaches it (each then still finds a match, from its rarest shared shingles first); it keeps such a
 * draft from costing quadratic time on every keystroke.
 */
const MAX_COMPARISONS = 200;

function nearest(candidate: Candidate, prefix: number[], all: Candidate[], prefixIndex: Map<number, number[]>, threshold: number): Match | undefined {
  const size = candidate.shingles.size;
  const seen = new Set<number>();
  let best: Match | undefined;
  for (const s of prefix) {
    for (const other of prefixIndex.get(s) ?? []) {
      if (seen.has(other)) continue;
      if (seen.size >= MAX_COMPARISONS) return best;
      seen.add(other);
      const otherSize = all[other].shingles.size;
      // Sizes alone can rule a pair out: Dice ≤ 2·min/(a+b).
      if ((2 * Math.min(size, otherSize)) / (size + otherSize) < threshold) continue;
      const similarity = dice(candidate.shingles, all[other].shingles, threshold);
      if (similarity < threshold) continue;
      if (!best || similarity > best.similarity || (similarity === best.similarity && other < best.original)) {
        best = { original: other, similarity, exact: false };
      }
    }
  }
  return best;
}

/** Dice coefficient 2|A∩B| / (|A|+|B|); gives up (returns 0) as soon as `threshold` is out of reach. */
function dice(a: Set<number>, b: Set<number>, threshold: number): number {
  const sizes = a.size + b.size;
  if (sizes === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const needed = Math.ceil((threshold * sizes) / 2 - 1e-9);
  let shared = 0;
  let left = small.size;
  for (const x of small) {
    if (large.has(x)) shared++;
    left--;
    if (shared + left < needed) return 0;
  }
  return (2 * shared) / sizes;
}

/** Runs of consecutive repeats whose originals are consecutive too, as [first, last] candidate indexes. */
function runsOf(matches: (Match | undefined)[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= matches.length; i++) {
    const continues =
      i < matches.length && matches[i] && start >= 0 && matches[i - 1] && matches[i]!.original === matches[i - 1]!.original + 1;
    if (continues) continue;
    if (start >= 0 && i - 1 > start) runs.push([start, i - 1]);
    start = i < matches.length && matches[i] ? i : -1;
  }
  return runs;
}

function report(doc: DraftDocument, candidates: Candidate[], matches: (Match | undefined)[]): RuleFinding[] {
  const line = (offset: number) => doc.lines.lineOf(offset) + 1;
  const findings: RuleFinding[] = [];
  const runFixes = new Map<number, Fix>();

  for (const [first, last] of runsOf(matches)) {
    const repeats = candidates.slice(first, last + 1).map((c) => c.block);
    const originals = matches.slice(first, last + 1).map((m) => candidates[m!.original].block);
    const repeatLines = lineRange(line(repeats[0].start), line(repeats[repeats.length - 1].end));
    const originalLines = lineRange(line(originals[0].start), line(originals[originals.length - 1].end));
    const fix: Fix = {
      title: `Delete repeated block (lines ${repeatLines})`,
      edits: repeats.map((block) => blockRemoval(doc, block)),
      safe: matches.slice(first, last + 1).every((m) => m!.exact),
    };
    for (let i = first; i <= last; i++) runFixes.set(i, fix);
    findings.push({
      start: repeats[0].start,
      end: repeats[repeats.length - 1].end,
      message: `Lines ${repeatLines} repeat lines ${originalLines} (${repeats.length} paragraphs)`,
      unnecessary: true,
      related: [{ start: originals[0].start, end: originals[originals.length - 1].end, message: `Original block (lines ${originalLines})` }],
      fixes: [{ ...fix, preferred: true }],
    });
  }

  matches.forEach((match, index) => {
    if (!match) return;
    const { block } = candidates[index];
    const original = candidates[match.original].block;
    const originalLine = line(original.start);
    const percent = Math.floor(match.similarity * 100);
    const fixes: Fix[] = [{ title: 'Delete repeated paragraph', edits: [blockRemoval(doc, block)], preferred: true, safe: match.exact }];
    const runFix = runFixes.get(index);
    if (runFix) fixes.push(runFix);
    findings.push({
      start: block.start,
      end: block.end,
      message: match.exact
        ? `Paragraph repeats line ${originalLine} (100% identical)`
        : `Paragraph is ${percent}% similar to line ${originalLine}`,
      unnecessary: true,
      related: [{ start: original.start, end: original.end, message: `Original paragraph (line ${originalLine})` }],
      fixes,
    });
  });
  return findings.sort((a, b) => a.start - b.start || b.end - a.end);
}
