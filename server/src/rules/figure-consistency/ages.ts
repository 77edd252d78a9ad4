// figure-consistency: people's ages, which the shared figure reader leaves out (an age is no statistic), linked
// to the person they belong to. An age contradicts another only as the same person's: by name ("Dunleavy,
// 61," / "the 64-year-old Dunleavy"), or as a definite reference back ("the 76-year-old victim") to a person
// already given an age when no one has that age and exactly one earlier age is its digits swapped (67).

import { paragraphCache } from '../../engine/cache.ts';
import type { DraftDocument } from '../../engine/document.ts';

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
const NOT_NAME = /^(?:The|A|An|In|On|At|By|For|And|But|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Room|Flat|Unit|Block|Level|Page|Section|Article|Clause|Chapter|Route|Platform|Gate|Ward|Court|No)$/;
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
    for (const a of paragraphAges(block.prose)) out.push({ ...a, start: block.start + a.start, end: block.start + a.end });
  }
  return out;
}

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
      continue;
    }
    add(at, digits, undefined, false);
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
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
  ages.forEach((a, i) => {
    if (!a.definite || flagged.has(a)) return;
    const earlier = ages.slice(0, i);
    if (earlier.length === 0 || earlier.some((e) => e.age === a.age) || ages.slice(i + 1).some((e) => e.age === a.age)) return;
    const slips = earlier.filter((e) => swapped(a.age, e.age));
    if (slips.length === 1) conflicts.push({ suspect: a, other: slips[0], kind: 'transposed' });
  });
  return conflicts;
}

/** Whether the draft's first mention of a surname comes with this first name ("Mark Dunleavy … Dunleavy"). */
function introducedAs(text: string, given: string, surname: string): boolean {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const first = new RegExp(String.raw`(?<![\p{L}\p{M}])${escaped}(?![\p{L}\p{M}])`, 'iu').exec(text);
  if (!first) return false;
  return new RegExp(String.raw`(?<![\p{L}\p{M}])${given.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s+)*$`, 'iu').test(text.slice(Math.max(0, first.index - 60), first.index));
}

/** Two two-digit ages with their digits swapped (67 / 76). */
function swapped(a: number, b: number): boolean {
  const [p, q] = [String(a), String(b)];
  return p.length === 2 && q.length === 2 && p !== q && p[0] === q[1] && p[1] === q[0];
}
