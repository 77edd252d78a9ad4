// quote-source against the labelled corpus in test/fixtures/quote-sources/ (labels written before the
// rule ran): precision and recall of differs / speaker / not-found must reach 0.85, and copy that
// quotes its sources correctly gets no finding. The table is printed (as by
// `node --import tsx scripts/quote-sources-corpus.ts`).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateQuoteCorpus, formatQuoteScore } from '../../scripts/quote-sources-corpus.ts';

test('quote-sources corpus: precision and recall ≥ 0.85, nothing on clean copy', () => {
  const score = evaluateQuoteCorpus();
  console.log(formatQuoteScore(score));
  assert.ok(score.quotations >= 25, `${score.quotations} quotations`);
  assert.equal(score.mistakes.filter((m) => m.includes('label says') || m.includes('labels')).length, 0, 'every quotation has its label');
  assert.ok(score.precision >= 0.85, `precision ${score.precision.toFixed(3)}`);
  assert.ok(score.recall >= 0.85, `recall ${score.recall.toFixed(3)}`);
  assert.equal(score.cleanFindings, 0);
});
