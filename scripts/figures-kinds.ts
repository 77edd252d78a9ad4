// Desk-mode findings of unattributed-figure by KIND of claim (Finding.detail.kind), right and wrong, on
// every tuning corpus (held-out sets are never read):
//
//   node --import tsx scripts/figures-kinds.ts
//
// Every claim is asked for (`otherClaims: "flag"`), so the table shows each kind whatever tier it is
// in; the last column says the kind's tier under the default settings (main: it squiggles; other: it
// is reported only when `otherClaims` asks for it). A finding is right when its figure is labelled
// needs-source; a finding on two labels, or on none, counts once. Session 5 used this beside the
// precision by kind on the untouched first runs of six unseen sets (docs/held-out-log.md).

import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint } from '../server/src/host/lint.ts';
import { applyLayer, defaultSettings } from '../server/src/host/settings.ts';
import type { Finding, Format } from '../server/src/engine/types.ts';
import { formatForPath } from '../server/src/engine/document.ts';
import { locateLabel } from './corpus-labels.ts';
import { CORPORA, HELD_OUT, corpusExists, type CorpusName, type Sidecar } from './figures-corpus.ts';

const RULE = 'unattributed-figure';

export interface KindCount {
  right: number;
  wrong: number;
  /** Findings of this kind that squiggle under the default settings. */
  main: number;
}

/** Per corpus, per kind: findings right and wrong with every claim asked for. */
export function countKinds(dir: string): Map<string, KindCount> {
  // The hand rule's tiers by kind, by name (the product default is the lexical judge, which has one tier).
  const every = applyLayer(defaultSettings(), { rules: { [RULE]: { mode: 'desk', judge: 'rules', otherClaims: 'flag' } } }, 'figures-kinds', []);
  const byDefault = applyLayer(defaultSettings(), { rules: { [RULE]: { mode: 'desk', judge: 'rules' } } }, 'figures-kinds', []);
  const counts = new Map<string, KindCount>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.labels.json')).sort()) {
    const sidecar = JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as Sidecar;
    const text = readFileSync(resolve(dir, sidecar.draft), 'utf8');
    const format: Format = formatForPath(sidecar.draft) ?? 'plaintext';
    const spans = sidecar.labels.map((label) => locateLabel(sidecar.draft, text, label));
    const shown = (settings: typeof every): Finding[] => lint(text, { format, settings }).findings.filter((f) => f.rule === RULE && f.severity !== 'hint');
    const main = shown(byDefault);
    for (const f of shown(every)) {
      const kind = String(f.detail?.kind ?? '?');
      const i = spans.findIndex((s) => f.start < s.end && f.end > s.start);
      const count = counts.get(kind) ?? { right: 0, wrong: 0, main: 0 };
      if (i >= 0 && sidecar.labels[i].expect === 'needs-source') count.right++;
      else count.wrong++;
      if (main.some((m) => m.start === f.start && m.end === f.end)) count.main++;
      counts.set(kind, count);
    }
  }
  return counts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const names = (Object.keys(CORPORA) as CorpusName[]).filter((n) => !HELD_OUT.has(n) && corpusExists(n));
  const perCorpus = names.map((n) => countKinds(CORPORA[n]));
  const kinds = [...new Set(perCorpus.flatMap((c) => [...c.keys()]))].sort();
  console.log(`| kind | ${names.join(' | ')} | pooled right/wrong | precision | tier |`);
  console.log(`|---|${names.map(() => '---:').join('|')}|---:|---:|---|`);
  for (const kind of kinds) {
    const cells = perCorpus.map((c) => c.get(kind));
    const right = cells.reduce((n, c) => n + (c?.right ?? 0), 0);
    const wrong = cells.reduce((n, c) => n + (c?.wrong ?? 0), 0);
    const main = cells.reduce((n, c) => n + (c?.main ?? 0), 0);
    const tier = main === right + wrong ? 'main' : main === 0 ? 'other' : `main ${main}/${right + wrong}`;
    console.log(`| ${kind} | ${cells.map((c) => (c ? `${c.right}/${c.wrong}` : '')).join(' | ')} | ${right}/${wrong} | ${(right / (right + wrong)).toFixed(2)} | ${tier} |`);
  }
}
