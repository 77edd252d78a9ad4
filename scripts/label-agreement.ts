// How far two labellers agree on a figures corpus, and how the rule scores against each of them and
// against what they agree on. Two labellers labelled the same drafts independently, neither seeing the
// other's labels nor the rule's output; their agreement on needs-source is the ceiling a rule can reach
// against one labeller's gold.
//
//   node --import tsx scripts/label-agreement.ts test/fixtures/figures-heldout-6 test/fixtures/figures-heldout-6/second-labeller
//   node --import tsx scripts/label-agreement.ts <first> <second> --disputes    also list every disagreement
//
// Labels are matched by overlapping spans in the draft (labellers cut "£145" and "£145 a night" differently).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint } from '../server/src/host/lint.ts';
import { applyLayer, defaultSettings } from '../server/src/host/settings.ts';
import type { Format } from '../server/src/engine/types.ts';
import { formatForPath } from '../server/src/engine/document.ts';
import { locateLabel } from './corpus-labels.ts';
import { EXPECTATIONS, type Expectation, type Sidecar } from './figures-corpus.ts';

interface Span {
  start: number;
  end: number;
  expect: Expectation;
  text: string;
  why?: string;
}
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Agreement {
  drafts: number;
  /** The second labeller's needs-source figures scored against the first's. */
  secondAgainstFirst: Counts;
  /** Cohen's kappa on needs-source / not, over figures both labelled. */
  kappa: number;
  matched: number;
  confusion: Map<string, number>;
  disputes: { draft: string; text: string; first: Expectation; second: Expectation; firstWhy?: string; secondWhy?: string; context: string }[];
  /** The rule (desk mode, main tier) against the first labeller, the second, and the figures both call the same. */
  rule: { first: Counts; second: Counts; consensus: Counts };
}

const RULE = 'unattributed-figure';
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && a.end > b.start;

function spansOf(dir: string, name: string, text: string): Span[] {
  const sidecar = JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as Sidecar;
  return sidecar.labels.map((l) => {
    if (!EXPECTATIONS.includes(l.expect)) throw new Error(`${dir}/${name}: unknown expectation "${l.expect}"`);
    return { ...locateLabel(sidecar.draft, text, l), expect: l.expect, text: l.text, why: l.why };
  });
}

