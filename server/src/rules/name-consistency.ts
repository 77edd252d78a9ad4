// name-consistency: a name spelled two ways in one draft. Docs: name-consistency.md.
//
// Each block's prose gives its name mentions (cached by the prose): runs of capitalised words, split
// into a title ("Ms", "Judge", "Foreign Minister"), given names and a surname (the last word, with a
// particle such as "al-" or "van"). Across the draft, surname spellings are compared through a
// transliteration skeleton (case, diacritics, doubled letters, y/i, q/k, gh/g, tsch/ch folded): two
// spellings are the same name when their skeletons are equal, or one edit apart for names of five
// letters or more. Candidate pairs come from a deletion index (every skeleton and its one-letter
// deletions), so the comparison stays near linear in the number of distinct spellings.
//
// Different people are left alone: two spellings in one sentence ("Ms Carter and Mr Cartier"), with
// conflicting titles (Mr / Ms), or each with its own given names (Mark Devlin / Mike Devlin, Hasan /
// Mustafa Demir); a plural or demonym ending (Israel / Israeli, Reeve / Reeves); names in syllables
// that differ in a short one (Jae-in / Jae-un, Van An / Van Anh); given names whose last vowel marks
// gender (Carla / Carlo). A spelling several people share is then checked person by person: only its
// uses with the other spelling's full name are a slip. One use each needs something in common (a title,
// "Cllr" being "Councillor"; a given name), or a bare surname referring back to the one named before it.
//
// Particles, a pair of them too, belong to the surname ("de la Cruz" folds like "Delacruz"); Mac and Mc
// fold together; a place or organisation ("Ashcombe Road", "Rivercare Trust") is one name, compared by
// the words before its generic word. Markdown image captions are read as well.

import * as Type from '@sinclair/typebox';
import type { DraftDocument } from '../engine/document.ts';
import { paragraphCache } from '../engine/cache.ts';
import { proseSentences } from '../engine/sentences.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../engine/text.ts';
import type { Fix, Related } from '../engine/types.ts';
import { defineRule, Options, type RuleFinding } from './rule.ts';

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** Words that stand before a name and are not part of it. */
const TITLES = new Set(
  ('mr mrs ms miss mx dr prof professor sir dame lord lady cllr councillor judge justice president minister mayor rev reverend father ' +
    'sgt sergeant insp inspector det detective supt superintendent ch chief capt captain gen general col colonel maj major lt lieutenant ' +
    'adm admiral cmdr commander pc dc di dci dsi senator sen rep representative governor gov king queen prince princess pope sheikh ' +
    'chancellor secretary constable officer coach manager chairman chairwoman chair director spokesman spokeswoman spokesperson mp mep msp ' +
    'ambassador commissioner premier prime foreign home health defence defense interior deputy acting former late state first vice ' +
    'attorney solicitor barrister counsel coroner sheriff bishop archbishop cardinal imam rabbi ayatollah emir crown lawyer prosecutor')
    .split(' '),
);
const MALE = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'father']);
const FEMALE = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess']);
/** Lower-case or capitalised particles that belong to a surname: "al-Sisi", "van Dijk", "bin Salman". */
const PARTICLES = new Set(['al', 'el', 'ul', 'ad', 'ash', 'as', 'at', 'az', 'ar', 'an', 'bin', 'ibn', 'abu', 'ben', 'bint', 'de', 'du', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'le', 'la', 'las', 'los', 'dos', 'das']);
/**
 * The generic last word of a place or organisation's name ("Ashcombe Road", "Rivercare Trust"): the name
 * is the whole phrase, told apart by the words before it, not a given name and a surname. Words that are
 * also common surnames (Hill, Park, Church, Court, Hall) are left out: "Damon Hill" is a person.
 */
const GENERIC_HEADS = new Set(
  ('road street avenue crescent terrace boulevard gardens square trust foundation charity council partnership association society ' +
    'university college academy hospital institute museum gallery company corporation authority commission agency federation')
    .split(' '),
);
/** Month abbreviations that are also names, read as names after a name word. */
const CALENDAR_NAMES = new Set(['May', 'Jan', 'Jun']);
/**
 * Irish particles, capitalised, that belong to the surname after them: "Ó Dálaigh", "Ní Bhriain". Without
 * their fada they are other things too: "Ni" and "Ui" count only before a lenited or vowel-initial name
 * (Ní lenites: "Ni Bhriain"), so a Chinese "Ni Hong" keeps its two parts; "O" only with no given name
 * before it ("Ms O Dalaigh"), since "Henry O Smith" has a middle initial. "Nic" is left out: in English
 * copy it is a given name far more often ("Nic Dunlop").
 */
const IRISH_PARTICLES = new Set(['Ó', 'Ní', 'Uí', 'Mhic']);
function irishParticle(word: string, next: string, first: boolean): boolean {
  if (IRISH_PARTICLES.has(word) || (word === 'O' && first)) return /^\p{Lu}/u.test(next);
  return (word === 'Ni' || word === 'Ui') && /^(?:[BCDFGMPST]h|[AEIOUÁÉÍÓÚ])/u.test(next);
}
/** Lower-case particles that may open a name with no given name before it ("said van der Linde"): not English words. */
const OPENING_PARTICLES = new Set(['van', 'von', 'de', 'del', 'della', 'der', 'den', 'du', 'da', 'di', 'dos', 'das', 'le', 'la', 'los', 'las', 'bin', 'ibn']);
/** Two particles that make one ("de la Cruz", "van der Berg"): a name follows the pair. */
const PARTICLE_PAIRS = new Set(['de la', 'de las', 'de los', 'de le', 'van der', 'van den', 'van de', 'von der', 'von den']);
/** Capitalised words that are never names (sentence openers, calendar words, pronouns). */
const NOT_NAMES = new Set(
  ('a an the this that these those it its he she they we i you his her their our my your there here then when where while what which who ' +
    'how why if and but or so yet for nor of in on at by to from with as after before during since until about over under into than ' +
    'not no yes all some many most more much any each every both either neither one two three four five six seven eight nine ten ' +
    `${[...WEEKDAY_NAMES, ...MONTH_NAMES].join(' ').toLowerCase()} ` +
    'today yesterday tomorrow tonight mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'meanwhile however although though also only even still just now later earlier instead despite among between against ' +
    'police officials residents rescuers witnesses voters critics analysts lawyers prosecutors investors ministers figures data ' +
    'mr mrs ms dr sir')
    .split(' '),
);

// ---------------------------------------------------------------------------------------------
// Per-paragraph extract

interface Token {
  text: string;
  /** Offsets relative to the block's prose. */
  start: number;
  end: number;
}

interface Mention {
  titles: string[];
  given: Token[];
  surname: Token;
  /** First word of its sentence, or in a heading: its capital letter says nothing. */
  weak: boolean;
  sentence: number;
  /** The surname's skeleton, and each given name keyed with it: computed once per paragraph, not per lint. */
  family: string;
  givenKeys: string[];
  /** Read from a headline in capitals: its spelling is title-cased, its case says nothing. */
  caps?: boolean;
  /** An item of a list of names ("Webb; Lane, Pryce, Okoro"; "Cole (Pryce 85)"), not a name in a clause. */
  listed?: boolean;
  /** Followed by what a person does in copy: a reporting verb, an auxiliary, ", who" ("Halloren told …"). */
  acts?: boolean;
  /**
   * For a full name (given names and a surname), the words of the noun phrase set after it between commas,
   * who the person is ("Sanjay Mehta, chief economist at Halden Bank,"), less determiners and prepositions.
   */
  described?: string[];
  /**
   * The first given name opens the sentence, before another given name: its capital says nothing, and it may
   * be a role or a common noun ("Striker Kofi Mensah scored"), so the next word may be the given name.
   */
  opensSentence?: boolean;
}

interface Extract {
  mentions: Mention[];
}

