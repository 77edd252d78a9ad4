// unattributed-figure against the labelled corpora (the same tables as
// `node --import tsx scripts/figures-corpus.ts`): desk mode on the tuning corpora (test/fixtures/figures-desk
// and figures-desk-2) must reach precision and recall 0.9 on needs-source figures; strict mode on the old corpus
// (test/fixtures/figures) must keep the earlier rule's scores against its earlier labels; every tuning
// corpus together (old, desk, desk-2, desk-3, desk-4, desk-5 and the retired held-out sets 1–4) must reach
// main tier ≥ 0.9 precision / ≥ 0.8 recall and all tiers ≥ 0.8 / ≥ 0.9 (session 4, round 3: 0.940 / 0.898
// and 0.824 / 0.956). The held-out corpora (figures-heldout-9, -10) are never read here.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CORPORA, corpusExists, evaluateCorpus, formatScore, formatSummary, HELD_OUT, RETIRED_UNTUNED, STRICT_POSITIVES, type CorpusName } from '../../scripts/figures-corpus.ts';

test('tuning corpus, desk mode: precision and recall ≥ 0.9 on needs-source figures', { skip: corpusExists('tuning') ? false : 'no tuning corpus' }, () => {
  const score = evaluateCorpus(CORPORA.tuning, { mode: 'desk' });
  console.log(formatScore(score));
  assert.ok(score.files.length >= 15, `${score.files.length} drafts`);
  for (const format of ['plaintext', 'markdown'] as const) assert.ok(score.files.some((f) => f.format === format), `a ${format} draft`);
  assert.ok(score.total.tp + score.total.fn >= 30, `${score.total.tp + score.total.fn} needs-source figures`);
  assert.ok(score.precision >= 0.9, `precision ${score.precision.toFixed(3)}`);
  assert.ok(score.recall >= 0.9, `recall ${score.recall.toFixed(3)}`);
  // Desk mode raises far fewer findings than strict mode on the same copy.
  const strict = evaluateCorpus(CORPORA.tuning, { mode: 'strict' });
  console.log(formatSummary([score, strict]));
  assert.ok(score.perThousand < strict.perThousand / 2, `${score.perThousand.toFixed(1)} vs ${strict.perThousand.toFixed(1)} findings per 1,000 words`);
});

test('second tuning corpus (figures-desk-2), desk mode: precision ≥ 0.9, and both tuning corpora together ≥ 0.9 / 0.9', { skip: corpusExists('desk2') && corpusExists('tuning') ? false : 'no second tuning corpus' }, () => {
  const second = evaluateCorpus(CORPORA.desk2, { mode: 'desk' });
  const first = evaluateCorpus(CORPORA.tuning, { mode: 'desk' });
  console.log(formatScore(second));
  assert.ok(second.files.length >= 10, `${second.files.length} drafts`);
  assert.ok(second.precision >= 0.9, `precision ${second.precision.toFixed(3)}`);
  // Its misses are a count in words ("two of the four") and one disputed count: recall is asserted with
  // the first tuning corpus, where the 0.9 applies to the whole labelled set.
  assert.ok(second.recall >= 0.8, `recall ${second.recall.toFixed(3)}`);
  const tp = first.total.tp + second.total.tp;
  const fp = first.total.fp + second.total.fp;
  const fn = first.total.fn + second.total.fn;
  assert.ok(tp / (tp + fp) >= 0.9 && tp / (tp + fn) >= 0.9, `together: ${(tp / (tp + fp)).toFixed(3)} / ${(tp / (tp + fn)).toFixed(3)}`);
});

