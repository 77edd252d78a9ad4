// figure-consistency: people's ages, which the shared figure reader leaves out (an age is no statistic), linked
// to the person they belong to. An age contradicts another only as the same person's: by name ("Dunleavy,
// 61," / "the 64-year-old Dunleavy"), or as a definite reference back ("the 76-year-old victim") to a person
// already given an age when no one has that age and exactly one earlier age is its digits swapped (67).

import { paragraphCache } from '../../engine/cache.ts';
import type { DraftDocument } from '../../engine/document.ts';
import { MONTHS, WEEKDAYS } from './markers.ts';

export interface AgeMention {
  /** Offsets of the age's digits in the draft. */
  start: number;
  end: number;
  age: number;
  /** The person's surname (folded), when the age stands against a name. */
  surname?: string;
  /** The first name, when the name has one: two first names are two people who share a surname. */
  given?: string;
  /** "the 76-year-old …": refers back to someone already introduced. */
  definite: boolean;
  /** "The 24-year-old, …" opening its sentence. */
  opens?: boolean;
  /** Linked to the person named as the subject of the sentence before it. */
  linked?: boolean;
}

export interface AgeConflict {
  suspect: AgeMention;
  other: AgeMention;
  kind: 'transposed' | 'different';
}

/** A name: one to four capitalised words (particles inside: "van der", "al-"). */
const NAME = String.raw`((?<![\p{L}\p{M}])(?:\p{Lu}[\p{L}\p{M}'’-]+)(?:\s+(?:(?:van|von|de|der|den|da|du|di|al|bin|ibn|le|la)\s+)*\p{Lu}[\p{L}\p{M}'’-]+){0,3})`;
/**
 * Where an age may stand against a name, found first so that a name is only ever read back from one (reading
 * names forward from every capital would cost a scan per capital): an age in commas or after "aged"
 * ("Dunleavy, 61,", "Tsegaye (Ethiopia), aged 22,") and an age as an adjective ("the 64-year-old Dunleavy",
 * "Okafor, a 52-year-old").
 */
const ANCHOR = /(,\s+(?:aged\s+)?|,?\s+aged\s+)(\d{1,3})(?=\s*(?:,(?!\d)|\)|;|\s+(?:and|who|has|had|is|was|said|did)\b))|\b([Tt]he|[Aa]n?)\s+(\d{1,3})-year-old\b|\b(\d{1,3})\s+years?\s+old\b|\baged\s+(\d{1,3})\b(?!\s*(?:,\s*\d|and\s+\d|or\s+\d|-|to\s+\d|–))/gu;
/** A name ending right before an age in commas: "Dunleavy", "Berhanu Tsegaye (Ethiopia)". */
const NAME_BEFORE = new RegExp(String.raw`${NAME}(?:\s*\([^()]{1,30}\))?$`, 'u');
/** A name ending right before "a 52-year-old": "Okafor, ". */
const NAME_BEFORE_A = new RegExp(String.raw`${NAME},\s+$`, 'u');
/** A name right after "the 64-year-old"; a name then a lowercase noun is an adjective of place ("a 58-year-old Riverbend man"),
 * so a name counts only before punctuation or a verb (an auxiliary, or a past tense: "the 53-year-old Oduya thanked"). */
const NAME_AFTER = new RegExp(String.raw`^\s+${NAME}(?=\s*[,.;:)]|\s+(?:who|had|has|was|is|said|did|will|would|\p{Ll}+ed)\b)`, 'u');

/** Words that open a sentence or name a time, never a person: "On Tuesday, 15", "Room 12". */
const NOT_NAME = new RegExp(String.raw`^(?:The|A|An|In|On|At|By|For|And|But|${WEEKDAYS}|${MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Room|Flat|Unit|Block|Level|Page|Section|Article|Clause|Chapter|Route|Platform|Gate|Ward|Court|No)$`);
/** Titles before a name: not its first name. */
const TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Cllr|Councillor|Judge|Justice|Rev|Father|Sister|Chief|Inspector|Sergeant|Sgt|Constable|PC|DCI|DI|DS|Det|Detective|Officer|Captain|Capt|Major|General|Gen|Senator|Sen|Rep|Governor|Gov|Mayor|President|Minister|Coach|Manager|Teacher|Student|Ethiopia['’]s|\p{Lu}\p{L}+['’]s)$/u;

