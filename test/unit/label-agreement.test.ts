// The label-agreement script: a labeller agrees with itself perfectly, and its score of the rule against
// the first labeller is the corpus script's main-tier score (two scorers, one answer).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { measureAgreement } from '../../scripts/label-agreement.ts';
import { CORPORA, evaluateCorpus } from '../../scripts/figures-corpus.ts';

const dir = CORPORA.heldout6;

test('label agreement: a label set against itself agrees fully, and the rule scores as the corpus script says', { skip: existsSync(dir) ? false : 'figures-heldout-6 not present' }, () => {
  const self = measureAgreement(dir, dir);
  assert.equal(self.secondAgainstFirst.fp, 0);
  assert.equal(self.secondAgainstFirst.fn, 0);
  assert.ok(self.secondAgainstFirst.tp > 0);
  assert.equal(self.kappa, 1);
  assert.equal(self.disputes.length, 0);
  const corpus = evaluateCorpus(dir, { mode: 'desk', tier: 'main' });
  assert.deepEqual(self.rule.first, { tp: corpus.total.tp, fp: corpus.total.fp, fn: corpus.total.fn });
  assert.deepEqual(self.rule.consensus, self.rule.first);
});

test('label agreement: the second labeller of figures-heldout-6 is read and matched figure by figure', { skip: existsSync(`${dir}/second-labeller`) ? false : 'no second labeller' }, () => {
  const a = measureAgreement(dir, `${dir}/second-labeller`);
  assert.equal(a.drafts, 14);
  assert.ok(a.matched > 300, `${a.matched} figures matched`);
  // Disagreements on needs-source are exactly the disputes listed.
  assert.equal(a.disputes.length, a.secondAgainstFirst.fp + [...a.confusion].filter(([k]) => k.startsWith('needs-source → ') && !k.endsWith('needs-source')).reduce((n, [, v]) => n + v, 0));
});
