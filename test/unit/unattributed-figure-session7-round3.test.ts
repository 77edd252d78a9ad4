// unattributed-figure, desk mode: session 7, round 3 (rule doc, "Session 7, round 3"). An unnamed poll or
// survey is not a source; a sentence's fronted date dates its main clause; a named or definite thing's
// simple-present possessive is its profile; "forecast" after a word ending in "a" is still a verb; and the
// value of an average subject is a figure even when it is a duration. Our own sentences, each beside the
// case that goes the other way.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figuresFlagged, lintText } from './helpers.ts';

test('a poll or survey with the indefinite article and no pollster is not a source', () => {
  assert.deepEqual(figuresFlagged('A poll last month showed the mayor ahead of her rival by 8 points among registered voters.', 'main'), ['8 points']);
  assert.deepEqual(figuresFlagged('A poll published on Monday had given the Greens 31 percent.', 'main'), ['31 percent']);
  assert.deepEqual(figuresFlagged('Turnout was low, and surveys suggest nearly seven in 10 drivers oppose the charge.', 'main'), ['seven in 10']);
  // A pollster named in a capitalised word or after "by" / "for" is a source.
  assert.deepEqual(figuresFlagged('A Kestrel Research poll last month showed the mayor ahead of her rival by 8 points.'), []);
  assert.deepEqual(figuresFlagged('A survey by the tenants’ union found that 40% of renters had skipped a meal.'), []);
  assert.deepEqual(figuresFlagged('A poll for the Evening Ledger showed the mayor ahead by 8 points.'), []);
});

test('a fronted date dates the main clause’s act: an earlier event’s toll is background', () => {
  assert.deepEqual(figuresFlagged('In 2015, floods killed 23 people in the valley.'), []);
  assert.deepEqual(figuresFlagged('During 2015, floods killed 23 people in the valley.'), []);
  // Undated, the toll needs a source; dated with the figure as the subject, it is a statistic.
  assert.deepEqual(figuresFlagged('Floods killed 23 people in the valley.', 'main'), ['23']);
  assert.deepEqual(figuresFlagged('In 2015, 23 people were killed on the valley’s roads.', 'main'), ['23']);
});

test('what a named or definite thing has, in the simple present, is its profile', () => {
  assert.deepEqual(figuresFlagged('Millbrook, a market town 40 miles south of the capital, has about 31,000 residents.', 'main'), []);
  assert.deepEqual(figuresFlagged('The packaging firm is family-owned, and has 22 depots in 6 countries.', 'main'), []);
  // A state after the count, a change or a present-news time makes it a statistic again.
  assert.deepEqual(figuresFlagged('Millbrook, a market town on the river, has about 3,100 children in poverty.', 'main'), ['3,100']);
  assert.deepEqual(figuresFlagged('Millbrook, a market town on the river, now has about 31,000 residents.', 'main'), ['31,000']);
});

test('"forecast" after a name ending in "a" is the verb (desk mode); strict mode keeps its reading', () => {
  assert.deepEqual(figuresFlagged('The PNMA forecast that temperatures would top 42C by Friday.'), []);
  assert.deepEqual(figuresFlagged('Temperatures are forecast to top 42C by Friday.', 'main'), ['42C']);
  const strict = lintText('The PNMA forecast that temperatures would top 42C by Friday.', 'plaintext', { rules: { 'unattributed-figure': { mode: 'strict' } } }).filter((f) => f.rule === 'unattributed-figure');
  assert.equal(strict.length, 1);
});

test('the value of an average subject is a figure, a duration too', () => {
  assert.deepEqual(figuresFlagged('Across the county, the average ambulance handover now takes 51 minutes.', 'main'), ['51 minutes']);
  assert.deepEqual(figuresFlagged('Average waits for a routine scan at the two hospitals are now 19 weeks.', 'main'), ['19 weeks']);
  // Other durations are no figure; a sourced average is attributed.
  assert.deepEqual(figuresFlagged('The council meeting lasted 90 minutes.'), []);
  assert.deepEqual(figuresFlagged('The average handover took 51 minutes in October, the trust’s board papers show.'), []);
});

test('a capitalised "In <year>" opening a sentence dates it, with a subordinate clause between', () => {
  assert.deepEqual(figuresFlagged('In 1979, when the board proposed closing the library, she gathered a petition that was signed by 2,100 people.'), []);
  assert.deepEqual(figuresFlagged('When the board proposed closing the library, she gathered a petition that was signed by 2,100 people.', 'main'), ['2,100']);
});
