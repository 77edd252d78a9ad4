// figure-consistency: a figure's written value: numbers in words and digits with their scale and kind (parse),
// its decimals and scale, whether one value is a rounding of another, whether it is a measure or a plain count.

import type { FigureMention } from './mention.ts';
import { NUMBER_WORDS, TENS_WORDS } from './words.ts';

const SCALES: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, b: 1e9, billion: 1e9, tn: 1e12, trn: 1e12, trillion: 1e12 };

/** "twenty-one" → 21, "four hundred and twenty-one" → 421; undefined when the words are not one number. */
export function wordNumber(phrase: string): number | undefined {
  let total = 0;
  let current = 0;
  let last: 'unit' | 'tens' | 'hundred' | 'thousand' | 'and' | undefined;
  for (const token of phrase.split(/[\s-]+/)) {
    const unit = NUMBER_WORDS.indexOf(token);
    const tens = TENS_WORDS.indexOf(token);
    if (token === 'and') {
      if (last !== 'hundred' && last !== 'thousand') return undefined;
      last = 'and';
    } else if (token === 'hundred') {
      if (last !== 'unit' || current === 0 || current > 9) return undefined;
      current *= 100;
      last = 'hundred';
    } else if (token === 'thousand') {
      if (current === 0) return undefined;
      total += current * 1000;
      current = 0;
      last = 'thousand';
    } else if (tens >= 2) {
      if (last === 'unit' || last === 'tens' || current % 100 !== 0) return undefined;
      current += tens * 10;
      last = 'tens';
    } else if (unit > 0) {
      // A unit follows a tens word ("twenty-one") or opens a number, never another unit.
      if (last === 'unit' || (last === 'tens' && unit > 9)) return undefined;
      current += unit;
      last = 'unit';
    } else return undefined;
  }
  return last === 'and' ? undefined : total + current;
}

/** A number in digits or words. */
function amountOf(text: string): number | undefined {
  if (/\d/.test(text)) {
    const n = Number(text.replace(/,/g, ''));
    return Number.isFinite(n) ? n : undefined;
  }
  const unit = NUMBER_WORDS.indexOf(text);
  return unit > 0 ? unit : wordNumber(text);
}

export function parse(text: string): { value: number; digits: string; whole: string; kind: string; range: boolean; unit?: number } | undefined {
  const lower = text.toLowerCase();
  // A unit adjective ("40-metre", "six-year", "two-stroke"): a counting unit (strokes, points, seats) is a count.
  const adjective = /^([a-z]+(?:-[a-z]+)?|[\d.,]+)-(metre|meter|kilometre|kilometer|mile|foot|yard|tonne|acre|hectare|year|month|week|day|hour|minute|stroke|shot|point|goal|run|wicket|seat|vote)$/.exec(lower);
  if (adjective) {
    const [, number, unit] = adjective;
    const value = amountOf(number);
    if (value === undefined || value <= 0) return undefined;
    const written = /\d/.test(number) ? number.replace(/[.,]/g, '') : String(value);
    const kind = /^(?:stroke|shot|point|goal|run|wicket|seat|vote)$/.test(unit) ? 'count' : unitName(unit);
    return { value, digits: written.replace(/^0+/, '').replace(/0+$/, '') || '0', whole: written.replace(/^0+/, '') || '0', kind, range: false };
  }
  // Two units summed ("six years and eight months", "14 hours 20 minutes"): one duration in the smaller unit.
  const sum = /^(.+?)\s+(years?|hours?)(?:,?\s+and\s+|\s+)(.+?)\s+(months?|minutes?)$/.exec(lower);
  if (sum) {
    const [big, small] = [amountOf(sum[1]), amountOf(sum[3])];
    if (big === undefined || small === undefined) return undefined;
    const value = big * (sum[2].startsWith('year') ? 12 : 60) + small;
    return { value, digits: String(value).replace(/0+$/, ''), whole: String(value), kind: sum[4].replace(/s$/, ''), range: false };
  }
  // A duration in words: "nine days".
  const words = /^([a-z]+(?:-[a-z]+)?)\s+(minutes?|hours?|seconds?|days|weeks|months|years)$/.exec(lower);
  if (words) {
    const value = amountOf(words[1]);
    return value === undefined || value < 2 ? undefined : { value, digits: String(value).replace(/0+$/, ''), whole: String(value), kind: words[2].replace(/s$/, ''), range: false };
  }
  const word = NUMBER_WORDS.indexOf(lower);
  if (word >= 0) return { value: word, digits: String(word), whole: String(word), kind: 'count', range: false };
  if (/^[a-z]+(?:[\s-]+[a-z]+)+$/.test(lower) && !/(?:thousand|million|billion|per\s*cent|percent)$/.test(lower)) {
    const value = wordNumber(lower);
    // "one" alone, and a bare sequence that is not one number ("two and three"), are not read.
    return value === undefined || value < 2 ? undefined : { value, digits: String(value).replace(/0+$/, ''), whole: String(value), kind: 'count', range: false };
  }
  // "nine per cent", "twelve percent".
  const percent = lower.endsWith('cent') ? /^([a-z]+(?:[\s-]+[a-z]+)?)\s+(?:per\s*cent|percent)$/.exec(lower) : null;
  const inWords = percent ? amountOf(percent[1]) : undefined;
  if (inWords) return { value: inWords, digits: String(inWords).replace(/0+$/, ''), whole: String(inWords), kind: '%', range: false };
  // "two million", "forty-five thousand": a number in words with a scale.
  const amount = /^([a-z]+)(?:[\s-]+([a-z]+))?[\s-]+(thousand|million|billion)$/.exec(lower);
  if (amount) {
    const units = NUMBER_WORDS.indexOf(amount[2] ?? amount[1]);
    const tens = amount[2] ? TENS_WORDS.indexOf(amount[1]) : -1;
    const count = amount[2] ? (tens >= 0 && units > 0 && units < 10 ? tens * 10 + units : -1) : units >= 0 ? units : TENS_WORDS.indexOf(amount[1]) * 10;
    if (count > 0) return { value: count * SCALES[amount[3]], digits: String(count).replace(/0+$/, ''), whole: String(count), kind: 'count', range: false };
  }
  const numerals = text.match(/\d+(?:[.,]\d+)*/g);
  if (!numerals) return undefined;
  const range = numerals.length > 1 || /\d\s*(?:-|–|to|and)\s*[£$€]?\d/.test(text);
  const core = numerals[0];
  const number = Number(core.replace(/,/g, ''));
  if (!Number.isFinite(number)) return undefined;
  const after = text.slice(text.indexOf(core) + core.length).trim().toLowerCase();
  const scaleWord = /^(bn|mn|tn|trn|m|b|k|thousand|million|billion|trillion)(?![a-z])/.exec(after)?.[1];
  const scale = scaleWord ? SCALES[scaleWord] : 1;
  const currency = /^[^\d]*?([£$€¥₹]|US\$)/.exec(text)?.[1] ?? '';
  const rest = after.slice(scaleWord?.length ?? 0).trim();
  let kind = 'count';
  if (/^(?:%|per\s*cent|percent)/.test(rest)) kind = '%';
  else if (/^percentage\s+points?/.test(rest)) kind = 'pp';
  else if (currency) kind = currency;
  else if (rest) kind = unitName(rest.replace(/s$/, '').replace(/^min$/, 'minute').replace(/^hr$/, 'hour'));
  const digits = core.replace(/[.,]/g, '').replace(/^0+/, '').replace(/0+$/, '') || '0';
  const whole = core.replace(/[.,]/g, '').replace(/^0+/, '') || '0';
  // The value of one in the last written digit (as unitOfLast reads it).
  const point = core.lastIndexOf('.');
  const decimals = point < 0 ? 0 : core.length - point - 1;
  return { value: number * scale, digits, whole, kind, range, unit: decimals === 0 ? scale : Number((Math.pow(10, -decimals) * scale).toPrecision(6)) };
}

