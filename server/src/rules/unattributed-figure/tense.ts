// The tense of a clause's finite verbs, read from auxiliaries and past forms: what reported speech
// needs to tell the source's words from the reporter's. After a past reporting verb ("said",
// "showed"), indirect speech is backshifted ("the rate had fallen", "rents rose"); a clause in the
// present or the present perfect ("rents have risen", "11 million people now rent") is the
// reporter's own statement, which the source does not govern.
//
// No part-of-speech tagger: the auxiliaries (is, has, was, had…), a short list of irregular past
// forms and "-ed" words that no auxiliary stands just before decide it. Relative clauses ("which has
// 350 beds") describe a noun and are skipped. One regex pass over the clause.

import { innermostClauseStart } from './clauses.ts';

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
/** Words in "-ed" that are not verbs in the past (nor is the end of a compound adjective: "median-priced", "state-owned"). */
const NOT_PAST = new Set(['need', 'needed', 'hundred', 'speed', 'indeed', 'bred', 'shred']);
const WORDS = new RegExp(`\\b(?:(${PRESENT})|(${PAST_AUX})|(${AUX_ONLY})|(${IRREGULAR_PAST})|((?<!-)[a-z]{3,}ed))\\b`, 'gi');
/** A relative or parenthetical clause that describes a noun: ", which has 350 beds,", ", from which the rate is derived,". */
const RELATIVE = /,\s*(?:(?:from|in|of|by|for|with|to|on|at|under|through|during)\s+(?=wh))?(?:which|who|whom|whose|where|including)\b[^,;]*(?:,|$)/giu;
/** An opening absolute phrase: "With most precincts counted,". */
const ABSOLUTE = /^(?:[^,;—–]*[—–])?[\s"“*]*with\s[^,;]*,/iu;
/** The verb of a restrictive relative clause: "a second boat that sank on Monday". */
const RELATIVE_VERB = /\b(?:that|which|who|what)\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+|is\s+|are\s+)?[a-z]+\b/gi;
/**
 * A conditional or future-time clause ("if no deal is reached by then", "until the rate is cut"): English
 * puts its verb in the present whatever the main clause's time, so it says nothing of that clause's tense.
 */
const CONDITION = /(?<![\p{L}])(?:if|unless|until|once|provided)\s[^,;]*/giu;
/** Up to three words after an auxiliary, with no comma between, a past form is its participle ("has more than doubled"). */
const PARTICIPLE_GAP = /^\s*(?:[^\s,]+\s+){0,3}$/;

/**
 * A simple present with no auxiliary ("households already struggles", "it faces", "The firm employs about
 * 4,200 people"), read from where the word stands, not from a list: a third-person "-s" word is a finite
 * verb when a subject pronoun stands just before it, or an adverb of frequency or aspect that follows a
 * subject ("already", "typically", "-ly"), or when it follows a bare noun phrase and is followed by an
 * object (a determiner, a possessive, a number or an approximator). A plural noun has a determiner, a number,
 * an adjective or a preposition before it ("the figures", "2,300 job cuts", "of rates") or a preposition or
 * a verb after it ("estimates of", "figures show"), so it is never read as a verb.
 */
const SUBJECT_PRONOUN = 'it|he|she|nobody|everyone|everybody|someone|each';
const MODAL = 'will|would|could|can|may|might|should|must';
const ADVERB = 'already|still|also|now|often|typically|usually|generally|normally|commonly|routinely|rarely|seldom|never|always|even|currently|increasingly|(?!(?:dai|week|month|year|quarter|hour|night|ear|elder|like|cost|dead|friend|lone|ug|on)ly\\b)[a-z]{3,}ly';
/** Words after which the next word is a noun (or an adjective of one): determiners, prepositions, numbers. */
const NOUN_BEFORE =
  'the|a|an|its|their|his|her|our|your|my|these|those|this|that|many|some|all|no|any|each|every|more|fewer|less|most|few|several|both|other|such|' +
  'of|in|on|at|by|for|with|from|to|into|onto|over|under|about|after|before|between|among|against|during|without|within|through|per|than|and|or|but|nor|as|' +
  `is|are|was|were|be|been|being|has|have|had|${MODAL}`;
