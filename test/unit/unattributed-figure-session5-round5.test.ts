// unattributed-figure, session 5, round 5: held-out-8's mistakes whose causes also appear in another set.
// Our own sentences, each beside its counter-case.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureFindings, figuresFlagged } from './helpers.ts';

/** Every finding (hints too), as "figure kind". */
const found = (text: string) => figureFindings(text).map((f) => `${text.slice(f.start, f.end)} ${f.detail?.kind}`);
/** What squiggles (hints left out). */
const main = (text: string) => figuresFlagged(text, 'main');

test('each sum in a court\u2019s list of what it ordered paid is the order, "costs" included; damage caused is still a claim', () => {
  assert.deepEqual(found('Reed, 52, was fined £300 and ordered to pay £120 costs and a £48 victim surcharge.'), []);
  assert.deepEqual(found('Dunn was ordered to pay £200 compensation, £90 costs and a £34 surcharge.'), []);
  // "told to pay" is the same order as "ordered to pay".
  assert.deepEqual(found('Pike was given a community order and told to pay £250 compensation.'), []);
  assert.deepEqual(main('Jones was fined £500 for the crash, which caused £12,000 of damage.'), ['£12,000']);
});

test('what a rule in force named at the sentence\u2019s head requires is background; a plan\u2019s needs are a claim', () => {
  assert.deepEqual(found('Under Tarvia\u2019s electoral law, parties need 4% of the national vote to win seats in parliament.'), []);
  assert.deepEqual(found('Under the union\u2019s rules, a strike needs 50 per cent of members to vote.'), []);
  assert.deepEqual(found('Under the plan, the council needs £4m to finish the road.').length, 1);
  assert.deepEqual(found('Parties need 4% of the national vote to win seats, and the Greens polled 7%.').length, 2);
});

test('a correction note restates the story: neither the wrong figure nor the right one is a new claim', () => {
  assert.deepEqual(found('The seat has 48 wards.\n\n*Correction: An earlier version of this story gave the turnout as 41.2%. It was 42.1%.*'), []);
  assert.deepEqual(found('An earlier version of this article gave her age as 34. She is 43.'), []);
  assert.deepEqual(found('Correction, 3 May: this report said the vote was 9-2. It was 8-3.'), []);
  // "correction" in another sense opens nothing.
  assert.deepEqual(found('The correction in house prices left 4,000 homes in negative equity.').length, 1);
  assert.deepEqual(found('Corrections staff restrained 40 inmates during the riot.').length, 1);
});

test('a named company\u2019s move among share moves is market data; a statistic opening a sentence is not', () => {
  assert.deepEqual(found('Shares in Pellow fell 3% to 210p in early trading. Ardent Foods rose 1.5%, while the FTSE 100 was flat.'), []);
  assert.deepEqual(found('The council cut its budget. Ardent Foods rose 1.5% last year.').length, 1);
  assert.deepEqual(found('Shares in Pellow fell 3% to 210p. Crime rose 12%. Violent crime rose 9%.'), ['12% rate', '9% rate']);
});

test('a forecast its issuer raises or keeps is sourced by its subject; a forecast nobody makes is a claim', () => {
  assert.deepEqual(found('Calloway lifted its annual profit forecast to between £40m and £44m, from a previous range of £36m to £40m.'), []);
  assert.deepEqual(found('Calloway kept its guidance for margins of 8% to 9%.'), []);
  assert.deepEqual(main('Profits are expected to reach £40m next year.'), ['£40m']);
  // The issuer governs its forecast's clause only.
  assert.deepEqual(found('Calloway raised its forecast to 4% growth, while unemployment rose to 12%.'), ['12% rate']);
});

test('in a decision\u2019s list of savings, "raising" a price is a measure; savings nobody decided are a claim', () => {
  assert.deepEqual(found('Councillors approved the budget on Tuesday. The savings include cutting bin crews from 12 to 9 and raising parking permits to £65.'), []);
  assert.deepEqual(found('Households could make savings of £300 a year by switching supplier.').length, 1);
  assert.deepEqual(main('The charity hopes to raise £65,000, raising its total to £1m, it is expected.').length >= 1, true);
});

test('a share of a population as the subject of "say" is a survey result; a named survey or a person is a source', () => {
  assert.deepEqual(found('Nearly half of young people in the city say they cannot afford to rent.'), ['Nearly half survey']);
  assert.deepEqual(main('About 40% of tenants say their rent rose last year.'), ['40%']);
  assert.deepEqual(found('About 40% of tenants say their rent rose, a survey by Homeview found.'), []);
  assert.deepEqual(found('Two of the officials said 40 people had died.'), []);
});
