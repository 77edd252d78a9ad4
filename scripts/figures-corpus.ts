// Precision, recall and findings per 1,000 words of unattributed-figure on the labelled corpora:
//
//   node --import tsx scripts/figures-corpus.ts                  every tuning corpus, both modes, + mistakes
//   node --import tsx scripts/figures-corpus.ts all              every corpus (held-out: totals only)
//   node --import tsx scripts/figures-corpus.ts heldout9 desk --judge learned   desk mode decided by the learned judge (or --judge lexical)
//   (without --judge: the hand rule, pinned, whatever the product's default judge; lexical since session 8)
//   node --import tsx scripts/figures-corpus.ts tuning desk      one corpus (old | tuning | desk2 | heldout | desk3 | desk4 | heldout2 | desk5 | heldout3 | heldout4 | heldout5 | heldout6 | heldout7 | heldout8 | heldout9 | heldout10 | desk6 | heldout11 | heldout12 | heldout13 | … | heldout34), one mode
//
// Corpora: test/fixtures/figures (the old corpus, relabelled), test/fixtures/figures-desk (tuning),
// test/fixtures/figures-desk-2, -3 and -4 (further tuning sets, each first scored before the rule was
// tuned on it: those "before tuning" scores are the honest estimate of how the rule generalises),
// test/fixtures/figures-heldout (held out in session 2, where it scored 0.48 / 0.63; retired into
// tuning from session 3), test/fixtures/figures-heldout-2 (held out in session 3, retired into tuning
// in session 4), test/fixtures/figures-desk-5 (tuning, scored first before tuning),
// test/fixtures/figures-heldout-3, -4 and -5 (held out in session 4, each run twice, then retired into
// tuning) and test/fixtures/figures-heldout-6 (held out: only its totals are ever printed, never its mistakes or
// drafts, so the rule cannot be tuned to it).
//
// figures-desk-5, scored untouched before any tuning on it (session 4, commit c15f735, desk mode):
// main tier 0.889 / 0.727 (8 TP, 1 FP, 3 FN; 2.2 findings per 1,000 words, 0.4 on clean drafts), all
// tiers 0.750 / 0.818 (9 TP, 3 FP, 2 FN; 3.0). The session's starting rule (7509ed3) on the same drafts:
// main 0.875 / 0.636, all 0.727 / 0.727.
//
// Each draft (.txt or .md) has a sidecar <draft-name>.labels.json:
//   { "draft": "x.md", "section": "sport" | null, "style": "…", "clean": true,
//     "labels": [{ "text": "50,000", "in": "Over 50,000 people", "occurrence": 1, "expect": "needs-source", "why": "…" }] }
// `in` (default: the text itself) must occur exactly once in the draft unless `occurrence` (1-based)
// says which; `text` is looked up inside it. `expect` is how a wire desk reads the figure:
//   needs-source  a claim with no source in reach: must be flagged (the positives in desk mode)
//   attributed    a source in its own sentence          carried     a source named earlier still governs it
//   event-fact    what a court, council, company… did   market-data prices, indices, rates in business copy
//   sports-stat   scores, results, season totals        background  established, checkable context
//   not-a-figure  a year, date, age, name, tally form…  headline    a figure in a heading
// Strict mode ("every claim-making figure needs a source in its own sentence") counts as positives
// needs-source, event-fact, market-data, sports-stat and background: the claims with no source in
// their own sentence. `carried` is negative in both modes (today's rule already follows a paragraph's
// continuation; across paragraphs strict flags it, and that shows as its lower precision).
// The old corpus keeps its earlier label in `was` (unattributed | attributed | not-figure | headline);
// `legacy` scores strict mode against those, to show it still reproduces the old rule's scores.
// Every run of digits in a draft must be covered by a label, and a finding that matches no label is a
// false positive.
//
// Tiers (session 4: lower-confidence queries are off by default, `otherClaims`; scored here as hints):
// desk mode reports claims outside the main tier (casualty, displacement and arrest counts, damage
// and cost, statistics about the world, estimates, forecasts, polls, unfilled placeholders; money claims
// left it in session 5) as hints, a faint underline outside the Problems list. Each corpus and mode is
// scored at the MAIN tier (the findings that squiggle: every severity but hint) and at ALL tiers (every
// finding, hints included, which is what the rule finds). Strict mode has no hints: its two tiers agree.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint } from '../server/src/host/lint.ts';
import { applyLayer, defaultSettings } from '../server/src/host/settings.ts';
import { LineIndex } from '../server/src/engine/text.ts';
import type { Finding, Format } from '../server/src/engine/types.ts';
import { locateLabel } from './corpus-labels.ts';
import { formatForPath, parseDraft } from '../server/src/engine/document.ts';
import { explainFigures } from '../server/src/rules/unattributed-figure.ts';

