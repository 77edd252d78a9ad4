// Precision and recall of unattributed-figure on the labelled corpus in test/fixtures/figures/.
//
//   node --import tsx scripts/figures-corpus.ts          prints the table and every mistake
//
// Each draft (.txt or .md) has a sidecar <draft-name>.labels.json listing every number in it:
//   { "text": "50,000", "in": "Over 50,000 people", "expect": "unattributed", "why": "…" }
// `in` (default: the text itself) must occur exactly once in the draft, unless "occurrence" (1-based)
// says which one; `text` is looked up inside it. `expect` is one of
//   unattributed  a figure with no source: must be flagged (the positives)
//   attributed    a figure with a source in reach: must not be flagged
//   not-figure    a year, date, time, age, name, … or anything in code, front matter or a URL
//   headline      a figure in a heading: not flagged with the default settings
// Every run of digits in a draft must be covered by a label, so nothing escapes the count, and a
// finding that matches no label counts as a false positive.

import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint } from '../server/src/host/lint.ts';
import { LineIndex } from '../server/src/engine/text.ts';
import type { Finding, Format } from '../server/src/engine/types.ts';

export const CORPUS = resolve(import.meta.dirname, '../test/fixtures/figures');
const RULE = 'unattributed-figure';
export const EXPECTATIONS = ['unattributed', 'attributed', 'not-figure', 'headline'] as const;
export type Expectation = (typeof EXPECTATIONS)[number];

interface Label {
  text: string;
  in?: string;
  occurrence?: number;
  expect: Expectation;
  why?: string;
}

export interface Mistake {
  file: string;
  line: number;
  text: string;
  expect: Expectation | 'unlabelled';
  flagged: boolean;
  context: string;
  why?: string;
}

export interface FileScore {
  file: string;
  format: Format;
  labels: number;
  byExpectation: Record<Expectation, number>;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface CorpusScore {
  files: FileScore[];
  total: FileScore;
  precision: number;
  recall: number;
  mistakes: Mistake[];
}

export function evaluateCorpus(dir = CORPUS): CorpusScore {
  const files: FileScore[] = [];
  const mistakes: Mistake[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.labels.json')).sort()) {
    const sidecar = JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as { draft: string; labels: Label[] };
    const text = readFileSync(resolve(dir, sidecar.draft), 'utf8');
    const format: Format = /\.(md|markdown)$/.test(sidecar.draft) ? 'markdown' : 'plaintext';
    const findings = lint(text, { format }).findings.filter((f) => f.rule === RULE);
    files.push(scoreFile(sidecar.draft, text, format, sidecar.labels, findings, mistakes));
  }
  const total = files.reduce(
    (sum, f) => {
      for (const e of EXPECTATIONS) sum.byExpectation[e] += f.byExpectation[e];
      return { ...sum, labels: sum.labels + f.labels, tp: sum.tp + f.tp, fp: sum.fp + f.fp, fn: sum.fn + f.fn, tn: sum.tn + f.tn };
    },
    { file: 'total', format: 'plaintext' as Format, labels: 0, byExpectation: emptyCounts(), tp: 0, fp: 0, fn: 0, tn: 0 },
  );
  return { files, total, precision: ratio(total.tp, total.tp + total.fp), recall: ratio(total.tp, total.tp + total.fn), mistakes };
}

function scoreFile(file: string, text: string, format: Format, labels: Label[], findings: Finding[], mistakes: Mistake[]): FileScore {
  const lines = new LineIndex(text);
  const score: FileScore = { file, format, labels: labels.length, byExpectation: emptyCounts(), tp: 0, fp: 0, fn: 0, tn: 0 };
  const spans = labels.map((label) => locate(file, text, label));
  const record = (start: number, end: number, mistake: Omit<Mistake, 'file' | 'line' | 'context'>) =>
    mistakes.push({ file, line: lines.lineOf(start) + 1, context: text.slice(Math.max(0, start - 60), end + 40).replace(/\s+/g, ' '), ...mistake });

  labels.forEach((label, i) => {
    if (!EXPECTATIONS.includes(label.expect)) throw new Error(`${file}: label "${label.text}" has an unknown expectation "${label.expect}"`);
    score.byExpectation[label.expect]++;
    const { start, end } = spans[i];
    const flagged = findings.some((f) => f.start < end && f.end > start);
    const positive = label.expect === 'unattributed';
    if (positive && flagged) score.tp++;
    else if (positive) score.fn++;
    else if (flagged) score.fp++;
    else score.tn++;
    if (positive !== flagged) record(start, end, { text: label.text, expect: label.expect, flagged, why: label.why });
  });
  for (const finding of findings) {
    if (spans.some((s) => finding.start < s.end && finding.end > s.start)) continue;
    score.fp++;
    record(finding.start, finding.end, { text: text.slice(finding.start, finding.end), expect: 'unlabelled', flagged: true });
  }
  // Completeness: every number in the draft is labelled.
  for (const m of text.matchAll(/\d+/g)) {
    const at = m.index!;
    if (!spans.some((s) => at >= s.start && at < s.end)) {
      const p = lines.position(at);
      throw new Error(`${file}:${p.line + 1}:${p.character + 1}: "${m[0]}" has no label`);
    }
  }
  return score;
}

function locate(file: string, text: string, label: Label): { start: number; end: number } {
  const context = label.in ?? label.text;
  let at = -1;
  const occurrence = label.occurrence ?? 1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(context, at + 1);
    if (at < 0) throw new Error(`${file}: "${context}" not found (occurrence ${n + 1})`);
  }
  if (label.occurrence === undefined && text.indexOf(context, at + 1) >= 0) {
    throw new Error(`${file}: "${context}" occurs more than once; give "in" or "occurrence"`);
  }
  const inner = context.indexOf(label.text);
  if (inner < 0) throw new Error(`${file}: "${label.text}" is not inside "${context}"`);
  return { start: at + inner, end: at + inner + label.text.length };
}

function emptyCounts(): Record<Expectation, number> {
  return { unattributed: 0, attributed: 0, 'not-figure': 0, headline: 0 };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

export function formatScore(score: CorpusScore): string {
  const header = ['draft', 'format', 'labels', 'unattributed', 'attributed', 'not-figure', 'headline', 'TP', 'FP', 'FN', 'precision', 'recall'];
  const row = (f: FileScore) => [
    basename(f.file),
    f.file === 'total' ? '' : f.format,
    f.labels,
    ...EXPECTATIONS.map((e) => f.byExpectation[e]),
    f.tp,
    f.fp,
    f.fn,
    ratio(f.tp, f.tp + f.fp).toFixed(3),
    ratio(f.tp, f.tp + f.fn).toFixed(3),
  ];
  const rows = [header, ...score.files.map(row), row(score.total)].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const out = [line(rows[0]), `|${widths.map((w, i) => (i < 2 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.slice(1).map(line)];
  out.push('', `precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} (${score.total.labels} labelled numbers, ${score.total.tp + score.total.fn} unattributed figures)`);
  if (score.mistakes.length) {
    out.push('', 'Mistakes:');
    for (const m of score.mistakes) {
      out.push(`  ${m.file}:${m.line} ${m.flagged ? 'flagged' : 'missed'} "${m.text}" (${m.expect}${m.why ? `: ${m.why}` : ''}) … ${m.context} …`);
    }
  }
  return out.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatScore(evaluateCorpus()));
}
