// npm run bench:quotes — quote-source with a few megabytes of sources: 40 transcripts (.vtt, .srt and
// .txt, ~3 MB, words drawn roughly as in speech: a few very common, a long tail) and a draft of 200
// quotations (half verbatim, half with a word changed).
//
//   cold     first lint: every source read, parsed and indexed
//   warm     the same lint again (sources unchanged: stats and cached lookups)
//   edit     the draft with one quotation edited (one new lookup)
//   changed  one source file rewritten: only it is read and indexed again
//
// Prints medians of 5 runs (cold: 1 run in a fresh cache). Not a test: no timing is asserted.

import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lint } from '../server/src/engine/lint.ts';
import { applyLayer, defaultSettings } from '../server/src/engine/settings.ts';

const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-quotes-'));
// Common words are drawn often and a long tail of others rarely, as in speech (roughly Zipf).
const COMMON = 'the a to and of we it is that in will was not on for have be this they our'.split(' ');
const TAIL = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`);
let seed = 11;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = () => (rand() < 0.45 ? COMMON[Math.floor(rand() * COMMON.length)] : TAIL[Math.floor(TAIL.length * rand() ** 2.5)]);
const sentence = () => Array.from({ length: 8 + Math.floor(rand() * 12) }, pick).join(' ') + '.';
const stamp = (s: number, sep: string) => `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}${sep}000`;
const sentences: string[] = [];
let bytes = 0;
for (let f = 0; f < 40; f++) {
  const kind = ['vtt', 'srt', 'txt'][f % 3];
  const lines: string[] = kind === 'vtt' ? ['WEBVTT', ''] : [];
  for (let c = 0; c < 700; c++) {
    const text = sentence();
    sentences.push(text);
    if (kind === 'txt') lines.push(`SPEAKER ${c % 4}: ${text}`);
    else if (kind === 'vtt') lines.push(`${stamp(c * 4, '.')} --> ${stamp(c * 4 + 4, '.')}`, `<v Speaker ${c % 4}>${text}`, '');
    else lines.push(String(c + 1), `${stamp(c * 4, ',')} --> ${stamp(c * 4 + 4, ',')}`, text, '');
  }
  const content = lines.join('\n');
  bytes += content.length;
  writeFileSync(join(dir, `source-${f}.${kind}`), content);
}
writeFileSync(join(dir, '.copydesk.json'), '{}');
const quotes = Array.from({ length: 200 }, (_, i) => {
  const words = sentences[Math.floor(rand() * sentences.length)].replace(/\.$/, '').split(' ').slice(1, 8);
  if (i % 2) words[3] = 'altered';
  return `Paragraph ${i}: the official said “${words.join(' ')}” on Monday.`;
});
const settings = applyLayer(defaultSettings(), { sources: ['source-*'] }, 'bench', []);
const run = (text: string) => {
  const started = performance.now();
  lint(text, { format: 'markdown', settings, file: join(dir, 'draft.md'), configFile: join(dir, '.copydesk.json'), root: dir });
  return performance.now() - started;
};
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const draft = quotes.join('\n\n');
const cold = run(draft);
const warm = median(Array.from({ length: 5 }, () => run(draft)));
const edit = median(Array.from({ length: 5 }, (_, k) => run(draft.replace('Paragraph 7:', `Paragraph 7${'x'.repeat(k + 1)}:`).replace(/“(\w+)/, `“$1 ${'more '.repeat(k + 1)}`))));
const changed = median(
  Array.from({ length: 5 }, (_, k) => {
    const path = join(dir, 'source-0.vtt');
    writeFileSync(path, `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Speaker 1>${sentence()} ${k}\n`);
    const later = new Date(Date.now() + 10_000 * (k + 1));
    utimesSync(path, later, later);
    return run(draft);
  }),
);
console.log(`sources: 40 files, ${(bytes / 1e6).toFixed(1)} MB; draft: 200 quotations`);
console.log(`cold ${cold.toFixed(0)} ms · warm ${warm.toFixed(1)} ms · one quotation edited ${edit.toFixed(1)} ms · one source changed ${changed.toFixed(0)} ms`);
rmSync(dir, { recursive: true, force: true });