const FIXTURES = resolve(import.meta.dirname, '../test/fixtures');
export const CORPORA = {
  old: resolve(FIXTURES, 'figures'),
  tuning: resolve(FIXTURES, 'figures-desk'),
  desk2: resolve(FIXTURES, 'figures-desk-2'),
  /** Held out in session 2 (0.48 / 0.63 then); tuning from session 3. */
  heldout: resolve(FIXTURES, 'figures-heldout'),
  desk3: resolve(FIXTURES, 'figures-desk-3'),
  desk4: resolve(FIXTURES, 'figures-desk-4'),
  /** Held out in session 3 (run four times there, so no longer clean); tuning from session 4. */
  heldout2: resolve(FIXTURES, 'figures-heldout-2'),
  desk5: resolve(FIXTURES, 'figures-desk-5'),
  /**
   * Held out in session 4 and run twice, totals only: at 5fe12be (the rule as session 3 left it) desk main
   * 0.684 / 0.433, all tiers 0.415 / 0.567; at 47e0e44 (after session 4's first round) main 0.636 / 0.467,
   * all tiers (hints on) 0.419 / 0.600. Then retired into tuning.
   */
  heldout3: resolve(FIXTURES, 'figures-heldout-3'),
  /**
   * Held out in session 4 and run twice, totals only: at b0b571f (after round 1) desk main 0.533 / 0.552,
   * all tiers 0.465 / 0.690; at 1470fb5 (after round 2) main 0.576 / 0.655, all tiers 0.488 / 0.724. The
   * rule at the session's start (7509ed3) scored main 0.577 / 0.517 there. Then retired into tuning.
   */
  heldout4: resolve(FIXTURES, 'figures-heldout-4'),
  /**
   * Held out in session 4 and run twice, totals only: at 3c07c60 (after round 2) desk main 0.759 / 0.815,
   * all tiers 0.523 / 0.852; at 53c8a98 (after round 3) the same. The rule at the session's start
   * (7509ed3): main 0.760 / 0.704. Then retired into tuning.
   */
  heldout5: resolve(FIXTURES, 'figures-heldout-5'),
  /**
   * Held out in session 4 and run three times, totals only: at c2677f8 (after round 3) desk main
   * 0.609 / 0.500, all tiers 0.581 / 0.643; at ab142cc (after round 4) and d94ca6b the same. The rule at
   * session 4's start (7509ed3): main 0.583 / 0.500. Retired into tuning in session 5 and tuned on there
   * (one round, causes seen in two sets or following from the issue's conventions): main 0.609 / 0.500 →
   * 0.833 / 0.714, all tiers 0.581 / 0.643 → 0.800 / 0.857. Pooled with the tuning sets from then on.
   */
  heldout6: resolve(FIXTURES, 'figures-heldout-6'),
  /**
   * Held out in session 5 and run twice, totals only. Run 1 at 8a757ac (the rule as session 4 left it):
   * desk main 0.815 / 0.759, 4.2 per 1,000 words (1.0 clean); all tiers 0.676 / 0.793. Run 2 at 9f0e870
   * (session 5's end): main 0.769 / 0.690, 4.1 (1.3 clean); all tiers 0.657 / 0.793. The rule at session
   * 4's start (7509ed3): main 0.909 / 0.690. Retired at the end of session 5. Tuned on in session 5's
   * round 4 (causes seen in another set only): main 0.920 / 0.793, all tiers 0.794 / 0.931. Pooled from then on.
   */
  heldout7: resolve(FIXTURES, 'figures-heldout-7'),
  /**
   * Held out: totals only. Written in session 5 and run twice, at 9f0e870 and at 363f379 (session 5's end),
   * the same both times: desk main 0.586 / 0.567, 4.3 per 1,000 words (1.6 clean); all tiers 0.426 / 0.767.
   * The rule at session 5's start (77cc68e): main 0.486 / 0.600, 5.5 (1.9 clean). Retired into tuning late in
   * session 5.
   */
  heldout8: resolve(FIXTURES, 'figures-heldout-8'),
  /**
   * Held out in session 5 (written late in it) and run twice, at 363f379 and 6d2ed9e (session 5's end), the
   * same both times: desk main 0.821 / 0.821, 4.4 per 1,000 words (0.3 clean); all tiers 0.719 / 0.821. The
   * rule at session 5's start (77cc68e): main 0.767 / 0.821, 4.5 (0.3 clean). Session 6's learned judge,
   * once: 0.852 / 0.821. Retired into tuning in session 6 (docs/held-out-log.md).
   */
  heldout9: resolve(FIXTURES, 'figures-heldout-9'),
  /**
   * Held out at the end of session 5 and run once, at 6d2ed9e: desk main 0.640 / 0.485, 4.2 per 1,000
   * words (1.3 clean); all tiers 0.468 / 0.667. The rule at session 5's start (77cc68e): main 0.615 /
   * 0.485, 4.4 (1.7 clean). Session 6's learned judge, once: 0.613 / 0.576. Retired into tuning in session 6.
   */
  heldout10: resolve(FIXTURES, 'figures-heldout-10'),
  /**
   * A tuning set written in session 5. Before any tuning on it (the rule after session 5's round 1): desk
   * main 0.645 / 0.833 (20 TP, 11 FP, 4 FN; 5.3 per 1,000 words, 0.7 clean), all tiers 0.500 / 0.833.
   * Tuned on in session 5's round 2: main 0.828 / 1.000, all tiers 0.667 / 1.000. Pooled from then on.
   */
  desk6: resolve(FIXTURES, 'figures-desk-6'),
  /** Training sets written blind in session 9 (labelled before any rule ran on them), for the judges' retrains. */
  desk7: resolve(FIXTURES, 'figures-desk-7'),
  desk8: resolve(FIXTURES, 'figures-desk-8'),
  /** Training sets written blind in session 10, for the judges' retrains. */
  desk9: resolve(FIXTURES, 'figures-desk-9'),
  desk10: resolve(FIXTURES, 'figures-desk-10'),
  /**
   * Written blind in session 6 (a wire lean) and run once, at 2337f8e after every round: desk main 0.524 /
   * 0.611 (11, 10, 7), 3.7 per 1,000 words (2.0 clean); all tiers 0.407 / 0.611. The session's starting rule
   * scored the same at the main tier. Retired into tuning in session 6.
   */
  heldout11: resolve(FIXTURES, 'figures-heldout-11'),
  /**
   * Written blind in session 6 (a broadsheet and local lean) and run once, at 2337f8e: desk main 0.682 /
   * 0.833 (15, 7, 3), 3.1 per 1,000 words (0.7 clean); all tiers 0.313 / 0.833. The session's starting rule
   * scored the same at the main tier. Retired into tuning in session 6.
   */
  heldout12: resolve(FIXTURES, 'figures-heldout-12'),
  /**
   * Written blind in session 6's second cycle (mixed styles) and run once, at its end: desk main 0.409 / 0.563
   * (9, 13, 7), 3.6 per 1,000 words (2.6 clean); all tiers 0.283 / 0.813. The rule at session 6's start: main
   * 0.375 / 0.563. Learned judge, once: 0.375 / 0.750. Retired into tuning in session 7.
   */
  heldout13: resolve(FIXTURES, 'figures-heldout-13'),
  /**
   * Written blind in session 7 (a wire lean) and run once, at dcf2ae8: desk main 0.786 / 0.647 (11, 3, 6), 2.4 per
   * 1,000 words (0.0 clean); all tiers 0.480 / 0.706. The session-start rule: identical. Retired in session 7.
   */
  heldout14: resolve(FIXTURES, 'figures-heldout-14'),
  /**
   * Written blind in session 7 (a broadsheet and local lean) and run once, at dcf2ae8: desk main 0.714 / 0.769
   * (10, 4, 3), 2.2 per 1,000 words (0.7 clean); all tiers 0.423 / 0.846. The session-start rule: identical.
   */
  heldout15: resolve(FIXTURES, 'figures-heldout-15'),
  /**
   * Written blind in session 7 (mixed styles) and run once, at dcf2ae8: desk main 0.846 / 0.733 (11, 2, 4), 2.3 per
   * 1,000 words (0.3 clean); all tiers 0.536 / 1.000. The session-start rule: identical.
   */
  heldout16: resolve(FIXTURES, 'figures-heldout-16'),
  /**
   * Written blind in session 7's second cycle (wire and broadsheet) and run once, at 4a6b381: desk main 0.800 / 0.615
   * (8, 2, 5), 1.8 per 1,000 words (0.3 clean); all tiers 0.367 / 0.846. The session-start rule: the same.
   */
  heldout17: resolve(FIXTURES, 'figures-heldout-17'),
  /**
   * Written blind in session 7's second cycle (local and regional) and run once, at 4a6b381: desk main 0.769 / 0.556
   * (10, 3, 8), 2.2 per 1,000 words (0.3 clean); all tiers 0.371 / 0.722. The session-start rule: 0.667 / 0.556.
   */
  heldout18: resolve(FIXTURES, 'figures-heldout-18'),
  /**
   * Written blind in session 8 (wire and broadsheet) and run once, at 8b5fed0: desk main 0.667 / 0.667 (12, 6, 6),
   * 3.2 per 1,000 words (1.1 clean); all tiers 0.560 / 0.778. The session-start rule: the same, finding for finding.
   */
  heldout19: resolve(FIXTURES, 'figures-heldout-19'),
  /**
   * Written blind in session 8 (local, regional, features) and run once, at 8b5fed0: desk main 0.600 / 0.353 (6, 4,
   * 11), 1.7 per 1,000 words (0.5 clean); all tiers 0.462 / 0.706. The session-start rule: the same, finding for finding.
   */
  heldout20: resolve(FIXTURES, 'figures-heldout-20'),
  /**
   * Written blind in session 8's second cycle (wire and broadsheet) and run once, at d772be3: hand rule desk main 0.571
   * / 0.632 (12, 9, 7), 3.3 per 1,000 words (2.0 clean); lexical judge 0.722 / 0.684 (13, 5, 6). Session-start rule: the same as the hand rule.
   */
  heldout21: resolve(FIXTURES, 'figures-heldout-21'),
  /**
   * Written blind in session 8's second cycle (local, regional, trade, features) and run once, at d772be3: hand rule
   * desk main 1.000 / 0.600 (9, 0, 6), 1.6 per 1,000 words (0.0 clean); lexical judge 0.833 / 0.667 (10, 2, 5).
   */
  heldout22: resolve(FIXTURES, 'figures-heldout-22'),
  /**
   * Written blind in session 9 (23: agency wire; 24: local and broadsheet) and run once, at 21:43 (session start
   * 8cbf9dc): lexical judge desk main 0.833 / 0.882 (15, 3, 2), 2.4 per 1,000 words (0.2 clean) and 0.700 / 0.824
   * (14, 6, 3), 2.8 (0.7 clean); hand rule 0.750 / 0.882 (15, 5, 2) and 0.591 / 0.765 (13, 9, 4).
   */
  heldout23: resolve(FIXTURES, 'figures-heldout-23'),
  heldout24: resolve(FIXTURES, 'figures-heldout-24'),
  /**
   * Written blind in session 9's second cycle (25: wire and broadsheet; 26: regional, local, trade) and run once, at
   * 22:30: lexical judge (cycle-1 retrain) desk main 0.938 / 0.789 (15, 1, 4), 2.0 per 1,000 words (0.2 clean) and
   * 0.700 / 0.412 (7, 3, 10), 1.4 (0.4 clean); hand rule 0.706 / 0.632 (12, 5, 7) and 0.563 / 0.529 (9, 7, 8).
   */
  heldout25: resolve(FIXTURES, 'figures-heldout-25'),
  heldout26: resolve(FIXTURES, 'figures-heldout-26'),
  /**
   * Written blind in session 10's first cycle (27: agency and broadsheet; 28: local, regional, trade) and run once, at
   * 00:20: lexical judge (session-start weights) desk main 0.824 / 0.737 (14, 3, 5), 3.0 per 1,000 words (0.0 clean)
   * and 0.824 / 0.636 (14, 3, 8), 2.8 (0.6 clean); the retrain on 35 sets 0.882 / 0.789 (15, 2, 4) and 0.875 / 0.636
   * (14, 2, 8); hand rule 0.636 / 0.737 (14, 8, 5) and 0.800 / 0.545 (12, 3, 10).
   */
  heldout27: resolve(FIXTURES, 'figures-heldout-27'),
  heldout28: resolve(FIXTURES, 'figures-heldout-28'),
  /**
   * Written blind in session 10's second cycle (29: wire and broadsheet; 30: US metro, UK regional, online-first) and
   * run once, at 01:21: lexical judge (the cycle-1 retrain) desk main 0.800 / 0.632 (12, 3, 7), 2.6 per 1,000 words
   * (0.8 clean) and 1.000 / 0.381 (8, 0, 13), 1.4 (0.0 clean); session-start weights 0.778 / 0.525 together; hand rule
   * 0.733 / 0.579 (11, 4, 8) and 0.667 / 0.381 (8, 4, 13).
   */
  heldout29: resolve(FIXTURES, 'figures-heldout-29'),
  heldout30: resolve(FIXTURES, 'figures-heldout-30'),
  /**
   * Written blind in session 10's third cycle (31: agency and broadsheet; 32: local, regional, online) and run once, at
   * 01:52: lexical judge (the cycle-1 retrain) desk main together 0.864 / 0.500 (19, 3, 19); session-start weights 0.778
   * / 0.553 (21, 6, 17); hand rule 0.688 / 0.579 (22, 10, 16); the plain retrain on 41 sets 0.821 / 0.605 (23, 5, 15).
   */
  heldout31: resolve(FIXTURES, 'figures-heldout-31'),
  heldout32: resolve(FIXTURES, 'figures-heldout-32'),
  /** Held out: totals only. Reserved for the next fresh blind sets (absent until they are written). */
  heldout33: resolve(FIXTURES, 'figures-heldout-33'),
  heldout34: resolve(FIXTURES, 'figures-heldout-34'),
} as const;
/** Corpora whose drafts and mistakes are never printed. */
export const HELD_OUT: ReadonlySet<CorpusName> = new Set<CorpusName>(['heldout33', 'heldout34']);
/**
 * Retired held-out sets not yet tuned on: their mistakes may be read, but the pooled tuning thresholds
 * do not cover them until a round has worked on them (a set scored only as held-out is not a tuning result).
 * Held-out-6 left it after session 5's round on it, desk-6 after session 5's round 2, held-out-7 after
 * session 5's round 4 (each time the pooled test passed with the set included). Held-out-9 and -10 retired
 * into it in session 6, held-out-11 and -12 after their one run, held-out-13 at the start of session 7, and held-out-14 … -18 after
 * their one run in session 7, held-out-19 … -22 after theirs in session 8; desk-7 and -8 (training sets written in session 9) from the start, held-out-23 … -26 after their one run in session 9; desk-9 and -10 (written in session 10) from the start, held-out-27 … -32 after their one run in session 10.
 */