/**
 * What may stand between two words of one name: a space, or a line break inside a paragraph (plain-text
 * copy is often wrapped at a fixed width, and "Abbas⏎Araghchi" is still one name).
 */
const NAME_GAP = /^(?:[ \u00A0]|[ \t]*\r?\n[ \t]*)$/;
function nameGap(prose: string, from: number, to: number): boolean {
  // Nearly always one space: checked before the pattern, which runs once per pair of words in a run.
  return (to === from + 1 && prose.charCodeAt(from) === 32) || NAME_GAP.test(prose.slice(from, to));
}
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’\-]*[\p{L}\p{M}]|[\p{L}]/gu;
// Two caches rather than a prefixed key: building a key per paragraph on every lint costs as much as the lookup.
const extracts = paragraphCache<string, Extract>('name-consistency:extracts');
const headingExtracts = paragraphCache<string, Extract>('name-consistency:heading-extracts');

export function namesIn(prose: string, heading: boolean): Extract {
  return (heading ? headingExtracts : extracts).through(prose, () => readNames(prose, heading));
}

function readNames(prose: string, heading: boolean): Extract {
  if (heading && /\p{Lu}/u.test(prose) && !/\p{Ll}/u.test(prose)) return capsNames(prose);
  const sentences = proseSentences(prose);
  const tokens: (Token & { sentence: number; initial: boolean })[] = [];
  let s = 0;
  let lastSentence = -1;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(prose); m; m = WORD.exec(prose)) {
    while (s < sentences.length - 1 && m.index >= sentences[s].end) s++;
    let text = m[0];
    // A possessive is the name: "Klitschko's" → "Klitschko".
    // (Tested by hand, not with a regex: this runs for every word of the draft.)
    if (text.length > 1 && text.charCodeAt(text.length - 1) === 115 /* s */ && (text[text.length - 2] === "'" || text[text.length - 2] === '’')) text = text.slice(0, -2);
    const initial = s !== lastSentence;
    lastSentence = s;
    // Lower-case words only matter as particles ("van", "al-Sisi"): the rest are not kept (a run of
    // names needs its words a single space apart, so a word left out still breaks it).
    const code = text.charCodeAt(0);
    if (code >= 97 && code <= 122 && !PARTICLES.has(text) && !(text.includes('-') && /^(?:al|el|bin|ibn|abu|ul|ad|ash)-\p{Lu}/u.test(text))) continue;
    tokens.push({ text, start: m.index, end: m.index + text.length, sentence: s, initial });
  }
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const opening = opensWithParticle(tokens, i, prose);
    if (!isNameWord(tokens[i].text) && !opening) {
      i++;
      continue;
    }
    // A run of capitalised words (and particles between them) separated only by a space.
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1].sentence === tokens[i].sentence && nameGap(prose, tokens[j].end, tokens[j + 1].start)) {
      const next = tokens[j + 1].text;
      // A particle, or a chain of them ("de la Cruz", "van der Berg"), joins the run when a name follows it.
      let particle = false;
      if (PARTICLES.has(next.toLowerCase())) {
        let after = j + 2;
        if (after < tokens.length && PARTICLE_PAIRS.has(`${next.toLowerCase()} ${tokens[after].text.toLowerCase()}`)) after++;
        // The name must follow it a space apart in the same sentence: in "Abdullah al-Rashidi at a news
        // conference. Al-Rashidi said", "at" is a preposition (the lower-case words between are not tokens).
        particle = after < tokens.length && tokens[after].sentence === tokens[i].sentence && nameGap(prose, tokens[after - 1].end, tokens[after].start) && isNameWord(tokens[after].text);
      }
      // Inside a name, "May", "Jan" and "Jun" are names ("Theresa May", "Min Jun Kim"), not months.
      if (!isNameWord(next) && !particle && !(CALENDAR_NAMES.has(next) && isNameWord(tokens[j].text))) break;
      j++;
    }
    const run = tokens.slice(i, j + 1);
    const weak = heading || run[0].initial;
    let k = 0;
    const titles: string[] = [];
    while (k < run.length - 1 && TITLES.has(run[k].text.toLowerCase().replace(/\.$/, ''))) titles.push(run[k++].text.toLowerCase());
    // Words that are never names at the front of the run ("The", "On"): dropped; but "Jan" before
    // "van der Linde" is his given name.
    while (k < run.length && NOT_NAMES.has(run[k].text.toLowerCase()) && !(k === 0 && opening && CALENDAR_NAMES.has(run[0].text))) k++;
    let rest = run.slice(k);
    if (rest.length > 0 && !(rest.length === 1 && TITLES.has(rest[0].text.toLowerCase()))) {
      let surnameAt = rest.length - 1;
      let skipped = 0;
      if (rest.length > 1 && GENERIC_HEADS.has(rest[surnameAt].text.toLowerCase())) {
        // A place or organisation: its generic word and the capitalised words before it are its name;
        // words before those are not its given names.
        let p = surnameAt;
        while (p > 0 && /^\p{Lu}/u.test(rest[p - 1].text) && !PARTICLES.has(rest[p - 1].text.toLowerCase())) p--;
        if (p < surnameAt) {
          skipped = p;
          rest = rest.slice(p);
          surnameAt = 0;
        }
      }
      // Particles before the surname belong to it, a chain of them too ("de la Cruz").
      while (surnameAt > 0 && (PARTICLES.has(rest[surnameAt - 1].text.toLowerCase()) || irishParticle(rest[surnameAt - 1].text, rest[surnameAt].text, surnameAt === 1))) surnameAt--;
      const surnameTokens = rest.slice(surnameAt);
      const surnameText = prose.slice(surnameTokens[0].start, surnameTokens[surnameTokens.length - 1].end);
      const surname: Token = { text: surnameText.includes('\n') ? surnameText.replace(/[ \t]*\r?\n[ \t]*/g, ' ') : surnameText, start: surnameTokens[0].start, end: surnameTokens[surnameTokens.length - 1].end };
      const given = rest.slice(0, surnameAt).filter((t) => !PARTICLES.has(t.text.toLowerCase()));
      const surnameWeak = weak && k === 0 && skipped === 0 && surnameAt === 0 && titles.length === 0;
      const family = skeleton(surname.text);
      mentions.push({
        titles,
        given: given.map(({ text, start, end }) => ({ text, start, end })),
        givenKeys: given.map((g) => `${g.text}\u0000${family}`),
        family,
        surname,
        weak: surnameWeak || heading,
        sentence: run[0].sentence,
        listed: LIST_BEFORE.test(prose.slice(Math.max(0, run[0].start - 3), run[0].start)) && LIST_AFTER.test(prose.slice(surname.end, surname.end + 5)),
        acts: PERSON_NEXT.test(prose.slice(surname.end, surname.end + 14)),
        described: given.length > 0 ? appositiveAfter(prose, surname.end) : undefined,
        opensSentence: given.length > 1 && given[0] === run[0] && run[0].initial ? true : undefined,
      });
    }
    i = j + 1;
  }
  return { mentions };
}

