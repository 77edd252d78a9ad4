// figure-consistency: the words it reads around a figure: numbers in words, stop words, close synonyms of
// what is counted (folded to one word), and the small helpers that read words (contentWords, fold, wordBefore).

import { TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from '../../engine/text.ts';

/** "zero" … "twenty", index = value (engine/text.ts holds the one list of number words). */
export const NUMBER_WORDS = [...UNIT_WORDS, ...TEEN_WORDS, TENS_WORDS[2]];
// \b rather than a look-behind, and ASCII classes: these run over every paragraph, and news copy's number words are ASCII.
export { TENS_WORDS };
export const NUMBER_WORD = `(?:${[...NUMBER_WORDS.slice(1), ...TENS_WORDS.slice(3)].join('|')})`;

export const STOP = new Set(
  ('the a an of in on at by to for from with and or but as was were is are be been has have had it its this that these those their his her ' +
    'said says say according than more about around some nearly almost over under up down after before into out who which what when where ' +
    'per cent percent million billion thousand hundred bn m k total now so far there here they he she we our not no also all just only ' +
    'would could will may might can should must did do does being while since until').split(' '),
);
/** Close synonyms: what a count counts, folded to one word; the folded words are what a body count one apart may contradict. */
const SYNONYMS: Record<string, string> = {};
const ALSO: Record<string, string> = {};
for (const group of [
  'deaths dead killed died deaths toll fatalities lives killing kills kill death die dies dying',
  'arrests arrested detained detentions detainees held arrest arresting detain',
  'people persons individuals',
  'injured wounded hurt injuries',
  'homes houses households dwellings properties',
  'votes ballots',
  'evacuated evacuations evacuees',
  'defendants accused sentenced convicted',
  'investors victims',
  'missiles rockets projectiles',
  'rescued saved',
  'missing unaccounted',
  'drones',
  'turnout voted electors voters',
  'margin',
]) {
  const words = group.split(' ');
  for (const w of words) SYNONYMS[w] = words[0];
}
/**
 * One thing under other names, folded like the counted things above but not one of them (so neither a known
 * counted thing nor a reason to part two figures): the jobs at risk are the colleagues affected, the prize money
 * is the winner's cheque, the profit is the earnings.
 */
for (const group of [
  'jobs workers employees staff colleagues roles posts redundancies layoffs workforce employs employing',
  'prize cheque purse winnings',
  'profit profits earnings',
  'contract contracts deal deals',
  'jailed jail sentence term imprisoned',
  'gap shortfall deficit hole',
  'shops stores outlets branches',
  'ceasefire truce',
  'seats mps',
  'services trains',
]) {
  const words = group.split(' ');
  for (const w of words) ALSO[w] = words[0];
}

export const COUNTED = new Set(Object.values(SYNONYMS));
/**
 * A verb of a known counted thing whose object is the figure ("killing at least 40 people, injuring 1,250"): it names
 * what the figure counts when nothing after it does. Read only right before the figure: folded with the groups above,
 * "injuring" after "40 people" would take the 40 from the dead.
 */
export const COUNTING_VERB: Readonly<Record<string, string>> = { injuring: 'injured', wounding: 'injured', injure: 'injured', wound: 'injured' };
/** What a count counts, when it says: "people" is everyone's head noun and tells two counts apart from nothing. */
export const SPECIFIC = new Set([...COUNTED].filter((w) => w !== 'people'));
/** Words that say a figure moved, or over what time ("in the year", "in the quarter"): shared by many changes, so never what makes two of them one quantity. */
export const MOVED = /^(?:rose|rise|risi|fell|fall|up|down|gain|drop|clim|jump|slip|decl|incr|decr|grew|grow|shra|plun|surg|soar|slum|cut|rais|lowe|redu|year|mont|week|quar|peri|half|firs|seco|thir|last|same)$/;

/**
 * The word right before a figure, past a "by" ("fell by 3%": "fell"); undefined when a space does not
 * separate them. A scan from the end: an end-anchored pattern would be tried at every position.
 */
export function wordBefore(before: string): string | undefined {
  let end = before.length;
  for (let pass = 0; pass < 2; pass++) {
    let i = end;
    while (i > 0 && isSpace(before.charCodeAt(i - 1))) i--;
    if (i === end) return undefined;
    const stop = i;
    while (i > 0 && isLetter(before, i - 1)) i--;
    if (i === stop) return undefined;
    const word = before.slice(i, stop);
    if (pass === 0 && word.toLowerCase() === 'by') {
      end = i;
      continue;
    }
    return word;
  }
  return undefined;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160 || (code > 127 && /\s/.test(String.fromCharCode(code)));
}

export function isLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /\p{L}/u.test(text[i]);
}

export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length > 2 && !STOP.has(w));
}

/** A word folded to its synonym group, or its first four letters (a crude stem: "waiting" / "waited"). */
export function fold(word: string): string {
  return SYNONYMS[word] ?? ALSO[word] ?? plural(word) ?? word.slice(0, 4);
}

/**
 * A singular read as its plural's group ("job cuts" / "cut 1,200 jobs", "one house" / "homes"): the groups
 * are written in the plural a count takes, and a noun used as a modifier ("job", "house") is singular.
 */
function plural(word: string): string | undefined {
  if (word.endsWith('s')) return undefined;
  const s = `${word}s`;
  return SYNONYMS[s] ?? ALSO[s];
}

/**
 * Two nouns as written are one: the same word, singular or plural, or one close-synonym group ("houses" / "homes").
 * Stricter than `fold`, whose four-letter stem makes "partners" and "parties" one.
 */
export function sameNoun(a: string, b: string): boolean {
  const group = (w: string) => SYNONYMS[w] ?? ALSO[w] ?? plural(w) ?? w.replace(/ies$/, 'y').replace(/s$/, '');
  return group(a) === group(b);
}

export function shared(a: string[], b: string[]): number {
  const set = new Set(a);
  let n = 0;
  for (const w of new Set(b)) if (set.has(w)) n++;
  return n;
}

/** Nouns that count anything at all, so name no measure: "people", "times", "years". */
export const GENERIC = /^(?:people|time|year|day|week|mont|hour|minu|numb|figu|cent|poin|case|othe|them|thos)$/;