test('old corpus, strict mode: the earlier rule’s scores (0.987 / 0.974 on the earlier labels)', () => {
  const legacy = evaluateCorpus(CORPORA.old, { mode: 'strict', legacy: true });
  console.log(formatScore(legacy));
  assert.deepEqual({ tp: legacy.total.tp, fp: legacy.total.fp, fn: legacy.total.fn }, { tp: 74, fp: 1, fn: 2 });
  assert.ok(legacy.precision >= 0.98 && legacy.recall >= 0.97);
  // Under the desk labels, strict mode counts every claim with no source in its own sentence as a positive.
  const strict = evaluateCorpus(CORPORA.old, { mode: 'strict' });
  assert.ok(STRICT_POSITIVES.has('event-fact') && !STRICT_POSITIVES.has('carried'));
  assert.ok(strict.precision >= 0.9 && strict.recall >= 0.9, `strict on the relabelled corpus: ${strict.precision.toFixed(3)} / ${strict.recall.toFixed(3)}`);
  for (const kind of ['needs-source', 'attributed', 'not-a-figure'] as const) {
    assert.ok(strict.total.byExpectation[kind] >= 20, `${strict.total.byExpectation[kind]} labelled ${kind}`);
  }
});

test('every tuning corpus together, desk mode: what squiggles (main tier) is right ≥ 0.9 of the time, and the rule finds ≥ 0.9 of the needs-source figures (all tiers)', () => {
  const names = (Object.keys(CORPORA) as CorpusName[]).filter((n) => !HELD_OUT.has(n) && !RETIRED_UNTUNED.has(n) && corpusExists(n));
  assert.ok(names.length >= 4, names.join(', '));
  const together = (tier: 'main' | 'all') => {
    const scores = names.map((n) => evaluateCorpus(CORPORA[n], { mode: 'desk', tier }));
    console.log(formatSummary(scores));
    const tp = scores.reduce((n, s) => n + s.total.tp, 0);
    const fp = scores.reduce((n, s) => n + s.total.fp, 0);
    const fn = scores.reduce((n, s) => n + s.total.fn, 0);
    return { precision: tp / (tp + fp), recall: tp / (tp + fn), text: `${tier}: ${(tp / (tp + fp)).toFixed(3)} / ${(tp / (tp + fn)).toFixed(3)} (${tp} TP, ${fp} FP, ${fn} FN)` };
  };
  const main = together('main');
  const all = together('all');
  // Hints are a faint underline outside the Problems list: their precision is not the squiggles'.
  // Main-tier recall floor 0.8 → 0.75 in session 6, round 3: the pre-registered tier rule (docs/held-out-log.md,
  // decision 15:00; "whatever the tuning sets say") moved rates and changes of a count to the otherClaims
  // tier (0.835 → 0.757 here). All-tier recall, which holds those findings, keeps its 0.9 floor.
  assert.ok(main.precision >= 0.9 && main.recall >= 0.75, main.text);
  assert.ok(all.recall >= 0.9 && all.precision >= 0.8, all.text);
});

test('tiers: the main tier (no hints) is a subset of all tiers in desk mode, and the same thing in strict mode', { skip: corpusExists('tuning') ? false : 'no tuning corpus' }, () => {
  const main = evaluateCorpus(CORPORA.tuning, { mode: 'desk', tier: 'main' });
  const all = evaluateCorpus(CORPORA.tuning, { mode: 'desk', tier: 'all' });
  console.log(formatSummary([main, all]));
  assert.equal(main.tier, 'main');
  assert.ok(main.total.findings < all.total.findings, `${main.total.findings} main vs ${all.total.findings} in all`);
  assert.ok(main.total.tp <= all.total.tp && main.total.fp <= all.total.fp);
  assert.equal(main.total.tp + main.total.fn, all.total.tp + all.total.fn, 'the same positives');
  const strictMain = evaluateCorpus(CORPORA.tuning, { mode: 'strict', tier: 'main' });
  const strictAll = evaluateCorpus(CORPORA.tuning, { mode: 'strict', tier: 'all' });
  assert.deepEqual([strictMain.total.tp, strictMain.total.fp, strictMain.total.findings], [strictAll.total.tp, strictAll.total.fp, strictAll.total.findings]);
});
