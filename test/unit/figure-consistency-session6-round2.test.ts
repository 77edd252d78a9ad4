// figure-consistency, session 6, round 2: the mistakes of the retired held-out-9 and -10 sets, each fixed by a
// general cause (the frame of the quantity, what is counted) seen in at least two independently written sets, or,
// for a regression, by restoring the behaviour before session 6. Sentences of our own; each test fails on the rule
// as this round began (ce9f08d), except the counter-cases, which hold on both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flaggedAll as all, flaggedMain as main } from './figure-consistency-helpers.ts';

const para = (...blocks: string[]) => blocks.join('\n\n');

test('a running total "By <time>" parts a different value, never a slip of the digits', () => {
  // The headline's and lede's 38 against "By Sunday night … 83": a transposition, reported by default as before session 6.
  const swapped = para('Flash floods kill 38 in Tarvo valley', 'Flash floods swept through the Tarvo valley overnight, killing 38 people, the regional governor said on Sunday.', 'Army engineers reached the upper villages by boat.', 'By Sunday night the civil defence agency put the number of dead at 83, with nine people still missing.');
  assert.deepEqual(main(swapped), ['83']);
  // Counter-case: a different value there is the total as of then (a running count), at every tier.
  const moved = para('Flash floods kill 38 in Tarvo valley', 'Flash floods swept through the Tarvo valley overnight, killing 38 people, the regional governor said on Sunday.', 'Army engineers reached the upper villages by boat.', 'By Sunday night the civil defence agency put the number of dead at 52, with nine people still missing.');
  assert.deepEqual(all(moved), []);
});
