// Deterministic news-like drafts for the benchmark: seeded, so every run measures the same text.
// Figures, quotes, attributions, headings and some repeated paragraphs, in plain text (one paragraph
// per line, as pasted from a CMS) and Markdown.

export type DraftFormat = 'plaintext' | 'markdown';

/** mulberry32: a tiny seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = ['Maria Okafor', 'David Brennan', 'Lena Fischer', 'Tomasz Nowak', 'Aisha Rahman', 'Grace Liu', 'Owen Price', 'Nadia Haddad'];
const ROLES = ['the finance director', 'a council spokesperson', 'the union leader', 'the chief inspector', 'a local campaigner', 'the health minister'];
const BODIES = ['the county council', 'the regional health board', 'the transport authority', 'the statistics office', 'the port authority'];
const PLACES = ['Northbridge', 'Eastfield', 'Kingsmere', 'Harlow Vale', 'Port Aldous', 'Westcombe'];
const SUBJECTS = ['the new bypass', 'the hospital merger', 'the school closures', 'the flood defences', 'the bus contract', 'the housing plan'];
const VERBS = ['has been delayed again', 'will go ahead next spring', 'faces a legal challenge', 'is running over budget', 'was approved on Tuesday', 'remains under review'];
const QUOTES = [
  'We have been clear from the start that this has to work for everyone',
  'Nobody wanted to be in this position, but the numbers simply do not add up',
  'People deserve honest answers, and they have not had them',
  'This is the best deal we could get in the circumstances',
  'We will keep pushing until the job is done properly',
];

// Real prose rarely repeats a phrase across paragraphs; templates alone would. A clause drawn from
// these lists gives each sentence the lexical variety of real copy.
const NOUNS = ['ambulance', 'bakery', 'barrier', 'budget', 'canal', 'carpark', 'ceremony', 'clinic', 'contract', 'crossing', 'depot', 'driver', 'engineer', 'estate', 'ferry', 'footpath', 'garden', 'grant', 'harbour', 'inquiry', 'junction', 'landlord', 'library', 'market', 'midwife', 'nursery', 'orchard', 'pension', 'pharmacy', 'pier', 'platform', 'quarry', 'reservoir', 'roundabout', 'school', 'shelter', 'surgery', 'tenant', 'tribunal', 'viaduct', 'warehouse', 'wharf'];
const ADJECTIVES = ['ageing', 'busy', 'cramped', 'derelict', 'disputed', 'empty', 'flooded', 'fragile', 'historic', 'late', 'listed', 'modest', 'narrow', 'noisy', 'overdue', 'popular', 'quiet', 'rebuilt', 'rural', 'shared', 'temporary', 'unpaid', 'vacant', 'windswept'];
const ACTIONS = ['closed', 'reopened', 'stalled', 'flooded', 'was sold', 'was repainted', 'lost its lease', 'changed hands', 'was surveyed', 'was fenced off', 'was extended', 'ran short of staff'];
const TIMES = ['last winter', 'in the spring', 'after the storm', 'before the election', 'during the strike', 'over the summer', 'at the weekend', 'since January'];

function clause(r: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(r() * list.length)];
  return `${pick(TIMES)}, when the ${pick(ADJECTIVES)} ${pick(NOUNS)} near the ${pick(ADJECTIVES)} ${pick(NOUNS)} ${pick(ACTIONS)}`;
}

function figure(r: () => number): string {
  const kind = Math.floor(r() * 5);
  const n = Math.floor(r() * 9000) + 100;
  switch (kind) {
    case 0:
      return `${n.toLocaleString('en')}`;
    case 1:
      return `£${(n / 100).toFixed(1)}m`;
    case 2:
      return `${Math.floor(r() * 90) + 5}%`;
    case 3:
      return `$${(n / 1000).toFixed(1)}bn`;
    default:
      return `${n.toLocaleString('en')} tonnes`;
  }
}

function sentence(r: () => number, curly: boolean): string {
  const pick = <T>(list: T[]) => list[Math.floor(r() * list.length)];
  const [open, close] = curly ? ['\u201C', '\u201D'] : ['"', '"'];
  switch (Math.floor(r() * 9)) {
    case 0:
      return `${capitalize(pick(SUBJECTS))} in ${pick(PLACES)} ${pick(VERBS)}, according to ${pick(BODIES)}, ${clause(r)}.`;
    case 1:
      return `${open}${pick(QUOTES)},${close} said ${pick(PEOPLE)}, ${pick(ROLES)}.`;
    case 2:
      return `The cost has risen to ${figure(r)}, ${pick(BODIES)} said in a statement.`;
    case 3:
      return `Around ${figure(r)} residents have signed a petition against ${pick(SUBJECTS)}.`;
    case 4:
      return `${pick(PEOPLE)} told reporters that ${pick(SUBJECTS)} ${pick(VERBS)} ${clause(r)}.`;
    case 5:
      return `Figures from ${pick(BODIES)} show that ${figure(r)} was spent last year, up from ${figure(r)} the year before.`;
    case 6:
      return `Residents in ${pick(PLACES)} say they were not consulted ${clause(r)}, and many are worried about what happens next.`;
    default:
      return `The ${pick(ADJECTIVES)} ${pick(NOUNS)} ${pick(ACTIONS)} ${clause(r)}.`;
  }
}

function capitalize(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

export function generateDraft(words: number, format: DraftFormat, seed = 42): string {
  const r = prng(seed);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    if (paragraphs.length > 4 && r() < 0.05) {
      // A repeated paragraph, as when a CMS paste goes wrong.
      const copy = paragraphs[Math.floor(r() * paragraphs.length)];
      if (!copy.startsWith('#') && !copy.startsWith('Section')) {
        paragraphs.push(copy);
        count += copy.split(/\s+/).length;
        continue;
      }
    }
    if (paragraphs.length % 9 === 0) {
      const heading = `${capitalize(SUBJECTS[Math.floor(r() * SUBJECTS.length)])} in ${PLACES[Math.floor(r() * PLACES.length)]}`;
      paragraphs.push(format === 'markdown' ? `## ${heading}` : heading);
      continue;
    }
    const sentences = 2 + Math.floor(r() * 3);
    const text = Array.from({ length: sentences }, () => sentence(r, r() < 0.9)).join(' ');
    paragraphs.push(format === 'markdown' && r() < 0.1 ? `${text} See the [full report](https://example.org/report-${paragraphs.length}) or run \`report --year\`.` : text);
    count += text.split(/\s+/).length;
  }
  return paragraphs.join(format === 'markdown' ? '\n\n' : '\n') + '\n';
}

/** One-character edit in the middle of the draft, varied by `n` so every edit gives a new text. */
export function editInMiddle(text: string, n: number): string {
  let at = Math.floor(text.length / 2) + (n % 500);
  while (at < text.length && !/[a-z]/.test(text[at])) at++;
  const letter = String.fromCharCode(97 + ((text.charCodeAt(at) - 97 + 1 + (n % 25)) % 26));
  return text.slice(0, at) + letter + text.slice(at + 1);
}
