// figure-consistency: whose figure it is: the words and names before it, an ordinal, its verb; two figures
// said of different subjects, or done by different verbs, are different measures.

import { NOT_PLACE, ORDINAL } from './markers.ts';
import type { FigureMention } from './mention.ts';
import { STOP, contentWords, fold } from './words.ts';

interface Lead {
  words: string[];
  names: string[];
  ordinal?: string;
  /** "We", "our crews": a speaker's own side, which the story names otherwise. */
  firstPerson: boolean;
}

/** A reporting verb: what follows it is what was said. */
const REPORTING = /\b(?:said|says|told|tells|added|adds|according\s+to|announced|confirmed|reported|estimated)\b/giu;
const FIRST_PERSON = /\b(?:we|our|us)\b/i;

const leads = new WeakMap<FigureMention, Lead>();
const clauses = new WeakMap<FigureMention, string[]>();

/** The words of its sentence before it, the names among them (not opening the sentence), an ordinal ("a second blast"). */
export function leadOf(f: FigureMention): Lead {
  let lead = leads.get(f);
  if (!lead) {
    // Whoever speaks is not what the figure is about: its subject is read after the last reporting verb ("Professor
    // Rahul Menon said the 34 deaths …": the deaths, not the professor).
    const full = f.leadText ?? '';
    const said = [...full.matchAll(REPORTING)].pop();
    const text = said ? full.slice(said.index! + said[0].length) : full;
    const parts = (f.measure ?? '').split(' ');
    const verb = f.verb ? fold(f.verb) : '';
    lead = {
      words: contentWords(text).map(fold).filter((w) => !parts.includes(w) && w !== verb),
      names: [...text.matchAll(/(?<=[\p{L},;]\s+)\p{Lu}\p{Ll}+/gu)].map((m) => m[0]).filter((w) => !NOT_PLACE.test(w) && !/^(?:In|On|At|Mr|Mrs|Ms|Dr|Its|His|Her|Their)$/.test(w)),
      ordinal: ORDINAL.exec(text)?.[1].toLowerCase(),
      firstPerson: FIRST_PERSON.test(text),
    };
    leads.set(f, lead);
  }
  return lead;
}

/** What the figure measures, as its sentence says it: folded content words within 80 characters either side, once each, its measure left out. */
export function clauseOf(f: FigureMention): string[] {
  let clause = clauses.get(f);
  if (!clause) {
    const parts = (f.measure ?? '').split(' ');
    clause = [...new Set(contentWords(`${f.leadText ?? ''} ${f.clauseText ?? ''}`).map(fold))].filter((w) => !parts.includes(w));
    clauses.set(f, clause);
  }
  return clause;
}

/**
 * Each figure said of its own subject: both sentences name people, parties or places before it and none
 * in common ("Labour's Jane Holt won 12,400" / "the Conservative, Tom Reed, won 9,800"); an ordinal on
 * either side that the other lacks ("a second blast killed 9"); or the same verb right before both with
 * nothing in common before it (parallel sentences about two groups: "Men earned" / "Women earned").
 */
export function otherSubjects(a: FigureMention, b: FigureMention): boolean {
  const A = leadOf(a);
  const B = leadOf(b);
  if (A.names.length && B.names.length && !A.names.some((n) => B.names.includes(n))) return true;
  if ((A.ordinal || B.ordinal) && A.ordinal !== B.ordinal) return true;
  const la = A.words;
  const lb = B.words;
  // (A speaker's "our crews rescued 43" is the story's "firefighters rescued 37" in the speaker's words, not a second group.)
  if (A.firstPerson || B.firstPerson) return false;
  return a.verb !== undefined && a.verb === b.verb && la.length > 0 && lb.length > 0 && !la.some((w) => lb.includes(w));
}

/**
 * A counted thing is also what was done to it: "fed 3,000 families" / "housed 2,400 families", "destroyed
 * 40 homes" / "saved 12 homes". Two content verbs right before the figures that differ (synonyms folded:
 * arrested / detained, killed / died) make two measures.
 */
export function otherVerbs(a: FigureMention, b: FigureMention): boolean {
  // A margin's word before "by" is the beaten side or the verb of winning or losing, one margin either way ("beat Halloran by" / "lose by").
  if (a.measure === 'margin') return false;
  const content = (v: string | undefined) => v !== undefined && v.length > 2 && !STOP.has(v) && !LIGHT_VERB.test(v);
  return content(a.verb) && content(b.verb) && fold(a.verb!) !== fold(b.verb!);
}

/** Verbs that say nothing of what was counted: "was 41.3%", "has 1,200", "reached 2,184". */
const LIGHT_VERB = /^(?:is|are|was|were|be|been|being|has|have|had|having|got|gets|reached|reaches|stood|stands|totalled|totaled|numbered|recorded|counted|put|puts|gave|gives|showed|shows|included|includes|of|to|by|with|all|some|about)$/;