export const RETIRED_UNTUNED: ReadonlySet<CorpusName> = new Set(['heldout8', 'heldout9', 'heldout10', 'heldout11', 'heldout12', 'heldout13', 'heldout14', 'heldout15', 'heldout16', 'heldout17', 'heldout18', 'heldout19', 'heldout20', 'heldout21', 'heldout22', 'desk7', 'desk8', 'heldout23', 'heldout24', 'heldout25', 'heldout26', 'desk9', 'desk10', 'heldout27', 'heldout28', 'heldout29', 'heldout30', 'heldout31', 'heldout32']);
export type CorpusName = keyof typeof CORPORA;
/** Kept for callers of the earlier script: the old corpus. */
export const CORPUS = CORPORA.old;
const RULE = 'unattributed-figure';
export const EXPECTATIONS = ['needs-source', 'attributed', 'carried', 'event-fact', 'market-data', 'sports-stat', 'background', 'not-a-figure', 'headline'] as const;
export type Expectation = (typeof EXPECTATIONS)[number];
export type Mode = 'desk' | 'strict';
export const MODES: Mode[] = ['desk', 'strict'];
/** `main`: only the findings that squiggle (not hints); `all`: every finding. */
export type Tier = 'main' | 'all';
export const TIERS: Tier[] = ['main', 'all'];
/** Claim figures with no source in their own sentence: what strict mode should flag. */
export const STRICT_POSITIVES: ReadonlySet<Expectation> = new Set(['needs-source', 'event-fact', 'market-data', 'sports-stat', 'background']);
const LEGACY = ['unattributed', 'attributed', 'not-figure', 'headline'];

