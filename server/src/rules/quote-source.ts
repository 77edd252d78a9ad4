// quote-source: quotations checked against the reporter's sources (transcripts, notes, press
// releases). Docs: quote-source.md.
//
// The host finds and reads the sources (host/sources.ts): the `sources` globs from settings (relative
// to .copydesk.json's folder, else the workspace folder) and the draft's front matter `sources:`
// (relative to the draft), never outside the workspace folder; reading and indexing are redone only
// when a file's mtime changes, so the per-keystroke cost is a few stats and cached lookups. The rule
// reads the front matter and looks quotations up in the index it is given.

import { quotationsOf, quotedWords } from '../engine/quotations.ts';
import { SEVERITIES } from '../engine/types.ts';
import { frontMatterSources, quoteSegments, type SourceLocation, type Sources } from '../engine/source-index.ts';
import { Type } from '@sinclair/typebox';
import { defineRule, Options, StringEnum, type RuleFinding } from './rule.ts';

export const quoteSource = defineRule({
  id: 'quote-source',
  summary: 'Quotations that differ from, or are missing from, the configured sources (transcripts, notes).',
  defaultSeverity: 'warning',
  options: Options({
    minWords: Type.Integer({
      default: 3,
      minimum: 1,
      description: 'Quotations with fewer words than this are not looked up (scare quotes, titles).',
    }),
    similarity: Type.Number({
      default: 0.6,
      minimum: 0.1,
      maximum: 1,
      description: 'Word similarity (0–1) at or above which a source passage counts as a close match, reported with its wording.',
    }),
    notFound: StringEnum(SEVERITIES, {
      default: 'information',
      description: 'Severity of "Not found in sources" (close matches use the rule\'s severity).',
    }),
  }),
  check({ doc, options, shared }) {
    const problem = shared.problem ?? (() => undefined);
    const sources = shared.sources;
    if (!sources) return [];
    const draftGlobs = doc.format === 'markdown' ? frontMatterSources(doc.frontMatter?.value, problem) : [];
    const index = sources.indexFor(draftGlobs, problem);
    if (!index) return [];

    const minWords = options.minWords;
    const threshold = options.similarity;
    const notFound = options.notFound;
    const findings: RuleFinding[] = [];
    for (const quotation of quotationsOf(doc).quotations) {
      if (quotation.depth > 0) continue;
      const segments = quoteSegments(quotation.text);
      const count = segments.reduce((n, s) => n + s.length, 0);
      if (count < minWords) continue;
      const match = index.lookup(segments, threshold);
      const at = { start: quotation.start, end: quotation.end };
      if (match.kind === 'verbatim') {
        findings.push({ ...at, message: `Found in ${where(match.location, sources)}`, hover: hoverFor('Found in', match.location, sources), note: true, fixes: [] });
      } else if (match.kind === 'close') {
        const loc = match.location;
        findings.push({
          ...at,
          message: `Quote differs from ${where(loc, sources)}, which has: “${loc.wording}”`,
          related: [{ start: 0, end: 0, file: loc.file, line: loc.line, column: loc.column, endLine: loc.endLine, endColumn: loc.endColumn, message: `Source wording: “${loc.wording}”` }],
          hover: hoverFor('Closest source passage:', loc, sources),
          fixes: [{ title: "Use the source's wording", edits: [sourceWording(doc.text, quotedWords(doc, quotation), loc.wording)], preferred: true }],
        });
      } else if (notFound !== 'off') {
        findings.push({ ...at, message: 'Not found in sources', severity: notFound, fixes: [] });
      }
    }
    return findings;
  },
});

function where(loc: SourceLocation, sources: Sources): string {
  return `${sources.display(loc.file)}:${loc.line + 1}`;
}

function hoverFor(label: string, loc: SourceLocation, sources: Sources): string {
  return `**Copydesk** — ${label} [${where(loc, sources)}](${sources.link(loc.file, loc.line)})\n\n> ${loc.wording}`;
}

/** Replaces the quoted words with the source's, keeping the draft's capital (or not) on the first letter. */
function sourceWording(text: string, span: { start: number; end: number }, wording: string): { start: number; end: number; text: string } {
  const first = text[span.start] ?? '';
  const initial = first === first.toLowerCase() ? wording[0].toLowerCase() : wording[0].toUpperCase();
  return { ...span, text: initial + wording.slice(1) };
}