function person(name: string): { surname: string; given?: string } | undefined {
  const words = name.split(/\s+/).filter((w) => !TITLE.test(w));
  if (words.length === 0 || words.some((w) => NOT_NAME.test(w))) return undefined;
  const surname = words[words.length - 1].toLowerCase();
  return { surname, given: words.length > 1 ? words[0].toLowerCase() : undefined };
}

/** Every age of a person in the draft's body, in order, with the name it stands against when it does. */
export function agesOf(doc: DraftDocument): AgeMention[] {
  const out: AgeMention[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'heading' || !/\d/.test(block.prose)) continue;
    for (const a of paragraphAges(block.prose)) {
      const located = { ...a, start: block.start + a.start, end: block.start + a.end };
      // "The 24-year-old, running …" opening a sentence is the person the sentence before is about.
      if (located.definite && located.opens) {
        const who = subjectBefore(doc.text, located.start);
        if (who) Object.assign(located, { surname: who.surname, given: who.given, definite: false, linked: true });
      }
      out.push(located);
    }
  }
  return out;
}

/**
 * The person a sentence is about, when it opens with their name and a verb of its own ("Ethiopia's Berhanu Tsegaye
 * broke the course record …"): the one a sentence-opening "The 24-year-old" after it refers to. A name before a
 * verb of saying ("Lloyd said Fitzgibbons …") is the speaker, not whom the sentence is about, so names no one.
 */
