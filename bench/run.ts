// npm run bench: Copydesk's lint against the plain retext pipeline on the same generated drafts,
// in one process run. Prints a table of medians and ratios and writes it to docs/benchmarks.md.
//
//   floor   retext-english parsing the draft and nothing else
//   peer    the retext pipeline a unified language server would run: retext-english + retext-quotes +
//           retext-repeated-words (behind remark-parse + remark-retext for Markdown)
//   full    Copydesk, all rules, caches cleared first (a cold lint)
//   relint  Copydesk after a one-character edit in the middle (caches warm, as in the editor)
//   memory  peak RSS of a fresh process running each pipeline once on the draft

import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdirSync, existsSync, statSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextQuotes from 'retext-quotes';
import retextRepeatedWords from 'retext-repeated-words';
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import { VFile } from 'vfile';
import { lint } from '../server/src/engine/lint.ts';
import { clearCaches } from '../server/src/engine/cache.ts';
import { editInMiddle, generateDraft, type DraftFormat } from './generate.ts';
import { FOLDER_MARK } from './folder-mark.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [1_000, 10_000, 100_000];
const FORMATS: DraftFormat[] = ['plaintext', 'markdown'];

const floorProcessor = unified().use(retextEnglish);
const retextPeer = () => unified().use(retextEnglish).use(retextQuotes).use(retextRepeatedWords);
const plainPeer = retextPeer();
const markdownPeer = unified().use(remarkParse).use(remarkRetext, retextPeer() as never);

type Pipeline = 'floor' | 'peer' | 'full';

async function runOnce(pipeline: Pipeline, text: string, format: DraftFormat): Promise<void> {
  if (pipeline === 'floor') {
    floorProcessor.parse(text);
  } else if (pipeline === 'peer') {
    // The two peers are differently typed processors; both parse then run their plugins.
    const processor = (format === 'markdown' ? markdownPeer : plainPeer) as unknown as {
      parse(file: VFile): unknown;
      run(tree: unknown, file: VFile): Promise<unknown>;
    };
    const file = new VFile(text);
    await processor.run(processor.parse(file), file);
  } else {
    clearCaches();
    lint(text, { format });
  }
}

function runsFor(words: number): number {
  return words <= 1_000 ? 40 : words <= 10_000 ? 12 : 4;
}

async function median(times: number, warmups: number, fn: (i: number) => Promise<void> | void): Promise<number> {
  for (let i = 0; i < warmups; i++) await fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

/** Peak RSS (MB) of a fresh process that generates the draft and runs one pipeline on it. */
function peakMemory(pipeline: Pipeline | 'none', words: number, format: DraftFormat): number {
  const child = spawnSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'memory-probe.ts'), pipeline, String(words), format], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`memory probe failed: ${child.stderr}`);
  return JSON.parse(child.stdout).maxRssMb;
}

interface Row {
  format: DraftFormat;
  words: number;
  floor: number;
  peer: number;
  full: number;
  relint: number;
  memFloor: number;
  memPeer: number;
  memFull: number;
}

export { runOnce };

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const format of FORMATS) {
    for (const words of SIZES) {
      const text = generateDraft(words, format);
      const runs = runsFor(words);
      const floor = await median(runs, 1, () => runOnce('floor', text, format));
      const peer = await median(runs, 1, () => runOnce('peer', text, format));
      const full = await median(runs, 1, () => runOnce('full', text, format));
      clearCaches();
      lint(text, { format });
      const relintRuns = Math.max(runs, 30);
      const relint = await median(relintRuns, 3, (i) => {
        lint(editInMiddle(text, i + 1000), { format });
      });
      const row: Row = {
        format,
        words,
        floor,
        peer,
        full,
        relint,
        memFloor: peakMemory('floor', words, format),
        memPeer: peakMemory('peer', words, format),
        memFull: peakMemory('full', words, format),
      };
      rows.push(row);
      process.stderr.write(`${format} ${words}: floor ${floor.toFixed(1)} ms, peer ${peer.toFixed(1)} ms, full ${full.toFixed(1)} ms, relint ${relint.toFixed(2)} ms\n`);
    }
  }
  const table = render(rows);
  process.stdout.write(table + '\n');
  mkdirSync(resolve(ROOT, 'docs'), { recursive: true });
  writeFileSync(resolve(ROOT, 'docs/benchmarks.md'), table + '\n' + keptSection(resolve(ROOT, 'docs/benchmarks.md')));
}

/** The folder benchmark's section (bench/folder.ts writes it), kept when this table is rewritten. */
function keptSection(path: string): string {
  if (!existsSync(path)) return '';
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf(FOLDER_MARK);
  return at === -1 ? '' : '\n' + text.slice(at);
}

function render(rows: Row[]): string {
  const ms = (n: number) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));
  const x = (n: number) => `${n.toFixed(2)}×`;
  const vsix = resolve(ROOT, 'copydesk.vsix');
  const lines = [
    '# Benchmarks',
    '',
    `Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}).`,
    'Drafts are generated with a fixed seed (`bench/generate.ts`). Times are medians in milliseconds of several runs after a warm-up, all in one process;',
    '"full" clears Copydesk\'s caches before every run (a cold lint); "re-lint" is a lint after a one-character edit in the middle of the draft with warm caches, as in the editor.',
    'Memory is the peak RSS of a fresh Node process that generates the draft and runs the pipeline once.',
    '',
    '| format | words | floor: retext-english parse | peer: retext pipeline | Copydesk full lint | full ÷ floor (target ≤ 1.5) | peer ÷ full (target ≥ 4) | re-lint after 1-char edit | re-lint ÷ full (target ≤ 0.05) | peak MB floor / peer / Copydesk |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.format} | ${r.words.toLocaleString('en')} | ${ms(r.floor)} | ${ms(r.peer)} | ${ms(r.full)} | ${x(r.full / r.floor)} | ${x(r.peer / r.full)} | ${ms(r.relint)} | ${(r.relint / r.full).toFixed(3)} | ${r.memFloor.toFixed(0)} / ${r.memPeer.toFixed(0)} / ${r.memFull.toFixed(0)} |`,
    ),
    '',
    existsSync(vsix) ? `VSIX size (\`npm run package\`): ${(statSync(vsix).size / 1024).toFixed(0)} KB.` : 'VSIX size: run `npm run package` first.',
    '',
    'Language-server latency over a real stdio connection: see `npm run bench:server` (written to docs/server-latency.md).',
  ];
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'run.ts')) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