const OBJECT_AFTER = "the|a(?!\\s+(?:year|week|day|month|night|minute|hour|head|time)\\b)|an|its|their|his|her|our|your|some|about|around|nearly|almost|roughly|just|only|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions";
const S_WORD = "[a-z]{2,}(?:[^su\\W]s|ies|[sxz]es|[cs]hes)";
const SIMPLE_PRESENT = new RegExp(
  // A subject pronoun or an adverb after a word that is not a determiner: "It faces", "households already struggles".
  `(?:\\b(?:${SUBJECT_PRONOUN})|(?<!\\b(?:${NOUN_BEFORE})\\s+)(?<=[a-z]\\s+)\\b(?:${ADVERB}))\\s+(${S_WORD})\\b` +
    // A bare noun phrase's last word (no determiner, number or preposition just before the "-s" word), then an object.
    `|(?<=\\b[A-Za-z][a-z]+\\s+)(?<!\\b(?:${NOUN_BEFORE}|[a-z]+(?:ing|ed|s|est)|[0-9][0-9,.]*|hundred|thousand|million|billion|trillion|dozen)\\s+)(${S_WORD})\\s+(?=(?:${OBJECT_AFTER})\\b|[0-9£$€¥])`,
  'gi',
);
/** "-s" words that are not third-person verbs whatever their position. */
const NOT_VERB = new Set(['news', 'series', 'means', 'species', 'politics', 'economics', 'its', 'this', 'has', 'was', 'does', 'is', 'us', 'yes', 'less', 'unless', 'towards', 'afterwards', 'whereas', 'perhaps', 'sometimes', 'always', 'plus', 'minus', 'versus', 'percents', 'times', 'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'miles', 'metres', 'meters', 'tonnes', 'tons', 'points', 'pounds', 'dollars', 'euros', 'cents', 'pence', 'votes', 'seats']);

/** What makes the words before a candidate more than a subject: a verb, or an opening preposition. */
const NOT_SUBJECT = new RegExp(`(?<![\\p{L}])(?:${PRESENT}|${PAST_AUX}|${AUX_ONLY}|${IRREGULAR_PAST}|${MODAL}|[a-z]{3,}ed)(?![\\p{L}])|^\\s*(?:of|in|on|at|by|for|with|from|among|across|after|before|during|under|over|to)\\s`, 'iu');

/** The simple-present finite verbs of a clause ("struggles", "faces", "employs"), read by position. */
export function simplePresentVerbs(clause: string): string[] {
  const verbs: string[] = [];
  SIMPLE_PRESENT.lastIndex = 0;
  for (let m = SIMPLE_PRESENT.exec(clause); m; m = SIMPLE_PRESENT.exec(clause)) {
    const word = m[1] ?? m[2];
    if (NOT_VERB.has(word.toLowerCase()) || /(?:ss|us|is|ous)$/i.test(word)) continue;
    if (m[2] !== undefined) {
      // After a bare noun phrase: a capitalised word is a name ("Wexley Rovers 1"), and the words from the
      // clause's start must be a subject only, with no verb before ("told members the …", "grew sales 6%").
      if (/^\p{Lu}/u.test(word)) continue;
      const before = clause.slice(0, m.index);
      const start = innermostClauseStart(before);
      // After a colon a bare noun phrase and a figure are a list's label and value ("At a glance: net sales $4.9bn").
      if (start?.text === ':') continue;
      const subject = before.slice(start ? start.index + start.text.length : 0);
      if (NOT_SUBJECT.test(subject) || subject.trim().split(/\s+/).length > 6) continue;
    }
    verbs.push(word);
  }
  return verbs;
}

/** The tense of a clause's verbs: past, present (or present perfect), or undefined when it mixes both or has neither. */
export function tenseOf(clause: string): Tense {
  // An absolute phrase has no finite verb: "With 41 of 44 precincts reported, X leads …".
  let main = clause.includes(',') ? clause.replace(ABSOLUTE, ' ').replace(RELATIVE, ' ') : clause;
  if (/\b(?:that|which|who|what)\s/i.test(main)) main = main.replace(RELATIVE_VERB, ' ');
  if (/\b(?:if|unless|until|once|provided)\s/i.test(main)) main = main.replace(CONDITION, ' ');
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
  if (!present && simplePresentVerbs(main.replace(/["“][^"”]*["”]/gu, ' ')).length > 0) present = true;
  return past === present ? undefined : past ? 'past' : 'present';
}

/** A clause in the present after a source speaking in the past: the reporter's own statement. */
export function shiftsToPresent(tense: Tense, sourceTense: Tense): boolean {
  return sourceTense === 'past' && tense === 'present';
}