/** A noun phrase set off by commas after a name, up to the next comma or the sentence's end. */
const APPOSITIVE = /^(?:['’]s)?,[ \t\u00A0]+([^,.;:!?"“”()\n]{2,80}?)(?=[,.;:!?)]|["“”]|$)/u;
/** What opens a clause, not a noun phrase: a relative, a conjunction, a verb ("Joanne Gallacher, said …"). */
const NOT_APPOSITIVE = /^(?:who|whom|whose|which|that|where|when|while|and|but|or|nor|so|yet|if|as|because|although|though|however|then|also|said|says|told|tells|added|adds|is|was|are|were|has|had|have|will|would|could|can|may|might|did|does|do|speaking|according|in|on|at|for|with|from|by|after|before|during|since|he|she|they|it|we|i)\b/iu;
/** Words that say nothing of who a person is: determiners and prepositions. */
const DESCRIPTION_FILLERS = new Set('a an the at of for in on with from to by and its his her their our this that'.split(' '));
/** A word of a description, as written (a trailing apostrophe or hyphen kept). */
const DESCRIPTION_WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

/**
 * The content words of an appositive after a full name ("Sanjay Mehra, a fund manager at Corbel Asset
 * Management, was …" → fund, manager, corbel, asset, management), or undefined when none follows.
 */
function appositiveAfter(prose: string, end: number): string[] | undefined {
  if (prose.charCodeAt(end) !== 44 /* , */ && prose.charCodeAt(end + 2) !== 44) return undefined;
  const m = APPOSITIVE.exec(prose.slice(end, end + 90));
  if (!m || NOT_APPOSITIVE.test(m[1])) return undefined;
  const words = (m[1].match(DESCRIPTION_WORD) ?? []).map((w) => w.toLowerCase()).filter((w) => !DESCRIPTION_FILLERS.has(w));
  return words.length ? words : undefined;
}

/** A list of names around a mention: a separator before it and after it (a line-up, a list of scorers). */
const LIST_BEFORE = /[,;:(]\s*$/;
const LIST_AFTER = /^\s*(?:[,;)]|\d|and\b|&)/;
/** What follows a person's name as the subject of a clause: a reporting verb, an auxiliary, ", who". */
const PERSON_NEXT = /^(?:,\s*who\b|\s+(?:said|says|told|tells|added|adds|asked|asks|argued|argues|insisted|insists|warned|warns|denied|denies|admitted|admits|claimed|claims|stressed|explained|wrote|writes|replied|confirmed|accepted|declined|refused|agreed|noted|has|had|is|was|will|would|could|did|does)\b)/;

/**
 * A headline in capitals ("PROCTER BUDGET CLEARS SENATE") names people too, and a misspelling there is
 * the most visible of all. Its words are read one by one, title-cased, as a surname seen at a sentence
 * start is: they count only against a spelling used mid-sentence, and only when the draft does not use
 * the word in lower case. Which words are names, and how they group, capitals cannot say.
 */
function capsNames(prose: string): Extract {
  const mentions: Mention[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(prose); m; m = WORD.exec(prose)) {
    let word = m[0];
    const possessive = /['’]S$/.exec(word);
    if (possessive) word = word.slice(0, -2);
    const lower = word.toLowerCase();
    if (word.length < 4 || NOT_NAMES.has(lower) || TITLES.has(lower) || PARTICLES.has(lower)) continue;
    const text = word.replace(/\p{L}+/gu, (part) => part[0] + part.slice(1).toLowerCase());
    const family = skeleton(text);
    mentions.push({ titles: [], given: [], givenKeys: [], family, surname: { text, start: m.index, end: m.index + word.length }, weak: true, sentence: 0, caps: true });
  }
  return { mentions };
}

/**
 * A name that opens with a lower-case particle, no given name before it ("said van der Linde", "bin
 * Salman"), or "Jan" / "May" before such a name ("Jan van der Linde"): the particle chain must lead,
 * a single space apart, to a name word.
 */
function opensWithParticle(tokens: Token[], i: number, prose: string): boolean {
  let j = i;
  if (CALENDAR_NAMES.has(tokens[j].text)) j++;
  if (j >= tokens.length || !OPENING_PARTICLES.has(tokens[j].text)) return false;
  if (j > i && prose.slice(tokens[i].end, tokens[j].start) !== ' ') return false;
  let after = j + 1;
  if (after < tokens.length && PARTICLE_PAIRS.has(`${tokens[j].text} ${tokens[after].text}`)) after++;
  if (after >= tokens.length || !nameGap(prose, tokens[after - 1].end, tokens[after].start)) return false;
  const name = tokens[after].text;
  return isNameWord(name) && !TITLES.has(name.toLowerCase()) && !GENERIC_HEADS.has(name.toLowerCase());
}

/** A capitalised word that may be (part of) a name: not an acronym, not a calendar or function word. */
function isNameWord(text: string): boolean {
  if (!/^\p{Lu}/u.test(text)) return /^(?:al|el)-\p{Lu}/u.test(text);
  if (text.length > 1 && text === text.toUpperCase()) return false;
  return !NOT_NAMES.has(text.toLowerCase()) || TITLES.has(text.toLowerCase());
}

// ---------------------------------------------------------------------------------------------
// Comparing spellings

/**
 * Letters that NFD does not split into a base letter and a mark, read by anyone whose keyboard lacks
 * them as that base letter: Turkish dotless ı (Yıldırım / Yildirim; its capital İ loses its dot to NFD),
 * Danish and Norwegian ø (Søren / Soren), Polish ł (Wałęsa / Walesa), South Slavic đ (Đoković / Djokovic
 * is a transliteration, but Đokovic / Dokovic is the dropped stroke), and æ written out as ae (Kjær / Kjaer).
 */
const UNDECOMPOSED = /[ıøłđæ]/g;
const BASE_LETTER: Record<string, string> = { ı: 'i', ø: 'o', ł: 'l', đ: 'd', æ: 'ae' };
function undecomposed(letter: string): string {
  return BASE_LETTER[letter];
}

const skeletons = paragraphCache<string, string>('name-consistency:skeletons');

/** A spelling folded for transliteration: the same skeleton is the same name to a reader. */
export function skeleton(text: string): string {
  return skeletons.through(text, computeSkeleton);
}

function computeSkeleton(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .replace(UNDECOMPOSED, undecomposed)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    // Mac and Mc are one prefix (MacDonald / McDonald), a word's start only, before a name of its own.
    .replace(MAC, '$1mc')
    .replace(/['’\-\s.]/g, '')
    .replace(/tsch|tch/g, 'ch')
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/q/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/x/g, 'ks')
    .replace(/y/g, 'i')
    .replace(/ue/g, 'u')
    .replace(/(.)\1+/g, '$1');
}

/**
 * A given name's skeleton also folds "ou" to "u", the French-style transliteration of Arabic and Persian
 * names (Youssef / Yusuf, Mourad / Murad, Abdoulaye / Abdulaye). Only for a given name, compared within
 * one surname: in a surname, and in Chinese names the rule reads surname-last, "ou" and "u" are other
 * names (Young / Yung, pinyin Shoujun / Shujun).
 */
function givenSkeleton(text: string): string {
  const folded = skeleton(text);
  return folded.includes('ou') ? folded.replace(/ou/g, 'u').replace(/(.)\1+/g, '$1') : folded;
}

/** Optimal string alignment distance, up to a bound (returns bound + 1 beyond it). */
function distance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(m + 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > bound) return bound + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[m];
}

/** Endings that make another word or another name: plurals, demonyms (Israel / Israeli, Reeve / Reeves). */
const NAME_SUFFIXES = /^(?:s|es|i|n|a|an|ian|ans|ese|ish|er|ers|ns|is)$/;
/** …and for given names, feminine forms (Daniel / Danielle, Louis / Louise); a surname's "e" is often a slip (Featherston / Featherstone). */
const GIVEN_SUFFIXES = /^(?:e|le|ne|te|ette|ine)$/;
/** Final vowels that mark a given name's gender in Romance languages (Carlo / Carla, Simone / Simona). */
const GENDERED_ENDINGS = new Set(['a', 'o', 'e']);

const pairs = paragraphCache<string, boolean>('name-consistency:pairs');

/** Whether two different spellings read as the same name (`given`: both are given names). */
export function sameName(a: string, b: string, given = false): boolean {
  return pairs.through(`${given ? 'g' : 's'}${a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`}`, () => compareSpellings(a, b, given));
}

function compareSpellings(a: string, b: string, given: boolean): boolean {
  if (a === b) return false;
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  // A capital at a word's start says nothing (a sentence start, a heading: "De la Cruz"); one inside a
  // word is part of the spelling (MacDonald / Macdonald, DeSantis / Desantis).
  if (la === lb) return innerCaseDiffers(a, b);
  // A place or organisation ("Ashcombe Road", "Rivercare Trust") is told apart by the words before its
  // generic word: those are compared as a surname is, the generic word must be the same.
  const ha = headOf(la);
  const hb = headOf(lb);
  if (ha || hb) {
    if (ha !== hb) return false;
    const ra = a.slice(0, a.length - ha!.length).trimEnd();
    const rb = b.slice(0, b.length - hb!.length).trimEnd();
    return ra.length > 0 && rb.length > 0 && compareSpellings(ra, rb, false);
  }
  const sa = given ? givenSkeleton(a) : skeleton(a);
  const sb = given ? givenSkeleton(b) : skeleton(b);
  if (sa.length < 4 || sb.length < 4) return false;
  // "Israel" / "Israeli", "Reeve" / "Reeves", "Park" / "Parks": another word, not another spelling.
  const [ma, mb] = [macFold(la), macFold(lb)];
  const [short, long] = ma.length <= mb.length ? [ma, mb] : [mb, ma];
  if (long.startsWith(short) && (NAME_SUFFIXES.test(long.slice(short.length)) || (given && GIVEN_SUFFIXES.test(long.slice(short.length))))) return false;
  // The other way round, the country is the longer word: German / Germany, Roman / Romany. Only after
  // "-an", so a surname's dropped final "y" (Kenned / Kennedy) is still a slip.
  if (long === `${short}y` && short.endsWith('an')) return false;
  // A given name's last vowel that marks its gender makes another person's name (Carla / Carlo, Maria /
  // Mario, Daniela / Daniele, Paolo / Paola), as Daniel / Danielle does.
  if (given && la.length === lb.length && la.length >= 4 && la.slice(0, -1) === lb.slice(0, -1) && GENDERED_ENDINGS.has(la.slice(-1)) && GENDERED_ENDINGS.has(lb.slice(-1))) return false;
  if (!shortSyllablesAgree(la, lb, KOREAN_GIVEN.test(a) && KOREAN_GIVEN.test(b))) return false;
  if (sa === sb) return true;
  if (Math.min(letters(a), letters(b)) < 5) return false;
  if (distance(sa, sb, 1) <= 1) return true;
  // A fold can widen a one-letter slip: "gh" folds to "g" but "ch" stays, so Gallagher / Gallacher
  // (one letter changed) are "galager" / "galacher"; "tch" folds to "ch", so Kiprotich / Kiprotch (one
  // dropped) are "kiprotich" / "kiproch". One edit on the letters as written is still one slip.
  if (distance(plainFoldOf(a), plainFoldOf(b), 1) <= 1) return true;
  // In a long name, a letter moved by two places is still a slip: the same letters, two edits apart
  // ("Papadopoulos" / "Papadopolous").
  return Math.min(sa.length, sb.length) >= 9 && sa.length === sb.length && [...sa].sort().join('') === [...sb].sort().join('') && distance(sa, sb, 2) <= 2;
}

function innerCaseDiffers(a: string, b: string): boolean {
  for (let i = 1; i < a.length; i++) {
    if (a[i] !== b[i] && /[\p{L}\p{M}]/u.test(a[i - 1])) return true;
  }
  return false;
}

/** "MacDonalds" against "McDonald" is still a plural: the prefix folded before looking at the ending. */
function macFold(lower: string): string {
  return lower.replace(MAC, '$1mc');
}

/** Mac and Mc are one prefix (MacDonald / McDonald), a word's start only, before a name of its own. */
const MAC = /(^|[\s'’-])mac(?=\p{L}{3})/gu;

/** The generic last word of a multi-word place or organisation name, if it has one. */
function headOf(lower: string): string | undefined {
  const at = lower.lastIndexOf(' ');
  if (at < 0) return undefined;
  const last = lower.slice(at + 1);
  return GENERIC_HEADS.has(last) ? last : undefined;
}

function letters(text: string): number {
  return text.replace(/[^\p{L}]/gu, '').length;
}

/**
 * Names written in syllables or parts (hyphens or spaces) whose parts differ in a short one are other
 * names: a letter changes a syllable of two or three letters into another (Korean "Jae-in" / "Jae-un",
 * Vietnamese "Van An" / "Van Anh"). A particle ("al-" / "el-") is not such a part.
 */
function shortSyllablesAgree(a: string, b: string, korean = false): boolean {
  if (!/[-\s]/.test(a) && !/[-\s]/.test(b)) return true;
  const pa = a.split(/[-\s]+/);
  const pb = b.split(/[-\s]+/);
  if (pa.length !== pb.length) return true;
  for (let i = 0; i < pa.length; i++) {
    if (pa[i] === pb[i]) continue;
    if (isParticlePart(pa[i]) && isParticlePart(pb[i])) continue;
    if (korean && oneKoreanSyllable(pa[i], pb[i])) continue;
    if (Math.min(pa[i].length, pb[i].length) <= 3) return false;
  }
  return true;
}

/**
 * Two romanisations of one Korean syllable: Revised Romanisation's "eo" is McCune-Reischauer's "ŏ", which
 * English copy writes "o" without its breve (연 "yeon" / "yon", 현 "hyeon" / "hyon"). Folded only where the
 * "o" spelling cannot be a Revised Romanisation syllable of its own: a "yo" glide before a final consonant
 * (욘, 횬, 뵹 are not name syllables), and not "yong" (용) nor an "r" start (룡). Elsewhere the "o" spelling is a
 * syllable of its own and may be another person's name (정 "jeong" / 종 "jong", 영 "yeong" / 용 "yong"); so
 * is every "u" spelling of "eu" (은 "eun" / 운 "un", 승 "seung" / the family spelling "Sung" of 성), and the
 * consonant pairs (대 "dae" / 태 "tae", 병 "byeong" / 평 "pyeong"): those are left apart.
 */
function oneKoreanSyllable(a: string, b: string): boolean {
  const [mr, rr] = a.length < b.length ? [a, b] : [b, a];
  return rr.replace('eo', 'o') === mr && MR_ONLY_YO.test(mr) && !/^r|^yong$/.test(mr);
}
/** A syllable spelled with a "yo" glide and a final consonant: only McCune-Reischauer's yŏ writes it. */
const MR_ONLY_YO = /^(?:[bcdghjkmnpst]|ch)?yo(?:n|ng|l|k|p|m)$/;

function isParticlePart(lower: string): boolean {
  return PARTICLES.has(lower) || IRISH_LOWER.has(lower);
}
/** The Irish particles in lower case, with and without their fada. */
const IRISH_LOWER = new Set([...IRISH_PARTICLES].flatMap((p) => [p.toLowerCase(), plainFold(p)]));

const deletionLists = paragraphCache<string, string[]>('name-consistency:deletions');

function deletions(key: string): string[] {
  return deletionLists.through(key, computeDeletions);
}

function computeDeletions(key: string): string[] {
  const out = [key];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

// ---------------------------------------------------------------------------------------------
// The rule

interface Occurrence {
  /** Absolute offsets of the spelling. */
  start: number;
  end: number;
  mention: Mention;
  /** Sentence id across the draft: block index and sentence. */
  /** Sentence id across the draft: block index · 65536 + sentence. */
  sentence: number;
  role: 'surname' | 'given';
  /** For given names: the surname's skeleton they go with. */
  family?: string;
}

interface Spelling {
  text: string;
  occurrences: Occurrence[];
  /** Appears as a name somewhere that is not the start of a sentence or a heading. */
  strong: boolean;
}

export const nameConsistency = defineRule({
  id: 'name-consistency',
  summary: 'A name spelled two ways in one draft (Araghchi / Araqchi, Procter / Proctor, Zelenskyy / Zelensky).',
  defaultSeverity: 'warning',
  options: Options({
    names: Type.Array(Type.String(), {
      default: [],
      description: 'House spellings of names (e.g. "Zelensky", "Al Jazeera") that always win: any other spelling of them is flagged, even when the house spelling is not in the draft.',
    }),
  }),
  check({ doc, options }) {
    // Each word of a house name needs a letter or digit ("-" or "  " would match everywhere).
    const house = options.names.map((n) => n.trim()).filter((n) => n.length > 0 && n.split(/[\s-]+/).every((part) => /[\p{L}\p{N}]/u.test(part)));
    const surnames = new Map<string, Spelling>();
    const given = new Map<string, Spelling>();
    const proses = prosesWithCaptions(doc);
    // Each paragraph's names are looked up once per lint; the hyphen checks below walk the same list.
    const extracts = doc.blocks.map((block, b) => namesIn(proses[b], block.kind === 'heading'));
    doc.blocks.forEach((block, b) => {
      for (const mention of extracts[b].mentions) {
        const sentence = b * 65536 + mention.sentence;
        add(surnames, mention.surname.text, { start: block.start + mention.surname.start, end: block.start + mention.surname.end, mention, sentence, role: 'surname' }, !mention.weak);
        mention.given.forEach((g, k) => add(given, mention.givenKeys[k], { start: block.start + g.start, end: block.start + g.end, mention, sentence, role: 'given', family: mention.family }, true));
      }
    });
    mergeCaps(surnames);
    const findings: RuleFinding[] = [];
    const flagged = new Set<string>();
    if (house.length) houseFindings(doc, house, [...surnames.values(), ...given.values()], findings, flagged);
    // A spelling seen only at sentence starts or in headings is a name unless the draft also uses it in
    // lower case ("Rescuers" / "rescuers"); looked up only for spellings that pair with another.
    const lowerCase = new Map<string, boolean>();
    const isName = (s: Spelling) => s.strong || !usedInLowerCase(doc.text, s.text.toLowerCase(), lowerCase);
    compareGroup(doc, [...surnames.values()], findings, flagged, (s) => s.text, isName);
    // Given names are compared within one family: "Andriy Yermak" / "Andrii Yermak".
    const byFamily = new Map<string, Spelling[]>();
    for (const [key, spelling] of given) {
      const family = key.split('\u0000')[1];
      const list = byFamily.get(family) ?? [];
      list.push({ ...spelling, text: key.split('\u0000')[0] });
      byFamily.set(family, list);
    }
    for (const list of byFamily.values()) if (list.length > 1) compareGroup(doc, list, findings, flagged, (s) => s.text, () => true);
    unhyphenated(doc, proses, extracts, surnames, findings, flagged);
    strayPlural(doc, surnames, findings, flagged);
    unhyphenatedGiven(doc, proses, extracts, given, findings, flagged);
    romanisedSurnames(doc, extracts, findings, flagged);
    return findings;
  },
});

/**
 * Each block's prose, with the alt text of Markdown images put back: a photo caption
 * ("![Rep. Alana Smith Jones speaks …](…)") names people too, and a name misspelled there is a
 * correction like any other. Only this rule reads captions; the document model leaves them out.
 */
function prosesWithCaptions(doc: DraftDocument): string[] {
  const proses = doc.blocks.map((block) => block.prose);
  if (doc.format !== 'markdown') return proses;
  let b = 0;
  for (let at = doc.text.indexOf('!['); at >= 0; at = doc.text.indexOf('![', at + 2)) {
    while (b < doc.blocks.length && doc.blocks[b].end <= at) b++;
    if (b === doc.blocks.length) break;
    const block = doc.blocks[b];
    if (at < block.start) continue;
    const alt = /^!\[([^\]\n]+)\]\(/.exec(doc.text.slice(at, Math.min(block.end, at + 1000)));
    if (!alt) continue;
    const from = at + 2 - block.start;
    // Only where the prose is blank: an image's alt text, never text a rule already reads.
    if (proses[b].slice(from, from + alt[1].length).trim() !== '') continue;
    proses[b] = proses[b].slice(0, from) + alt[1] + proses[b].slice(from + alt[1].length);
  }
  return proses;
}

/**
 * A double-barrelled surname written without its hyphen reads as a given name and a surname
 * ("Ms Heathcote Blair" against "Ms Heathcote-Blair"): flagged when the hyphenated form is used at least
 * as often, and never for a particle ("al-Sisi"). Another given name before it ("Alana Smith Jones")
 * must be one the hyphenated name is used with ("Alana Smith-Jones"): otherwise it may be a middle name.
 */
function unhyphenated(doc: DraftDocument, proses: string[], extracts: Extract[], surnames: Map<string, Spelling>, findings: RuleFinding[], flagged: Set<string>): void {
  const hyphenated = new Map<string, Spelling>();
  for (const s of surnames.values()) {
    if (s.text.includes('-') && !PARTICLES.has(s.text.split('-')[0].toLowerCase()) && s.text.split('-').every((p) => p.length > 3)) hyphenated.set(plainFold(s.text), s);
  }
  if (hyphenated.size === 0) return;
  const spaced = new Map<string, { major: Spelling; spelling: Spelling }>();
  doc.blocks.forEach((block, b) => {
    for (const mention of extracts[b].mentions) {
      if (mention.given.length === 0) continue;
      const g = mention.given[mention.given.length - 1];
      if (proses[b].slice(g.end, mention.surname.start) !== ' ') continue;
      const major = hyphenated.get(plainFold(g.text + mention.surname.text));
      if (!major) continue;
      if (mention.given.length > 1) {
        const first = plainFold(mention.given[0].text);
        if (!major.occurrences.some((o) => o.mention.given.length > 0 && plainFold(o.mention.given[0].text) === first)) continue;
      }
      const text = `${g.text} ${mention.surname.text}`;
      const entry = spaced.get(text) ?? { major, spelling: { text, occurrences: [], strong: true } };
      entry.spelling.occurrences.push({ start: block.start + g.start, end: block.start + mention.surname.end, mention, sentence: b * 65536 + mention.sentence, role: 'surname' });
      spaced.set(text, entry);
    }
  });
  for (const { major, spelling } of spaced.values()) {
    if (major.occurrences.length >= spelling.occurrences.length) report(doc, spelling, major, [major, spelling], findings, flagged, (s) => s.text);
  }
}

/**
 * A hyphenated given name written as two words with the same surname ("Min-jun Kim" / "Min Jun Kim",
 * "Jean-Pierre Lacroix" / "Jean Pierre Lacroix"): flagged when the hyphenated form is used at least as often.
 */
function unhyphenatedGiven(doc: DraftDocument, proses: string[], extracts: Extract[], given: Map<string, Spelling>, findings: RuleFinding[], flagged: Set<string>): void {
  const hyphenated = new Map<string, Spelling>();
  for (const [key, s] of given) {
    const [text, family] = key.split('\u0000');
    if (text.includes('-') && !PARTICLES.has(text.split('-')[0].toLowerCase())) hyphenated.set(`${plainFold(text)}\u0000${family}`, { ...s, text });
  }
  if (hyphenated.size === 0) return;
  const spaced = new Map<string, { major: Spelling; spelling: Spelling }>();
  doc.blocks.forEach((block, b) => {
    for (const mention of extracts[b].mentions) {
      for (let k = 0; k + 1 < mention.given.length; k++) {
        const [x, y] = [mention.given[k], mention.given[k + 1]];
        if (proses[b].slice(x.end, y.start) !== ' ') continue;
        const major = hyphenated.get(`${plainFold(x.text + y.text)}\u0000${mention.family}`);
        if (!major) continue;
        const text = `${x.text} ${y.text}`;
        const entry = spaced.get(`${text}\u0000${mention.family}`) ?? { major, spelling: { text, occurrences: [], strong: true } };
        entry.spelling.occurrences.push({ start: block.start + x.start, end: block.start + y.end, mention, sentence: b * 65536 + mention.sentence, role: 'given', family: mention.family });
        spaced.set(`${text}\u0000${mention.family}`, entry);
      }
    }
  });
  for (const { major, spelling } of spaced.values()) {
    if (major.occurrences.length >= spelling.occurrences.length) report(doc, spelling, major, [major, spelling], findings, flagged, (s) => s.text);
  }
}

/**
 * One Korean surname romanised in the ways English copy uses (Revised Romanisation, McCune-Reischauer and
 * the spellings families keep): 최 is Choi or Choe, 이 Lee, Yi or Rhee, 박 Park or Pak. A general fact of
 * the language, like the transliteration folds: spelled two ways these are too short to compare by
 * letters, and a letter apart they may be other surnames (Kang / Jang, Son / Song, Kim / Lim).
 */
const KOREAN_SURNAMES = [
  'choi choe', 'lee yi rhee ri', 'park pak bak', 'kim gim', 'jung jeong chung', 'kang gang', 'cho jo', 'yoon yun youn',
  'jang chang', 'lim im rim', 'seo suh', 'shin sin', 'kwon gwon', 'ahn an', 'jeon jun chun chon', 'cheon chun', 'ko go koh',
  'moon mun', 'son sohn', 'bae pae', 'baek paek paik', 'heo huh hur', 'yoo yu', 'noh roh', 'kwak gwak', 'sung seong',
  'joo ju', 'koo gu ku', 'jin chin', 'ji chi', 'eom um uhm', 'byun byeon pyun', 'bang pang', 'gong kong', 'hyun hyeon',
].map((group) => group.split(' '));
const KOREAN_GROUPS = new Map<string, number[]>();
KOREAN_SURNAMES.forEach((group, g) => group.forEach((name) => KOREAN_GROUPS.set(name, [...(KOREAN_GROUPS.get(name) ?? []), g])));
/** A Korean given name as English copy writes it: two syllables joined by a hyphen ("Young-soo", "Ji-hoon"). */
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u;
/** Two words one space apart: a surname and a given name, nothing between them. */
const TWO_WORDS = /^\S+ \S+$/;

/**
 * One person's Korean surname romanised two ways: "Choi Young-soo" and "Choe Young-soo" (or "Young-soo
 * Choi" / "Young-soo Choe"), the whole given name the same. With the given name identical, two
 * romanisations of one surname are one person, unless both are named in one sentence. The less frequent
 * spelling is flagged (the later on a tie), with the full name.
 */
function romanisedSurnames(doc: DraftDocument, extracts: Extract[], findings: RuleFinding[], flagged: Set<string>): void {
  // By the given name and the surname's group: each spelling of the surname with its uses.
  const byPerson = new Map<string, Map<string, Spelling>>();
  doc.blocks.forEach((block, b) => {
    for (const mention of extracts[b].mentions) {
      if (mention.given.length !== 1) continue;
      const [first] = mention.given;
      // Surname first ("Choi Young-soo": read as a given name before a hyphenated surname), or last.
      const [family, given, span] = KOREAN_GIVEN.test(mention.surname.text) ? [first, mention.surname, first] : KOREAN_GIVEN.test(first.text) ? [mention.surname, first, mention.surname] : [];
      if (!family || !given || !span) continue;
      const groups = KOREAN_GROUPS.get(family.text.toLowerCase());
      if (!groups || family.text !== family.text[0] + family.text.slice(1).toLowerCase()) continue;
      const start = block.start + Math.min(first.start, mention.surname.start);
      const end = block.start + Math.max(first.end, mention.surname.end);
      const text = doc.text.slice(start, end);
      if (!TWO_WORDS.test(text)) continue;
      for (const g of groups) {
        const key = `${g}\u0000${given.text.toLowerCase()}`;
        const spellings = byPerson.get(key) ?? new Map<string, Spelling>();
        const spelling = spellings.get(family.text) ?? { text, occurrences: [], strong: true };
        spelling.occurrences.push({ start, end, mention, sentence: b * 65536 + mention.sentence, role: 'surname' });
        spellings.set(family.text, spelling);
        byPerson.set(key, spellings);
      }
    }
  });
  for (const spellings of byPerson.values()) {
    if (spellings.size !== 2) continue;
    const [p, q] = [...spellings.values()];
    const sentences = new Set(p.occurrences.map((o) => o.sentence));
    if (q.occurrences.some((o) => sentences.has(o.sentence))) continue;
    const [minor, major] = p.occurrences.length < q.occurrences.length || (p.occurrences.length === q.occurrences.length && p.occurrences[0].start > q.occurrences[0].start) ? [p, q] : [q, p];
    report(doc, minor, major, [major, minor], findings, flagged, (s) => s.text);
  }
}

/**
 * A word from a headline in capitals is the body's spelling when the letters agree ("MCDONALD" is
 * "McDonald", not "Mcdonald" against it): title-casing cannot restore a capital inside a word.
 */
function mergeCaps(surnames: Map<string, Spelling>): void {
  const byLower = new Map<string, Spelling>();
  for (const s of surnames.values()) if (s.occurrences.some((o) => !o.mention.caps)) byLower.set(s.text.toLowerCase(), s);
  for (const [key, s] of surnames) {
    if (s.occurrences.some((o) => !o.mention.caps)) continue;
    const body = byLower.get(key.toLowerCase());
    if (!body || body === s) continue;
    body.occurrences.push(...s.occurrences);
    body.occurrences.sort((a, b) => a.start - b.start);
    surnames.delete(key);
  }
}

function add(map: Map<string, Spelling>, key: string, occurrence: Occurrence, strong: boolean): void {
  let spelling = map.get(key);
  if (!spelling) map.set(key, (spelling = { text: key, occurrences: [], strong: false }));
  spelling.occurrences.push(occurrence);
  if (strong) spelling.strong = true;
}

function usedInLowerCase(text: string, word: string, memo: Map<string, boolean>): boolean {
  let found = memo.get(word);
  if (found === undefined) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    found = new RegExp(`(?<![\\p{L}\\p{M}])${escaped}(?![\\p{L}\\p{M}])`, 'u').test(text);
    memo.set(word, found);
  }
  return found;
}

/**
 * A surname with an "s" too many used alone for one person ("Lloyd said Fitzgibbons, who has now scored …") where
 * the draft introduces only someone with the other spelling ("the wing Eoin Fitzgibbon"): a bare surname refers
 * back to someone already named, and no one of that spelling was. A family in the plural ("the Procters") has
 * "the" before it; another person with the longer name ("Ellie Reeves") has given names or a title of their own.
 */
function strayPlural(doc: DraftDocument, surnames: Map<string, Spelling>, findings: RuleFinding[], flagged: Set<string>): void {
  for (const [text, stray] of surnames) {
    if (!/\p{Ll}s$/u.test(text)) continue;
    const base = surnames.get(text.slice(0, -1));
    if (!base || base.occurrences.length <= stray.occurrences.length || !base.strong) continue;
    if (!base.occurrences.some((o) => o.mention.given.length > 0)) continue;
    const alone = stray.occurrences.every((o) => o.role === 'surname' && o.mention.given.length === 0 && o.mention.titles.length === 0 && !o.mention.weak && !/\bthe\s+$/i.test(doc.text.slice(Math.max(0, o.start - 5), o.start)) && !/^['’]/.test(doc.text.slice(o.end, o.end + 1)));
    if (alone) report(doc, stray, base, [base], findings, flagged, (s) => s.text);
  }
}

function compareGroup(doc: DraftDocument, spellings: Spelling[], findings: RuleFinding[], flagged: Set<string>, textOf: (s: Spelling) => string, isName: (s: Spelling) => boolean): void {
  // Candidates: spellings sharing a skeleton or a one-letter deletion of it.
  const index = new Map<string, number[]>();
  const skeletons = spellings.map((s) => (isGiven(s) ? givenSkeleton(textOf(s)) : skeleton(textOf(s))));
  spellings.forEach((_, i) => {
    if (skeletons[i].length < 4) return;
    const put = (key: string) => {
      const list = index.get(key);
      if (!list) index.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    };
    for (const key of deletions(skeletons[i])) put(key);
    // The letters as written too: a fold may put a one-letter slip two edits apart (Gallagher /
    // Gallacher, sameName). Keys of the two kinds are kept apart by a prefix.
    for (const key of deletions(plainFoldOf(textOf(spellings[i])))) put(`\u0001${key}`);
  });
  // Union of same-name pairs into groups (a name may have three spellings: Müller / Mueller / Muller).
  const parent = spellings.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const seen = new Set<number>();
  /** Same-name spellings that, taken whole, belong to different people: checked person by person below. */
  const partial: [number, number][] = [];
  for (const list of index.values()) {
    if (list.length < 2 || list.length > 50) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x];
        const b = list[y];
        const pair = a * 1_000_003 + b;
        if (seen.has(pair)) continue;
        seen.add(pair);
        const A = spellings[a];
        const B = spellings[b];
        if (!A.strong && !B.strong) continue;
        // A word from a headline in capitals may be any word: it is compared only with a name the body
        // gives with a given name or a title, a person's.
        if ((capsOnly(A) && !personal(B)) || (capsOnly(B) && !personal(A))) continue;
        if (!sameName(textOf(A), textOf(B), isGiven(A)) || !isName(A) || !isName(B)) continue;
        if (distinctPeople(A, B)) {
          if (!isGiven(A)) partial.push([a, b]);
          continue;
        }
        parent[find(a)] = find(b);
      }
    }
  }
  const groups = new Map<number, number[]>();
  spellings.forEach((_, i) => {
    const root = find(i);
    if (root === i && !groups.has(i)) groups.set(i, [i]);
    else if (root !== i) groups.set(root, [...(groups.get(root) ?? [root]), i]);
  });
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const ranked = members.map((i) => spellings[i]).sort((p, q) => q.occurrences.length - p.occurrences.length || p.occurrences[0].start - q.occurrences[0].start);
    const major = ranked[0];
    // Spellings joined through a third (Mueller – Muller – Müller) may still be another person's name.
    const same = ranked.filter((s) => s === major || (sameName(textOf(s), textOf(major), isGiven(s)) && !distinctPeople(s, major)));
    for (const minor of same.slice(1)) report(doc, minor, major, same, findings, flagged, textOf);
  }
  for (const [a, b] of partial) {
    if (find(a) === find(b)) continue;
    for (const [minor, major, matched] of sameFullName(spellings[a], spellings[b])) {
      report(doc, { text: minor.text, occurrences: matched, strong: true }, major, [major], findings, flagged, textOf);
    }
  }
}

function capsOnly(s: Spelling): boolean {
  return s.occurrences.every((o) => o.mention.caps);
}

function personal(s: Spelling): boolean {
  return s.occurrences.some((o) => o.mention.given.length > 0 || o.mention.titles.length > 0);
}

/**
 * A spelling shared by several people ("Catriona McDonald", a cousin, and "Iain McDonald") is still a
 * slip where it is written with a full name the other spelling is used with more often ("Iain
 * MacDonald"): those uses are one person, unless the two full names meet in one sentence or their titles
 * disagree. Person by person, the spelling used less often with that given name is the slip; a tie
 * says nothing.
 */
function sameFullName(a: Spelling, b: Spelling): [Spelling, Spelling, Occurrence[]][] {
  const byGiven = (s: Spelling) => {
    const out = new Map<string, Occurrence[]>();
    for (const o of s.occurrences) {
      // An initial ("J. Smith") says too little to tie two spellings to one person.
      if (o.mention.given.length === 0 || /^\p{Lu}\.?$/u.test(o.mention.given[0].text)) continue;
      const key = plainFold(o.mention.given[0].text);
      out.set(key, [...(out.get(key) ?? []), o]);
    }
    return out;
  };
  const ga = byGiven(a);
  const gb = byGiven(b);
  const out: [Spelling, Spelling, Occurrence[]][] = [];
  for (const [key, inA] of ga) {
    const inB = gb.get(key);
    if (!inB || inA.length === inB.length) continue;
    const [minor, major, fewer, more] = inA.length < inB.length ? [a, b, inA, inB] : [b, a, inB, inA];
    const sentences = new Set(major.occurrences.map((o) => o.sentence));
    const matched = fewer.filter((o) => {
      if (sentences.has(o.sentence) || describedApart([o], more)) return false;
      const g = genderOf(o.mention);
      return more.some((x) => !g || !genderOf(x.mention) || genderOf(x.mention) === g);
    });
    if (matched.length) out.push([minor, major, matched]);
  }
  return out;
}

function genderOf(mention: Mention): 'm' | 'f' | undefined {
  for (const t of mention.titles) {
    if (MALE.has(t)) return 'm';
    if (FEMALE.has(t)) return 'f';
  }
  return undefined;
}

/** Two spellings that each belong to someone else: in one sentence, with conflicting titles, or with different given names. */
function distinctPeople(a: Spelling, b: Spelling): boolean {
  const sentences = new Set(a.occurrences.map((o) => o.sentence));
  if (b.occurrences.some((o) => sentences.has(o.sentence))) return true;
  const gender = (s: Spelling) => {
    const out = new Set<string>();
    for (const o of s.occurrences) for (const t of o.mention.titles) out.add(MALE.has(t) ? 'm' : FEMALE.has(t) ? 'f' : '');
    out.delete('');
    return out;
  };
  const ga = gender(a);
  const gb = gender(b);
  if (ga.size === 1 && gb.size === 1 && [...ga][0] !== [...gb][0]) return true;
  if (a.occurrences[0].role !== 'surname') return false;
  if (describedApart(a.occurrences, b.occurrences)) return true;
  // One use each, differing in a letter (not only in hyphens, spaces or accents), with nothing tying them
  // together (a given name or a title in common): too little to call them one person ("Alan Price" the
  // manager, "Pryce" in a team line-up; but "He Lifeng" / "He Li-feng").
  if (a.occurrences.length === 1 && b.occurrences.length === 1 && plainFold(a.text) !== plainFold(b.text) && !sharedContext(a.occurrences[0].mention, b.occurrences[0].mention)) {
    const [x, y] = [a.occurrences[0], b.occurrences[0]];
    if (!refersBack(x, y) && !refersBack(y, x)) return true;
  }
  const givenOf = (s: Spelling) => new Set(s.occurrences.flatMap((o) => (o.mention.given.length ? (o.mention.opensSentence ? [o.mention.given[0].text, o.mention.given[1].text] : [o.mention.given[0].text]) : [])));
  const na = givenOf(a);
  const nb = givenOf(b);
  if (na.size === 0 || nb.size === 0) return false;
  // A given name differing only in accents is the same ("Ó" / "O").
  for (const x of na) for (const y of nb) if (x === y || plainFold(x) === plainFold(y) || sameName(x, y, true) || initialOf(x, y)) return false;
  return true;
}

/**
 * Each spelling introduced in full with a description of its own, and no word in common between them
 * ("Sanjay Mehta, chief UK economist at Halden Bank" / "Sanjay Mehra, a fund manager at Corbel Asset
 * Management"): a writer who describes two people in two ways means two people. A slip in a second
 * introduction of one person nearly always repeats something of the first (the employer, the job).
 */
function describedApart(a: Occurrence[], b: Occurrence[]): boolean {
  const da = a.flatMap((o) => (o.mention.described ? [o.mention.described] : []));
  const db = b.flatMap((o) => (o.mention.described ? [o.mention.described] : []));
  return da.length > 0 && db.length > 0 && da.every((x) => db.every((y) => !x.some((w) => y.includes(w))));
}

/** An abbreviated title is the title ("Cllr" is "Councillor", "Insp" is "Inspector"). */
const TITLE_ABBREVIATIONS = new Map(
  Object.entries({
    cllr: 'councillor', prof: 'professor', sgt: 'sergeant', insp: 'inspector', det: 'detective', supt: 'superintendent', capt: 'captain',
    gen: 'general', col: 'colonel', maj: 'major', lt: 'lieutenant', adm: 'admiral', cmdr: 'commander', sen: 'senator',
    rep: 'representative', gov: 'governor', rev: 'reverend',
  }),
);
function titleOf(title: string): string {
  return TITLE_ABBREVIATIONS.get(title) ?? title;
}

/**
 * A bare surname (no given name, no title, not an item in a list of names) refers back to someone already
 * named: when its one use follows the other spelling's one use with a given name or a title ("Governor
 * Tobias Wendell …", later "Wendel told …"), the two are one person, though nothing else ties them.
 */
function refersBack(bare: Occurrence, named: Occurrence): boolean {
  const m = bare.mention;
  // At a sentence's start a capital says nothing: there the word must act as a person ("Halloren told"),
  // not open a phrase ("Parked cars …" after "Chief Mark Parker").
  return bare.role === 'surname' && named.role === 'surname' && named.start < bare.start && m.given.length === 0 && m.titles.length === 0 && !m.caps && !m.listed &&
    (!m.weak || !!m.acts) && (named.mention.given.length > 0 || named.mention.titles.length > 0);
}

const plainFolds = paragraphCache<string, string>('name-consistency:plain-folds');
function plainFoldOf(text: string): string {
  return plainFolds.through(text, plainFold);
}

/** Case, accents, hyphens, spaces and apostrophes folded, letters kept. */
function plainFold(text: string): string {
  return text.toLowerCase().replace(UNDECOMPOSED, undecomposed).normalize('NFD').replace(/\p{M}/gu, '').replace(/['’\-\s.]/g, '');
}

function sharedContext(a: Mention, b: Mention): boolean {
  if (a.titles.some((t) => b.titles.some((u) => titleOf(t) === titleOf(u)))) return true;
  return a.given.length > 0 && b.given.length > 0 && a.given.some((x) => b.given.some((y) => x.text === y.text || sameName(x.text, y.text, true)));
}

function isGiven(s: Spelling): boolean {
  return s.occurrences[0].role === 'given';
}

function initialOf(a: string, b: string): boolean {
  const initial = (s: string) => /^\p{Lu}\.?$/u.test(s);
  return (initial(a) && b.startsWith(a[0])) || (initial(b) && a.startsWith(b[0]));
}

function report(doc: DraftDocument, minor: Spelling, major: Spelling, all: Spelling[], findings: RuleFinding[], flagged: Set<string>, textOf: (s: Spelling) => string): void {
  const wanted = textOf(major);
  const count = major.occurrences.length;
  // "Clearly dominates": at least three uses and twice as many as this spelling.
  const safe = count >= 3 && count >= 2 * minor.occurrences.length;
  const others = all.filter((s) => s !== minor);
  const related: Related[] = others.flatMap((s) =>
    s.occurrences.slice(0, 5).map((o) => ({ start: o.start, end: o.end, message: `'${textOf(s)}' (line ${doc.lines.lineOf(o.start) + 1})` })),
  );
  const where = others.map((s) => `'${textOf(s)}' ${s.occurrences.length} time${s.occurrences.length === 1 ? '' : 's'} (line ${lineList(doc, s)})`).join(', ');
  for (const o of minor.occurrences) {
    const key = `${o.start}:${o.end}`;
    if (flagged.has(key)) continue;
    flagged.add(key);
    const fix: Fix = { title: `Use '${wanted}' (${count} time${count === 1 ? '' : 's'} in this draft)`, edits: [{ start: o.start, end: o.end, text: o.mention.weak ? capitalisedLike(wanted, doc.text.slice(o.start, o.end)) : particleCaseLike(wanted, doc.text.slice(o.start, o.end)) }], preferred: true, safe: safe || undefined };
    findings.push({
      start: o.start,
      end: o.end,
      message: `'${textOf(minor)}' is spelled ${where} elsewhere in this draft`,
      related,
      fixes: [fix],
    });
  }
}

/** "al-Sisi" written where "El-Sisi" opened a sentence (or stood in a heading) becomes "Al-Sisi"; in a headline in capitals, "AL-SISI". */
function capitalisedLike(text: string, like: string): string {
  if (like.length > 1 && /\p{Lu}/u.test(like) && !/\p{Ll}/u.test(like)) return text.toUpperCase();
  return /^\p{Lu}/u.test(like) && /^\p{Ll}/u.test(text) ? text[0].toUpperCase() + text.slice(1) : text;
}

/**
 * "van de Linde" written where "Van der Linde" is commoner becomes "van der Linde": whether a particle
 * takes a capital is house style, not the slip, so the writer's own case of it is kept.
 */
function particleCaseLike(text: string, like: string): string {
  const first = text.split(/[\s-]/)[0];
  if (!/^\p{Ll}/u.test(like) || !/^\p{Lu}/u.test(text) || !PARTICLES.has(first.toLowerCase()) || like.split(/[\s-]/)[0].toLowerCase() !== like.split(/[\s-]/)[0]) return text;
  return text[0].toLowerCase() + text.slice(1);
}

function lineList(doc: DraftDocument, s: Spelling): string {
  const lines = [...new Set(s.occurrences.map((o) => doc.lines.lineOf(o.start) + 1))];
  return lines.length > 3 ? `${lines.slice(0, 3).join(', ')}, …` : lines.join(', ');
}

/** House spellings win: any other spelling of them is flagged, even with the house spelling absent. */
function houseFindings(doc: DraftDocument, house: string[], spellings: Spelling[], findings: RuleFinding[], flagged: Set<string>): void {
  const phrases = house.filter((name) => /[\s-]/.test(name));
  if (phrases.length) {
    for (const block of doc.blocks) {
      for (const m of housePhrasesIn(block.prose, phrases)) pushHouse(block.start + m.start, block.start + m.end, m.text, m.name, findings, flagged);
    }
  }
  for (const name of house) {
    if (phrases.includes(name)) continue;
    for (const s of spellings) {
      const text = s.text.split('\u0000')[0];
      if (text === name || !(sameName(text, name) || text.toLowerCase() === name.toLowerCase())) continue;
      for (const o of s.occurrences) pushHouse(o.start, o.end, text, name, findings, flagged);
    }
  }
}

// Multi-word house names found in each paragraph, cached by its prose for the current list of names
// (emptied when the list changes), so a re-lint does not scan the whole draft again for each name.
// A new name per list of names: the old list's entries are never read again and age out of the cache.
let phraseGeneration = 0;
let phraseMatches = paragraphCache<string, { start: number; end: number; text: string; name: string }[]>('name-consistency:phrases:0');
let phraseKey = '';
let phrasePatterns: { name: string; re: RegExp }[] = [];

function housePhrasesIn(prose: string, phrases: string[]): { start: number; end: number; text: string; name: string }[] {
  const key = phrases.join('\u0000');
  if (key !== phraseKey) {
    phraseKey = key;
    phraseMatches = paragraphCache('name-consistency:phrases:' + ++phraseGeneration);
    phrasePatterns = phrases.map((name) => {
      // Any spacing, hyphens and case: "Al-Jazeera", "al jazeera".
      const parts = name.split(/[\s-]+/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      return { name, re: new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('[\\s\\u00A0-]*')}(?![\\p{L}\\p{N}])`, 'giu') };
    });
  }
  return phraseMatches.through(prose, () => {
    const out: { start: number; end: number; text: string; name: string }[] = [];
    for (const { name, re } of phrasePatterns) {
      for (const m of prose.matchAll(re)) if (m[0] !== name) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], name });
    }
    return out;
  });
}

function pushHouse(start: number, end: number, text: string, name: string, findings: RuleFinding[], flagged: Set<string>): void {
  const key = `${start}:${end}`;
  if (flagged.has(key)) return;
  flagged.add(key);
  findings.push({
    start,
    end,
    message: `'${text}': the house spelling is '${name}'`,
    fixes: [{ title: `Use '${name}' (house spelling)`, edits: [{ start, end, text: name }], preferred: true, safe: true }],
  });
}
