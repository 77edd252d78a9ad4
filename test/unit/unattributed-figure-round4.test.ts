// unattributed-figure, desk mode: session 4, round 4 — causes seen in at least two independently
// labelled sets (the rule doc): a unit price, a hypothetical sum on the story's own figures, the height
// of a place. Each in our own sentences, beside the case that goes the other way.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figuresFlagged } from './helpers.ts';

/** Every finding, hints included. */
const all = (text: string) => figuresFlagged(text);
/** What squiggles: the main tier (hints left out). */
const main = (text: string) => figuresFlagged(text, 'main');

test('a unit price in the present is checkable: a distributive, a habitual adverb, a one-unit subject of "costs"', () => {
  assert.deepEqual(all('On the quay a skipper takes visitors round the bay for £12 a head.'), []);
  assert.deepEqual(all('Most garages will fit one while you wait, usually for £60 to £80.'), []);
  assert.deepEqual(all('Fares went up in January, and the cheapest return ticket now costs £94.'), []);
  // A whole that costs (a scheme, a repair bill) is a claim, and so is a price in the past.
  assert.deepEqual(main('The new bypass costs £310m.'), ['£310m']);
  // (A money claim: flagged in the otherClaims tier since session 5, so asked for at all tiers.)
  assert.deepEqual(all('Last winter a skipper took visitors round the bay for £12 a head.'), ['£12']);
  // An alleged price is still alleged.
  assert.deepEqual(main('Dealers allegedly sell the fake passes for £40 each.'), ['£40']);
});

test('a hypothetical sum on figures the story has just given is the reporter\'s arithmetic', () => {
  assert.deepEqual(main('The mill booked £14m from selling its land, its annual accounts show. Without that sale its loss would have been closer to £30m.'), []);
  assert.deepEqual(main('A pact of Labour, the Greens and the Independents, who won 7 seats, would have 41 seats, short of the 45 needed.'), []);
  // With no input of its kind before it, a hypothetical sum is a claim like any estimate.
  assert.deepEqual(main('Without the flood barrier, the damage would have been closer to £30m.'), ['£30m']);
});

test('the height of a place is background; a water level that moved is a measurement', () => {
  assert.deepEqual(all('At 1,850 metres, the pass is closed by snow for half the year.'), []);
  assert.deepEqual(all('The village sits at about 2,300 metres (7,550 feet) above sea level.'), []);
  assert.deepEqual(all('Walkers cross the ridge below Ben Corran, at 1,120 metres the range\'s highest summit.'), []);
  assert.ok(all('The lake stood at 31.2 metres above sea level on Monday.').includes('31.2 metres'));
});

test('a person\'s age as a predicate: a sentence-initial pronoun, a titled name; not a count', () => {
  assert.deepEqual(all('The sculptor died at home on Sunday. She was 84.'), []);
  assert.deepEqual(all('In 1979 Mr. Okonjo was 27 and the youngest engineer on the site.'), []);
  // A count after the same verb is not an age: a noun follows, or the number is no one's age.
  assert.ok(main('The sculptor died at home on Sunday. She was 84 when 300 people were evacuated.').includes('300'));
  assert.ok(all('She was 84 per cent sure.').includes('84 per cent'));
});
