// unattributed-figure, desk mode: session 8, round fig22 (rule doc, "Session 8: a recall round"). The
// reporter's own statistic in the present joins the main tier (rates, changes and levels of a count, sums
// per period of time); a fraction of a point and "to nearly triple" are figures; an agentless forecast in a
// clause of its own is not what the data in another clause shows; a reporting participle between an article
// and a figure, and "finding" in its sense of coming upon something, are no cues. Our own sentences, each
// beside the case that goes the other way.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figuresFlagged } from './helpers.ts';

test('a rate or a change of a count in the present or present perfect is the reporter’s own statistic: main tier', () => {
  assert.deepEqual(figuresFlagged('Shoplifting in the borough has risen by 27 per cent in three years.', 'main'), ['27 per cent']);
  assert.deepEqual(figuresFlagged('Bus use in the valley is still about 15% below its 2019 level.', 'main'), ['15%']);
  assert.deepEqual(figuresFlagged('Church attendance has fallen to about 4,100, from 6,000 in 2015.', 'main'), ['4,100', '6,000']);
  // In the simple past it reports one period of a release: still found, but as a lower-confidence query.
  assert.deepEqual(figuresFlagged('Shoplifting in the borough rose by 27 per cent in the year to June.', 'main'), []);
  assert.deepEqual(figuresFlagged('Shoplifting in the borough rose by 27 per cent in the year to June.'), ['27 per cent']);
});

test('the level a count stands at now is a statistic: main tier in the present, a hint in the past', () => {
  assert.deepEqual(figuresFlagged('The backlog of housing repairs now stands at about 2,700.', 'main'), ['2,700']);
  assert.deepEqual(figuresFlagged('The backlog of housing repairs stood at about 2,700 in March.', 'main'), []);
  assert.deepEqual(figuresFlagged('The backlog of housing repairs stood at about 2,700 in March.'), ['2,700']);
});

test('a sum per period of time in the present is a running rate (main tier); one payment stays a hint', () => {
  assert.deepEqual(figuresFlagged('The trust now spends about £65,000 a week on locum doctors.', 'main'), ['£65,000']);
  assert.deepEqual(figuresFlagged('The average care worker earns about £23,500 a year.', 'main'), ['£23,500']);
  assert.deepEqual(figuresFlagged('The trust paid £65,000 for a new scanner.', 'main'), []);
  assert.deepEqual(figuresFlagged('The trust spent about £65,000 a week on locum doctors last winter.', 'main'), []);
});

test('a fraction of a point as the size of a change is a figure; hyphenated it names a kind of move', () => {
  assert.deepEqual(figuresFlagged('The central bank is expected to raise rates by a quarter point next month.', 'main'), ['a quarter point']);
  assert.deepEqual(figuresFlagged('The bank is expected to lower rates by another quarter of a percentage point in May.', 'main'), ['another quarter of a percentage point']);
  assert.deepEqual(figuresFlagged('Two quarter-point cuts have followed since the spring.'), []);
  // Done and on the record, the move is an event fact, as "25 basis points" is.
  assert.deepEqual(figuresFlagged('The central bank raised rates by a quarter point on Thursday.'), []);
});

test('a multiple in the infinitive takes a degree adverb: "is expected to nearly triple"', () => {
  assert.deepEqual(figuresFlagged('Cases of the condition are expected to nearly triple by 2045.', 'main'), ['nearly triple']);
});

test('an agentless forecast in its own clause is not what the data named in another clause shows', () => {
  const text = 'The city owes $300m in pension payments next year, according to treasury figures, and the council is expected to seek a loan worth up to $90m.';
  assert.deepEqual(figuresFlagged(text, 'main'), ['$90m']);
  // The data cue still covers its own clause's figure, and a forecast it names as its own.
  assert.deepEqual(figuresFlagged('Treasury figures show the city owes $300m in pension payments next year and is likely to need $90m more.', 'main'), []);
});

test('a reporting participle between an article and a figure describes the figure; nobody is reporting', () => {
  assert.deepEqual(figuresFlagged('Only about a third of children in the district get the recommended 60 minutes of exercise a day.', 'main'), ['about a third']);
  // A finite reporting verb is still a cue.
  assert.deepEqual(figuresFlagged('The health board recommended 60 minutes of exercise a day, and said about a third of children get it.'), []);
});

test('"finding" after a preposition in its sense of coming upon something is no cue', () => {
  assert.deepEqual(figuresFlagged('Rescuers worked through the night as the death toll climbed past 140 and hopes of finding survivors faded.', 'main'), ['140']);
  // "finding that" reports a finding.
  assert.deepEqual(figuresFlagged('The inquiry closed after finding that 140 people had died in the fire.'), []);
});

test('a duration is a measure’s level after a verb of change, in words too, and its average "on average"', () => {
  assert.deepEqual(figuresFlagged('Average commuting time in the region has risen to more than two hours.', 'main'), ['more than two hours']);
  assert.deepEqual(figuresFlagged('Waits for cataract surgery are the longest, at 40 weeks on average.', 'main'), ['40 weeks']);
  // A duration that only says how long something lasts is no figure.
  assert.deepEqual(figuresFlagged('The road will be closed for two weeks while the bridge is repaired.'), []);
});
