// Agreement of Copydesk's quote reading with the peers' test suites in ../shared/quote-cases/.
//
//   node --import tsx scripts/quote-peers.ts            agreement per peer, then every disagreement
//   node --import tsx scripts/quote-peers.ts --all      also the cases that agree
//   node --import tsx scripts/quote-peers.ts --clean test/fixtures/figures …
//                                                       quote-mismatch and quote-style findings per
//                                                       1,000 words on folders of clean drafts
//
// The cases are read from <repo>/../shared/quote-cases (see its README); none of their text is kept in
// this repository. Three kinds of case:
//   flag   the peer says a draft (or each line) is flagged or clean: compared with the findings of the
//          rules the case names (default quote-mismatch), with quote-style's `style` set to the case's
//          house style;
//   roles  a smart-quote converter's output for a straight-quoted input: every straight mark must be
//          read in the role the output shows (’ is a closing mark or an apostrophe, which converters
//          spell alike; KeenQuotes' couplets tell the two apart, so they are compared strictly);
//   glyph  curly input with a wrong glyph the peer corrects: some quote finding must point at it.
// A case agrees when every mark (or line) agrees. EXCLUDED cases are not drafts (they are named with the
// reason); DELIBERATE cases are where Copydesk differs on purpose: they still count as disagreements,
// and each is listed with its reason in quote-mismatch.md (a unit test checks it).

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint } from '../server/src/engine/lint.ts';
import { parseDraft } from '../server/src/engine/document.ts';
import { quotationsOf } from '../server/src/engine/quotations.ts';
import { LineIndex } from '../server/src/engine/text.ts';
import { applyLayer, defaultSettings } from '../server/src/engine/settings.ts';

export const CASES = resolve(import.meta.dirname, '../../shared/quote-cases');

export interface PeerCase {
  id: string;
  source: string;
  mode: 'flag' | 'roles' | 'glyph';
  input: string;
  expect?: 'flagged' | 'clean' | null;
  expectLines?: ('flagged' | 'clean')[];
  rules?: string[];
  config?: 'curly' | 'straight' | 'auto';
  out?: string | null;
  /** KeenQuotes: apostrophes and closing marks are told apart. */
  strict?: boolean;
  english: boolean;
}

export interface Verdict {
  case: PeerCase;
  agrees: boolean;
  /** What differs, for the report. */
  detail: string;
  excluded?: string;
  deliberate?: string;
}

/** Not drafts: fragments a converter is tested on, KeenQuotes' own escape syntax, invalid grammar. */
export const EXCLUDED: Record<string, string> = {
  'rp-3': 'a lone mark before a full stop is a fragment, not copy',
  'rp-5': 'a lone mark before a full stop is a fragment, not copy',
  'rs-28': 'a mark before a tilde and a letter is a converter test of character classes, not copy',
  'rs-29': 'a mark before a tilde and an asterisk is a converter test of character classes, not copy',
  'rs-30': 'a mark before a tilde is a converter test of character classes, not copy',
  'rp-11': 'a mark glued between two letters with no space ("pre"post") is not copy',
  'rp-15': 'a fragment ending in "!, not copy',
  'rp-20': "a fragment ending in '!, not copy",
  'sj-2': 'a lone year followed by a mark is a fragment, not copy',
};

/** Where Copydesk differs on purpose (each is explained in quote-mismatch.md). */
export const DELIBERATE: Record<string, string> = {
  'rq-apos-smart-4': 'British order: a single-quoted quotation at the top level is legal (retext-quotes wants US order)',
  'rq-apos-straight-2': 'British order: a single-quoted quotation at the top level is legal (retext-quotes wants US order)',
  'rq-nest-smart-2': 'British order: ‘ “ ” ’ is legal (retext-quotes wants US order)',
  'rq-nest-straight-4': "British order: ' \" \" ' is legal (retext-quotes wants US order)",
  'rq-thisandthat-uk': 'both orders are legal; the case tests a retext-quotes option that forbids US order',
  'rq-2pair-4': 'retext-quotes does not check pairing; an unopened ” is what quote-mismatch is for',
  'rq-2pair-6': 'retext-quotes does not check pairing; an unclosed “ is what quote-mismatch is for',
  'rq-funky': 'retext-quotes does not check pairing; four unclosed marks are reported',
  'rq-1pair-nested': 'a retext-quotes option allows double inside double; a news desk does not',
  'rq-1pair-multi': 'a retext-quotes option allows double inside double; a news desk does not',
  'h-issue-1901': 'multi-paragraph convention: a line left open is continued by the next line that opens',
  'rp-10': "two digits after an apostrophe are a year ('70), not a quotation",
  'sp-2': "smartypants.py curls the apostrophe of a decade ('80s) as an opening mark; it is an apostrophe",
  'sp-3': "smartypants.py curls the apostrophe of a decade ('80s) as an opening mark; it is an apostrophe",
  'sp-5': "smartypants.py curls the apostrophe of a decade ('60s) as an opening mark; it is an apostrophe",
  'sp-6': "smartypants.py curls the apostrophe of a decade ('60s) as an opening mark; it is an apostrophe",
  'sj-1': 'feet and inches (6\'2") are primes, not an apostrophe and a closing quote',
  'tg-us-3': 'double inside double is reported (with the fix to ‘…’ the peer applies silently), not read as single marks',
  'cs-30': 'the ʻokina of Hawaiian names is its own letter (ʻ); Copydesk does not rewrite it as an opening quote',
  'cs-31': 'the ʻokina of Hawaiian names is its own letter (ʻ); Copydesk does not rewrite it as an opening quote',
};

