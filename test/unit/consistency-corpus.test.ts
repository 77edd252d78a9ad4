// The consistency rules against the labelled tuning corpus in test/fixtures/consistency/: precision
// ≥ 0.95 and recall ≥ 0.9 for each rule. The table is printed (the same as
// `node --import tsx scripts/consistency-corpus.ts`). The held-out drafts are not read here.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateCorpus, formatScore, RULES, TUNING } from '../../scripts/consistency-corpus.ts';

test('consistency corpus (tuning): precision ≥ 0.95 and recall ≥ 0.9 per rule', () => {
  const score = evaluateCorpus(TUNING);
  console.log(formatScore('Tuning', score));
  assert.ok(score.drafts >= 12, `${score.drafts} drafts`);
  for (const rule of RULES) {
    const s = score.rules[rule];
    assert.ok(s.tp + s.fn >= 12, `${rule}: ${s.tp + s.fn} labelled findings`);
    assert.ok(s.precision >= 0.95, `${rule}: precision ${s.precision.toFixed(3)}`);
    assert.ok(s.recall >= 0.9, `${rule}: recall ${s.recall.toFixed(3)}`);
  }
});
