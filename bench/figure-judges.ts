// The cost of unattributed-figure's judges (option `judge`) on a generated 100k-word draft: a cold full lint
// (caches cleared) and a re-lint after a one-character edit in the middle (caches warm, as in the editor),
// with each judge; medians of a few runs, interleaved so machine load falls on all alike.
//
//   node --import tsx bench/figure-judges.ts            (BENCH_WORDS=100000, BENCH_RUNS=5 by default)

import { performance } from 'node:perf_hooks';
import { lint } from '../server/src/host/lint.ts';
import { clearCaches } from '../server/src/engine/cache.ts';
import { applyLayer, defaultSettings } from '../server/src/host/settings.ts';
import { editInMiddle, generateDraft } from './generate.ts';

const WORDS = Number(process.env.BENCH_WORDS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const JUDGES = ['rules', 'learned', 'lexical'] as const;

for (const format of ['plaintext', 'markdown'] as const) {
  const text = generateDraft(WORDS, format);
  const samples = new Map<string, number[]>(JUDGES.map((j) => [j, []]));
  const relints = new Map<string, number[]>(JUDGES.map((j) => [j, []]));
  const settings = new Map(JUDGES.map((judge) => [judge, applyLayer(defaultSettings(), { rules: { 'unattributed-figure': { judge } } }, 'bench', [])]));
  const findings = new Map<string, number>();
  for (let run = -1; run < RUNS; run++) {
    for (const judge of JUDGES) {
      clearCaches();
      const start = performance.now();
      const result = lint(text, { format, settings: settings.get(judge)! });
      const ms = performance.now() - start;
      if (run >= 0) samples.get(judge)!.push(ms);
      const again = performance.now();
      lint(editInMiddle(text, run + 2), { format, settings: settings.get(judge)! });
      if (run >= 0) relints.get(judge)!.push(performance.now() - again);
      findings.set(judge, result.findings.filter((f) => f.rule === 'unattributed-figure').length);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const base = median(samples.get('rules')!);
  for (const judge of JUDGES) {
    const m = median(samples.get(judge)!);
    const r = median(relints.get(judge)!);
    const rBase = median(relints.get('rules')!);
    const sign = (v: number) => `${v >= 0 ? '+' : ''}${v.toFixed(0)}`;
    console.log(`${format.padEnd(9)} ${WORDS} words  judge ${judge.padEnd(7)} cold ${m.toFixed(0)} ms (${sign(m - base)} vs rules)  relint ${r.toFixed(0)} ms (${sign(r - rBase)})  findings ${findings.get(judge)}`);
  }
}
