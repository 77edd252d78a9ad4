// duplicate-paragraph: exact repeats, near repeats and repeated blocks. Docs: duplicate-paragraph.md.
//
// Paragraphs are compared through a normalised form (case, quotes, dashes, whitespace folded) for
// exact repeats, and through word-pair shingles (Dice coefficient) for near repeats. Near repeats use
// prefix filtering (as in the AllPairs similarity join): with shingles ordered rarest first, two sets
// that reach the threshold must share a shingle within short prefixes, so only pairs that do are
// compared. That is exact (no pair above the threshold is missed) and keeps the cost near linear.

import type { Block, DraftDocument } from '../engine/document.ts';
import { blockRemoval, blockRemovals } from '../engine/edits.ts';
import { hash32, lineRange, normalizeForComparison, words } from '../engine/text.ts';
import type { Fix } from '../engine/types.ts';
import { paragraphCache } from '../engine/cache.ts';
import type { Rule, RuleFinding } from './rule.ts';

/** Word pairs: one changed word costs two shingles, so a lightly edited paragraph still scores high. */
const SHINGLE = 2;
interface Candidate {
  block: Block;
  fingerprint: Fingerprint;
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
  /** Unique per fingerprint: keys the cache of pair similarities. */
  id: number;
  normalized: string;
  wordCount: number;
  shingles: Set<number>;
  /** The prefix under one shingle order (`generation`) and threshold, kept while both hold. */
  prefix?: { generation: number; threshold: number; shingles: number[] };
}

let nextFingerprintId = 1;

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
  return { id: nextFingerprintId++, normalized, wordCount: tokens.length, shingles };
}

function collectCandidates(doc: DraftDocument, minWords: number): Candidate[] {
  const out: Candidate[] = [];
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph') continue;
    const print = fingerprint(block.prose);
    if (print.wordCount < minWords) continue;
    out.push({ block, fingerprint: print });
  }
  return out;
}

/**
 * The shingle order prefixes use: rarest first by document frequency. Any fixed total order keeps
 * prefix filtering exact; frequencies only make it prune well. So the order is kept between lints
 * (and prefixes with it) and rebuilt only when a tenth of the paragraphs are new to it.
 */
interface ShingleOrder {
  generation: number;
  frequency: Map<number, number>;
  members: Set<number>;
}
const orders = paragraphCache<'order', ShingleOrder>(1);
let orderGeneration = 0;

function shingleOrder(candidates: Candidate[]): ShingleOrder {
  const current = orders.get('order');
  if (current) {
    let unseen = 0;
    for (const c of candidates) if (!current.members.has(c.fingerprint.id)) unseen++;
    if (unseen <= Math.max(8, candidates.length / 10)) return current;
  }
  const frequency = new Map<number, number>();
  for (const c of candidates) for (const s of c.fingerprint.shingles) frequency.set(s, (frequency.get(s) ?? 0) + 1);
  return orders.set('order', { generation: ++orderGeneration, frequency, members: new Set(candidates.map((c) => c.fingerprint.id)) });
}

function prefixOf(print: Fingerprint, order: ShingleOrder, threshold: number): number[] {
  if (print.prefix && print.prefix.generation === order.generation && print.prefix.threshold === threshold) return print.prefix.shingles;
  // Sort keys frequency·2³² + hash as plain numbers: a typed-array sort needs no comparator.
  const keys = new Float64Array(print.shingles.size);
  let i = 0;
  for (const s of print.shingles) keys[i++] = (order.frequency.get(s) ?? 0) * 4294967296 + s;
  keys.sort();
  const length = Math.min(keys.length, print.shingles.size - minimumOverlap(print.shingles.size, threshold) + 1);
  const shingles: number[] = new Array(length);
  for (let j = 0; j < length; j++) shingles[j] = keys[j] % 4294967296;
  print.prefix = { generation: order.generation, threshold, shingles };
  return shingles;
}

/**
 * The last lint's near-repeat results by fingerprint id. After an edit most paragraphs are the same
 * fingerprints in the same order: each keeps its previous best match, checked only against the few
 * paragraphs that are new, instead of being compared with everything before it again.
 */
interface NearMemo {
  threshold: number;
  generation: number;
  ids: number[];
  near: Map<number, { originalId: number; similarity: number } | null>;
}
const memos = paragraphCache<'near', NearMemo>(1);

function findMatches(candidates: Candidate[], threshold: number): (Match | undefined)[] {
  const order = shingleOrder(candidates);
  const ids = candidates.map((c) => c.fingerprint.id);
  const last = memos.get('near');
  const memo = last && last.threshold === threshold && last.generation === order.generation && survivorsInOrder(last.ids, ids) ? last : undefined;
  const before = new Set(memo?.ids ?? []);
  const present = new Set(ids);
  const indexById = new Map<number, number>();
  const fresh: number[] = [];
  const near: NearMemo['near'] = new Map();
  const firstByText = new Map<string, number>();
  const prefixIndex = new Map<number, number[]>();
  const matches: (Match | undefined)[] = [];
  candidates.forEach((candidate, index) => {
    const print = candidate.fingerprint;
    if (!indexById.has(print.id)) indexById.set(print.id, index);
    const prefix = prefixOf(print, order, threshold);
    const exactOriginal = firstByText.get(print.normalized);
    if (exactOriginal !== undefined) {
      matches.push({ original: exactOriginal, similarity: 1, exact: true });
    } else {
      firstByText.set(print.normalized, index);
      const remembered = before.has(print.id) ? memo?.near.get(print.id) : undefined;
      let match: Match | undefined;
      if (remembered === null || (remembered && present.has(remembered.originalId) && indexById.get(remembered.originalId)! < index)) {
        match = remembered ? { original: indexById.get(remembered.originalId)!, similarity: remembered.similarity, exact: false } : undefined;
        for (const other of fresh) match = better(match, other, similarityOf(print, candidates[other].fingerprint, threshold), threshold);
      } else {
        match = nearest(candidate, prefix, candidates, prefixIndex, threshold);
      }
      near.set(print.id, match ? { originalId: candidates[match.original].fingerprint.id, similarity: match.similarity } : null);
      matches.push(match);
    }
    if (!before.has(print.id)) fresh.push(index);
    for (const s of prefix) {
      const list = prefixIndex.get(s);
      if (list) list.push(index);
      else prefixIndex.set(s, [index]);
    }
  });
  memos.set('near', { threshold, generation: order.generation, ids, near });
  return matches;
}

