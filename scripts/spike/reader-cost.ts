// What each candidate reader costs next to Copydesk's whole lint, on the same news text in the same run:
// ~100,000 words of drafts from test/fixtures/*/ (the tuning and example folders; held-out folders are
// skipped), read a paragraph at a time as a linter would. Each measurement runs in a fresh process
// (cold caches, its own peak memory), the modes take turns, and the median of the repeats is reported.
// Install the readers first (scripts/spike/readers.ts):
//
//   npm install --no-save wink-nlp wink-eng-lite-web-model compromise en-pos natural
//   node --import tsx scripts/spike/reader-cost.ts          3 rounds (about a minute on 2 cores)
//   node --import tsx scripts/spike/reader-cost.ts 5        5 rounds

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../../test/fixtures');
const TARGET_WORDS = 100_000;
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

/**
 * The tuning and example drafts hold about 69,000 words, so the list goes round again until it reaches
 * 100,000; `pass` lets the lint clear its paragraph caches before a draft comes round a second time.
 */
function drafts(): { path: string; text: string; pass: number }[] {
  const all: { path: string; text: string }[] = [];
  for (const folder of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, folder);
    if (/heldout/.test(folder) || !statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!/\.(md|txt)$/.test(name) || name === 'README.md') continue;
      all.push({ path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') });
    }
  }
  const out: { path: string; text: string; pass: number }[] = [];
  let total = 0;
  for (let pass = 0; total < TARGET_WORDS; pass++) {
    for (const d of all) {
      out.push({ ...d, pass });
      if ((total += words(d.text)) >= TARGET_WORDS) break;
    }
  }
  return out;
}

const MODES = ['none', 'lint', 'wink-nlp + wink-eng-lite-web-model', 'compromise', 'en-pos (own tokenizer)', 'natural (Brill tagger)'];

async function one(mode: string) {
  const texts = drafts();
  const wordCount = texts.reduce((n, d) => n + words(d.text), 0);
  const t0 = performance.now();
  let run: ((d: { path: string; text: string; pass: number }) => void) | undefined;
  if (mode === 'lint') {
    const { lint } = await import('../../server/src/host/lint.ts');
    const { formatForPath } = await import('../../server/src/engine/document.ts');
    const { clearCaches } = await import('../../server/src/engine/cache.ts');
    let pass = 0;
    run = (d) => {
      if (d.pass !== pass) clearCaches();
      pass = d.pass;
      lint(d.text, { format: formatForPath(d.path)!, file: d.path });
    };
  } else if (mode !== 'none') {
    const { READERS } = await import('./readers.ts');
    const read = READERS.find((r) => r.name === mode)!.load();
    if (typeof read === 'string') return console.log(JSON.stringify({ mode, skipped: read }));
    run = (d) => {
      for (const paragraph of d.text.split(/\n+/)) if (paragraph.trim()) read(paragraph);
    };
  }
  const loaded = performance.now();
  const rssLoaded = process.memoryUsage().rss;
  for (const d of texts) run?.(d);
  const done = performance.now();
  console.log(
    JSON.stringify({
      mode,
      words: wordCount,
      loadMs: loaded - t0,
      runMs: done - loaded,
      rssLoadedMB: rssLoaded / 2 ** 20,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

async function main() {
  if (process.argv[2] === '--one') return one(process.argv[3]);
  const rounds = Number(process.argv[2] ?? 3);
  const results = new Map<string, any[]>();
  for (let r = 0; r < rounds; r++) {
    for (const mode of MODES) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--one', mode], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      const line = out.trim().split('\n').filter((l) => l.startsWith('{')).pop()!;
      const res = JSON.parse(line);
      if (!results.has(mode)) results.set(mode, []);
      results.get(mode)!.push(res);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const lintMs = median(results.get('lint')!.map((r) => r.runMs));
  console.log(`\n${rounds} rounds; ${results.get('none')![0].words} words of drafts (per 100k words below)\n`);
  console.log('| mode | load ms | ms per 100k words: median (runs) | fastest | × lint (medians) | RSS after load MB | peak RSS MB |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [mode, rs] of results) {
    if (rs[0].skipped) {
      console.log(`| ${mode} | skipped: ${rs[0].skipped} |`);
      continue;
    }
    const per = (r: any) => (r.runMs * 100_000) / r.words;
    const runs = rs.map((r) => per(r).toFixed(0)).join(', ');
    const m = median(rs.map(per));
    console.log(
      `| ${mode} | ${median(rs.map((r) => r.loadMs)).toFixed(0)} | ${m.toFixed(0)} (${runs}) | ${Math.min(...rs.map(per)).toFixed(0)} | ${mode === 'none' ? '-' : (median(rs.map((r) => r.runMs)) / lintMs).toFixed(2)} | ${median(rs.map((r) => r.rssLoadedMB)).toFixed(0)} | ${median(rs.map((r) => r.peakRssMB)).toFixed(0)} |`,
    );
  }
}

void main();
