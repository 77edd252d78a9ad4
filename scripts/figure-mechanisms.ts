// figure-consistency's findings on the tuning sets (retired held-out sets included), every match flagged
// (`otherMatches: "flag"`), counted by mechanism (`detail.kind`, with an age's notes): right (on a label) and
// wrong, per set and pooled, and which of them the default tier reports. Tuning sets only: the held-out
// sets still held out are never read here.
//
//   node --import tsx scripts/figure-mechanisms.ts          the table
//   node --import tsx scripts/figure-mechanisms.ts --list   also every finding of the lower tier, right or wrong

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { lint } from '../server/src/host/lint.ts';
import type { Finding, Format } from '../server/src/engine/types.ts';
import { formatForPath } from '../server/src/engine/document.ts';
import { matchLabels, SETTINGS, TUNING_SETS, type Label } from './consistency-corpus.ts';

// The corpus script's sets and its label matching (`either` labels included), so the two never disagree.
const SETS = TUNING_SETS.filter((d) => existsSync(d));
// The corpus script's tiers: the hand rule (`judge: "rules"`) with every match flagged and its default tier, and the
// product default (the default tier plus the learned pair judge), whose own findings are the row "learned pair judge".
const { all: ALL, main: MAIN, judge: JUDGE } = SETTINGS;

const mechanismOf = (f: Finding): string => {
  const kind = String(f.detail?.kind ?? '?');
  if ((f.detail?.notes as string[] | undefined)?.includes('learned')) return 'learned pair judge';
  return kind === 'age' ? `age ${(f.detail?.notes as string[] | undefined)?.includes('transposed') ? 'transposed' : 'different'}` : kind;
};

const table = new Map<string, Map<string, { tp: number; fp: number; mainTp: number; mainFp: number; judgeTp: number; judgeFp: number }>>();
const fn = new Map<string, { all: number; main: number; judge: number }>();
const list: string[] = [];
for (const dir of SETS) {
  const set = basename(dir);
  fn.set(set, { all: 0, main: 0, judge: 0 });
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.labels.json')).sort()) {
    const sidecar = JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as { draft: string; findings: Label[] };
    const text = readFileSync(resolve(dir, sidecar.draft), 'utf8');
    const format: Format = formatForPath(sidecar.draft) ?? 'plaintext';
    const labels = sidecar.findings.filter((l) => l.rule === 'figure-consistency');
    for (const [tier, settings] of [['all', ALL], ['main', MAIN], ['judge', JUDGE]] as const) {
      const findings = lint(text, { format, settings }).findings.filter((f) => f.rule === 'figure-consistency' && f.severity !== 'hint');
      const { hits, wrong } = matchLabels(sidecar.draft, text, labels, findings);
      const used = new Set(hits.filter((f) => f !== undefined));
      fn.get(set)![tier] += hits.length - used.size;
      for (const f of findings) {
        const right = used.has(f);
        if (!right && !wrong.includes(f)) continue;
        const m = mechanismOf(f);
        const row = table.get(m) ?? new Map();
        table.set(m, row);
        const cell = row.get(set) ?? { tp: 0, fp: 0, mainTp: 0, mainFp: 0, judgeTp: 0, judgeFp: 0 };
        row.set(set, cell);
        if (tier === 'all') {
          if (right) cell.tp++;
          else cell.fp++;
          if (process.argv.includes('--list') && !['transposed', 'zero', 'age transposed'].includes(m)) list.push(`${right ? 'TP' : 'FP'} ${m} ${set}/${sidecar.draft}: ${f.message}`);
        } else if (tier === 'judge') {
          if (right) cell.judgeTp++;
          else cell.judgeFp++;
        } else if (right) cell.mainTp++;
        else cell.mainFp++;
      }
    }
  }
}
const short = (s: string) => s.replace('consistency-heldout', 'h').replace('consistency-', 'c').replace(/^consistency$/, 'c1').replace(/^h$/, 'h1');
console.log(`| mechanism | ${SETS.map((d) => short(basename(d))).join(' | ')} | pooled all tiers TP/FP | default tier TP/FP | default tier + learned pair judge TP/FP |`);
console.log(`|---|${SETS.map(() => '---').join('|')}|---|---|---|`);
for (const [m, row] of table) {
  let tp = 0, fp = 0, mtp = 0, mfp = 0, jtp = 0, jfp = 0;
  const cells = SETS.map((d) => {
    const c = row.get(basename(d));
    if (!c) return '–';
    tp += c.tp; fp += c.fp; mtp += c.mainTp; mfp += c.mainFp; jtp += c.judgeTp; jfp += c.judgeFp;
    return `${c.tp}/${c.fp}`;
  });
  console.log(`| ${m} | ${cells.join(' | ')} | ${tp}/${fp} | ${mtp}/${mfp} | ${jtp}/${jfp} |`);
}
const fnAll = [...fn.values()].reduce((s, v) => s + v.all, 0);
const fnMain = [...fn.values()].reduce((s, v) => s + v.main, 0);
const fnJudge = [...fn.values()].reduce((s, v) => s + v.judge, 0);
console.log(`| missed (FN) | ${SETS.map((d) => `${fn.get(basename(d))!.all}`).join(' | ')} | ${fnAll} | ${fnMain} | ${fnJudge} |`);
if (list.length) console.log('\n' + list.join('\n'));