export interface Label {
  text: string;
  in?: string;
  occurrence?: number;
  expect: Expectation;
  why?: string;
  /** The old corpus's earlier label. */
  was?: string;
}

export interface Sidecar {
  draft: string;
  section?: string | null;
  style?: string;
  clean?: boolean;
  labels: Label[];
}

export interface Mistake {
  file: string;
  line: number;
  text: string;
  expect: string;
  flagged: boolean;
  context: string;
  message?: string;
  why?: string;
}

export interface FileScore {
  file: string;
  format: Format;
  clean: boolean;
  words: number;
  findings: number;
  labels: number;
  byExpectation: Record<Expectation, number>;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface CorpusScore {
  corpus: string;
  mode: Mode;
  tier: Tier;
  legacy: boolean;
  files: FileScore[];
  total: FileScore;
  precision: number;
  recall: number;
  /** Findings per 1,000 words over every draft, and over the drafts labelled clean. */
  perThousand: number;
  cleanPerThousand: number | undefined;
  cleanWords: number;
  mistakes: Mistake[];
}

export interface EvaluateOptions {
  mode?: Mode;
  /** Score against the old corpus's earlier labels (`was`). */
  legacy?: boolean;
  /** Which findings count: every one (`all`, the default) or those that are not hints (`main`). */
  tier?: Tier;
  /**
   * Desk mode's judge: the hand rules (this script's default) or a learned model (option `judge`). Always passed
   * to the rule, so the tables keep scoring the hand rule by default whatever the product's default judge is
   * (lexical since session 8): a corpus name alone is the hand rule, "(lexical)" / "(learned)" the judges.
   */
  judge?: 'rules' | 'learned' | 'lexical';
}

export function corpusExists(name: CorpusName): boolean {
  return existsSync(CORPORA[name]) && readdirSync(CORPORA[name]).some((n) => n.endsWith('.labels.json'));
}

export function evaluateCorpus(dir: string = CORPORA.old, { mode = 'desk', legacy = false, tier = 'all', judge = 'rules' }: EvaluateOptions = {}): CorpusScore {
  const files: FileScore[] = [];
  const mistakes: Mistake[] = [];
  // All tiers: the lower-confidence queries too, which are off by default (`otherClaims`), shown as hints.
  const settings = applyLayer(defaultSettings(), { rules: { [RULE]: { mode, judge, ...(tier === 'all' ? { otherClaims: 'hint' } : {}) } } }, 'figures-corpus', []);
  for (const { sidecar, text, format } of corpusDrafts(dir)) {
    const result = lint(text, { format, settings });
    const findings = result.findings.filter((f) => f.rule === RULE && (tier === 'all' || f.severity !== 'hint'));
    // Explained by the year the check judged by, as a hover and `--explain` are.
    const explained = mode === 'desk' ? explainFigures(result.doc ?? parseDraft(text, format), settings.rules[RULE].options, result.currentYear) : [];
    files.push(scoreFile(sidecar, text, format, findings, mistakes, mode, legacy, explained));
  }
  const total: FileScore = { file: 'total', format: 'plaintext', clean: false, words: 0, findings: 0, labels: 0, byExpectation: emptyCounts(), tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const f of files) {
    for (const e of EXPECTATIONS) total.byExpectation[e] += f.byExpectation[e];
    for (const k of ['words', 'findings', 'labels', 'tp', 'fp', 'fn', 'tn'] as const) total[k] += f[k];
  }
  const clean = files.filter((f) => f.clean);
  const cleanWords = clean.reduce((n, f) => n + f.words, 0);
  const cleanFindings = clean.reduce((n, f) => n + f.findings, 0);
  return {
    corpus: basename(dir) + (judge !== 'rules' ? ` (${judge})` : ''),
    mode,
    tier,
    legacy,
    files,
    total,
    precision: ratio(total.tp, total.tp + total.fp),
    recall: ratio(total.tp, total.tp + total.fn),
    perThousand: total.words ? (1000 * total.findings) / total.words : 0,
    cleanPerThousand: cleanWords ? (1000 * cleanFindings) / cleanWords : undefined,
    cleanWords,
    mistakes,
  };
}

/** A corpus's drafts with their label files, in file-name order (the trainer of the learned judge reads them here too). */
export function corpusDrafts(dir: string): { sidecar: Sidecar; text: string; format: Format }[] {
  const names = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.labels.json')).sort() : [];
  return names.map((name) => {
    const sidecar = JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as Sidecar;
    const text = readFileSync(resolve(dir, sidecar.draft), 'utf8');
    return { sidecar, text, format: formatForPath(sidecar.draft) ?? 'plaintext' };
  });
}

/** Words as the scores count them (findings per 1,000 words). */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export function isPositive(label: Label, mode: Mode, legacy: boolean): boolean {
  if (legacy) return label.was === 'unattributed';
  return mode === 'desk' ? label.expect === 'needs-source' : STRICT_POSITIVES.has(label.expect);
}

function scoreFile(sidecar: Sidecar, text: string, format: Format, findings: Finding[], mistakes: Mistake[], mode: Mode, legacy: boolean, explained: { start: number; end: number; reason: string }[]): FileScore {
  const file = sidecar.draft;
  const { labels } = sidecar;
  const lines = new LineIndex(text);
  const words = wordCount(text);
  const score: FileScore = { file, format, clean: sidecar.clean === true, words, findings: findings.length, labels: labels.length, byExpectation: emptyCounts(), tp: 0, fp: 0, fn: 0, tn: 0 };
  const spans = labels.map((label) => locateLabel(file, text, label));
  const record = (start: number, end: number, mistake: Omit<Mistake, 'file' | 'line' | 'context'>) =>
    mistakes.push({ file, line: lines.lineOf(start) + 1, context: text.slice(Math.max(0, start - 60), end + 40).replace(/\s+/g, ' '), ...mistake });

  labels.forEach((label, i) => {
    if (!EXPECTATIONS.includes(label.expect)) throw new Error(`${file}: label "${label.text}" has an unknown expectation "${label.expect}"`);
    if (legacy && !LEGACY.includes(label.was ?? '')) throw new Error(`${file}: label "${label.text}" has no earlier label ("was")`);
    score.byExpectation[label.expect]++;
    const { start, end } = spans[i];
    const finding = findings.find((f) => f.start < end && f.end > start);
    const flagged = finding !== undefined;
    const positive = isPositive(label, mode, legacy);
    if (positive && flagged) score.tp++;
    else if (positive) score.fn++;
    else if (flagged) score.fp++;
    else score.tn++;
    if (positive !== flagged) record(start, end, { text: label.text, expect: legacy ? `${label.was}` : label.expect, flagged, why: label.why, message: finding?.message ?? explained.find((f) => f.start < end && f.end > start)?.reason });
  });
  for (const finding of findings) {
    if (spans.some((s) => finding.start < s.end && finding.end > s.start)) continue;
    score.fp++;
    record(finding.start, finding.end, { text: text.slice(finding.start, finding.end), expect: 'unlabelled', flagged: true, message: finding.message });
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


function emptyCounts(): Record<Expectation, number> {
  return Object.fromEntries(EXPECTATIONS.map((e) => [e, 0])) as Record<Expectation, number>;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function table(rows: string[][], left = 1): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i < left ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((w, i) => (i < left ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.slice(1).map(line)];
}

/** One line per score: the figures the docs quote. */
export function formatSummary(scores: CorpusScore[]): string {
  const header = ['corpus', 'mode', 'tier', 'drafts', 'words', 'positives', 'TP', 'FP', 'FN', 'precision', 'recall', 'findings/1k words', 'on clean drafts'];
  const rows = scores.map((s) => [
    s.corpus + (s.legacy ? ' (old labels)' : ''),
    s.mode,
    s.tier,
    String(s.files.length),
    String(s.total.words),
    String(s.total.tp + s.total.fn),
    String(s.total.tp),
    String(s.total.fp),
    String(s.total.fn),
    s.precision.toFixed(3),
    s.recall.toFixed(3),
    s.perThousand.toFixed(1),
    s.cleanPerThousand === undefined ? '–' : `${s.cleanPerThousand.toFixed(1)} (${s.cleanWords} words)`,
  ]);
  return table([header, ...rows], 3).join('\n');
}

/** Per-draft table and every mistake: never for the held-out corpus. */
export function formatScore(score: CorpusScore): string {
  const header = ['draft', 'format', 'words', 'findings', 'labels', ...EXPECTATIONS, 'TP', 'FP', 'FN', 'precision', 'recall'];
  const row = (f: FileScore) => [
    basename(f.file) + (f.clean ? ' (clean)' : ''),
    f.file === 'total' ? '' : f.format,
    f.words,
    f.findings,
    f.labels,
    ...EXPECTATIONS.map((e) => f.byExpectation[e]),
    f.tp,
    f.fp,
    f.fn,
    ratio(f.tp, f.tp + f.fp).toFixed(3),
    ratio(f.tp, f.tp + f.fn).toFixed(3),
  ];
  const out = [`${score.corpus}, ${score.mode} mode, ${score.tier === 'main' ? 'main tier (hints left out)' : 'all tiers'}${score.legacy ? ', old labels' : ''}:`, ...table([header, ...score.files.map(row), row(score.total)].map((r) => r.map(String)), 2)];
  out.push('', `precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}, ${score.perThousand.toFixed(1)} findings per 1,000 words`);
  if (score.mistakes.length) {
    out.push('', 'Mistakes:');
    for (const m of score.mistakes) {
      out.push(`  ${m.file}:${m.line} ${m.flagged ? 'flagged' : 'missed'} "${m.text}" (${m.expect}${m.why ? `: ${m.why}` : ''}) … ${m.context} …${m.message ? ` [${m.message}]` : ''}`);
    }
  }
  return out.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // `--judge learned`: desk mode decided by the learned judge (the hand rules otherwise).
  const args = process.argv.slice(2);
  const judgeAt = args.indexOf('--judge');
  const judge = judgeAt >= 0 ? args.splice(judgeAt, 2)[1] : 'rules';
  if (judge !== 'rules' && judge !== 'learned' && judge !== 'lexical') throw new Error(`--judge must be "rules", "learned" or "lexical", not "${judge}"`);
  const [corpusArg, modeArg] = args;
  // The held-out corpus only when asked for by name ("heldout6" or "all"): its numbers are for the end.
  const corpora = (corpusArg === 'all' ? Object.keys(CORPORA) : corpusArg ? [corpusArg] : Object.keys(CORPORA).filter((n) => !HELD_OUT.has(n as CorpusName))) as CorpusName[];
  const modes = modeArg ? [modeArg as Mode] : MODES;
  const scores: CorpusScore[] = [];
  for (const name of corpora) {
    if (!(name in CORPORA)) throw new Error(`unknown corpus "${name}" (${Object.keys(CORPORA).join(', ')})`);
    if (!corpusExists(name)) {
      console.log(`(${name}: no labelled drafts in ${CORPORA[name]})`);
      continue;
    }
    for (const mode of modes) {
      // The per-draft tables and mistakes at all tiers (every finding the rule makes); the summary has both.
      for (const tier of TIERS) {
        const score = evaluateCorpus(CORPORA[name], { mode, tier, judge });
        scores.push(score);
        if (!HELD_OUT.has(name) && tier === 'all') console.log(formatScore(score), '\n');
      }
    }
    if (name === 'old' && modes.includes('strict')) scores.push(evaluateCorpus(CORPORA.old, { mode: 'strict', legacy: true }));
  }
  console.log(formatSummary(scores));
}
