// The judges' verdicts (the learned or the lexical judge's probability, and the reasons a finding or
// `--explain` gives), kept with the figure they were worked out for: a re-lint after a one-letter edit
// changes one paragraph, so every other figure's verdict is read back here instead of building its
// features again (the hand feature vector, the lexical features, the model's sum) on every keystroke.
//
// The one place that holds them. Keyed by the cached figure itself (a DeskFigure of a block analysis in
// the engine's bounded cache, see deskBlockOf): the figure fixes everything read inside its block (its
// prose, sentence, quotations, tense, the settings and format the analysis was made under), so an entry
// records only what the verdict reads from outside the block, and is used only when all of it is the
// same. A figure goes when its analysis leaves the engine's cache (a WeakMap holds it no longer), and a
// figure keeps at most CONTEXTS_PER_FIGURE contexts: memory follows the engine's cache, never the
// number of edits.

import { detach } from '../../engine/cache.ts';
import type { DeskFigure, DeskSentence } from './desk.ts';
import type { Route } from './features.ts';

/** What a judge's verdict on a figure reads from outside the figure's block, as compared on every lint. */
export interface JudgeContext {
  judge: 'learned' | 'lexical';
  route: Route;
  /** Section declared and draft recognised (sports, markets), the reporter's present, a list item: bits. */
  flags: number;
  /** Body paragraphs before the figure's, and of the draft. */
  paragraph: number;
  paragraphs: number;
  /**
   * The nearest sentence naming a source at or before the figure's (the same sentence of the same cached
   * analysis has the same words), and how far back it is; undefined and -1: none.
   */
  cue: DeskSentence | undefined;
  cueSentences: number;
  cueParagraphs: number;
  /** The last sentence of the body paragraph before (the same of the same analysis has the same words). */
  previous: DeskSentence | undefined;
}

/**
 * What the verdict reads from the nearest source and the sentence before, by value: compared when one of
 * those sentences is another object (its paragraph was edited or moved) though its words may be the same.
 */
export interface JudgeValues {
  /** The nearest source's: content words shared with the figure's sentence, a body of data, a person. */
  cue: { shared: number; data: boolean; person: boolean } | undefined;
  /** The text of the last sentence of the body paragraph before. */
  previous: string | undefined;
}

/** A verdict: the judge's probability, and its reasons once they were asked for (a finding, `--explain`). */
export interface JudgeVerdict {
  p: number;
  reasons: string[] | undefined;
}

interface Entry extends JudgeContext, JudgeVerdict {
  values: JudgeValues;
}

/**
 * A paragraph repeated word for word shares its cached analysis, so one figure stands in several places,
 * each with its own context: a few are kept per figure, or the repeats would evict one another on every re-lint.
 */
export const CONTEXTS_PER_FIGURE = 8;

const verdicts = new WeakMap<DeskFigure, Entry[]>();

/** The same context apart from the two sentences read by value. */
function sameFields(e: JudgeContext, c: JudgeContext): boolean {
  return (
    e.route === c.route &&
    e.flags === c.flags &&
    e.paragraph === c.paragraph &&
    e.cueSentences === c.cueSentences &&
    e.cueParagraphs === c.cueParagraphs &&
    e.paragraphs === c.paragraphs &&
    e.judge === c.judge &&
    (e.cue === undefined) === (c.cue === undefined) &&
    (e.previous === undefined) === (c.previous === undefined)
  );
}

function sameValues(a: JudgeValues, b: JudgeValues): boolean {
  const x = a.cue;
  const y = b.cue;
  return a.previous === b.previous && (x === undefined ? y === undefined : y !== undefined && x.shared === y.shared && x.data === y.data && x.person === y.person);
}

/**
 * The verdict worked out for this figure in this context, if it is still held. Without `values`, only
 * the very same sentences before count (no text is read: the re-lint's common case); with them, a
 * sentence whose words give the same values counts too, and the entry takes the new sentences' place.
 */
export function cachedVerdict(figure: DeskFigure, context: JudgeContext, values?: JudgeValues): JudgeVerdict | undefined {
  const entries = verdicts.get(figure);
  if (entries === undefined) return undefined;
  for (const e of entries) {
    if (!sameFields(e, context)) continue;
    if (e.cue === context.cue && e.previous === context.previous) return e;
    if (values !== undefined && sameValues(e.values, values)) {
      e.cue = context.cue;
      e.previous = context.previous;
      return e;
    }
  }
  return undefined;
}

/** Keeps a verdict for this figure in this context (replacing one held for the same context). */
export function keepVerdict(figure: DeskFigure, context: JudgeContext, values: JudgeValues, verdict: JudgeVerdict): void {
  // Copied: a sentence sliced from the draft would keep the whole draft alive.
  const entry: Entry = { ...context, values: { cue: values.cue && { ...values.cue }, previous: values.previous === undefined ? undefined : detach(values.previous) }, p: verdict.p, reasons: verdict.reasons };
  const entries = verdicts.get(figure);
  if (entries === undefined) {
    verdicts.set(figure, [entry]);
    return;
  }
  const at = entries.findIndex((e) => sameFields(e, context) && sameValues(e.values, values));
  if (at !== -1) entries[at] = entry;
  else if (entries.length >= CONTEXTS_PER_FIGURE) verdicts.set(figure, [entry]);
  else entries.push(entry);
}

/** How many contexts are held for a figure (for tests: never more than CONTEXTS_PER_FIGURE). */
export function contextsHeld(figure: DeskFigure): number {
  return verdicts.get(figure)?.length ?? 0;
}
