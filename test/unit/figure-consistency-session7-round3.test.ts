// figure-consistency, session 7 round 3 (on the retired consistency-heldout-13 and -14). Sentences of our own; each
// case sits beside its counter-case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flaggedAll as all, flaggedMain as main, para } from './figure-consistency-helpers.ts';
import { figureMentions } from '../../server/src/rules/figure-consistency/extract.ts';

const mention = (sentence: string, text: string) => figureMentions(sentence, false).find((f) => f.text === text)!;

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
