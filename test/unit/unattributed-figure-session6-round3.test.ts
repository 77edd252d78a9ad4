// unattributed-figure, desk mode: session 6, round 3 — an earlier event's toll or magnitude is background
// when its own clause dates it: a relative clause opened by "which" (as a subordinate clause already did),
// and an event named with its year ("the 2007 flood"). Seen in figures-heldout-11 and -8 (rule doc,
// "Session 6, round 3"). Our own sentences, each beside the case that goes the other way.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figuresFlagged } from './helpers.ts';

/** What squiggles (hints left out). */
const main = (text: string) => figuresFlagged(text, 'main');

test('a relative clause with "which" dates its own figures: an earlier quake\'s magnitude and toll are background', () => {
  assert.deepEqual(main('The valley lies on the Marrow fault, which produced a magnitude 6.9 quake in 1962 that killed about 800 people.'), []);
  // Undated, the same toll is a claim.
  assert.deepEqual(main('The valley lies on the Marrow fault, which produced a quake last week that killed about 800 people.'), ['800']);
});

test('an event named with its year ("the 2007 flood") dates the act it is the subject of', () => {
  assert.deepEqual(main('The region\'s worst flood, the 2007 Lune flood, killed 14 people.'), []);
  assert.deepEqual(main('The region\'s worst flood, the Lune flood, killed 14 people.'), ['14']);
});

// Found in the final review: the quick check before the count-in-words scan wanted a space after "died", so a
// count ending its sentence ("… and three people died.") was never read, while "… died in the crash" was.
test('a casualty count in words is read when "died" ends its sentence', () => {
  assert.deepEqual(main('The bus left the road near the pass on Monday and three people died.'), ['three people']);
  assert.deepEqual(main('The bus left the road near the pass on Monday and three people died in the crash.'), ['three people']);
});
