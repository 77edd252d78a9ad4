// The tense of a clause's finite verbs, read from auxiliaries and past forms: what reported speech
// needs to tell the source's words from the reporter's. After a past reporting verb ("said",
// "showed"), indirect speech is backshifted ("the rate had fallen", "rents rose"); a clause in the
// present or the present perfect ("rents have risen", "11 million people now rent") is the
// reporter's own statement, which the source does not govern.
//
// No part-of-speech tagger: the auxiliaries (is, has, was, had…), a short list of irregular past
// forms and "-ed" words that no auxiliary stands just before decide it. Relative clauses ("which has
// 350 beds") describe a noun and are skipped. One regex pass over the clause.

export type Tense = 'past' | 'present' | undefined;

const PRESENT = 'is|are|am|has|have|remains|remain|stands|stand|does|do|now|currently|today';
const PAST_AUX = 'was|were|had|did';
/** Auxiliaries after which an "-ed" word is a participle or a passive, not a past tense of its own. */
const AUX_ONLY = 'be|been|being|get|gets|got';
/** Irregular past forms common in news copy (the regular ones end in "-ed"). */
const IRREGULAR_PAST =
  'rose|fell|grew|took|came|went|made|held|won|lost|saw|said|told|gave|left|became|began|paid|spent|shed|' +
  'sold|bought|brought|thought|found|kept|led|met|ran|sat|stood|struck|hit|cut|set|put|built|fought|caught|' +
  'drew|drove|flew|froze|knew|rode|sank|sent|slid|spoke|stole|swept|swore|threw|wore|wrote|ate|broke|chose';
/** Words in "-ed" that are not verbs in the past. */
const NOT_PAST = new Set(['need', 'needed', 'hundred', 'speed', 'indeed', 'bred', 'shred']);
const WORDS = new RegExp(`\\b(?:(${PRESENT})|(${PAST_AUX})|(${AUX_ONLY})|(${IRREGULAR_PAST})|([a-z]{3,}ed))\\b`, 'gi');
/** A relative or parenthetical clause that describes a noun: ", which has 350 beds,", ", from which the rate is derived,". */
const RELATIVE = /,\s*(?:(?:from|in|of|by|for|with|to|on|at|under|through|during)\s+(?=wh))?(?:which|who|whom|whose|where|including)\b[^,;]*(?:,|$)/giu;
/** An opening absolute phrase: "With most precincts counted,". */
const ABSOLUTE = /^(?:[^,;—–]*[—–])?[\s"“*]*with\s[^,;]*,/iu;
/** The verb of a restrictive relative clause: "a second boat that sank on Monday". */
const RELATIVE_VERB = /\b(?:that|which|who)\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+|is\s+|are\s+)?[a-z]+\b/gi;
/** Up to three words after an auxiliary, with no comma between, a past form is its participle ("has more than doubled"). */
const PARTICIPLE_GAP = /^\s*(?:[^\s,]+\s+){0,3}$/;

/** The tense of a clause's verbs: past, present (or present perfect), or undefined when it mixes both or has neither. */
export function tenseOf(clause: string): Tense {
  // An absolute phrase has no finite verb: "With 41 of 44 precincts reported, X leads …".
  let main = clause.includes(',') ? clause.replace(ABSOLUTE, ' ').replace(RELATIVE, ' ') : clause;
  if (/\b(?:that|which|who)\s/i.test(main)) main = main.replace(RELATIVE_VERB, ' ');
  let past = false;
  let present = false;
  let auxEnd = -Infinity;
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(main); m; m = WORDS.exec(main)) {
    const end = m.index + m[0].length;
    if (m[1] !== undefined) {
      present = true;
      auxEnd = end;
    } else if (m[2] !== undefined) {
      past = true;
      auxEnd = end;
    } else if (m[3] !== undefined) auxEnd = end;
    else if ((m[4] !== undefined || !NOT_PAST.has(m[0].toLowerCase())) && !(m.index - auxEnd < 40 && PARTICIPLE_GAP.test(main.slice(auxEnd, m.index)))) past = true;
  }
  return past === present ? undefined : past ? 'past' : 'present';
}

/** A clause in the present after a source speaking in the past: the reporter's own statement. */
export function shiftsToPresent(tense: Tense, sourceTense: Tense): boolean {
  return sourceTense === 'past' && tense === 'present';
}
