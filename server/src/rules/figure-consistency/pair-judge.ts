// figure-consistency's learned pair judge (option `judge: "learned"`, the default; "rules" turns it off): a logistic regression
// over pair-features.ts, trained by scripts/train-pair-judge.ts on the labelled consistency corpora, that
// reads the candidate pairs of a draft's figures and adds those it judges one measure stated two ways as
// default-tier findings (the usual message and fix), where the hand rule reports nothing on the figure.
// Nothing here runs with `judge: "rules"`.

import type { DraftDocument } from '../../engine/document.ts';
import type { DocumentState } from '../../engine/state.ts';
import type { RuleFinding } from '../rule.ts';
import type { Located, OrderedConflict } from './conflicts.ts';
import { figureMentions } from './extract.ts';
import { monthOf, storyPlacesOf, withDraft, yearOf } from './frame.ts';
import { sameMemo, type FigureMemo } from './memo.ts';
import { findingsOf } from './messages.ts';
import { candidatePairs, pairContext, pairFeatures } from './pair-features.ts';
import { PAIR_MODEL } from './pair-weights.ts';
import { slipBetween } from './slips.ts';

/** A trained pair model: a weight per feature it knows (any other weighs nothing), a bias and the threshold a finding needs. */
export interface PairModel {
  bias: number;
  threshold: number;
  weights: Readonly<Record<string, number>>;
}

export function pairProbability(model: PairModel, features: readonly string[]): number {
  let z = model.bias;
  for (const name of features) z += model.weights[name] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** A draft's figures as the rule reads them (the front matter's title first, then each block), and its lede and frame. */
export interface DraftFigures {
  all: Located[];
  lede: number;
  year?: string;
  month?: number;
  places: string[];
}

export function draftFigures(doc: DraftDocument, title: { start: number; prose: string; kind: string } | undefined): DraftFigures {
  const all: Located[] = [];
  const blocks: { start: number; prose: string; kind: string }[] = doc.blocks;
  const ordered = title ? [title, ...blocks] : blocks;
  ordered.forEach((block, b) => {
    for (const figure of figureMentions(block.prose, block.kind === 'heading')) {
      if (figure.loose) continue;
      all.push({ figure, start: block.start + figure.start, end: block.start + figure.end, order: all.length, block: b });
    }
  });
  const prose = ordered.flatMap((b, i) => (b.kind === 'heading' ? [] : [i]));
  // The lede's last block: the second block that is no heading, else the first (a plain-text headline is a
  // paragraph); the story's set is stated up to there (reliable.ts).
  const lede = prose[Math.min(1, prose.length - 1)] ?? -1;
  const places = storyPlacesOf((title ?? blocks.find((b) => b.kind === 'heading'))?.prose, doc);
  return { all, lede, year: yearOf(doc), month: monthOf(doc), places };
}

/** Every candidate pair with its features (read with the draft's own year and places, as the rule reads them). */
export function pairsOf(draft: DraftFigures): { a: number; b: number; features: string[] }[] {
  return withDraft(draft.year, draft.places, () => {
    const ctx = pairContext(draft.all, draft.lede);
    return candidatePairs(draft.all, draft.lede).map(([a, b]) => ({ a, b, features: pairFeatures(draft.all[a], draft.all[b], ctx) }));
  }, draft.month);
}

/**
 * Which figure of a judged pair is the suspect: the value stated less often in the draft (of its measure, when both
 * say one), the later on a tie (as
 * the rule's own pairing decides), so that a headline or lede stated again below is not the one queried.
 */
export function suspectOf(draft: DraftFigures, a: number, b: number): number {
  // A value stated again of another measure ("four stations" beside "Four people") does not make it the story's.
  const count = (i: number) => {
    const f = draft.all[i].figure;
    return draft.all.filter((l) => l.figure.valueKey === f.valueKey && (l.figure.measure === undefined || f.measure === undefined || l.figure.measure === f.measure)).length;
  };
  const ca = count(a);
  const cb = count(b);
  return ca < cb ? a : cb < ca ? b : Math.max(a, b);
}

/** The judged conflicts of a draft: each suspect once, with every figure it was judged to restate. */
export function judgedConflicts(draft: DraftFigures, model: PairModel = PAIR_MODEL): OrderedConflict[] {
  const bySuspect = new Map<number, OrderedConflict>();
  for (const { a, b, features } of pairsOf(draft)) {
    if (pairProbability(model, features) < model.threshold) continue;
    const suspect = suspectOf(draft, a, b);
    const other = suspect === a ? b : a;
    const held = bySuspect.get(suspect);
    if (held) held.others.push(other);
    else bySuspect.set(suspect, { suspect, others: [other], kind: slipBetween(draft.all[a].figure, draft.all[b].figure) ?? 'different' });
  }
  return [...bySuspect.values()].sort((x, y) => x.suspect - y.suspect);
}

/**
 * The rule's findings with the judge's added: a judged suspect the rule already reports (or that overlaps one of
 * its findings; a lower-confidence hint gives way); the others are findings at the rule's severity, noted "learned" in the detail. As
 * for the rule's own conflicts (memo.ts), the judged ones are reused while an edit changes no figure.
 */
export function withJudgedPairs(doc: DraftDocument, found: RuleFinding[], draft: DraftFigures, state?: DocumentState, model: PairModel = PAIR_MODEL): RuleFinding[] {
  if (draft.all.length < 2) return found;
  const memo = state?.slot<FigureMemo & { model?: PairModel }>('figure-consistency:judge', () => ({ figures: [], blocks: [], conflicts: [] }));
  let conflicts: OrderedConflict[];
  if (memo && memo.model === model && memo.year === draft.year && memo.month === draft.month && memo.places === draft.places.join() && memo.lede === draft.lede && sameMemo(memo, draft.all)) conflicts = memo.conflicts;
  else {
    conflicts = judgedConflicts(draft, model);
    if (memo) Object.assign(memo, { model, year: draft.year, month: draft.month, places: draft.places.join(), lede: draft.lede, figures: draft.all.map((l) => l.figure), blocks: draft.all.map((l) => l.block), conflicts });
  }
  const overlap = (f: RuleFinding, g: RuleFinding) => g.start < f.end && g.end > f.start;
  const judged = findingsOf(doc, draft.all, conflicts)
    .filter((f) => !found.some((g) => g.severity !== 'hint' && overlap(f, g)))
    .map((f) => ({ ...f, detail: { ...f.detail!, notes: [...(f.detail?.notes ?? []), 'learned'] } }));
  // A lower-confidence hint (otherMatches: "hint") on a figure the judge reports gives way to the judge's finding.
  return judged.length ? [...found.filter((g) => g.severity !== 'hint' || !judged.some((f) => overlap(f, g))), ...judged].sort((x, y) => x.start - y.start) : found;
}
