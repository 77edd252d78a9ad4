// figure-consistency, ages: a reference back ("the 36-year-old charged with the theft") is matched against the
// sentence each earlier age stands in, found where its breaks are, whatever whitespace ends the sentence before.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { consistencyFlagged } from './figure-consistency-helpers.ts';

const flagged = (text: string) => consistencyFlagged(text);

test('an earlier age is read in its own sentence, not the next one, after a long run of spaces or CRLFs', () => {
  // "Jo Smith, 34" is not described as charged: the sentence after hers is, and it holds no age.
  // (A break counted as one character put the age 15 characters on, in the next sentence.)
  const after = ' She was charged with theft on Monday. The 36-year-old charged with the theft was bailed.';
  for (const gap of [' ', ' '.repeat(16), '\r\n'.repeat(8)]) {
    assert.deepEqual(flagged(`Officers named her.${gap}Jo Smith, 34, of Leeds.${after}`), [], JSON.stringify(gap));
  }
  // The control: the same words in the age's own sentence tie the reference back to it.
  assert.deepEqual(flagged('Officers named her. Jo Smith, 34, of Leeds, was charged with theft on Monday. The 36-year-old charged with the theft was bailed.'), ['36']);
});
