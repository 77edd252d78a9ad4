// quote-source: quotations checked against the reporter's sources (transcripts, notes, statements),
// word by word, and against who said them. Docs: quote-source.md.
//
// The rule loads its sources itself: the `sources` globs from settings (relative to .copydesk.json's
// folder, else the workspace folder) and the draft's front matter `sources:` (relative to the draft),
// never outside the workspace folder. Reading and indexing is cached in engine/sources.ts and redone
// only for files whose mtime changes, so the per-keystroke cost is a few stats and cached lookups.
//
// The fix writes exactly a stretch of the source (per piece of the quotation between its ellipses and
// brackets), so applying it always leaves a quotation that is verbatim in the source.

import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { quotationsOf, type Quotation } from '../engine/quotations.ts';
import { differences, pieces, quoteTokens, wordCount, type Alignment, type QuoteToken, type Step } from '../engine/quote-align.ts';
import { frontMatterSources, sourceFiles, sourceIndex, SourceIndex, type QuoteMatch, type SourcePlace } from '../engine/sources.ts';
import type { DraftDocument } from '../engine/document.ts';
import type { Edit, Related } from '../engine/types.ts';
import { anonymousSpeaker, attributionOf, interviewer, sameSpeaker, type Attribution } from './quote-source/speaker.ts';
import type { Rule, RuleFinding } from './rule.ts';

const MAX_QUOTE_WORDS = 400;

export const quoteSource: Rule = {
  id: 'quote-source',
  summary: 'Quotations that differ from, or are missing from, the configured sources (transcripts, notes), or that the sources give to another speaker.',
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
    fillers: {
      type: 'string',
      enum: ['ignore', 'strict'],
      default: 'ignore',
      description: 'Fillers and stutters in speech (um, er, "the, the"): "ignore" lets a quotation drop them silently; "strict" requires an ellipsis where they were.',
    },
    speakers: {
      type: 'boolean',
      default: true,
      description: 'Warn when the draft attributes a quotation to a person and the transcript gives the words to another speaker (or to the interviewer).',
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
    const fillers = options.fillers === 'strict' ? 'strict' : 'ignore';
    const root = shared.root;
    const findings: RuleFinding[] = [];
    for (const quotation of quotationsOf(doc, shared.quotes).quotations) {
      if (quotation.depth > 0) continue;
      const tokens = quoteTokens(quotation.text, quotation.innerStart);
      const count = wordCount(tokens);
      // A quotation longer than a block quote is not aligned word by word (the work grows with its square).
      if (count < minWords || count > MAX_QUOTE_WORDS) continue;
      const matches = index.lookup(tokens, fillers);
      const at = { start: quotation.start, end: quotation.end };
      const attribution = options.speakers === false ? undefined : attributionOf(quotation.block.prose, quotation.start - quotation.block.start, quotation.end - quotation.block.start);
      const verbatim = matches.filter((m) => m.alignment.edits === 0);
      if (verbatim.length > 0) {
        const best = preferSpeaker(verbatim, attribution, index);
        const others = verbatim.filter((m) => m !== best);
        findings.push({ ...at, message: `Found in ${SourceIndex.where(best.place, root)}`, hover: hoverFor('Found in', best, others, index, root), note: true, fixes: [] });
        const speaker = speakerFinding(quotation, best, attribution, index, root);
        if (speaker) findings.push(speaker);
        continue;
      }
      const best = matches[0];
      if (best && best.alignment.similarity >= threshold) {
        const alignment = extendToClause(best.alignment, tokens, quotation, doc, index);
        const match: QuoteMatch = { alignment, place: index.place(alignment.first, alignment.last) };
        const others = matches.slice(1).filter((m) => m.alignment.score === best.alignment.score);
        const place = match.place;
        const label = place.kind === 'subtitles' || place.speaker !== undefined ? 'transcript' : 'source';
        const diff = describe(alignment, tokens, doc, index, fillers);
        const wording = index.render(alignment.first, alignment.last);
        const edits = fixEdits(alignment, tokens, quotation, doc, index, fillers);
        findings.push({
          ...at,
          message: `Quote differs from ${SourceIndex.where(place, root)}: ${diff.shown.map(([here, there]) => `here ‘${here}’ — ${label} ‘${there}’`).join('; ')}${diff.more ? `; and ${diff.more} more ${diff.more === 1 ? 'difference' : 'differences'}` : ''}`,
          related: [relatedTo(place, `Source wording: “${wording}”`)],
          hover: hoverFor('Closest source passage:', match, others, index, root),
          fixes: edits ? [{ title: "Use the source's wording", edits, preferred: true }] : [],
        });
        const speaker = speakerFinding(quotation, match, attribution, index, root);
        if (speaker) findings.push(speaker);
      } else if (notFound !== 'off') {
        findings.push({ ...at, message: 'Not found in sources', severity: notFound as RuleFinding['severity'], fixes: [] });
      }
    }
    return findings;
  },
};

