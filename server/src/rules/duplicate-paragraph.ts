// duplicate-paragraph: exact repeats, near repeats and repeated blocks. Docs: duplicate-paragraph.md.
//
// Paragraphs are compared through a normalised form (case, quotes, dashes, whitespace folded) for
// exact repeats, and through word-pair shingles (Dice coefficient) with an inverted index for near repeats, so the cost is
// linear in the draft rather than quadratic in its paragraphs.

import type { Block, DraftDocument } from '../engine/document.ts';
import { blockRemoval } from '../engine/edits.ts';
import { hash32, lineRange, normalizeForComparison, words } from '../engine/text.ts';
import type { Fix } from '../engine/types.ts';
import type { Rule, RuleFinding } from './rule.ts';

/** Word pairs: one changed word costs two shingles, so a lightly edited paragraph still scores high. */
const SHINGLE = 2;
/** Shingles shared by more paragraphs than this are boilerplate, not evidence of a repeat. */
const MAX_POSTINGS = 64;

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

function collectCandidates(doc: DraftDocument, minWords: number): Candidate[] {
  const out: Candidate[] = [];
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph') continue;
    const normalized = normalizeForComparison(block.prose);
    const tokens = words(normalized);
    if (tokens.length < minWords) continue;
    const shingles = new Set<number>();
    for (let i = 0; i + SHINGLE <= tokens.length; i++) shingles.add(hash32(tokens.slice(i, i + SHINGLE).join(' ')));
    out.push({ block, normalized, shingles });
  }
  return out;
}

function findMatches(candidates: Candidate[], threshold: number): (Match | undefined)[] {
  const firstByText = new Map<string, number>();
  const postings = new Map<number, number[]>();
  const matches: (Match | undefined)[] = [];
  candidates.forEach((candidate, index) => {
    const exactOriginal = firstByText.get(candidate.normalized);
    if (exactOriginal !== undefined) {
      matches.push({ original: exactOriginal, similarity: 1, exact: true });
    } else {
      firstByText.set(candidate.normalized, index);
      matches.push(nearest(candidate, candidates, postings, threshold));
    }
    for (const shingle of candidate.shingles) {
      const list = postings.get(shingle);
      if (!list) postings.set(shingle, [index]);
      else if (list.length < MAX_POSTINGS) list.push(index);
    }
  });
  return matches;
}

function nearest(candidate: Candidate, all: Candidate[], postings: Map<number, number[]>, threshold: number): Match | undefined {
  const shared = new Map<number, number>();
  for (const shingle of candidate.shingles) {
    for (const other of postings.get(shingle) ?? []) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  let best: Match | undefined;
  for (const [other, count] of shared) {
    // Dice: 2|A∩B| / (|A|+|B|).
    const sizes = candidate.shingles.size + all[other].shingles.size;
    const similarity = sizes === 0 ? 0 : (2 * count) / sizes;
    if (similarity < threshold) continue;
    if (!best || similarity > best.similarity || (similarity === best.similarity && other < best.original)) {
      best = { original: other, similarity, exact: false };
    }
  }
  return best;
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
