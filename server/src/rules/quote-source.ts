// quote-source: quotations checked against the reporter's sources (transcripts, notes, press
// releases). Docs: quote-source.md.
//
// The rule loads its sources itself: the `sources` globs from settings (relative to .copydesk.json's
// folder, else the workspace folder) and the draft's front matter `sources:` (relative to the draft),
// never outside the workspace folder. Reading and indexing is cached in engine/sources.ts and redone
// only when a file's mtime changes, so the per-keystroke cost is a few stats and cached lookups.

import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { quotationsOf, quotedWords } from '../engine/quotations.ts';
import { displayPath, frontMatterSources, quoteSegments, sourceFiles, sourceIndex, type SourceLocation } from '../engine/sources.ts';
import type { Rule, RuleFinding } from './rule.ts';

export const quoteSource: Rule = {
  id: 'quote-source',
  summary: 'Quotations that differ from, or are missing from, the configured sources (transcripts, notes).',
  defaultSeverity: 'warning',
  options: {
    minWords: {
      type: 'integer',
      default: 3,
      minimum: 1,
      description: 'Quotations with fewer words than this are not looked up (scare quotes, titles).',
    },
    similarity: {
      type: 'number',
      default: 0.6,
      minimum: 0.1,
      maximum: 1,
      description: 'Word similarity (0–1) at or above which a source passage counts as a close match, reported with its wording.',
    },
    notFound: {
      type: 'string',
      enum: ['off', 'hint', 'information', 'warning', 'error'],
      default: 'information',
      description: 'Severity of "Not found in sources" (close matches use the rule\'s severity).',
    },
  },
  check({ doc, options, shared }) {
    const problem = shared.problem ?? (() => undefined);
    const file = shared.file;
    const draftGlobs = doc.format === 'markdown' ? frontMatterSources(doc.frontMatter?.value, problem) : [];
    const globs = shared.sources?.globs ?? [];
    if (globs.length === 0 && draftGlobs.length === 0) return [];
    const files = sourceFiles(
      { globs, base: shared.sources?.base ?? shared.root, draftGlobs, draftDir: file ? dirname(file) : undefined, root: shared.root },
      problem,
    );
    const index = sourceIndex(files, problem, shared.sources?.maxBytes);
    if (!index) return [];

    const minWords = options.minWords as number;
    const threshold = options.similarity as number;
    const notFound = options.notFound as string;
    const findings: RuleFinding[] = [];
    for (const quotation of quotationsOf(doc, shared.quotes).quotations) {
      if (quotation.depth > 0) continue;
      const segments = quoteSegments(quotation.text);
      const count = segments.reduce((n, s) => n + s.length, 0);
      if (count < minWords) continue;
      const match = index.lookup(segments, threshold);
      const at = { start: quotation.start, end: quotation.end };
      if (match.kind === 'verbatim') {
        findings.push({ ...at, message: `Found in ${where(match.location, shared.root)}`, hover: hoverFor('Found in', match.location, shared.root), note: true, fixes: [] });
      } else if (match.kind === 'close') {
        const loc = match.location;
        findings.push({
          ...at,
          message: `Quote differs from ${where(loc, shared.root)}, which has: “${loc.wording}”`,
          related: [{ start: 0, end: 0, file: loc.file, line: loc.line, column: loc.column, endLine: loc.endLine, endColumn: loc.endColumn, message: `Source wording: “${loc.wording}”` }],
          hover: hoverFor('Closest source passage:', loc, shared.root),
          fixes: [{ title: "Use the source's wording", edits: [sourceWording(doc.text, quotedWords(doc, quotation), loc.wording)], preferred: true }],
        });
      } else if (notFound !== 'off') {
        findings.push({ ...at, message: 'Not found in sources', severity: notFound as RuleFinding['severity'], fixes: [] });
      }
    }
    return findings;
  },
};

function where(loc: SourceLocation, root: string | undefined): string {
  return `${displayPath(loc.file, root)}:${loc.line + 1}`;
}

function hoverFor(label: string, loc: SourceLocation, root: string | undefined): string {
  const link = `${pathToFileURL(loc.file).toString()}#L${loc.line + 1}`;
  return `**Copydesk** — ${label} [${where(loc, root)}](${link})\n\n> ${loc.wording}`;
}

/** Replaces the quoted words with the source's, keeping the draft's capital (or not) on the first letter. */
function sourceWording(text: string, span: { start: number; end: number }, wording: string): { start: number; end: number; text: string } {
  const first = text[span.start] ?? '';
  const initial = first === first.toLowerCase() ? wording[0].toLowerCase() : wording[0].toUpperCase();
  return { ...span, text: initial + wording.slice(1) };
}