function relatedTo(place: SourcePlace, message: string): Related {
  // A .docx has no text lines an editor could open at: point at the file.
  const docx = place.kind === 'document';
  return { start: 0, end: 0, file: place.file, line: docx ? 0 : place.line, column: docx ? 0 : place.column, endLine: docx ? 0 : place.endLine, endColumn: docx ? 0 : place.endColumn, message };
}

function link(place: SourcePlace, root: string | undefined): string {
  const url = `${pathToFileURL(place.file).toString()}${place.kind === 'document' ? '' : `#L${place.line + 1}`}`;
  return `[${SourceIndex.where(place, root)}](${url})`;
}

function hoverFor(label: string, match: QuoteMatch, others: QuoteMatch[], index: SourceIndex, root: string | undefined): string {
  const speaker = match.place.speaker && !anonymousSpeaker(match.place.speaker) ? ` (${displayName(match.place.speaker)})` : '';
  let hover = `**Copydesk** — ${label} ${link(match.place, root)}${speaker}\n\n> ${index.render(match.alignment.first, match.alignment.last)}`;
  if (others.length > 0) hover += `\n\nAlso in: ${others.map((m) => link(m.place, root)).join(', ')}`;
  return hover;
}

/** Of several places, the one whose speaker is the person the draft names, else one that does not contradict it, else the first. */
function preferSpeaker(matches: QuoteMatch[], attribution: Attribution | undefined, index: SourceIndex): QuoteMatch {
  if (!attribution) return matches[0];
  const speakers = (m: QuoteMatch) => index.speakers(m.alignment.first, m.alignment.last);
  return (
    matches.find((m) => speakers(m).some((s) => s !== undefined && sameSpeaker(s, attribution.name))) ??
    // Else a place that does not contradict the draft: no speaker, or one the transcript does not name.
    matches.find((m) => speakers(m).every((s) => s === undefined || anonymousSpeaker(s))) ??
    matches[0]
  );
}

function displayName(speaker: string): string {
  // Transcripts often shout names (ANN WARD): show them as names.
  return speaker === speaker.toUpperCase() && /\p{Lu}{2}/u.test(speaker) ? speaker.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()) : speaker;
}

/** A warning when the draft gives the words to one person and the transcript to someone else. */
function speakerFinding(quotation: Quotation, match: QuoteMatch, attribution: Attribution | undefined, index: SourceIndex, root: string | undefined): RuleFinding | undefined {
  if (!attribution) return undefined;
  const speakers = index.speakers(match.alignment.first, match.alignment.last).filter((s): s is string => s !== undefined);
  if (speakers.length === 0 || speakers.some((s) => sameSpeaker(s, attribution.name))) return undefined;
  const other = speakers.find((s) => !anonymousSpeaker(s));
  if (!other) return undefined;
  const where = SourceIndex.where(match.place, root);
  const whose = interviewer(other) ? "the interviewer's question" : `${displayName(other)}'s`;
  const wording = index.render(match.alignment.first, match.alignment.last);
  return {
    start: quotation.start,
    end: quotation.end,
    message: `These words are ${whose} in ${where}, not ${attribution.name}'s${attribution.pronoun ? ` (“${attribution.pronoun}”)` : ''}`,
    related: [relatedTo(match.place, `${interviewer(other) ? 'Interviewer' : displayName(other)}: “${wording}”`)],
    fixes: [],
  };
}

// ---------------------------------------------------------------------------------------------
// Differences, extension to the source's clause, and the fix

function wordTokenIndexes(tokens: readonly QuoteToken[]): number[] {
  const out: number[] = [];
  tokens.forEach((t, k) => t.kind === 'word' && out.push(k));
  return out;
}

/**
 * A quotation that ends its clause in the draft but differs in its last words ("nothing like this,"
 * against "nothing on this scale.") is compared with the source's clause to its end (up to three
 * words on), so the suggested wording is never a source phrase cut where the word counts ran out.
 * Likewise at the start, when the quotation's first word is not the source's.
 */
