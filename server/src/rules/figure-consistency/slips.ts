// figure-consistency: whether two values look like one another's slip (digits transposed, a zero, a dropped
// decimal digit, one in the last digit), judged once per pair of figures read.

import { paragraphCache } from '../../engine/cache.ts';
import type { Confusion, FigureMention } from './mention.ts';
import { decimalsOf, scaleOf } from './numbers.ts';

export function confusion(a: FigureMention, b: FigureMention): Confusion | undefined {
  if (a.value === b.value) return undefined;
  const da = a.digits;
  const db = b.digits;
  const magnitude = Math.max(a.value, b.value) / Math.min(a.value, b.value);
  // The same digits in another order, at the same magnitude and written with as many digits: 6,941 / 6,491,
  // 58.2% / 52.8% (not 140 / 41, whose significant digits only look swapped once the zero is dropped).
  if (da.length === db.length && da.length >= 2 && a.whole.length === b.whole.length && [...da].sort().join('') === [...db].sort().join('')) {
    let differ = 0;
    for (let i = 0; i < da.length; i++) if (da[i] !== db[i]) differ++;
    if (differ === 2 && magnitude < 10) return 'transposed';
  }
  // The same, with trailing zeros kept: 230 / 203 (whose significant digits, "23" and "203", differ in length).
  const wa = a.whole;
  const wb = b.whole;
  if (wa.length === wb.length && wa.length >= 3 && wa !== da && [...wa].sort().join('') === [...wb].sort().join('') && magnitude < 10) {
    let differ = 0;
    for (let i = 0; i < wa.length; i++) if (wa[i] !== wb[i]) differ++;
    if (differ === 2) return 'transposed';
  }
  // A digit dropped from a decimal (4.99% / 4.9%, £1.24bn / £1.4bn), and not the longer one rounded (58.2% / 58%, £1.24bn / £1.2bn).
  if (magnitude < 2 && Math.abs(wa.length - wb.length) === 1) {
    const [long, short] = wa.length > wb.length ? [a, b] : [b, a];
    const shortDecimals = decimalsOf(short);
    // …from the decimals: the whole part stays (68.4% / 84% is no dropped digit).
    const dropped = Math.trunc(long.value / scaleOf(long)) === Math.trunc(short.value / scaleOf(short)) && [...long.whole].some((_, i) => long.whole.slice(0, i) + long.whole.slice(i + 1) === short.whole);
    const rounded = Number((long.value / scaleOf(long)).toFixed(shortDecimals)) * scaleOf(long) === short.value;
    if (dropped && decimalsOf(long) === shortDecimals + 1 && !rounded && scaleOf(long) === scaleOf(short)) return 'digit dropped';
  }
  if (da === db && Math.abs(magnitude - 10) < 1e-9) return 'zero';
  // Decimals are not exact in binary (0.4 - 0.3 is 0.10000000000000003): one in the last digit within a rounding error.
  if (da.length === db.length && magnitude < 2 && a.lastUnit === b.lastUnit && Math.abs(Math.abs(a.value - b.value) - a.lastUnit) < a.lastUnit * 1e-6) return 'last digit';
  return undefined;
}

const confusions = paragraphCache<number, Confusion | 'none'>('figure-consistency:confusions');
/** Figure ids past this would collide as pair keys (after some 67 million figures read): not cached. */
const PAIR_KEY_LIMIT = 67_108_864;

/** How two values could be one another's slip, judged once per pair of figures read (ids are stable while their paragraphs are cached). */
export function confusionOf(a: FigureMention, b: FigureMention): Confusion | undefined {
  const [x, y] = a.id < b.id ? [a, b] : [b, a];
  const found = y.id >= PAIR_KEY_LIMIT ? (confusion(x, y) ?? 'none') : confusions.through(x.id * PAIR_KEY_LIMIT + y.id, () => confusion(x, y) ?? 'none');
  return found === 'none' ? undefined : found;
}

/**
 * The same judgement as confusionOf, not cached: for the learned pair judge, which weighs many more pairs than the
 * rule pairs (every candidate, re-weighed when an edit re-reads a paragraph's figures); caching each of them kept a
 * cache entry per pair per edit for a few lines of arithmetic.
 */
export function slipBetween(a: FigureMention, b: FigureMention): Confusion | undefined {
  const [x, y] = a.id < b.id ? [a, b] : [b, a];
  return confusion(x, y);
}
