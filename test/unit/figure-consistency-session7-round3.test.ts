// figure-consistency, session 7 round 3 (on the retired consistency-heldout-13 and -14). Sentences of our own; each
// case sits beside its counter-case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flaggedAll as all, flaggedMain as main, mentionIn as mention, para } from './figure-consistency-helpers.ts';

test('a period that bounds a span ("until last spring", "since last year") is not the time the figure is in', () => {
  // The storms ran until last spring; the 362 farms they flooded are the story's count, restated with its digits swapped.
  const farms = (clause: string) =>
    para(`Storms that ${clause} flooded 362 of the valley's 2,400 farms, the survey found.`, 'Of the 326 farms flooded, only 40 have been drained.');
  assert.deepEqual(main(farms('hit the valley until last spring')), ['326']);
  assert.deepEqual(main(farms('have hit the valley since last year')), ['326']);
  // Counter-case: a period the figure is plainly in ("last spring" itself) still sets a slip of its digits apart.
  assert.deepEqual(main(farms('hit the valley last spring')), []);
  assert.deepEqual(all(farms('hit the valley last spring')), []);
  // "until" makes the figure a total as of then: kept as such, so a different value is not the story's one value.
  assert.equal(mention('Storms that ran until last spring flooded 362 farms.', '362').asOf, 'last spring');
  assert.deepEqual(mention('Storms that ran until last spring flooded 362 farms.', '362').frame, []);
  assert.notEqual(mention('Storms last spring flooded 362 farms.', '362').frame.length, 0);
});

test('a relative clause is set in the time of what it describes ("the Harlow Fire of 2017, which burned 530 homes")', () => {
  const fire = (sentence: string) =>
    para('Canyon blaze destroys 740 homes', 'A wildfire in the canyon has destroyed 740 homes, officials said on Sunday.', sentence);
  // An older fire, dated by its antecedent, with its own count: not the story's measure restated.
  assert.deepEqual(all(fire('Officials said the blaze was the worst on record, ahead of the Harlow Fire of 2017, which burned 530 homes.')), []);
  assert.ok(mention('It passed the Harlow Fire of 2017, which burned 530 homes.', '530').frame.includes('2017'));
  // Counter-case: the same relative clause with no year of its own is the story's fire, restated with another value.
  assert.deepEqual(all(fire('Officials said the blaze, which destroyed 530 homes, was the worst on record.')), ['530']);
  // Counter-case: a year in the antecedent does not part a slip of the digits, which the default tier still reports.
  assert.deepEqual(main(fire('It was the canyon fire of 2026, which destroyed 470 homes.')), ['470']);
});

test('a preliminary or provisional figure is an earlier value, not the measure restated', () => {
  const survey = (sentence: string) =>
    para('Survey counts 42 nesting pairs', 'Volunteers counted 42 nesting pairs of terns on the island this summer, the trust said.', sentence);
  assert.deepEqual(all(survey('The preliminary count found 37 nesting pairs of terns on the island.')), []);
  assert.deepEqual(all(survey('The provisional count found 37 nesting pairs of terns on the island.')), []);
  assert.equal(mention('A preliminary count found 37 nesting pairs.', '37').contrast, true);
  // Counter-case: the same count without the word is the story's count with another value.
  assert.deepEqual(all(survey("The wardens' count found 37 nesting pairs of terns on the island.")), ['37']);
});

test('a definite count refers back to the set the draft named, under whatever noun: a zero off it is reported by default', () => {
  const survey = (sentence: string) =>
    para('A survey of 18,600 drivers found that most would pay more for cleaner fuel, the institute said.', sentence);
  // "The 1,860 motorists" points back to the drivers surveyed; its digits are theirs with a zero dropped.
  assert.deepEqual(main(survey('The 1,860 motorists were also asked about their commute.')), ['1,860']);
  // Counter-case: an indefinite count under another noun introduces a set of its own ("Some 1,860 motorists").
  assert.deepEqual(all(survey('Some 1,860 motorists were also asked about their commute.')), []);
  // Counter-case: a short count a zero off ("the 18 motorists" / "180 drivers") happens by chance between two sets.
  assert.deepEqual(all(para('A survey of 180 drivers found that most would pay more, the institute said.', 'The 18 motorists were also asked about their commute.')), []);
});

test('a slip of the digits is the finding a figure keeps when a different value of its measure was met first', () => {
  const flood = (restated: string) =>
    para(
      'Crews evacuate 2,000 homes overnight as river bursts banks',
      'Crews evacuated 1,840 homes in Saltmere overnight after the river burst its banks, the council said.',
      `Crews used boats to reach some of the ${restated} homes evacuated overnight as the river burst its banks.`,
    );
  // 1,480 is the headline's 2,000 with another value (lower tier) and the lede's 1,840 transposed: the default tier reports it.
  assert.deepEqual(main(flood('1,480')), ['1,480']);
  assert.deepEqual(all(flood('1,480')), ['1,480']);
  // Counter-case: a value that is no slip of any other stays a lower-confidence match, off by default.
  assert.deepEqual(main(flood('1,520')), []);
});
