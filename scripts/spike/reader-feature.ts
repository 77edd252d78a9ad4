// The spike's prototype (docs/reader-spike.md): for each labelled figure of the tuning corpora, the
// feature "the figure's clause is governed by a reporting verb with a source subject", read from a
// tagger, set against the labels attributed / carried / needs-source. The same patterns run once with
// no tagger at all ("is a verb" = the word is a reporting verb form), so the table shows what the
// tags add. Held-out corpora (scripts/figures-corpus.ts HELD_OUT) are skipped unopened.
//
//   npm install --no-save wink-nlp wink-eng-lite-web-model compromise en-pos natural
//   node --import tsx scripts/spike/reader-feature.ts             agreement per reader
//   node --import tsx scripts/spike/reader-feature.ts --misses    and where compromise disagrees (pass 2;
//                                   SPIKE_MISSES="<reader name>" for another reader)
//   node --import tsx scripts/spike/reader-feature.ts --diff wink  attributed figures wink's tags lose
//
// The feature, in the figure's sentence (Copydesk's own splitter), on the reader's tokens:
//   before  a reporting verb before the figure whose subject (the word before it, past adverbs and
//           auxiliaries) is a noun or a pronoun: "The agency says 4,000 homes …", "Police estimated 600 …"
//   after   a reporting verb after the figure in a short closing clause with a noun or pronoun beside
//           it: "…, the agency said." / "…, said officials." / "…, it said in a statement."
//   per     "according to" followed by a noun, anywhere in the sentence.

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CORPORA, HELD_OUT, type CorpusName } from '../figures-corpus.ts';
import { locateLabel } from '../corpus-labels.ts';
import { proseSentences } from '../../server/src/engine/sentences.ts';
import { READERS, tokenize, type Coarse, type Token } from './readers.ts';

const showMisses = process.argv.includes('--misses');
// --diff <reader>: attributed figures the tag-free patterns catch and that reader's tags lose
const diffWith = process.argv.includes('--diff') ? process.argv[process.argv.indexOf('--diff') + 1] : undefined;
const baseline = new Map<object, string | null>();

// Reporting verbs as a semantic class (speech, estimate and finding verbs), every inflected form.
const REPORTING_LEMMAS =
  'say tell estimate report find show claim warn suggest announce predict allege state add confirm reveal indicate calculate forecast count put project note disclose insist argue write record publish'.split(' ');
