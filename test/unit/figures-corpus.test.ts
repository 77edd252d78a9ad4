// unattributed-figure against the labelled corpus in test/fixtures/figures/: precision and recall must
// both reach 0.9. The table is printed (the same as `node --import tsx scripts/figures-corpus.ts`).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateCorpus, formatScore } from '../../scripts/figures-corpus.ts';

test('figures corpus: precision and recall ≥ 0.9, in plain text and Markdown', () => {
  const score = evaluateCorpus();
  console.log(formatScore(score));
  const positives = score.total.tp + score.total.fn;
  assert.ok(score.total.labels >= 100, `${score.total.labels} labelled numbers`);
  assert.ok(positives >= 30, `${positives} unattributed figures`);
  for (const format of ['plaintext', 'markdown'] as const) {
    assert.ok(score.files.some((f) => f.format === format), `a ${format} draft`);
  }
  for (const kind of ['unattributed', 'attributed', 'not-figure'] as const) {
    assert.ok(score.total.byExpectation[kind] >= 20, `${score.total.byExpectation[kind]} labelled ${kind}`);
  }
  assert.ok(score.precision >= 0.9, `precision ${score.precision.toFixed(3)}`);
  assert.ok(score.recall >= 0.9, `recall ${score.recall.toFixed(3)}`);
});
