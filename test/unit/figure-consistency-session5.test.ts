// figure-consistency, session 5: causes of misses found in at least two independently written sets: a result
// restated with another score, a set referred back to under a modal, jobs named "roles".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine/edits.ts';
import { consistencyFlagged } from './figure-consistency-helpers.ts';
import { lintAllTiers, ofRule } from './helpers.ts';

const flagged = (text: string, format: 'plaintext' | 'markdown' = 'plaintext') => consistencyFlagged(text, 'all', format);

test('a score referring back to the result ("the 2-1 win") must be the headline\'s or the lede\'s result', () => {
  const text = [
    'Late header gives Castlemoor 2-0 win at Brindle Park',
    'Castlemoor beat Wexley Town 2-0 on Tuesday night to climb to fourth in League Two.',
    'The visitors had the better of the first half but could not find a way past Ossei.',
    'Manager Dara Quinn said the 2-1 win was the reward for a month of hard work.',
  ].join('\n');
  const found = ofRule(lintAllTiers(text, 'plaintext'), 'figure-consistency');
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

test('"The 31-year-old" opening a sentence is the person the sentence before names as its subject', () => {
  const text = [
    'Norway\'s Ingrid Solberg won the Fjellby half marathon on Sunday in 68 minutes.',
    '',
    'The 31-year-old, who trains in the hills above her home town, led from the second kilometre.',
    '',
    'Results: Ingrid Solberg, aged 29, first; Maja Lind, 33, second.',
  ].join('\n');
  const found = ofRule(lintAllTiers(text, 'plaintext'), 'figure-consistency');
  assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['29']);
  assert.match(found[0].message, /Aged 29 here, 31 on line 3/);
  // A name before a verb of saying is the speaker: "The 31-year-old" may be anyone the quote was about.
  assert.deepEqual(flagged('Coach Ingrid Solberg said the team had worked hard all winter.\n\nThe 31-year-old captain scored twice.\n\nSolberg, 48, has coached the side since 2019.'), []);
  // No name opens the sentence before: nothing to link.
  assert.deepEqual(flagged('On Sunday the race was won by Ingrid Solberg in 68 minutes.\n\nThe 31-year-old led from the start.\n\nSolberg, 29, said she was delighted.'), []);
});

test('a reference back ("the 15-year-old arrested") is the one earlier person its description fits', () => {
  const text = [
    'A 16-year-old girl was arrested on suspicion of arson after a fire at Millbrook school.',
    '',
    'A 42-year-old caretaker and a man aged 15 tried to put out the flames.',
    '',
    'The 15-year-old arrested on suspicion of arson was later bailed.',
  ].join('\n');
  // It fits the girl arrested for arson, not the other 15-year-old (who fought the fire).
  assert.deepEqual(flagged(text), ['15']);
  // A description that fits no one, or two people of different ages, links to no one.
  assert.deepEqual(flagged('A 16-year-old girl was arrested after the fire.\n\nThe 19-year-old student had been visiting friends.'), []);
  assert.deepEqual(flagged('A 16-year-old girl was arrested on suspicion of arson.\n\nA 22-year-old man was also arrested on suspicion of arson.\n\nThe 19-year-old arrested on suspicion of arson was bailed.'), []);
});

test('a unit adjective measures the noun it stands before, past an "of" phrase; a jail term under its other names', () => {
  // "the length of the nine-year sentence": the sentence, restated against "jailed for seven years".
  assert.deepEqual(flagged('A builder who defrauded pensioners was jailed for seven years on Monday.\n\nHis family said the length of the nine-year sentence came as a shock.'), ['nine-year']);
  // Another man's term stays his own: a different thing measured.
  assert.deepEqual(flagged('A builder who defrauded pensioners was jailed for seven years on Monday.\n\nHis partner was banned from driving for nine years.'), []);
  // An area as an adjective ("the 3,150-acre reserve") is read whole and meets "3,510 acres" (digits swapped).
  assert.deepEqual(flagged('The wildfire burned 3,510 acres of pine forest by Thursday.\n\nResidents near the 3,150-acre burn scar were told to stay away.'), ['3,150-acre']);
});

test('an amount before a compound noun measures its head; a different first word is another thing', () => {
  // "a £3.8m harbour-wall repair" / "the £3.1m the repair cost": one repair, the body's value no slip of the headline's.
  assert.deepEqual(flagged('Town council signs off £3.8m harbour-wall repair\n\nCouncillors were told the £3.1m the repair cost the town was money well spent.'), ['£3.1m']);
  // "a 4% rent rise" and "a 6% pay rise" share a head, not a thing.
  assert.deepEqual(flagged('The board approved a 4% rent rise for council tenants.\n\nUnions said the 6% pay rise for council staff was not enough.'), []);
  // …and without a modifier of its own, the rise referred back to is the one told.
  assert.deepEqual(flagged('The board approved a 4% rent rise for council tenants.\n\nTenants said the 6% rise was not affordable.'), ['6%']);
});

test('a count that is a part of a set ("two of the deaths") is not the set\'s count one apart', () => {
  assert.deepEqual(flagged('Three climbers die in avalanche on Mount Keld\n\nRescuers said the snow caused two of the deaths and a fall the third.'), []);
  // A part of a whole with a number of its own is still a count that may be restated ("7 of the 20 schools").
  assert.deepEqual(flagged('Eight schools fail inspection\n\nInspectors rated 7 of the 20 schools in the borough inadequate.'), ['7']);
});
