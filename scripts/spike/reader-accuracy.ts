// Accuracy of each candidate reader on the spike's gold (scripts/spike/gold.ts): reporting verbs and
// other verbs tagged as verbs, noun readings tagged as nouns, each figure's head noun found, and
// sentence boundaries on datelines and abbreviations. Install the readers first (scripts/spike/readers.ts):
//
//   npm install --no-save wink-nlp wink-eng-lite-web-model compromise en-pos natural
//   node --import tsx scripts/spike/reader-accuracy.ts            totals per reader
//   node --import tsx scripts/spike/reader-accuracy.ts --misses   and every miss

import { PARAGRAPHS, SENTENCES } from './gold.ts';
import { READERS, ourSentences, type Token } from './readers.ts';

const showMisses = process.argv.includes('--misses');
const clean = (w: string) => w.replace(/^[^\p{L}\p{N}$£€]+|[^\p{L}\p{N}%]+$/gu, '');

/** The token of `word` ("word#2": its second occurrence), or undefined when the tokenizer lost it. */
function find(tokens: Token[], word: string): number {
  const [w, n] = word.split('#');
  let seen = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (clean(tokens[i].text) === w && ++seen === Number(n ?? 1)) return i;
  }
  return -1;
}

/** The head noun after a figure, read from the tags alone, the same way for every reader. */
function headAfter(tokens: Token[], figure: string): string | null {
  let i = tokens.findIndex((t) => t.text.includes(figure));
  if (i < 0) return null;
  i++;
  const SKIP = /^(?:million|billion|more|m|bn|-)$/i;
  while (
    i < tokens.length &&
    (tokens[i].tag === 'NUM' || tokens[i].tag === 'ADJ' || SKIP.test(tokens[i].text) || tokens[i].text.includes('-') || tokens[i + 1]?.text === '-' || tokens[i - 1]?.text === '-' ||
      (tokens[i].tag === 'VERB' && /ed$/.test(tokens[i].text) && tokens[i + 1]?.tag === 'NOUN'))
  )
    i++;
  let head: string | null = null;
  while (i < tokens.length && tokens[i].tag === 'NOUN') head = clean(tokens[i++].text);
  return head;
}

/** Boundaries as offsets into the text with whitespace removed, so splitters' trimming does not matter. */
function boundaries(sentences: string[]): Set<number> {
  const out = new Set<number>();
  let at = 0;
  for (const s of sentences.slice(0, -1)) out.add((at += s.replace(/\s+/g, '').length));
  return out;
}

interface Score { hit: number; all: number }
const pct = (s: Score) => `${s.hit}/${s.all} (${((100 * s.hit) / Math.max(1, s.all)).toFixed(0)}%)`;

function scoreSplitter(name: string, split: (text: string) => string[]) {
  let exact = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const gold of PARAGRAPHS) {
    const text = gold.join(' ');
    const got = split(text);
    const g = boundaries(gold);
    const p = boundaries(got);
    if (g.size === p.size && [...g].every((b) => p.has(b))) exact++;
    else if (showMisses) console.log(`  split miss (${name}): ${JSON.stringify(got)}`);
    for (const b of p) (g.has(b) ? tp++ : fp++);
    for (const b of g) if (!p.has(b)) fn++;
  }
  return `${exact}/${PARAGRAPHS.length} paragraphs exact; boundaries found ${tp}/${tp + fn}, wrong ${fp}`;
}

const rows: string[][] = [];
for (const reader of READERS) {
  const read = reader.load();
  if (typeof read === 'string') {
    console.log(`${reader.name}: skipped (${read})`);
    continue;
  }
  const reporting: Score = { hit: 0, all: 0 };
  const verbs: Score = { hit: 0, all: 0 };
  const nouns: Score = { hit: 0, all: 0 };
  const heads: Score = { hit: 0, all: 0 };
  const sentencesRight: Score = { hit: 0, all: 0 };
  // The simple present -s verbs ("estimates", "reports", "measures"), which earlier taggers got wrong.
  const presentS: Score = { hit: 0, all: 0 };
  for (const s of SENTENCES) {
    const { tokens } = read(s.text);
    const wrong: string[] = [];
    const check = (word: string, want: 'VERB' | 'NOUN', score: Score) => {
      const i = find(tokens, word);
      score.all++;
      const right = i >= 0 && tokens[i].tag === want;
      if (want === 'VERB' && /[^s]s$/.test(word)) {
        presentS.all++;
        if (right) presentS.hit++;
      }
      if (right) score.hit++;
      else wrong.push(`${word}: want ${want}, got ${i < 0 ? 'no token' : tokens[i].raw}`);
    };
    for (const v of s.verbs ?? []) check(v, 'VERB', s.reporting?.includes(v) ? reporting : verbs);
    for (const n of s.nouns ?? []) check(n, 'NOUN', nouns);
    for (const [figure, head] of s.heads ?? []) {
      heads.all++;
      const got = headAfter(tokens, figure);
      if (got === head) heads.hit++;
      else wrong.push(`head of ${figure}: want ${head}, got ${got}`);
    }
    sentencesRight.all++;
    if (wrong.length === 0) sentencesRight.hit++;
    else if (showMisses) console.log(`  ${reader.name} | ${s.text}\n      ${wrong.join('; ')}`);
  }
  const splitter = read(PARAGRAPHS[0].join(' ')).sentences === null ? 'no splitter' : scoreSplitter(reader.name, (t) => read(t).sentences!);
  rows.push([reader.name, pct(reporting), pct(verbs), pct(presentS), pct(nouns), pct(heads), pct(sentencesRight), splitter]);
}
rows.push(['Copydesk today (parse-english + fixes)', '-', '-', '-', '-', '-', '-', scoreSplitter('ours', ourSentences)]);

console.log('\n| reader | reporting verbs as verb | other verbs as verb | present -s verbs (both columns) | nouns as noun | head noun of figure | sentences all right | sentence splitting |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