/** Whether the paragraphs present in both lists come in the same order (none moved). */
function survivorsInOrder(previous: number[], current: number[]): boolean {
  const inCurrent = new Set(current);
  const inPrevious = new Set(previous);
  const a = previous.filter((id) => inCurrent.has(id));
  const b = current.filter((id) => inPrevious.has(id));
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** The better of a match and another paragraph: higher similarity, then the earlier paragraph. */
function better(match: Match | undefined, other: number, similarity: number, threshold: number): Match | undefined {
  if (similarity < threshold) return match;
  if (!match || similarity > match.similarity || (similarity === match.similarity && other < match.original)) return { original: other, similarity, exact: false };
  return match;
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

/** Similarities of paragraph pairs (by fingerprint ids) at the current threshold: a pair is compared once. */
const similarities = paragraphCache<number, number>(500_000);
let similaritiesThreshold = NaN;

function similarityOf(a: Fingerprint, b: Fingerprint, threshold: number): number {
  if (threshold !== similaritiesThreshold) {
    similarities.clear();
    similaritiesThreshold = threshold;
  }
  const key = Math.min(a.id, b.id) * 67_108_864 + Math.max(a.id, b.id);
  return similarities.through(key, () => dice(a.shingles, b.shingles, threshold));
}

function nearest(candidate: Candidate, prefix: number[], all: Candidate[], prefixIndex: Map<number, number[]>, threshold: number): Match | undefined {
  const size = candidate.fingerprint.shingles.size;
  const seen = new Set<number>();
  let best: Match | undefined;
  for (const s of prefix) {
    for (const other of prefixIndex.get(s) ?? []) {
      if (seen.has(other)) continue;
      if (seen.size >= MAX_COMPARISONS) return best;
      seen.add(other);
      const otherSize = all[other].fingerprint.shingles.size;
      // Sizes alone can rule a pair out: Dice ≤ 2·min/(a+b).
      if ((2 * Math.min(size, otherSize)) / (size + otherSize) < threshold) continue;
      best = better(best, other, similarityOf(candidate.fingerprint, all[other].fingerprint, threshold), threshold);
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
  const inRun = new Set<number>();

  // A repeated block is ONE finding: five warnings for one paste are noise.
  for (const [first, last] of runsOf(matches)) {
    const repeats = candidates.slice(first, last + 1).map((c) => c.block);
    const originals = matches.slice(first, last + 1).map((m) => candidates[m!.original].block);
    const repeatLines = lineRange(line(repeats[0].start), line(repeats[repeats.length - 1].end));
    const originalLines = lineRange(line(originals[0].start), line(originals[originals.length - 1].end));
    const exact = matches.slice(first, last + 1).every((m) => m!.exact);
    const fixes: Fix[] = [
      { title: `Delete repeated block (lines ${repeatLines})`, edits: blockRemovals(doc, repeats), preferred: true, safe: exact, count: repeats.length },
    ];
    for (const block of repeats) {
      // Offered only with the cursor in that paragraph: five "delete only" entries would be noise too.
      fixes.push({ title: `Delete only this paragraph (line ${lineRange(line(block.start), line(block.end))})`, edits: [blockRemoval(doc, block)], within: { start: block.start, end: block.end } });
    }
    for (let i = first; i <= last; i++) inRun.add(i);
    findings.push({
      start: repeats[0].start,
      end: repeats[repeats.length - 1].end,
      message: `Lines ${repeatLines} ${exact ? 'repeat' : 'nearly repeat'} lines ${originalLines}`,
      unnecessary: true,
      supersedes: exact || undefined,
      related: [{ start: originals[0].start, end: originals[originals.length - 1].end, message: `Original block (lines ${originalLines})` }],
      fixes,
    });
  }

  matches.forEach((match, index) => {
    if (!match || inRun.has(index)) return;
    const { block } = candidates[index];
    const original = candidates[match.original].block;
    const originalLine = line(original.start);
    const percent = Math.floor(match.similarity * 100);
    findings.push({
      start: block.start,
      end: block.end,
      message: match.exact
        ? `Paragraph repeats line ${originalLine} (100% identical)`
        : `Paragraph is ${percent}% similar to line ${originalLine}`,
      unnecessary: true,
      supersedes: match.exact || undefined,
      related: [{ start: original.start, end: original.end, message: `Original paragraph (line ${originalLine})` }],
      fixes: [{ title: 'Delete repeated paragraph', edits: [blockRemoval(doc, block)], preferred: true, safe: match.exact, count: 1 }],
    });
  });
  return findings.sort((a, b) => a.start - b.start || b.end - a.end);
}
