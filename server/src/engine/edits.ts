// Edits shared by rules, and the fix-all merge.

import type { Block, DraftDocument } from './document.ts';
import type { Edit, Finding } from './types.ts';

/**
 * Removes a block with its line break so no hole is left. When the block does not own its lines
 * (a list marker or other text shares them) only the block's own characters go.
 */
export function blockRemoval(doc: DraftDocument, block: Block): Edit {
  const { lines, text } = doc;
  const firstLine = lines.lineOf(block.start);
  const lastLine = lines.lineOf(block.end);
  const lineStart = lines.starts[firstLine];
  const contentEnd = lines.lineEnd(lastLine);
  if (text.slice(lineStart, block.start).trim() !== '' || text.slice(block.end, contentEnd).trim() !== '') {
    return { start: block.start, end: block.end, text: '' };
  }
  let start = lineStart;
  let end = lines.lineEnd(lastLine, true);
  if (end === contentEnd) {
    // Last line without a break: take the break before it instead.
    if (firstLine > 0) start = lines.lineEnd(firstLine - 1);
    return { start, end, text: '' };
  }
  if (firstLine === 0 || lines.isBlankLine(firstLine - 1)) {
    // Blank-line-separated paragraphs: take the separating blank lines that follow as well.
    let line = lastLine + 1;
    while (line < lines.lineCount - 1 && lines.isBlankLine(line)) end = lines.lineEnd(line++, true);
  }
  return { start, end, text: '' };
}

/**
 * Removals of several blocks as one valid list of edits: neighbouring blocks can claim the same blank
 * lines (one takes the blank lines after it, the last line of the draft takes the break before it), and
 * overlapping deletions become one.
 */
export function blockRemovals(doc: DraftDocument, blocks: readonly Block[]): Edit[] {
  const out: Edit[] = [];
  for (const edit of blocks.map((block) => blockRemoval(doc, block)).sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && edit.start < last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, edit.end), text: '' };
    else out.push(edit);
  }
  return out;
}

/**
 * All safe fixes of all findings as one list of edits: identical edits once, overlapping deletions
 * merged, and any other edit that overlaps one already taken is dropped (it will be offered again on
 * the next lint). Of edits starting at the same place the longer is taken, so deleting a repeated
 * paragraph wins over restyling a quote mark at its start (which would otherwise leave the repeat for
 * a second fix-all).
 */
export function fixAllEdits(findings: readonly Finding[]): Edit[] {
  const seen = new Set<string>();
  const candidates: Edit[] = [];
  for (const finding of findings) {
    for (const fix of finding.fixes) {
      if (!fix.safe) continue;
      for (const edit of fix.edits) {
        const key = `${edit.start}:${edit.end}:${edit.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        candidates.push(edit);
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const taken: Edit[] = [];
  let lastEnd = -1;
  for (const edit of candidates) {
    const last = taken[taken.length - 1];
    if (last && edit.start < lastEnd && edit.text === '' && last.text === '' && edit.end > lastEnd) {
      // Two deletions that overlap (repeats next to each other, each taking the blank lines between
      // them): deleting both is deleting their union.
      taken[taken.length - 1] = { start: last.start, end: edit.end, text: '' };
      lastEnd = edit.end;
      continue;
    }
    if (edit.start < lastEnd || (edit.start === lastEnd && edit.start === edit.end && taken.length > 0)) continue;
    taken.push(edit);
    lastEnd = Math.max(lastEnd, edit.end);
  }
  return taken;
}

/** Applies non-overlapping edits to a text. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const edit of sorted) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