interface Settings {
  style?: string;
}

function settingsFor(options: Settings) {
  const layer: Record<string, unknown> = {};
  if (options.style) layer.rules = { 'quote-style': { style: options.style } };
  return applyLayer(defaultSettings(), layer, 'quote-peers', []);
}

// ---------------------------------------------------------------------------------------------
// Loading

export function loadCases(dir = CASES): PeerCase[] {
  const raw = JSON.parse(readFileSync(resolve(dir, 'peer-cases.json'), 'utf8')) as Omit<PeerCase, 'english'>[];
  const cases: PeerCase[] = raw.map((c) => ({ ...c, english: !c.source.startsWith('intl') }));
  for (const file of ['keenquotes-unambiguous-1-pass.txt', 'keenquotes-unambiguous-2-pass.txt', 'keenquotes-ambiguous-n-pass.txt', 'keenquotes-i18n.txt', 'keenquotes-invalid-grammar.txt']) {
    cases.push(...couplets(dir, file));
  }
  return cases;
}

const ENTITIES: Record<string, string> = {
  ldquo: '\u201C',
  rdquo: '\u201D',
  lsquo: '\u2018',
  rsquo: '\u2019',
  apos: '\u02BC',
  prime: '\u2032',
  Prime: '\u2033',
  laquo: '\u00AB',
  raquo: '\u00BB',
  lsaquo: '\u2039',
  rsaquo: '\u203A',
  ldquor: '\u201E',
};

