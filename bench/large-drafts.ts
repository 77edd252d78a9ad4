// npm run bench:large: how long one lint of a large draft takes, to find the size at which a lint
// blocks for more than a second (so the server lints such drafts off the main thread, see README
// "Guarantees"), and what a flood of quote marks costs. Each size runs in a fresh process (cold
// caches), then once more after a one-character edit (warm caches, the per-keystroke path).
// Then the language server (dist/server.js, run `npm run build` first) with a 1M-character draft:
// hover latency while that draft is being linted, and a keystroke's time to diagnostics.
// Writes docs/large-drafts.md; BENCH_SIZES=250000,1000000 picks the sizes (characters).

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspHarness } from '../test/server/lsp-harness.ts';

const SIZES = (process.env.BENCH_SIZES ?? '125000,250000,500000,1000000,2000000,4000000').split(',').map(Number);

async function child(kind: string, chars: number, format: 'plaintext' | 'markdown'): Promise<void> {
  const { lint } = await import('../server/src/engine/lint.ts');
  const { defaultSettings } = await import('../server/src/engine/settings.ts');
  const { generateDraft, editInMiddle } = await import('./generate.ts');
  const settings = { ...defaultSettings(), maxFileSize: 100_000_000 };
  let text: string;
  if (kind === 'quotes') {
    // Quote marks between words that never pair: every mark is a finding (two rules each).
    text = 'a \u201C b " '.repeat(Math.ceil(chars / 8)).slice(0, chars);
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

/** Over stdio: a 1M-character draft is opened; hovers are sent every 50 ms until its diagnostics arrive. */
async function server(chars: number): Promise<string[]> {
  const { generateDraft } = await import('./generate.ts');
  let words = Math.ceil(chars / 6);
  let text = generateDraft(words, 'plaintext');
  while (text.length < chars) text = generateDraft((words = Math.ceil(words * 1.1)), 'plaintext');
  text = text.slice(0, chars);
  const harness = new LspHarness({ settings: () => ({}) });
  await harness.initialize();
  const uri = 'untitled:bench-large.txt';
  const started = performance.now();
  let done = false;
  const published = harness.nextDiagnostics(uri, 1, 600_000).then(() => ((done = true), performance.now() - started));
  harness.docs.set(uri, TextDocument.create(uri, 'plaintext', 1, text));
  void harness.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const hovers: number[] = [];
  while (!done) {
    const t = performance.now();
    await harness.hover(uri, { line: 0, character: 0 });
    hovers.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 50));
  }
  const firstLint = await published;
  const t = performance.now();
  await harness.change(uri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'x' }]);
  const keystroke = performance.now() - t;
  await harness.close();
  hovers.sort((a, b) => a - b);
  return [
    `| server, ${chars.toLocaleString('en')}-character draft: open → diagnostics | ${(firstLint / 1000).toFixed(2)} s |`,
    `| hovers answered during that lint (count / median / max) | ${hovers.length} / ${hovers[Math.floor(hovers.length / 2)].toFixed(1)} ms / ${hovers[hovers.length - 1].toFixed(1)} ms |`,
    `| one keystroke → diagnostics (debounce 150 ms included) | ${(keystroke / 1000).toFixed(2)} s |`,
  ];
}

async function main(): Promise<void> {
  const rows: string[] = ['| draft | characters | cold lint | re-lint after 1 edit | findings |', '|---|---:|---:|---:|---:|'];
  for (const [kind, format] of [['prose', 'plaintext'], ['prose', 'markdown'], ['quotes', 'plaintext']] as const) {
    for (const chars of kind === 'quotes' ? [400_000] : SIZES) {
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
  const serverRows = ['| language server | |', '|---|---:|', ...(await server(1_000_000))];
  process.stderr.write(serverRows.join('\n') + '\n');
  const doc = `# Large drafts\n\nWritten by \`npm run bench:large\` (${new Date().toISOString().slice(0, 10)}, ${process.platform}, Node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the end: times on a shared machine vary by several times from run to run). One lint per size in a fresh process\n(cold caches), then a one-character edit in the middle (warm caches). News-like generated prose.\n\n${rows.join('\n')}\n\n${serverRows.join('\n')}\n`;
  writeFileSync(resolve(import.meta.dirname, '../docs/large-drafts.md'), doc);
  process.stdout.write(doc);
}

if (process.argv[2] === 'child') void child(process.argv[3], Number(process.argv[4]), process.argv[5] as 'plaintext' | 'markdown');
else void main();
