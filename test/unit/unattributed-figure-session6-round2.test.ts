// unattributed-figure, session 6, round 2: causes of the pooled residual mistakes seen in at least three
// independently written sets. Our own sentences, each change beside its counter-case.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureFindings, figuresFlagged } from './helpers.ts';

const kindOf = (text: string, figure: string): string | undefined => {
  const f = figureFindings(text).find((x) => text.slice(x.start, x.end) === figure);
  return f ? String(f.detail?.kind) : undefined;
};

test('medical treatment in the clause makes a count a casualty count (main tier)', () => {
  // Treatment, however far from the figure in its clause.
  assert.deepEqual(figuresFlagged('About 35 marchers were treated by volunteer paramedics for cuts and burns.', 'main'), ['35']);
  assert.deepEqual(figuresFlagged('More than 70 were being treated in hospitals across the district by Sunday night.', 'main'), ['70']);
  assert.deepEqual(figuresFlagged('Assaults in the borough have risen, and 19 people have been treated in hospital for knife wounds since May.', 'main'), ['19']);
  // A count in words with a modifier before its noun and an adverb before the participle.
  assert.deepEqual(figuresFlagged('Eleven protesters were held, and two council workers were slightly hurt.', 'main'), ['two council workers']);
  // Counter-cases: the same counts with no treatment are not casualty counts, and a hospital's own
  // sourced count stays attributed.
  assert.equal(kindOf('About 35 marchers walked the route with volunteer paramedics.', '35'), 'claim');
  assert.deepEqual(figuresFlagged('More than 70 were being treated in hospitals across the district, the health board said.'), []);
  assert.deepEqual(figuresFlagged('Two council workers were slightly late.'), []);
});

test('an ordinal counting incidents of harm over a period is a tally (main tier)', () => {
  assert.deepEqual(figuresFlagged('A man was stabbed in Mill Street on Friday. It is the third stabbing in the town since June.', 'main'), ['third stabbing']);
  assert.deepEqual(figuresFlagged('A cyclist died on the bypass. This was the fifth fatal crash on the road this year.', 'main'), ['fifth fatal crash']);
  // Counter-cases: a place in a series, an event of another kind, and an attributed tally.
  assert.deepEqual(figuresFlagged('It is the third week of the trial.'), []);
  assert.deepEqual(figuresFlagged('Drivers walked out again on Monday. It is the fourth strike by the union this year.'), []);
  assert.deepEqual(figuresFlagged('It is the third stabbing in the town since June, police said.'), []);
});

test('"since <Month>" and "since <year>" are a tally\u2019s period, as "since 0" was', () => {
  assert.equal(kindOf('Volunteers have collected 3,400 bags of litter from the beach since March.', '3,400'), 'tally');
  assert.equal(kindOf('Volunteers have collected 3,400 bags of litter from the beach since 2019.', '3,400'), 'tally');
  // A date that is no period ("in March") leaves the count a generic claim.
  assert.equal(kindOf('Volunteers collected 3,400 bags of litter from the beach in March.', '3,400'), 'claim');
});

test('a chamber\u2019s standing make-up (seats held, its size) is background; a projection or a membership count is not', () => {
  assert.deepEqual(figuresFlagged('The Farmers\u2019 Party holds 41 of the 120 seats in the assembly.'), []);
  assert.deepEqual(figuresFlagged('The coalition has 212 deputies in a chamber of 400, so it can lose only a handful of votes.'), []);
  assert.deepEqual(figuresFlagged('The Greens now hold seats in 9 of the country\u2019s 11 regional parliaments.'), []);
  // A projection with "would" is a forecast, and a party's membership is a statistic.
  assert.ok(figuresFlagged('On these numbers the Farmers\u2019 Party would end up with around 55 of the 120 seats.').includes('55'));
  assert.ok(figuresFlagged('The Farmers\u2019 Party now has about 61,000 members.').includes('61,000'));
});
