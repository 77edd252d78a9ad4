// The speed-ups of unattributed-figure must not change what it finds. The byte-for-byte proof is run on the
// corpora (README, Performance, session 6); these tests guard the invariants the shortcuts rely on.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NOT_A_CUE_SENSES } from '../../server/src/rules/unattributed-figure/desk.ts';

// One phrase per sense, in the order of NOT_A_CUE_SENSES ("0" stands for a masked figure).
const EXAMPLES = [
  'an estimated 0 people',
  'each confirmed case costs',
  'a fee believed to be 0',
  '0 incidents have been recorded across the region',
  '0 cases were reported at the venue',
  'polls had shown the race within 0 points',
  'fewer than expected',
  'the previously reported 0',
  '0 confirmed dead',
  'are now found in 0 homes',
  'was found guilty',
  'seat projections',
  'the council is due to announce',
];

test('every sense of "not a cue" needs a part of its own pattern, copied verbatim', () => {
  assert.equal(EXAMPLES.length, NOT_A_CUE_SENSES.length);
  for (const [pattern, needs] of NOT_A_CUE_SENSES) assert.ok(pattern.includes(needs), `${needs} is not part of ${pattern}`);
});

test('a phrase each sense matches also holds what that sense needs (so the pre-check never skips a match)', () => {
  NOT_A_CUE_SENSES.forEach(([pattern, needs], i) => {
    const match = new RegExp(pattern, 'iu').exec(EXAMPLES[i]);
    assert.ok(match, `sense ${i} does not match its example "${EXAMPLES[i]}"`);
    assert.match(match[0], new RegExp(needs, 'iu'));
  });
});
