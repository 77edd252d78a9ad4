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

import type { DeskFigure, DeskSentence } from './desk.ts';
import type { Route } from './features.ts';

/** What a judge's verdict on a figure reads from outside the figure's block. */
export interface JudgeContext {
  judge: 'learned' | 'lexical';
  route: Route;
  /** Section declared and draft recognised (sports, markets), the reporter's present, a list item: bits. */
  flags: number;
  /** Body paragraphs before the figure's, and of the draft. */
  paragraph: number;
  paragraphs: number;
  /**
   * The nearest sentence naming a source at or before the figure's (its identity fixes its words, so the
   * words it shares with the figure's sentence), and how far back it is; undefined and -1: none.
   */
  cue: DeskSentence | undefined;
  cueSentences: number;
  cueParagraphs: number;
  /** The last sentence of the body paragraph before (its identity fixes its words). */
  previous: DeskSentence | undefined;
}

/** A verdict: the judge's probability, and its reasons once they were asked for (a finding, `--explain`). */
export interface JudgeVerdict {
  p: number;
  reasons: string[] | undefined;
}

interface Entry extends JudgeContext, JudgeVerdict {}

/**
 * A paragraph repeated word for word shares its cached analysis, so one figure stands in several places,
 * each with its own context: a few are kept per figure, or the repeats would evict one another on every re-lint.
 */
export const CONTEXTS_PER_FIGURE = 8;

const verdicts = new WeakMap<DeskFigure, Entry[]>();

function same(e: JudgeContext, c: JudgeContext): boolean {
  return (
    e.route === c.route &&
    e.flags === c.flags &&
    e.paragraph === c.paragraph &&
    e.cue === c.cue &&
    e.cueSentences === c.cueSentences &&
    e.cueParagraphs === c.cueParagraphs &&
    e.paragraphs === c.paragraphs &&
    e.judge === c.judge &&
    e.previous === c.previous
  );
}

/** The verdict worked out for this figure in this context, if it is still held. */
export function cachedVerdict(figure: DeskFigure, context: JudgeContext): JudgeVerdict | undefined {
  const entries = verdicts.get(figure);
  if (entries === undefined) return undefined;
  for (const e of entries) if (same(e, context)) return e;
  return undefined;
}

/** Keeps a verdict for this figure in this context (replacing the one held for the same context). */
export function keepVerdict(figure: DeskFigure, context: JudgeContext, verdict: JudgeVerdict): void {
  const entry: Entry = { ...context, ...verdict };
  const entries = verdicts.get(figure);
  if (entries === undefined) {
    verdicts.set(figure, [entry]);
    return;
  }
  const at = entries.findIndex((e) => same(e, context));
  if (at !== -1) entries[at] = entry;
  else if (entries.length >= CONTEXTS_PER_FIGURE) verdicts.set(figure, [entry]);
  else entries.push(entry);
}

/** How many contexts are held for a figure (for tests: never more than CONTEXTS_PER_FIGURE). */
export function contextsHeld(figure: DeskFigure): number {
  return verdicts.get(figure)?.length ?? 0;
}
