// figure-consistency: the last lint's figures and conflicts, reused when an edit changed no figure.

import type { Located, OrderedConflict } from './conflicts.ts';
import type { FigureMention } from './mention.ts';

/** The last lint's figures and blocks, in order, and the conflicts found among them, by order. */
export interface FigureMemo {
  year?: string;
  /** The month of the draft's date (0-11), for "last month". */
  month?: number;
  /** The story's own places, joined. */
  places?: string;
  /** The lede's block (see reliable.ts). */
  lede?: number;
  /** The figures read (cached per paragraph: the same object while its paragraph is unchanged). */
  figures: FigureMention[];
  blocks: number[];
  conflicts: OrderedConflict[];
}

const figureKeys = new WeakMap<FigureMention, string>();

/** What conflictsOf reads of a figure: everything but its offsets, its id and what is derived from the rest. */
function figureKey(figure: FigureMention): string {
  let key = figureKeys.get(figure);
  if (key === undefined) {
    // Buckets, value and measure keys are derived from the other fields: leaving them out keeps the key short.
    const { start: _start, end: _end, id: _id, buckets: _buckets, valueKey: _valueKey, measureKey: _measureKey, ...rest } = figure;
    key = JSON.stringify(rest);
    figureKeys.set(figure, key);
  }
  return key;
}

export function sameMemo(memo: FigureMemo, all: Located[]): boolean {
  if (memo.figures.length !== all.length) return false;
  for (let i = 0; i < all.length; i++) {
    if (memo.blocks[i] !== all[i].block) return false;
    // The same object is the same figure; another (its paragraph was edited) is compared by content, keyed
    // only then: a cold lint never builds a key.
    const was = memo.figures[i];
    const now = all[i].figure;
    if (was !== now && figureKey(was) !== figureKey(now)) return false;
  }
  return true;
}
