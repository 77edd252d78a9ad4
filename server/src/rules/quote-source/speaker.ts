// Who the draft says spoke a quotation, and whether a source's speaker is that person.
//
// Attribution is read from the quotation's own sentence ("asked" too: a question quoted as someone's
// is theirs): `"…," said Ortiz`, `"…," Dr Ortiz said`,
// `Ortiz said: "…"`, `According to Ortiz, "…"`, and `"…," she said`, where "she" is the person named
// last in that sentence before the quote or in the sentence before. Only people are checked: an
// attribution to a role ("the chair said"), an organisation ("the council said", "Harbour Authority
// said") or a plural ("they said") is left alone, as a statement may hold the words.

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'cllr', 'councillor', 'sir', 'dame', 'lord', 'lady', 'rev', 'revd', 'father', 'judge', 'chief', 'inspector', 'sergeant', 'sgt', 'captain', 'capt', 'det', 'supt', 'president', 'senator', 'sen', 'rep', 'governor', 'mayor', 'minister']);
const ORGANISATION = /\b(?:council|authority|police|ministry|department|agency|service|services|trust|board|company|group|ltd|limited|inc|plc|llc|university|college|school|hospital|office|commission|committee|association|union|party|government|bank|institute|foundation|corporation|corp|club|society|federation|network|partnership|bureau|court|navy|army|force|brigade|team|spokesperson|spokesman|spokeswoman|statement|nhs|un|eu)\b/i;
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'but', 'and', 'or', 'so', 'in', 'on', 'at', 'for', 'by', 'with', 'as', 'if', 'when', 'after', 'before', 'while', 'then', 'there', 'here', 'his', 'her', 'their', 'our', 'its', 'according', 'asked', 'speaking', 'yesterday', 'today', 'tomorrow',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
const VERBS = String.raw`(?:said|says|say|added|adds|told\s+[\p{L} ]{1,30}?|explained|explains|continued|insisted|recalled|warned|admitted|argued|noted|claimed|replied|answered|asked|asks|wrote|writes|stated|declared|added|conceded|acknowledged|agreed|suggested|remarked|observed|maintained|confirmed|tweeted|posted)`;
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’\-]*`;
const PERSON = String.raw`(?:(?:${[...TITLES].map((t) => t[0].toUpperCase() + t.slice(1)).join('|')})\.?\s+)?${NAME_WORD}(?:\s+(?:${NAME_WORD}|de|van|von|der|al|bin|da|di|le|la)){0,3}`;
const SUBJECT = String.raw`(${PERSON}|he|she|He|She)`;

/** After the closing mark: ", said Ortiz", ", Ortiz said", ", she added". */
const AFTER = new RegExp(String.raw`^[\s,\u2014\u2013-]*(?:${VERBS}\s+${SUBJECT}\b|${SUBJECT}\s+(?:has\s+|had\s+|later\s+|then\s+|also\s+)?${VERBS}\b)`, 'u');
/** Before the opening mark: "Ortiz said: ", "Ortiz said that ", "According to Ortiz, ". */
const BEFORE = new RegExp(String.raw`(?:${SUBJECT}\s+(?:has\s+|had\s+|later\s+|then\s+|also\s+)?${VERBS}(?:\s+that)?|[Aa]ccording\s+to\s+${SUBJECT})[\s,:]*$`, 'u');
const PERSON_GLOBAL = new RegExp(PERSON, 'gu');

export interface Attribution {
  /** The name as the draft writes it ("Ortiz", "Dr Lena Ortiz"). */
  name: string;
  /** The pronoun the draft used, when the name was found through it. */
  pronoun?: string;
}

/**
 * Who a quotation is attributed to, from the block's prose around it (offsets relative to the
 * block): a person, or undefined (no attribution, a role, an organisation, a pronoun with no name).
 */
export function attributionOf(prose: string, start: number, end: number): Attribution | undefined {
  const after = prose.slice(end, end + 120);
  const sentenceStart = lastSentenceStart(prose, start);
  const before = prose.slice(sentenceStart, start);
  let subject: string | undefined;
  const a = AFTER.exec(after);
  if (a) subject = a[1] ?? a[2];
  else {
    const b = BEFORE.exec(before);
    if (b) subject = b[1] ?? b[2];
  }
  if (!subject) return undefined;
  if (/^(?:he|she)$/i.test(subject)) {
    const name = lastPerson(before) ?? lastPerson(prose.slice(lastSentenceStart(prose, Math.max(0, sentenceStart - 1)), sentenceStart));
    return name ? { name, pronoun: subject.toLowerCase() } : undefined;
  }
  return isPerson(subject, true) ? { name: subject } : undefined;
}

function lastSentenceStart(prose: string, before: number): number {
  const re = /[.!?]["”’)]*\s+(?=["“‘(]?\p{Lu})/gu;
  let start = 0;
  for (let m = re.exec(prose); m && m.index < before; m = re.exec(prose)) {
    // "Mr. Pryce", "Dr. Ortiz": a title's full stop does not end a sentence.
    const word = /(\p{L}+)$/u.exec(prose.slice(Math.max(0, m.index - 12), m.index))?.[1]?.toLowerCase();
    if (word && TITLES.has(word)) continue;
    if (m.index + m[0].length <= before) start = m.index + m[0].length;
  }
  return start;
}

/** The last person named in a stretch of prose (a title or two capitalised words, or one not at the sentence start). */
function lastPerson(text: string): string | undefined {
  let found: string | undefined;
  PERSON_GLOBAL.lastIndex = 0;
  for (let m = PERSON_GLOBAL.exec(text); m; m = PERSON_GLOBAL.exec(text)) {
    let name = m[0];
    const atStart = text.slice(0, m.index).trim() === '' || /["“‘(]\s*$/.test(text.slice(0, m.index));
    const parts = name.split(/\s+/);
    // Drop a sentence-initial function word that the pattern took in ("The Harbourmaster Alan Pryce").
    while (parts.length > 1 && NOT_NAMES.has(parts[0].toLowerCase())) parts.shift();
    name = parts.join(' ');
    if (!isPerson(name, !atStart || parts.length > 1)) continue;
    found = name;
  }
  return found;
}

function isPerson(name: string, allowSingle: boolean): boolean {
  const parts = name.split(/\s+/);
  if (ORGANISATION.test(name)) return false;
  if (parts.every((p) => NOT_NAMES.has(p.toLowerCase()))) return false;
  if (NOT_NAMES.has(parts[0].toLowerCase()) && !TITLES.has(parts[0].toLowerCase().replace('.', ''))) return false;
  // An acronym alone is an organisation (ONS, BBC).
  if (parts.length === 1 && /^\p{Lu}{2,}$/u.test(name)) return false;
  return allowSingle || parts.length > 1 || TITLES.has(parts[0].toLowerCase().replace('.', ''));
}

function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’']s$/, '')
    .split(/[\s.]+/)
    .filter((w) => w && !TITLES.has(w));
}

/** Speakers a transcript names without saying who they are: "A" in Q/A, "Speaker 2". */
export function anonymousSpeaker(speaker: string): boolean {
  return /^(?:a|answer|speaker|spk|participant|voice|unknown|guest|caller|interviewee|respondent|participant)\s*\d*$/i.test(speaker.trim());
}

/** The interviewer: "Q" in Q/A, "Interviewer", "Reporter". */
export function interviewer(speaker: string): boolean {
  return /^(?:q|question|interviewer|reporter|journalist|host|moderator)\s*\d*$/i.test(speaker.trim());
}

/** Is this transcript speaker the person the draft names? Shares a name word (surname or first name). */
export function sameSpeaker(speaker: string, name: string): boolean {
  const spoken = new Set(nameWords(speaker));
  return nameWords(name).some((w) => spoken.has(w));
}