/** One name per unit, however written: "187km" and "the 192-kilometre stage" are both kilometres, "40ft" and "40 feet" feet. */
const UNIT_NAMES: Record<string, string> = { km: 'kilometre', kilometer: 'kilometre', meter: 'metre', cm: 'centimetre', mm: 'millimetre', mi: 'mile', ft: 'foot', feet: 'foot', yd: 'yard', kg: 'kilogram', kilo: 'kilogram', ha: 'hectare', sec: 'second' };

function unitName(unit: string): string {
  return UNIT_NAMES[unit] ?? unit;
}

// ---------------------------------------------------------------------------------------------
// Comparing figures

export function decimalsOf(f: FigureMention): number {
  const core = f.text.match(/\d+(?:[.,]\d+)*/)?.[0];
  return core ? (/\.(\d+)$/.exec(core)?.[1].length ?? 0) : 0;
}

/** What the written number is multiplied by: 1, or a million for "£1.2m". */
export function scaleOf(f: FigureMention): number {
  const core = f.text.match(/\d+(?:[.,]\d+)*/)?.[0];
  return core ? Number((f.value / Number(core.replace(/,/g, ''))).toPrecision(6)) : 1;
}

/** Whether `rough` is `exact` rounded to the precision `rough` is written with: its decimals, or its trailing zeros. */
export function roundsTo(exact: FigureMention, rough: FigureMention): boolean {
  const decimals = decimalsOf(rough);
  const scale = scaleOf(rough);
  const written = rough.value / scale;
  let step = Math.pow(10, -decimals);
  if (decimals === 0) {
    const zeros = /0*$/.exec(String(Math.round(written)))![0].length;
    step = Math.pow(10, zeros);
  }
  const rounded = Math.round(exact.value / scale / step) * step;
  return Math.abs(rounded - written) < step / 1000 && Math.abs(exact.value - rough.value) < step * scale;
}

/** Money, rates, units and scaled counts ("2.1 million"): not a plain count. */
export function isMeasure(f: FigureMention): boolean {
  return f.kind !== 'count' || /\d[.,]\d/.test(f.text.replace(/,\d{3}/g, '')) || /(?:\d\s*(?:k|m|bn|mn|tn)|thousand|million|billion|trillion)$/i.test(f.text);
}