const IRREGULAR: Record<string, string> = { said: 'say', told: 'tell', found: 'find', shown: 'show', wrote: 'write', written: 'write', put: 'put', puts: 'put', putting: 'put' };
function lemma(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w];
  for (const [suffix, back] of [['ies', 'y'], ['ied', 'y'], ['es', 'e'], ['s', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']] as const) {
    if (w.endsWith(suffix) && REPORTING_LEMMAS.includes(w.slice(0, -suffix.length) + back)) return w.slice(0, -suffix.length) + back;
  }
  return w;
}
const isReportingWord = (w: string) => REPORTING_LEMMAS.includes(lemma(w));
const PRONOUN = /^(?:he|she|it|they|we|i|you)$/i;
const SKIPPABLE = /^(?:also|later|earlier|now|previously|separately|had|has|have|was|were|is|are|will|would|could|may|might|had|been|not|n't|on|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i;

type Tagged = { text: string; tag: Coarse }[];
const isVerb = (t: Tagged, i: number, useTags: boolean) => isReportingWord(t[i].text) && (!useTags || t[i].tag === 'VERB');
// Without tags, any content word may be the subject: the fairest reading a tag-free rule can make.
const FUNCTION_WORD = /^(?:the|a|an|of|for|to|in|on|at|by|with|and|or|but|that|which|who|this|these|those|its|their|his|her|as|from|than|more|less|about|some|all)$/i;
let tagsInUse = true;
// Pass 1 reads the patterns as first written; pass 2 adds clause scope (a coordinated clause between
// verb and figure breaks the governance) and refuses the placeholder "source" as a source.
let refinedScope = false;
const isSourceWord = (t: { text: string; tag: Coarse }) =>
  !(refinedScope && /^source$/i.test(t.text)) && (PRONOUN.test(t.text) || (tagsInUse ? t.tag === 'NOUN' : /^\p{L}/u.test(t.text) && !FUNCTION_WORD.test(t.text)));

// A clause boundary between a verb and the figure: "…, and aid groups warned …", "; …", "…, while …".
const COORDINATOR = /^(?:and|but|while|whereas|although|though|yet)$/i;
function boundaryBetween(t: Tagged, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    if (t[i].text === ';' || ((t[i].text === ',' || t[i].text === '—' || t[i].text === '-') && COORDINATOR.test(t[i + 1]?.text ?? ''))) return true;
  }
  return false;
}

function governed(t: Tagged, figure: number, useTags: boolean): string | null {
  for (let v = 0; v < t.length; v++) {
    if (!isVerb(t, v, useTags)) continue;
    if (refinedScope && boundaryBetween(t, Math.min(v, figure), Math.max(v, figure))) continue;
    if (v < figure) {
      let s = v - 1;
      while (s >= 0 && SKIPPABLE.test(t[s].text)) s--;
      if (s >= 0 && isSourceWord(t[s])) return 'before';
    } else {
      // the closing clause: from the last comma before the verb to the sentence's end, a few words long
      let c = v;
      while (c > figure && t[c].text !== ',') c--;
      // …and the words between the comma and the verb are a noun phrase (no verb), at most eight of them
      if (c === figure || v - c > 9 || t.slice(c + 1, v).some((x) => (useTags ? x.tag === 'VERB' : isReportingWord(x.text)))) continue;
      const after = t.slice(v + 1, Math.min(t.length, v + 3));
      const before = t.slice(c + 1, v).filter((x) => !SKIPPABLE.test(x.text));
      if (before.some(isSourceWord) || after.some(isSourceWord)) return 'after';
    }
  }
  for (let i = 0; i + 2 < t.length; i++) {
    if (/^according$/i.test(t[i].text) && /^to$/i.test(t[i + 1].text) && t.slice(i + 2, i + 5).some(isSourceWord)) return 'per';
  }
  return null;
}

const DIGITS = /\d+(?:[.,]\d+)*/;

interface Case { corpus: string; draft: string; sentence: string; figure: string; nth: number; expect: string }
function cases(): Case[] {
  const out: Case[] = [];
  for (const [name, dir] of Object.entries(CORPORA)) {
    if (HELD_OUT.has(name as CorpusName)) continue;
    let files: string[];
    try {
      files = readdirSync(dir);
    } catch {
      continue;
    }
    for (const f of files.filter((x) => x.endsWith('.labels.json'))) {
      const sidecar = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const text = readFileSync(join(dir, sidecar.draft), 'utf8');
      for (const label of sidecar.labels) {
        if (!['attributed', 'carried', 'needs-source'].includes(label.expect)) continue;
        const digits = label.text.match(DIGITS)?.[0];
        if (!digits) continue;
        const { start } = locateLabel(f, text, label);
        const at = start + label.text.indexOf(digits);
        const lineStart = text.lastIndexOf('\n', at) + 1;
        const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
        const line = text.slice(lineStart, lineEnd);
        const span = proseSentences(line).find((s) => s.start <= at - lineStart && at - lineStart < s.end) ?? { start: 0, end: line.length };
        const sentence = line.slice(span.start, span.end);
        const offset = at - lineStart - span.start;
        // which occurrence of these digits in the sentence the figure is
        let nth = 0;
        for (let i = sentence.indexOf(digits); i >= 0 && i < offset; i = sentence.indexOf(digits, i + 1)) nth++;
        out.push({ corpus: name, draft: sidecar.draft, sentence, figure: digits, nth, expect: label.expect });
      }
    }
  }
  return out;
}

function figureIndex(tokens: Token[] | Tagged, digits: string, nth: number): number {
  let seen = 0;
  for (let i = 0; i < tokens.length; i++) if (tokens[i].text.includes(digits) && seen++ === nth) return i;
  return -1;
}

const all = cases();
console.log(`${all.length} figures labelled attributed / carried / needs-source in ${new Set(all.map((c) => c.corpus)).size} tuning corpora`);
/** The tokens to read for a figure, and which occurrence of its digits among them is the figure. */
type Reading = (s: string, c: Case) => { tokens: Tagged; nth: number; key: string };
const variants: [string, Reading, boolean][] = [
  ['no tagger (reporting-verb forms only)', (s, c) => ({ tokens: tokenize(s).map((text) => ({ text, tag: 'OTHER' as Coarse })), nth: c.nth, key: s }), false],
];
for (const r of READERS) {
  const read = r.load();
  if (typeof read !== 'string') variants.push([r.name, (s, c) => ({ tokens: read(s).tokens, nth: c.nth, key: s }), true]);
}
// compromise's own chunking as the clause scope: only the figure's clause is read, plus the sentence's
// last clause when it is short (the tag-on ", the agency said." / ", according to the OBR.").
const compromiseRead = READERS.find((r) => r.name === 'compromise')?.load();
const compromiseModule = (() => {
  try {
    return createRequire(import.meta.url)('compromise');
  } catch {
    return null;
  }
})();
if (compromiseModule && typeof compromiseRead === 'function') {
  const nlp = compromiseModule.default ?? compromiseModule;
  variants.push([
    'compromise, clauses() as scope',
    (s, c) => {
      const clauses: string[] = nlp(s).clauses().out('array');
      let seen = 0;
      let k = clauses.length - 1;
      for (let i = 0; i < clauses.length; i++) {
        const here = clauses[i].split(c.figure).length - 1;
        if (seen + here > c.nth) {
          k = i;
          break;
        }
        seen += here;
      }
      let text = clauses[k] ?? s;
      const last = clauses[clauses.length - 1];
      if (k < clauses.length - 1 && tokenize(last).length <= 10) text += ' ' + last;
      return { tokens: compromiseRead(text).tokens, nth: c.nth - seen, key: text };
    },
    true,
  ]);
}
for (const refined of [false, true]) {
  refinedScope = refined;
  console.log(`\n${refined ? 'Pass 2: with clause scope and no placeholder sources' : 'Pass 1: the patterns alone'}`);
  console.log('\n| reader | attributed: feature on | carried: feature on | needs-source: feature off | agreement (attributed on + needs-source off) | figure token lost |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [name, read, useTags] of variants) {
    const on: Record<string, number> = { attributed: 0, carried: 0, 'needs-source': 0 };
    const n: Record<string, number> = { attributed: 0, carried: 0, 'needs-source': 0 };
    let lost = 0;
    const cache = new Map<string, Tagged>();
    tagsInUse = useTags;
    for (const c of all) {
      const reading = read(c.sentence, c);
      let t = cache.get(reading.key);
      if (!t) cache.set(reading.key, (t = reading.tokens));
      n[c.expect]++;
      const f = figureIndex(t, c.figure, reading.nth);
      if (f < 0) lost++;
      const why = f < 0 ? null : governed(t, f, useTags);
      if (refined && !useTags) baseline.set(c, why);
      if (diffWith && refined && name.includes(diffWith) && c.expect === 'attributed' && baseline.get(c) && !why) {
        const tags = t.map((x) => `${x.text}/${x.tag[0]}`).join(' ');
        console.log(`  tags lose [${c.figure}] ${c.corpus}/${c.draft}: ${tags.slice(0, 400)}`);
      }
      if (why) on[c.expect]++;
      if (showMisses && refined && name === (process.env.SPIKE_MISSES ?? 'compromise') && (why ? c.expect === 'needs-source' : c.expect === 'attributed')) {
        console.log(`  ${c.expect} ${why ? `on (${why})` : 'off'} [${c.figure}] ${c.corpus}/${c.draft}: ${c.sentence.slice(0, 220)}`);
      }
    }
    const p = (k: number, d: number) => `${k}/${d} (${((100 * k) / d).toFixed(0)}%)`;
    const agree = on.attributed + (n['needs-source'] - on['needs-source']);
    console.log(
      `| ${name} | ${p(on.attributed, n.attributed)} | ${p(on.carried, n.carried)} | ${p(n['needs-source'] - on['needs-source'], n['needs-source'])} | ${p(agree, n.attributed + n['needs-source'])} | ${lost} |`,
    );
  }
}
