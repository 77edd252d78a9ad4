// Hovers for unattributed-figure: why a flagged figure needs a source (always), and why a figure was
// left alone (with the setting debug.explainFigures). Built only when a hover asks, from the finding's
// detail (the kind of claim, the figure, its notes, as the rule sets them: no message is parsed) and
// from the rule's own explanations (explainFigures, the reasons `check --explain` prints),
// so the rule computes nothing extra on a keystroke.

import type { DraftDocument } from '../engine/document.ts';
import type { Finding } from '../engine/types.ts';
import type { Settings } from '../engine/settings.ts';
import { explainFigures, type ExplainedFigure } from '../rules/unattributed-figure.ts';
import { CLAIMS, type ClaimKind } from '../rules/unattributed-figure/desk.ts';
import { RULE_ID } from '../rules/unattributed-figure/fixes.ts';

/** What each kind of claim (the finding's detail.kind, set by the rule) means, in a reader's words, and why a desk asks. */
const KINDS: Partial<Record<string, { kind: string; why: string; conventions: boolean }>> = {
  casualty: {
    kind: 'a count of people dead, injured, displaced or arrested, or of damage',
    why: 'Such counts change and are disputed, so a desk always says who gives them.',
    conventions: false,
  },
  damage: {
    kind: 'a sum of damage, losses or costs, or an alleged amount',
    why: 'Someone reckoned or alleged it, so a desk says who.',
    conventions: false,
  },
  estimate: {
    kind: 'an estimate, a forecast or a survey result',
    why: 'It is someone’s reckoning, not a fact on the record, so a desk says whose.',
    conventions: false,
  },
  unconfirmed: {
    kind: 'an unconfirmed report (“reports that…”)',
    why: 'A desk says who reports it.',
    conventions: false,
  },
  claim: {
    kind: 'a claim about the world: a statistic, an amount or a rate',
    why: 'A reader needs to know who says so.',
    conventions: true,
  },
};

/**
 * Markdown for the hover of an unattributed-figure finding: the kind of claim, why a desk asks for a
 * source, and where the rule looked — rendered from the finding's detail (kind, figure, notes), which
 * the rule sets. Undefined for a finding without one.
 */
export function needsSourceHover(finding: Finding): string | undefined {
  if (finding.rule !== RULE_ID || !finding.detail?.subject) return undefined;
  const { kind, subject, refers, notes = [] } = finding.detail;
  const shown = `\u201C${markdownText(subject)}\u201D`;
  if (kind === 'placeholder') {
    return [
      `**Why ${shown} is still flagged**`,
      'Its sentence still holds an attribution placeholder (“source” or “[source]”, as **Add attribution** inserts it, or one set in the option `placeholders`).',
      'Replace the placeholder with who gave the figure; until then the figure stays flagged, so the placeholder cannot reach print.',
    ].join('\n\n');
  }
  if (kind === 'strict') {
    return [
      `**Why ${shown} needs a source** (strict mode)`,
      'In strict mode every figure that makes a claim needs a source in its own sentence.',
      'Looked for, and not found:',
      [
        '- a reporting word in its sentence (“said”, “according to”, “figures from”, “estimated”…), not negated (“declined to say”);',
        '- a quotation it is in, attributed in a sentence the quotation touches;',
        '- an attributed sentence this one goes on from in the same paragraph (“It…”, “A further…”, “Of those…”);',
        '- a link in its sentence, or a source note (“Source: …”) under the paragraph.',
      ].join('\n'),
      'Desk mode (the default) also carries a source forward and leaves event facts, market data, sports statistics and background alone.',
    ].join('\n\n');
  }
  if (kind === 'conversion' && refers !== undefined) {
    return [
      `**Why ${shown} needs a source**`,
      `It converts \u201C${markdownText(refers)}\u201D, which is flagged for having no source: a conversion stands or falls with the figure it converts, so a source for that one covers both.`,
    ].join('\n\n');
  }
  const known = KINDS[kind];
  const searched = [
    '- in its own clause or sentence: a reporting word (“said”, “according to”, “figures from”, “the survey found”…) that governs it and is not negated, a link, or a source note (“Source: …”) under the paragraph;',
    '- earlier in the story: a source still carried forward to it (a source goes on with “It…”, “The agency…”, the same subject or data, until a heading, another subject or another source);',
    known?.conventions === false
      ? '- a desk convention that needs no source: none applies, as this kind of figure always needs one.'
      : '- a desk convention that needs no source: it is not a fact of the event on the record, market data, a sports statistic, background, or a number form that makes no claim.',
  ].join('\n');
  // What the rule adds after the kind: the reporter's own present tense, the lower-confidence tier.
  const added: string[] = [];
  if (notes.includes('reporter-present')) added.push('Its sentence is in the present after a source that spoke in the past, so it reads as the reporter’s own statement, not the source’s.');
  if (notes.includes('lower-confidence')) added.push('Shown as a hint: a lower-confidence query (not a casualty count, estimate, forecast or poll); the option `otherClaims` flags or hides these.');
  const reason = kind in CLAIMS ? CLAIMS[kind as ClaimKind] : undefined;
  // The learned judge (option `judge`): its probability and the features that weighed most; where the hand
  // rules would have left the figure, their reason replaces the list of what was looked for.
  const learned = finding.detail.learned;
  if (learned) {
    added.push(`Queried by the ${learned.judge ?? 'learned'} judge (probability ${learned.probability.toFixed(2)}, threshold ${learned.threshold.toFixed(2)}), mostly because: ${markdownText(learned.reasons.join('; ') || 'no single feature')}.`);
    if (learned.handReason) added.push(`The hand rules would have left it: ${markdownText(learned.handReason)}.`);
  }
  return [
    `**Why ${shown} needs a source**`,
    known ? `It is ${known.kind}. ${known.why}` : `Why: ${markdownText(reason ?? 'a claim needs a source')}.`,
    ...added,
    ...(learned?.handReason ? [] : ['Looked for, and not found:', searched]),
  ].join('\n\n');
}

/** The short hover of a figure the rule left alone. */
export function notFlaggedHover(reason: string): string {
  return `Copydesk: not flagged \u2014 ${markdownText(reason)}`;
}

/**
 * Whether hovers explain unflagged figures for a draft linted with `settings`: the setting is on,
 * the rule is on for the file and in desk mode (strict mode judges each sentence alone; `check
 * --explain` says so too).
 */
export function explainsFigures(settings: Settings | undefined, ignored: readonly string[]): boolean {
  if (!settings?.['debug.explainFigures']) return false;
  const rule = settings.rules[RULE_ID];
  if (!rule || rule.severity === 'off' || rule.options.mode === 'strict') return false;
  return !ignored.includes(RULE_ID) && !ignored.includes('*');
}

/**
 * The figures left alone in a linted draft, and why (the rule's desk pass, run once per result by the
 * caller), judged by the year the lint itself used (LintResult.currentYear): never the clock's now.
 */
export function explainedFigures(doc: DraftDocument, settings: Settings, currentYear: number | undefined): ExplainedFigure[] {
  return explainFigures(doc, settings.rules[RULE_ID].options, currentYear);
}

/** The explained figure under `offset` (its end included, as for findings), if any. */
export function explainedAt(figures: readonly ExplainedFigure[], offset: number): ExplainedFigure | undefined {
  return figures.find((f) => f.start <= offset && offset <= f.end);
}

/** Text shown literally in Markdown: a draft's words may hold *, _, [ or backticks. */
function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>~]/g, '\\$&');
}