function subjectBefore(text: string, at: number): { surname: string; given?: string } | undefined {
  const before = text.slice(Math.max(0, at - 600), at).replace(/\s*the\s*$/i, '').replace(/\s+$/, '');
  const sentences = before.split(/\n|(?<=[.!?]["”’]?)\s+/);
  let last = sentences[sentences.length - 1];
  // A dateline is no part of the sentence ("**HARBURN, Sunday, 12 April 2026** – Ethiopia's …").
  last = last.replace(/^[\s*_]*[\p{Lu}][^–—]{0,80}?[–—]\s*/u, (m) => (/\p{Lu}{3,}|\d/u.test(m) ? '' : m)).replace(/^[\s*_]+/, '');
  const m = SUBJECT_NAME.exec(last);
  if (!m || SAYING.test(m[2])) return undefined;
  const who = person(m[1]);
  return who?.given ? who : undefined;
}
/** A sentence opening with a name of two words or more (past a possessive: "Ethiopia's") and a verb in lower case. */
const SUBJECT_NAME = new RegExp(String.raw`^${NAME}\s+(\p{Ll}+)\b`, 'u');
const SAYING = /^(?:said|says|told|tells|added|adds|wrote|writes|argued|argues|claimed|claims|insisted|insists|believes|believed|thinks|thought|warned|warns|explained|explains|noted|notes|asked|asks)$/;

// Read once per paragraph (offsets in its prose): the rule runs on every keystroke.
const proseAges = paragraphCache<string, AgeMention[]>('figure-consistency:ages');

function paragraphAges(prose: string): AgeMention[] {
  return proseAges.through(prose, readAges);
}

function readAges(prose: string): AgeMention[] {
  if (!/year-old|years? old|aged|,\s*\d{1,3}\b/.test(prose)) return [];
  const found = new Map<number, AgeMention>();
  const add = (digitsAt: number, digits: string, name: string | undefined, definite: boolean) => {
    const age = Number(digits);
    if (age < 1 || age > 115 || found.has(digitsAt)) return;
    const who = name === undefined ? undefined : person(name);
    if (name !== undefined && !who) return;
    found.set(digitsAt, { start: digitsAt, end: digitsAt + digits.length, age, surname: who?.surname, given: who?.given, definite });
  };
  ANCHOR.lastIndex = 0;
  for (const m of prose.matchAll(ANCHOR)) {
    const back = prose.slice(Math.max(0, m.index - 80), m.index);
    if (m[2] !== undefined) {
      // In commas or after "aged": an age only against a name ("in Harlan, 3,000" is no age: the digits go on).
      const name = NAME_BEFORE.exec(back)?.[1];
      if (name !== undefined) add(m.index + m[0].length - m[2].length, m[2], name, false);
      // (Not a list of ages, "aged 19, 21 and 24": each its own person's.)
      else if (/aged/.test(m[1]) && !/^\s*,\s*\d/.test(prose.slice(m.index + m[0].length, m.index + m[0].length + 6))) add(m.index + m[0].length - m[2].length, m[2], undefined, false);
      continue;
    }
    const digits = m[4] ?? m[5] ?? m[6];
    const at = m.index + m[0].indexOf(digits, m[3] ? m[3].length : 0);
    if (m[4] !== undefined) {
      const after = NAME_AFTER.exec(prose.slice(m.index + m[0].length, m.index + m[0].length + 60))?.[1];
      const before = /^[Aa]/.test(m[3]) ? NAME_BEFORE_A.exec(back)?.[1] : undefined;
      const name = after ?? before;
      add(at, digits, name, name === undefined && /^[Tt]/.test(m[3]));
      if (name === undefined && m[3] === 'The' && opensSentence(prose, m.index)) {
        const mention = found.get(at);
        if (mention) mention.opens = true;
      }
      continue;
    }
    add(at, digits, undefined, false);
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/**
 * Whether `at` opens a sentence: the paragraph's start, or after a full stop (a closing quote too) and a space.
 * Only the characters before it are looked at, not the whole paragraph, once per age in it.
 */
function opensSentence(prose: string, at: number): boolean {
  if (at === 0) return true;
  const before = prose.slice(0, at).trimEnd();
  return before.length < at && /[.!?]["”’]?$/.test(before.slice(-2));
}

/** Two ages of one named person that differ; a definite reference back whose age is an earlier one's digits swapped. */
export function ageConflicts(ages: AgeMention[], text: string): AgeConflict[] {
  const conflicts: AgeConflict[] = [];
  const flagged = new Set<AgeMention>();
  const bySurname = new Map<string, AgeMention[]>();
  for (const a of ages) {
    if (!a.surname) continue;
    const list = bySurname.get(a.surname);
    if (list) list.push(a);
    else bySurname.set(a.surname, [a]);
  }
  for (const list of bySurname.values()) {
    const values = new Set(list.map((a) => a.age));
    // One person's age is one value; three or more values are more people than one.
    if (values.size !== 2) continue;
    const [x, y] = [...values];
    const ofX = list.filter((a) => a.age === x);
    const ofY = list.filter((a) => a.age === y);
    // Two first names are two people (brothers, namesakes); so is a full name that is not how the surname was
    // first introduced: the surname alone stands for the person named first ("Dvořák, 19" / "his brother Milan Dvořák, 24").
    const givens = new Set(list.map((a) => a.given).filter((g) => g !== undefined));
    if (givens.size > 1 || [...givens].some((g) => !introducedAs(text, g!, list[0].surname!))) continue;
    // The value stated less often is the suspect, the later one on a tie.
    const [suspects, others] = ofX.length < ofY.length || (ofX.length === ofY.length && ofX[0].start > ofY[0].start) ? [ofX, ofY] : [ofY, ofX];
    for (const s of suspects) {
      conflicts.push({ suspect: s, other: others[0], kind: swapped(s.age, others[0].age) ? 'transposed' : 'different' });
      flagged.add(s);
    }
  }
  // The words of each earlier age's sentence, indexed (word → ages, in order) as far as the reference back looked
  // at, and only once one needs them: each age's sentence is read once, and a reference back looks up its own
  // words instead of trying every earlier age.
  const byStem = new Map<string, number[]>();
  let indexed = 0;
  const earlierWith = (i: number) => {
    for (; indexed < i; indexed++) {
      for (const w of stems(sentenceAround(text, ages[indexed]))) {
        const list = byStem.get(w);
        if (list) list.push(indexed);
        else byStem.set(w, [indexed]);
      }
    }
    return byStem;
  };
  // How often each value is stated in all, and the ages up to the one looked at, by value: a reference back's
  // digits swapped are one value to look up, not every earlier age to try (a's own value is never its swap).
  const stated = new Map<number, number>();
  for (const a of ages) stated.set(a.age, (stated.get(a.age) ?? 0) + 1);
  const earlierOf = new Map<number, AgeMention[]>();
  for (let i = 0; i < ages.length; i++) {
    const a = ages[i];
    const list = earlierOf.get(a.age);
    if (list) list.push(a);
    else earlierOf.set(a.age, [a]);
    if (!a.definite || flagged.has(a)) continue;
    // "The 18-year-old charged with the murder" is the one "A 17-year-old boy has been charged with murder" described:
    // what the reference back says of its person names them, when it fits one earlier person and no one else.
    const described = describedAs(a, ages, i, text, earlierWith);
    if (described) {
      if (described.age !== a.age) conflicts.push({ suspect: a, other: described, kind: swapped(a.age, described.age) ? 'transposed' : 'different' });
      continue;
    }
    // Its value stated elsewhere too (before or after it) is no slip.
    if (i === 0 || stated.get(a.age)! > 1) continue;
    const reversed = Number([...String(a.age)].reverse().join(''));
    const slips = swapped(a.age, reversed) ? earlierOf.get(reversed) : undefined;
    if (slips?.length === 1) conflicts.push({ suspect: a, other: slips[0], kind: 'transposed' });
  }
  return conflicts;
}

/**
 * Whether the draft's first mention of a surname with a first name before it comes with this first name ("Mark
 * Dunleavy … Dunleavy"); a bare surname in a headline ("Tsegaye breaks course record") introduces no one.
 */
function introducedAs(text: string, given: string, surname: string): boolean {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{M}])${escaped}(?![\p{L}\p{M}])`, 'giu'))) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (!/\p{Lu}[\p{L}\p{M}'’-]*\s+$/u.test(before)) continue;
    return new RegExp(String.raw`(?<![\p{L}\p{M}])${given.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s+)*$`, 'iu').test(before);
  }
  return false;
}

/**
 * The one earlier person whose sentence says what a reference back says of its person: two words in common between
 * the words right after "the 18-year-old" ("charged with Mr Kerr's murder") and those around the earlier age ("A
 * 17-year-old boy has been charged with murder"), and no other earlier age's words sharing two.
 */
function describedAs(a: AgeMention, ages: AgeMention[], i: number, text: string, earlierWith: (i: number) => Map<string, number[]>): AgeMention | undefined {
  const own = stems(DESCRIPTION.exec(text.slice(a.end, a.end + 80))?.[1] ?? '');
  if (own.size < 2) return undefined;
  const byStem = earlierWith(i);
  // Words in common with each earlier age that shares one (the index holds ages before `i` only).
  const common = new Map<number, number>();
  for (const w of own) for (const j of byStem.get(w) ?? []) common.set(j, (common.get(j) ?? 0) + 1);
  // The latest earlier age sharing two words, provided every such age has the one value.
  let found = -1;
  for (const [j, n] of common) {
    if (n < 2) continue;
    if (found >= 0 && ages[found].age !== ages[j].age) return undefined;
    if (j > found) found = j;
  }
  return found < 0 ? undefined : ages[found];
}
/**
 * The words of the sentence an age stands in, within 40 characters before it and 100 after. The breaks are
 * found where they are, however long ("  ", "\r\n"), so the piece is the age's own sentence.
 */
function sentenceAround(text: string, e: AgeMention): string {
  const start = Math.max(0, e.start - 40);
  const around = text.slice(start, e.end + 100);
  const at = e.start - start;
  let from = 0;
  for (const gap of around.matchAll(SENTENCE_GAP)) {
    if (gap.index > at) return around.slice(from, gap.index);
    from = gap.index + gap[0].length;
  }
  return around.slice(from);
}
const SENTENCE_GAP = /(?<=[.!?]["”’]?)\s+|\n/g;
/** After "the 18-year-old": what it says of its person, up to the end of its clause (a participle, a relative clause). */
const DESCRIPTION = /^-year-old\s+((?:who\s+|that\s+)?[^.,;:!?"“”]{3,70})/;
/** Words that name anyone (a person's sex, an age) say nothing of which person it is. */
const ANYONE = /^(?:year|old|man|men|woma|wome|boy|boys|girl|pers|peop|teen|aged|who|that|been|have|has|was|were|with|from|after|their|police|said)$/;

function stems(words: string): Set<string> {
  const out = new Set<string>();
  for (const w of words.toLowerCase().match(/\p{L}{3,}/gu) ?? []) {
    const stem = w.slice(0, 4);
    if (!ANYONE.test(stem) && !ANYONE.test(w) && !/^(?:the|and|for|his|her|its|but|had|not|are)$/.test(w)) out.add(stem);
  }
  return out;
}

/** Two two-digit ages with their digits swapped (67 / 76). */
function swapped(a: number, b: number): boolean {
  const [p, q] = [String(a), String(b)];
  return p.length === 2 && q.length === 2 && p !== q && p[0] === q[1] && p[1] === q[0];
}