function couplets(dir: string, file: string): PeerCase[] {
  const path = resolve(dir, file);
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8').split('\n');
  const cases: PeerCase[] = [];
  let pending: string | undefined;
  let n = 0;
  for (const line of lines) {
    if (line.trim() === '' || line.startsWith('#')) {
      pending = undefined;
      continue;
    }
    if (pending === undefined) {
      pending = line;
      continue;
    }
    n++;
    const out = line.replace(/&(\w+);/g, (all, name: string) => ENTITIES[name] ?? all);
    cases.push({
      id: `${file.replace(/\.txt$/, '')}-${n}`,
      source: 'KeenQuotes',
      mode: 'roles',
      input: pending.replace(/\\n/g, '\n'),
      out: out.replace(/\\n/g, '\n'),
      strict: true,
      english: !file.includes('i18n'),
    });
    if (file.includes('invalid-grammar')) EXCLUDED[cases[cases.length - 1].id] = 'KeenQuotes files it as invalid grammar (triple marks): not copy';
    if (/\\["']/.test(pending)) EXCLUDED[cases[cases.length - 1].id] = "KeenQuotes' backslash escapes are not draft text";
    pending = undefined;
  }
  return cases;
}

// ---------------------------------------------------------------------------------------------
// Judging

const QUOTE_RULES = ['quote-mismatch', 'quote-style'];

export function judge(c: PeerCase): Verdict {
  const base = { case: c, ...(EXCLUDED[c.id] ? { excluded: EXCLUDED[c.id] } : {}), ...(DELIBERATE[c.id] ? { deliberate: DELIBERATE[c.id] } : {}) };
  try {
    if (c.mode === 'flag') return { ...base, ...judgeFlag(c) };
    if (c.mode === 'glyph') return { ...base, ...judgeGlyph(c) };
    return { ...base, ...judgeRoles(c) };
  } catch (error) {
    return { ...base, agrees: false, detail: `error: ${(error as Error).message}` };
  }
}

function judgeFlag(c: PeerCase): { agrees: boolean; detail: string } {
  const rules = c.rules ?? ['quote-mismatch'];
  const settings = settingsFor({ style: c.config });
  const found = lint(c.input, { format: 'plaintext', settings }).findings.filter((f) => rules.includes(f.rule));
  const lines = new LineIndex(c.input);
  const said = found.map((f) => `${lines.lineOf(f.start) + 1}:${f.rule}: ${f.message}`);
  if (c.expectLines) {
    const got = c.expectLines.map((_, l) => (found.some((f) => lines.lineOf(f.start) === l) ? 'flagged' : 'clean'));
    const agrees = got.every((g, l) => g === c.expectLines![l]);
    return { agrees, detail: `expected ${c.expectLines.join(',')}; got ${got.join(',')}${said.length ? ` — ${said.join(' | ')}` : ''}` };
  }
  const got = found.length ? 'flagged' : 'clean';
  return { agrees: got === c.expect, detail: `expected ${c.expect}, got ${got}${said.length ? ` — ${said.join(' | ')}` : ''}` };
}

function judgeGlyph(c: PeerCase): { agrees: boolean; detail: string } {
  const found = lint(c.input, { format: 'plaintext', settings: settingsFor({}) }).findings.filter((f) => QUOTE_RULES.includes(f.rule));
  const got = found.length ? 'flagged' : 'clean';
  return { agrees: got === c.expect, detail: `expected ${c.expect}, got ${got}${found.length ? ` — ${found.map((f) => f.message).join(' | ')}` : ''}` };
}

const QUOTE_CHARS = /["'\u2018\u2019\u201C\u201D\u201E\u201A\u00AB\u00BB\u2039\u203A\u2032\u2033\u02BC]/g;

type Role = 'open-double' | 'close-double' | 'open-single' | 'close-single' | 'apostrophe' | 'prime' | 'unpaired' | 'other';

function peerRoles(glyph: string, strict: boolean): Role[] {
  switch (glyph) {
    case '\u201C':
      return ['open-double'];
    case '\u201D':
      return ['close-double'];
    case '\u2018':
      return ['open-single'];
    case '\u2019':
      return strict ? ['close-single'] : ['close-single', 'apostrophe'];
    case '\u02BC':
      return ['apostrophe'];
    case '\u2032':
    case '\u2033':
      return ['prime'];
    case '"':
    case "'":
      return ['unpaired'];
    case '\u201E':
    case '\u201A':
    case '\u00AB':
    case '\u2039':
      return glyph === '\u201E' || glyph === '\u00AB' ? ['open-double'] : ['open-single'];
    case '\u00BB':
      return ['close-double'];
    case '\u203A':
      return ['close-single'];
    default:
      return ['other'];
  }
}

/** How Copydesk reads each mark of a draft: offset → role, and whether a pairing problem is reported at it. */
export function copydeskRoles(text: string): Map<number, { role: Role; problem: boolean }> {
  const doc = parseDraft(text, 'plaintext');
  const quotes = quotationsOf(doc);
  const roles = new Map<number, { role: Role; problem: boolean }>();
  const problemAt = new Set(quotes.problems.filter((p) => p.kind !== 'nested-same').map((p) => quotes.marks[p.mark].offset));
  for (const mark of quotes.marks) {
    const role: Role = mark.role === 'apostrophe' ? 'apostrophe' : (`${mark.role}-${mark.kind}` as Role);
    roles.set(mark.offset, { role, problem: problemAt.has(mark.offset) });
  }
  for (const prime of quotes.primes) roles.set(prime.offset, { role: 'prime', problem: false });
  return roles;
}

/** The marks of a text: a doubled '' (wire copy, or a converter's ″) and a ,, („) are one mark when the peer's output has one. */
function tokens(text: string, doubled: boolean): { index: number; text: string }[] {
  const pattern = doubled ? /''|,,|["'\u2018\u2019\u201C\u201D\u201E\u201A\u00AB\u00BB\u2039\u203A\u2032\u2033\u02BC]/g : QUOTE_CHARS;
  return [...text.matchAll(pattern)].map((m) => ({ index: m.index!, text: m[0] }));
}

function judgeRoles(c: PeerCase): { agrees: boolean; detail: string } {
  const out = c.out ?? '';
  const outMarks = tokens(out, false);
  let inputMarks = tokens(c.input, false);
  if (inputMarks.length !== outMarks.length) inputMarks = tokens(c.input, true);
  if (inputMarks.length !== outMarks.length) return { agrees: false, detail: `cannot align ${inputMarks.length} marks with ${outMarks.length} in the peer's output` };
  const roles = copydeskRoles(c.input);
  const wrong: string[] = [];
  inputMarks.forEach((m, k) => {
    if (!/^(?:["']|'')$/.test(m.text)) return; // only straight marks are converted
    const expected = peerRoles(outMarks[k].text, !!c.strict);
    const read = roles.get(m.index);
    if (expected.includes('unpaired')) {
      // The peer leaves a mark it cannot pair straight: Copydesk agrees when it reports it, or skips it.
      if (read && !read.problem) wrong.push(`#${k + 1} ${m.text}@${m.index}: peer leaves it unpaired, Copydesk reads ${read.role}`);
    } else if (!read || !expected.includes(read.role)) {
      wrong.push(`#${k + 1} ${m.text}@${m.index}: peer ${expected.join('/')}, Copydesk ${read ? read.role : 'nothing'}`);
    }
  });
  return { agrees: wrong.length === 0, detail: wrong.join('; ') || 'all marks agree' };
}

// ---------------------------------------------------------------------------------------------
// Totals

export interface Tally {
  agree: number;
  total: number;
}

export function run(cases = loadCases()) {
  const verdicts = cases.map(judge);
  const counted = verdicts.filter((v) => !v.excluded);
  const english = counted.filter((v) => v.case.english);
  // Documented deliberate differences are reported apart: the agreement figure is over the rest.
  const englishJudged = english.filter((v) => !v.deliberate);
  const other = counted.filter((v) => !v.case.english);
  const tally = (vs: Verdict[]): Tally => ({ agree: vs.filter((v) => v.agrees).length, total: vs.length });
  const perPeer = new Map<string, Tally>();
  for (const v of counted) {
    const t = perPeer.get(v.case.source) ?? { agree: 0, total: 0 };
    t.total++;
    if (v.agrees) t.agree++;
    perPeer.set(v.case.source, t);
  }
  return { verdicts, english: tally(englishJudged), englishAll: tally(english), other: tally(other), perPeer };
}

const pct = (t: Tally) => (t.total ? ((100 * t.agree) / t.total).toFixed(1) : '–');

/** Quote findings on drafts that should have none (the corpora written for other rules). */
function cleanCopy(dirs: string[]) {
  const walk = (d: string): string[] =>
    statSync(d).isFile() ? [d] : readdirSync(d).flatMap((f) => {
      const p = join(d, f);
      if (statSync(p).isDirectory()) return /transcripts|sources/.test(f) ? [] : walk(p);
      return /\.(txt|md)$/.test(f) && !/^README/i.test(f) ? [p] : [];
    });
  let files = 0;
  let words = 0;
  let found = 0;
  for (const file of dirs.flatMap(walk)) {
    const text = readFileSync(file, 'utf8');
    files++;
    words += text.split(/\s+/).filter(Boolean).length;
    const lines = new LineIndex(text);
    for (const f of lint(text, { format: file.endsWith('.md') ? 'markdown' : 'plaintext' }).findings) {
      if (!QUOTE_RULES.includes(f.rule)) continue;
      found++;
      console.log(`${file}:${lines.lineOf(f.start) + 1} ${f.rule}: ${f.message}`);
    }
  }
  console.log(`${found} quote-mismatch/quote-style findings in ${files} drafts, ${words} words: ${((1000 * found) / Math.max(words, 1)).toFixed(2)} per 1,000 words`);
}

function main() {
  const clean = process.argv.indexOf('--clean');
  if (clean >= 0) return cleanCopy(process.argv.slice(clean + 1));
  if (!existsSync(CASES)) {
    console.log(`No peer cases at ${CASES}: nothing to measure.`);
    return;
  }
  const all = process.argv.includes('--all');
  const { verdicts, english, englishAll, other, perPeer } = run();
  console.log('peer'.padEnd(32), 'agree', 'total', '  %');
  for (const [peer, t] of [...perPeer].sort()) console.log(peer.padEnd(32), String(t.agree).padStart(5), String(t.total).padStart(5), pct(t).padStart(6));
  console.log(`\nEnglish cases, without the ${englishAll.total - english.total} documented deliberate differences: ${english.agree}/${english.total} agree (${pct(english)}%)`);
  console.log(`English cases, counting deliberate differences as disagreements: ${englishAll.agree}/${englishAll.total} (${pct(englishAll)}%)`);
  console.log(`Other languages: ${other.agree}/${other.total} agree (${pct(other)}%)`);
  console.log(`Excluded (not drafts): ${verdicts.filter((v) => v.excluded).length}`);
  console.log('\nDisagreements:');
  for (const v of verdicts) {
    if (v.excluded || (v.agrees && !all)) continue;
    const tag = v.agrees ? 'ok  ' : v.deliberate ? 'DELIB' : 'DIFF';
    console.log(`${tag} ${v.case.id} [${v.case.source}] ${JSON.stringify(v.case.input)}\n      ${v.detail}${v.deliberate ? `\n      (deliberate: ${v.deliberate})` : ''}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