function extendToClause(alignment: Alignment, tokens: readonly QuoteToken[], quotation: Quotation, doc: DraftDocument, index: SourceIndex): Alignment {
  const words = wordTokenIndexes(tokens);
  const steps = [...alignment.steps];
  let { first, last } = alignment;
  const consumes = (s: Step) => s.op === 'match' || s.op === 'sub' || s.op === 'extra';
  const isEdit = (s: Step) => s.op === 'sub' || s.op === 'extra' || s.op === 'omit';

  const lastWord = words[words.length - 1];
  const lastIsWord = tokens.length - 1 === lastWord;
  const tail = doc.text.slice(tokens[lastWord].end, Math.min(doc.text.length, quotation.end + 1));
  if (lastIsWord && /[.,!?;:\u2014\u2013]/.test(tail)) {
    let seen = 0;
    let touches = false;
    for (let k = steps.length - 1; k >= 0 && seen < 2; k--) {
      if (steps[k].op === 'gap') break;
      if (isEdit(steps[k])) touches = true;
      if (consumes(steps[k])) seen++;
    }
    if (touches) {
      const extra: number[] = [];
      let g = last;
      while (extra.length < 3 && !index.boundaryBefore(g) && index.sameTurn(g)) extra.push(g++);
      if (extra.length > 0 && index.boundaryBefore(g)) {
        for (const s of extra) steps.push({ op: 'omit', q: lastWord, s });
        last = g;
      }
    }
  }

  const firstWord = words[0];
  const firstStep = steps.findIndex((s) => s.op !== 'gap');
  if (firstWord === 0 && firstStep >= 0 && steps[firstStep].op !== 'match' && /^\p{Lu}/u.test(doc.text.slice(tokens[0].start, tokens[0].end))) {
    const extra: number[] = [];
    let g = first;
    while (extra.length < 3 && !index.boundaryBefore(g) && index.sameTurn(g)) extra.unshift(--g);
    if (extra.length > 0 && index.boundaryBefore(g)) {
      steps.splice(firstStep, 0, ...extra.map((s): Step => ({ op: 'omit', q: firstWord, s })));
      first = g;
    }
  }
  if (first === alignment.first && last === alignment.last) return alignment;
  const edits = steps.filter(isEdit).length;
  return { ...alignment, steps, first, last, edits };
}

/** What differs, in words: [the draft's words, the source's words] for each difference. */
function describe(alignment: Alignment, tokens: readonly QuoteToken[], doc: DraftDocument, index: SourceIndex, fillers: string): { shown: [string, string][]; more: number } {
  const steps = alignment.steps;
  const hunks = differences(steps);
  const shown = hunks.slice(0, 3).map(({ from, to }) => {
    const part = steps.slice(from, to).filter((s) => s.op !== 'gap');
    const quoted = part.filter((s) => s.op === 'match' || s.op === 'sub' || s.op === 'extra').map((s) => tokens[s.q!]);
    const here = quoted.length ? doc.text.slice(quoted[0].start, quoted[quoted.length - 1].end).replace(/\s+/g, ' ') : '(nothing)';
    const positions = part.filter((s) => s.s !== undefined).map((s) => s.s!);
    const drop = new Set(fillers === 'ignore' ? part.filter((s) => s.op === 'free').map((s) => s.s!) : []);
    const there = positions.length ? index.render(Math.min(...positions), Math.max(...positions) + 1, drop) : '(nothing)';
    return [here, there] as [string, string];
  });
  return { shown, more: Math.max(0, hunks.length - 3) };
}

/**
 * The fix: each piece of the quotation (between ellipses and brackets) that differs is replaced by
 * the source's words it stands for, exactly (fillers the quotation dropped stay dropped when they are
 * ignored). Undefined when a piece has no source words at all (nothing safe to write).
 */
function fixEdits(alignment: Alignment, tokens: readonly QuoteToken[], quotation: Quotation, doc: DraftDocument, index: SourceIndex, fillers: string): Edit[] | undefined {
  const edits: Edit[] = [];
  const open = doc.text[quotation.start];
  for (const piece of pieces(tokens)) {
    const steps = alignment.steps.filter((s) => s.q !== undefined && s.q >= piece.from && s.q < piece.to && s.op !== 'gap');
    if (!steps.some((s) => s.op === 'sub' || s.op === 'extra' || s.op === 'omit' || (fillers === 'strict' && s.op === 'free'))) continue;
    const positions = steps.filter((s) => s.s !== undefined).map((s) => s.s!);
    if (positions.length === 0) return undefined;
    const drop = new Set(fillers === 'ignore' ? steps.filter((s) => s.op === 'free').map((s) => s.s!) : []);
    let text = adaptMarks(index.render(Math.min(...positions), Math.max(...positions) + 1, drop), open);
    const start = tokens[piece.from].start;
    const end = tokens[piece.to - 1].end;
    // The first letter keeps the draft's case (a quotation may start with a capital or not).
    const draftFirst = doc.text[start];
    if (draftFirst && text) text = (draftFirst === draftFirst.toUpperCase() && draftFirst !== draftFirst.toLowerCase() ? text[0].toUpperCase() : text[0].toLowerCase()) + text.slice(1);
    if (text !== doc.text.slice(start, end)) edits.push({ start, end, text });
  }
  return edits.length > 0 ? edits : undefined;
}

/** Source quote marks inside the draft's quotation take the other pair; apostrophes take the draft's style. */
function adaptMarks(text: string, open: string): string {
  const curly = open === '\u201C' || open === '\u2018';
  const double = open === '\u201C' || open === '"';
  let out = text.replace(/['\u2019]/g, curly ? '\u2019' : "'");
  if (double) out = out.replace(/\u201C/g, curly ? '\u2018' : "'").replace(/\u201D/g, curly ? '\u2019' : "'").replace(/"/g, curly ? '\u2019' : "'");
  return out;
}
