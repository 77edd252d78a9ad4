// quote-source on the labelled corpus in test/fixtures/quote-sources/: a meeting's WebVTT captions,
// an interview transcript with named speakers, a council statement, and drafts quoting them whose
// every quotation of three words or more was labelled in labels.json before the rule ran on them.
//
//   node --import tsx scripts/quote-sources-corpus.ts      prints precision, recall and every mistake
//
// Labels: verbatim (no finding), differs (a close match), speaker (the words are someone else's),
// not-found. Precision and recall count the three problem labels; the clean draft (clean-flood.md)
// gives findings per 1,000 words on copy that quotes its sources correctly.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint } from '../server/src/engine/lint.ts';
import { quotationsOf } from '../server/src/engine/quotations.ts';
import { resolveConfig } from '../server/src/engine/config-file.ts';
import { words } from '../server/src/engine/text.ts';
import type { Finding } from '../server/src/engine/types.ts';

export const CORPUS = resolve(import.meta.dirname, '../test/fixtures/quote-sources');
const PROBLEMS = ['differs', 'speaker', 'not-found'] as const;

function kindOf(finding: Finding): string {
  if (finding.note) return 'verbatim';
  if (finding.message.startsWith('Quote differs')) return 'differs';
  if (finding.message.startsWith('These words are')) return 'speaker';
  if (finding.message.startsWith('Not found')) return 'not-found';
  return 'other';
}

export interface CorpusScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  quotations: number;
  cleanWords: number;
  cleanFindings: number;
  mistakes: string[];
}

export function evaluateQuoteCorpus(): CorpusScore {
  const labels = JSON.parse(readFileSync(resolve(CORPUS, 'labels.json'), 'utf8')) as Record<string, [string, string[]][] | string>;
  const score: CorpusScore = { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, quotations: 0, cleanWords: 0, cleanFindings: 0, mistakes: [] };
  for (const [name, expected] of Object.entries(labels)) {
    if (typeof expected === 'string') continue;
    const file = resolve(CORPUS, name);
    const text = readFileSync(file, 'utf8');
    const config = resolveConfig(file, { root: CORPUS });
    const format = name.endsWith('.md') ? 'markdown' : 'plaintext';
    const result = lint(text, { format, settings: config.settings, file, configFile: config.file, root: CORPUS });
    const findings = result.findings.filter((f) => f.rule === 'quote-source');
    const quotations = quotationsOf(result.doc!).quotations.filter((q) => q.depth === 0 && words(q.text).length >= 3);
    if (quotations.length !== expected.length) score.mistakes.push(`${name}: ${quotations.length} quotations, ${expected.length} labels`);
    quotations.forEach((q, k) => {
      const [start, want] = expected[k] ?? ['?', []];
      if (!q.text.replace(/\s+/g, ' ').trim().startsWith(start)) score.mistakes.push(`${name}: quotation ${k + 1} is “${q.text.slice(0, 30)}…”, label says “${start}”`);
      const got = findings.filter((f) => f.start === q.start).map(kindOf);
      score.quotations++;
      for (const kind of PROBLEMS) {
        const w = want.includes(kind);
        const g = got.includes(kind);
        if (w && g) score.tp++;
        else if (g) {
          score.fp++;
          score.mistakes.push(`${name}: “${q.text.slice(0, 40)}…” flagged ${kind}, labelled ${want.join('+')}: ${findings.filter((f) => f.start === q.start && kindOf(f) === kind).map((f) => f.message).join(' | ')}`);
        } else if (w) {
          score.fn++;
          score.mistakes.push(`${name}: “${q.text.slice(0, 40)}…” labelled ${kind}, got ${got.join('+') || 'nothing'}`);
        }
      }
    });
    if (name.startsWith('clean')) {
      score.cleanWords += words(text).length;
      score.cleanFindings += findings.filter((f) => !f.note).length;
    }
  }
  score.precision = score.tp + score.fp === 0 ? 1 : score.tp / (score.tp + score.fp);
  score.recall = score.tp + score.fn === 0 ? 1 : score.tp / (score.tp + score.fn);
  return score;
}

export function formatQuoteScore(s: CorpusScore): string {
  return [
    `quote-source corpus: ${s.quotations} quotations, ${s.tp + s.fn} labelled problems`,
    `precision ${s.precision.toFixed(3)} (${s.tp}/${s.tp + s.fp}), recall ${s.recall.toFixed(3)} (${s.tp}/${s.tp + s.fn})`,
    `clean copy: ${s.cleanFindings} findings in ${s.cleanWords} words = ${((1000 * s.cleanFindings) / Math.max(1, s.cleanWords)).toFixed(2)} per 1,000 words`,
    ...s.mistakes.map((m) => `  ${m}`),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(formatQuoteScore(evaluateQuoteCorpus()));
