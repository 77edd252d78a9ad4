// figure-consistency (issue 14, session 4, third round): a level a measure moved to, two round figures a zero
// apart, and a seat taken by a margin. Sentences of our own, each a case the mechanism decides.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertQuiet, consistencyFlagged } from './figure-consistency-helpers.ts';

const flagged = (text: string) => consistencyFlagged(text, 'all', text.startsWith('#') ? 'markdown' : 'plaintext');

test('quiet: a level the measure moved to, against a near value stated without a move (its value before)', () => {
  const traps = [
    // A headline's count, then the toll rising past it later in the day.
    'Landslide kills 31 in hill villages\n\nThe landslide killed 31 people, police said.\nBy nightfall the death toll had climbed to 32 as rescuers dug through the mud.',
    // A headline's level reached, against the level the council started from.
    'Council tax arrears fall to 8.3 million\n\nThe council inherited arrears of 8.4 million.',
    // The same with a plural subject and a count.
    'Unpaid parking fines fall to 2.6 million\n\nThe city had 2.7 million unpaid parking fines when the new scheme began.',
    // A digit more: the June figure is the level before the fall, not the headline's with a digit dropped.
    'Hospital backlog falls to 7.2 million\n\nThe backlog, which counts referrals, was 7.26 million in June.',
  ];
  assertQuiet(flagged, traps);
});

test('caught: a value on the side the measure did not come from cannot be its value before the move', () => {
  // A rise to 32 came from below: the headline's 33 is no earlier toll.
  assert.deepEqual(flagged('Landslide kills 33 in hill villages\n\nBy nightfall the death toll had climbed to 32 as rescuers dug through the mud.'), ['32']);
  // A fall to 8.3 million came from above: 8.2 million is no earlier level.
  assert.deepEqual(flagged('Council tax arrears fall to 8.3 million\n\nThe council inherited arrears of 8.2 million.'), ['8.2 million']);
});

// (A plain-text headline is a line of its own followed by a blank line.)
test('caught: two levels each reached by a move still disagree when one is a slip of the other', () => {
  assert.deepEqual(flagged('Jobless rate rises to 5.3%\n\nThe jobless rate rose to 5.2%, the statistics office said.'), ['5.2%']);
});

test('round figures a zero apart: one count only when the noun and what is said of it agree', () => {
  // Different sets of the same people: ordered out, and still in shelters.
  assert.deepEqual(flagged('Officials said about 90,000 villagers had been told to leave before the river burst its banks.\nAround 9,000 villagers who left were still sleeping in school halls on Sunday, the charity said.'), []);
  // The same count of the same people, a zero dropped.
  assert.deepEqual(flagged('The operator said about 37,000 travellers had been stranded by the strike.\nLater it said about 3,700 travellers had been stranded overnight.'), ['3,700']);
});

test('caught: a seat taken or held "by" so many votes is a margin, the same as "a majority of"', () => {
  assert.deepEqual(flagged('The Green candidate took the seat by 2,716 votes on a turnout of 58%.\nHer majority of 2,176 is the party\'s smallest in the region.'), ['2,176']);
  assert.deepEqual(flagged('Mr Adeyemi held the ward by 1,394 votes.\nA majority of 1,934 leaves the ward safe for now.'), ['1,934']);
});
