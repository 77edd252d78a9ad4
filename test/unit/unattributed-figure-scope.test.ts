// unattributed-figure, desk mode: session 4, round 2 — how far a cue reaches (its sense, its clause, its
// tense), how far a carried subject goes, which figures a convention covers, and which open claims
// squiggle. Each mechanism from the failure analysis of held-out-3 (the rule doc), in our own sentences,
// beside the case that goes the other way.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Format } from '../../server/src/engine/types.ts';
import { figureFindings } from './helpers.ts';

const found = (text: string, format: Format = 'plaintext') => figureFindings(text, format);
/** What squiggles: the main tier (hints left out). */
const main = (text: string, format: Format = 'plaintext') =>
  found(text, format)
    .filter((f) => f.severity !== 'hint')
    .map((f) => text.slice(f.start, f.end));

test('a passive of belief with no one named, or a participle before its noun, is not a source', () => {
  assert.deepEqual(main('The keeper joined for a fee thought to be close to £21m.'), ['£21m']);
  assert.deepEqual(main('The keeper joined for a fee the club said was close to £21m.'), []);
  assert.deepEqual(main('Every reported break-in costs the insurer about £4,000 to settle.'), ['£4,000']);
  // A hyphenated word is not a cue: "add-ons" does not attribute.
  assert.deepEqual(main('The deal could rise to £30m with add-ons.'), ['£30m']);
});

test('a cue governs its own clause: not a later clause with its own subject, an adverbial clause, or an agentless passive tag', () => {
  assert.deepEqual(main('About one in five drivers say they have skipped a service, and garages report longer queues.'), ['one in five']);
  assert.deepEqual(main('Each flood claim costs the council nearly £9,000 to clear, once pumping and skips are counted.'), ['£9,000']);
  assert.deepEqual(main('Each flood claim costs the council nearly £9,000 to clear, the council said.'), []);
});

test('a mid-sentence tag in the past does not cover a figure after it in the present perfect', () => {
  const text = 'Retail employment was flat, the survey showed, as garden centres, which have cut an estimated 8,000 jobs since May, trimmed hours.';
  assert.deepEqual(main(text), ['8,000']);
  // In the same tense the speech goes on.
  assert.deepEqual(main('Prices have hardly moved, the baker says, while flour has doubled.'), []);
});

test('a change given as its two ends is a statistic (a change of a count: the otherClaims tier since session 6); a relative clause after a preposition does not set the tense', () => {
  const text =
    'The household survey, from which the jobless rate is derived, showed employment falling.\nStricter rules have slowed hiring, cutting the number of new starters from about 9,000 a month to about 4,000 now.\n';
  assert.deepEqual(found(text).map((f) => `${text.slice(f.start, f.end)} ${f.detail?.kind}`), ['9,000 countChange', '4,000 countChange']);
});

test('"The <noun>" goes on with the sentence before about that noun only within its paragraph', () => {
  const text = 'A harbour cottage sold for £465,000 in June, land records show.\n\nThe average harbour worker earns about £21,000 a year.\n';
  // A money claim: in the otherClaims tier since session 5, so it is looked for at all tiers.
  assert.deepEqual(found(text).map((f) => text.slice(f.start, f.end)), ['£21,000']);
});

test('market data are prices, levels and moves, not counts of people or shares in words; a pronoun goes on with the instrument', () => {
  assert.deepEqual(main('Quarries employ more than 40,000 people and produce most of the region\'s copper.'), ['40,000']);
  assert.deepEqual(main('Herring stocks in the North Sea are at less than a third of their level in 1990.'), ['less than a third']);
  assert.deepEqual(main('Copper settled 2% higher at $9,120 a tonne.'), []);
  assert.deepEqual(main('The shares fell 7% to 88 pence. They have lost almost half their value this year.'), []);
});

test('an agentless forecast governs the figures of its clause, and a count of those forecast is forecast', () => {
  assert.deepEqual(main('The chain is also expected to close 30 more branches, with the loss of up to 700 jobs.'), ['30', '700']);
  assert.deepEqual(main('Around 2,100 tenants are expected to fall into arrears next year.'), ['2,100']);
  // The level things stand at is not forecast.
  assert.deepEqual(main('The Bank is widely expected to lower its rate from the current 4.5% next week.'), []);
});

test('a coordinate amount with no verb of its own shares its clause\'s source or decision', () => {
  assert.deepEqual(main('Mussel sales were worth £3.1m, according to the harbour board, and oysters another £1.4m.'), []);
  assert.deepEqual(main('The budget sets aside £2m for potholes, including the ring road, and £600,000 to extend a bus route to a further 4 villages.'), []);
  // With a verb of its own it is its own clause.
  assert.deepEqual(main('Mussel sales were worth £3.1m, according to the harbour board, and oyster farmers lost £1.4m.'), ['£1.4m']);
});

test('a permission a decision grants and what it sets take effect with it; thousands in some state squiggle', () => {
  assert.deepEqual(main('The regulator allowed firms to raise tariffs by an average of 21 per cent, to pay for a £3bn programme.'), []);
  assert.deepEqual(main('The committee approved the zone. Fines for drivers who enter will be £60, reduced to £30 if paid early.'), []);
  assert.deepEqual(main('More than 3,100 families are on the waiting list for a home.'), ['3,100']);
});

test('a forecast duration after "likely to … for" is a figure a desk queries', () => {
  assert.deepEqual(main('The bridge is likely to stay closed for at least three months while engineers work.'), ['three months']);
  assert.deepEqual(main('The bridge stayed closed for three months while engineers worked.'), []);
});
