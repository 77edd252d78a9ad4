// The tense of a clause's finite verbs, read from auxiliaries and past forms: what reported speech
// needs to tell the source's words from the reporter's. After a past reporting verb ("said",
// "showed"), indirect speech is backshifted ("the rate had fallen", "rents rose"); a clause in the
// present or the present perfect ("rents have risen", "11 million people now rent") is the
// reporter's own statement, which the source does not govern.
//
// No part-of-speech tagger: the auxiliaries (is, has, was, had…), a short list of irregular past
// forms and "-ed" words that no auxiliary stands before decide it. Relative clauses ("which has 350
// beds") describe a noun and are skipped.

export type Tense = 'past' | 'present' | undefined;

const PRESENT = new Set('is are am has have remains remain stands stand does do now currently today'.split(' '));
const PAST_AUX = new Set('was were had did'.split(' '));
/** Auxiliaries after which an "-ed" word is a participle or a passive, not a past tense of its own. */
const AUX = new Set('is are am be been being was were has have had having get gets got'.split(' '));
/** Irregular past forms common in news copy (the regular ones end in "-ed"). */
const IRREGULAR_PAST = new Set(
  ('rose fell grew took came went made held won lost saw said told gave got left became began paid spent shed ' +
    'sold bought brought thought found kept led met ran sat stood struck hit cut set put built fought caught ' +
    'drew drove flew froze knew rode sank sent slid spoke stole swept swore threw wore wrote ate broke chose').split(' '),
);
/** Words in "-ed" that are not verbs in the past. */
const NOT_PAST = new Set('need needed red bed shed hundred speed feed seed indeed bled led wed'.split(' '));
/** A relative or parenthetical clause that describes a noun: ", which has 350 beds,". */
const RELATIVE = /,\s*(?:which|who|whose|where|including)\b[^,;]*(?:,|$)/giu;

/** The tense of a clause's verbs: past, present (or present perfect), or undefined when it mixes both or has neither. */
export function tenseOf(clause: string): Tense {
  const main = clause.includes(',') ? clause.replace(RELATIVE, ' ') : clause;
  let past = false;
  let present = false;
  let afterAux = 3;
  for (const m of main.toLowerCase().matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)) {
    const w = m[0];
    afterAux++;
    if (PRESENT.has(w)) present = true;
    else if (PAST_AUX.has(w)) past = true;
    else if (afterAux > 3 && (IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w)))) past = true;
    if (AUX.has(w)) afterAux = 0;
  }
  return past === present ? undefined : past ? 'past' : 'present';
}

/** A clause in the present after a source speaking in the past: the reporter's own statement. */
export function shiftsToPresent(tense: Tense, sourceTense: Tense): boolean {
  return sourceTense === 'past' && tense === 'present';
}
