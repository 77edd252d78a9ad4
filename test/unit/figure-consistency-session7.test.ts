// figure-consistency, session 7: main-tier recall without losing precision. Each fix is a general cause seen in three
// or more independently written tuning sets (what is counted, synonyms of what is counted, the frame); sentences of
// our own. Each test fails on the rule as this round began (e515d2d), except the counter-cases, which hold on both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flaggedAll as all, flaggedMain as main, para } from './figure-consistency-helpers.ts';
import { figureMentions } from '../../server/src/rules/figure-consistency/extract.ts';

test('what a figure counts is read up to the next figure ("two wards as 23 patients": two counts wards)', () => {
  const nouns = (sentence: string, heading = false) => figureMentions(sentence, heading).map((f) => `${f.text}:${f.nouns.join('+')}`);
  assert.deepEqual(nouns('Flu closes two wards as 23 patients fall ill', true), ['two:ward', '23:pati+fall']);
  // The trap it caused: "about 20 patients" (a different group) against the headline's "two wards", an extra zero only
  // if the wards were patients.
  const text = para('Flu closes two wards as 23 patients fall ill', 'Flu has closed two wards at Marlow General, where 23 patients have fallen ill since Monday.', 'A ward sister said about 20 patients who were fit to go home were still waiting for places in care homes.');
  assert.deepEqual(all(text), []);
  // Counter-case: a figure with no other figure after it keeps every noun of its clause.
  assert.deepEqual(nouns('The trust said 230 patients were waiting.'), ['230:pati+wait']);
});
