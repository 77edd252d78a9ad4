// npm run bench:large: how long one lint of a large draft takes, to find the size at which a lint
// blocks for more than a second (so the server lints such drafts off the main thread, see README
// "Guarantees"), and what a flood of quote marks costs. Each size runs in a fresh process (cold
// caches), then once more after a one-character edit (warm caches, the per-keystroke path).
// Prints a Markdown table; BENCH_SIZES=250000,1000000 picks the sizes (characters).

import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';

const SIZES = (process.env.BENCH_SIZES ?? '125000,250000,500000,1000000,2000000,4000000').split(',').map(Number);

async function child(kind: string, chars: number, format: 'plaintext' | 'markdown'): Promise<void> {
  const { lint } = await import('../server/src/engine/lint.ts');
  const { defaultSettings } = await import('../server/src/engine/settings.ts');
  const { generateDraft, editInMiddle } = await import('./generate.ts');
  const settings = { ...defaultSettings(), maxFileSize: 100_000_000 };
  let text: string;
  if (kind === 'quotes') {
    // Quote marks between words: every mark is a finding.
    text = 'word " '.repeat(Math.ceil(chars / 7)).slice(0, chars);
  } else {
    let words = Math.ceil(chars / 6);
    text = generateDraft(words, format);
    while (text.length < chars) text = generateDraft((words = Math.ceil(words * 1.1)), format);
    text = text.slice(0, chars);
  }
  let t = performance.now();
  const cold = lint(text, { format, settings });
  const coldMs = performance.now() - t;
  const edited = editInMiddle(text, 1);
  t = performance.now();
  lint(edited, { format, settings });
  const warmMs = performance.now() - t;
  process.stdout.write(JSON.stringify({ coldMs, warmMs, findings: cold.findings.length, chars: text.length }));
}

function main(): void {
  const rows: string[] = ['| draft | characters | cold lint | re-lint after 1 edit | findings |', '|---|---:|---:|---:|---:|'];
  for (const [kind, format] of [['prose', 'plaintext'], ['prose', 'markdown'], ['quotes', 'plaintext']] as const) {
    for (const chars of kind === 'quotes' ? [350_000] : SIZES) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', resolve(import.meta.filename), 'child', kind, String(chars), format], {
        encoding: 'utf8',
        timeout: 600_000,
        maxBuffer: 1 << 20,
      });
      if (run.status !== 0) {
        rows.push(`| ${kind} ${format} | ${chars.toLocaleString('en')} | failed (${run.signal ?? run.status}) | | |`);
        continue;
      }
      const r = JSON.parse(run.stdout) as { coldMs: number; warmMs: number; findings: number; chars: number };
      rows.push(`| ${kind === 'quotes' ? 'quote flood' : 'news prose'} (${format}) | ${r.chars.toLocaleString('en')} | ${(r.coldMs / 1000).toFixed(2)} s | ${(r.warmMs / 1000).toFixed(2)} s | ${r.findings.toLocaleString('en')} |`);
      process.stderr.write(rows[rows.length - 1] + '\n');
    }
  }
  process.stdout.write(rows.join('\n') + '\n');
}

if (process.argv[2] === 'child') void child(process.argv[3], Number(process.argv[4]), process.argv[5] as 'plaintext' | 'markdown');
else main();
