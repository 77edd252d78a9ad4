// figure-consistency, session 5: causes of misses found in at least two independently written sets: a result
// restated with another score, a set referred back to under a modal, jobs named "roles".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine/edits.ts';
import { lintText, ofRule } from './helpers.ts';

const flagged = (text: string, format: 'plaintext' | 'markdown' = 'plaintext') => ofRule(lintText(text, format), 'figure-consistency').map((f) => text.slice(f.start, f.end));

test('a score referring back to the result ("the 2-1 win") must be the headline\'s or the lede\'s result', () => {
  const text = [
    'Late header gives Castlemoor 2-0 win at Brindle Park',
    'Castlemoor beat Wexley Town 2-0 on Tuesday night to climb to fourth in League Two.',
    'The visitors had the better of the first half but could not find a way past Ossei.',
    'Manager Dara Quinn said the 2-1 win was the reward for a month of hard work.',
  ].join('\n');
  const found = ofRule(lintText(text, 'plaintext'), 'figure-consistency');
  assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['2-1']);
  assert.match(found[0].message, /2-1 here, 2-0 on line 1/);
  assert.equal(applyEdits(text, found[0].fixes[0].edits), text.replace('the 2-1 win', 'the 2-0 win'));
  // Without a headline score, the lede's result is the story's; a vote is a result too.
  assert.deepEqual(flagged('Council backs new cycle lanes\n\nCouncillors approved the scheme by a 31-12 vote on Monday.\n\nOpponents said the 31-14 vote ignored shopkeepers.'), ['31-14']);
});

test('scores of other matches, parts of a match and scores stated twice are not the result', () => {
  // An indefinite score is another match; a half-time score and an aggregate are parts or sums.
  assert.deepEqual(flagged('Rovers beat Ashby 3-1 on Saturday.\nRovers lost 2-0 at Ashby in March.\nThey led 1-0 at half-time.\nThe 4-2 aggregate win sends them through.'), []);
  // A definite score also told elsewhere is another match the story names ("the 2-2 draw" in the first leg).
  assert.deepEqual(flagged('Rovers beat Ashby 3-1 on Saturday.\nThe first leg ended in a 2-2 draw at Ashby.\nThe 2-2 draw had left the tie wide open.'), []);
  // The same result the other way round is the same result.
  assert.deepEqual(flagged('Ashby lose 3-1 at Rovers\nRovers beat Ashby 3-1 on Saturday.\nAshby manager Kerr said the 1-3 defeat was deserved.'), []);
  // A tennis line's sets are no result of their own.
  assert.deepEqual(flagged('Okafor beat Lind 6-3 4-6 6-2 in the final.\nThe 6-4 set was the longest.'), []);
});

test('a set referred back to exists whatever a modal says will happen to it', () => {
  // "would offer the 62 crew affected": the crew are counted, not planned; 62 is the headline's 26 swapped.
  assert.deepEqual(flagged('Ferry operator to lay off 26 crew\n\nThe operator said it would offer the 62 crew affected jobs on its other routes.'), ['62']);
  // An indefinite count under a modal is still a plan, not the count restated.
  assert.deepEqual(flagged('Ferry operator to lay off 26 crew\n\nThe operator said 62 crew would be enough for the winter timetable.'), []);
});

test('roles are the jobs restated', () => {
  assert.deepEqual(flagged('The plant will create 1,500 jobs by 2028, the company said.\n\nStaff at the plant said the 1,050 roles promised were welcome.'), ['1,050']);
});