export function measureAgreement(firstDir: string, secondDir: string): Agreement {
  // The hand rule by name, as scripts/figures-corpus.ts scores it by default (the product default is the lexical judge).
  const settings = applyLayer(defaultSettings(), { rules: { [RULE]: { mode: 'desk', judge: 'rules' } } }, 'label-agreement', []);
  const names = readdirSync(secondDir).filter((n) => n.endsWith('.labels.json')).sort();
  const result: Agreement = {
    drafts: 0,
    secondAgainstFirst: { tp: 0, fp: 0, fn: 0 },
    kappa: 0,
    matched: 0,
    confusion: new Map(),
    disputes: [],
    rule: { first: { tp: 0, fp: 0, fn: 0 }, second: { tp: 0, fp: 0, fn: 0 }, consensus: { tp: 0, fp: 0, fn: 0 } },
  };
  let both = 0, firstOnly = 0, secondOnly = 0, neither = 0;
  for (const name of names) {
    if (!existsSync(resolve(firstDir, name))) throw new Error(`${name}: no first label file in ${firstDir}`);
    const draft = (JSON.parse(readFileSync(resolve(firstDir, name), 'utf8')) as Sidecar).draft;
    const text = readFileSync(resolve(firstDir, draft), 'utf8');
    const format: Format = formatForPath(draft) ?? 'plaintext';
    const first = spansOf(firstDir, name, text);
    const second = spansOf(secondDir, name, text);
    result.drafts++;
    const positive = (s: Span | undefined) => s?.expect === 'needs-source';
    for (const a of first) {
      const b = second.find((s) => overlaps(a, s));
      if (!b) continue;
      result.matched++;
      const key = `${a.expect} → ${b.expect}`;
      result.confusion.set(key, (result.confusion.get(key) ?? 0) + 1);
      if (positive(a) && positive(b)) both++;
      else if (positive(a)) firstOnly++;
      else if (positive(b)) secondOnly++;
      else neither++;
      if (positive(a) !== positive(b)) {
        result.disputes.push({ draft, text: a.text, first: a.expect, second: b.expect, firstWhy: a.why, secondWhy: b.why, context: text.slice(Math.max(0, a.start - 70), a.end + 40).replace(/\s+/g, ' ') });
      }
    }
    const score = (gold: Span[], found: Span[], into: Counts) => {
      for (const g of gold.filter(positive)) (found.some((f) => overlaps(f, g)) ? into.tp++ : into.fn++);
      for (const f of found) if (!gold.some((g) => positive(g) && overlaps(f, g))) into.fp++;
    };
    score(first, second.filter(positive), result.secondAgainstFirst);
    const findings = lint(text, { format, settings })
      .findings.filter((f) => f.rule === RULE && f.severity !== 'hint')
      .map((f) => ({ start: f.start, end: f.end, expect: 'needs-source' as const, text: text.slice(f.start, f.end) }));
    score(first, findings, result.rule.first);
    score(second, findings, result.rule.second);
    // Consensus: a figure is positive when both say needs-source, negative when neither does; a figure they
    // dispute counts for nothing, whether flagged or not.
    const disputed = first.filter((a) => second.some((b) => overlaps(a, b) && positive(a) !== positive(b)));
    const agreed = first.filter((a) => !disputed.includes(a) && (!positive(a) || second.some((b) => overlaps(a, b) && positive(b))));
    const kept = findings.filter((f) => !disputed.some((d) => overlaps(f, d)));
    score(agreed, kept, result.rule.consensus);
  }
  const n = both + firstOnly + secondOnly + neither;
  const observed = (both + neither) / n;
  const expected = ((both + firstOnly) / n) * ((both + secondOnly) / n) + ((neither + secondOnly) / n) * ((neither + firstOnly) / n);
  // Undefined when nothing was matched or both labellers put every figure in one class: say so, not NaN.
  result.kappa = n === 0 || expected === 1 ? Number.NaN : (observed - expected) / (1 - expected);
  return result;
}

const share = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(3));
const pr = (c: Counts) => `${share(c.tp, c.tp + c.fp)} / ${share(c.tp, c.tp + c.fn)} (${c.tp} TP, ${c.fp} FP, ${c.fn} FN)`;

export function formatAgreement(a: Agreement, disputes = false): string {
  const out = [
    `${a.drafts} drafts, ${a.matched} figures labelled by both`,
    `second labeller against the first, needs-source: ${pr(a.secondAgainstFirst)}; Cohen's kappa ${Number.isNaN(a.kappa) ? 'undefined (one class only)' : a.kappa.toFixed(3)}`,
    `rule (desk, main tier) against the first labeller: ${pr(a.rule.first)}`,
    `rule (desk, main tier) against the second labeller: ${pr(a.rule.second)}`,
    `rule (desk, main tier) against figures both agree on: ${pr(a.rule.consensus)}`,
    '',
    'Where they differ (first → second):',
    ...[...a.confusion].filter(([k]) => k.split(' → ')[0] !== k.split(' → ')[1]).sort((x, y) => y[1] - x[1]).map(([k, v]) => `  ${k}: ${v}`),
  ];
  if (disputes) {
    out.push('', 'Disputed needs-source figures:');
    for (const d of a.disputes) out.push(`  ${d.draft} "${d.text}": ${d.first} (${d.firstWhy ?? ''}) vs ${d.second} (${d.secondWhy ?? ''}) … ${d.context} …`);
  }
  return out.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [first, second] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!first || !second) throw new Error('usage: label-agreement.ts <first labels folder> <second labels folder> [--disputes]');
  console.log(formatAgreement(measureAgreement(resolve(first), resolve(second)), process.argv.includes('--disputes')));
}
