// figure-consistency, session 5, round on held-out-8: two durations, each said of what lasted and not the same
// thing (a prison term against a career), are two spans of time whatever their digits (the main tier's false
// positive there; traps of the kind in consistency-3, -4 and -6). Sentences of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flaggedAll as all, flaggedMain as main } from './figure-consistency-helpers.ts';

test('a prison term and the years someone ran a firm are two durations', () => {
  const text = [
    'Haulage boss jailed for 14 years for fraud',
    '',
    'The judge said the sentence reflected the scale of the losses suffered by the pension holders.',
    '',
    "Hartigan, who led the company for 41 years and built it into the county's largest haulage business, was arrested at his home.",
  ].join('\n');
  assert.deepEqual(main(text), []);
  assert.deepEqual(all(text), []);
});

test('counter-case: the same term restated with its digits swapped is still a slip', () => {
  const text = [
    'Haulage boss jailed for 14 years for fraud',
    '',
    'The judge said the sentence reflected the scale of the losses suffered by the pension holders.',
    '',
    'Outside court, his daughter said the family would appeal against his being jailed for 41 years at his age.',
  ].join('\n');
  assert.deepEqual(main(text), ['41 years']);
});

// The lower tier ("different value, same measure"): a class of one scheme named beside each figure tells them apart.
test('bills for two council tax bands are two groups, not one bill stated twice', () => {
  const text = [
    'Riverby council tax to rise by 4.99%',
    '',
    'The rise will take the bill for a typical band D home to £2,310, an increase of £110 a year.',
    '',
    'Band D is the yardstick, but most homes in Riverby are in the lower bands. A band B home will pay £1,797, up £86.',
  ].join('\n');
  assert.deepEqual(all(text), []);
});

test('counter-case: the same band restated with another value is still a finding of the lower tier', () => {
  const text = [
    'Riverby council tax to rise by 4.99%',
    '',
    'The rise will take the bill for a typical band D home to £2,310, an increase of £110 a year.',
    '',
    'Band D is the yardstick, but most homes in Riverby are in the lower bands. A band D home will pay £2,380, up £86.',
  ].join('\n');
  assert.deepEqual(all(text), ['£2,380']);
});

test("the span of a player's tally is not a count of the team's games", () => {
  const text = [
    'Late Okafor winner keeps Harbourside top',
    '',
    'Femi Okafor struck in stoppage time as Harbourside came from behind to beat Millbrook Town 2-1 and extend their unbeaten run to 12 league games.',
    '',
    '"Femi has been the difference since he came," the Harbourside manager, Joe Pratt, said. "He has six goals in nine games for us."',
  ].join('\n');
  assert.deepEqual(all(text), []);
});

test('counter-case: the run itself restated with another value is still a finding of the lower tier', () => {
  const text = [
    'Late Okafor winner keeps Harbourside top',
    '',
    'Femi Okafor struck in stoppage time as Harbourside came from behind to beat Millbrook Town 2-1 and extend their unbeaten run to 12 league games.',
    '',
    'Harbourside, unbeaten in 14 league games, travel to Corby next.',
  ].join('\n');
  assert.deepEqual(all(text), ['14']);
});
