// unattributed-figure, desk mode: the clause-level mechanisms of session 4 — what a cue governs (its
// clause, a colon's list, a closing tag), who a figure is (the subject of "say", a part of its own
// sentence's count), how long a source's account goes on, and which open claims squiggle (main tier).
// Our own sentences, each beside the case that goes the other way.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Format } from '../../server/src/engine/types.ts';
import { proseSentences } from '../../server/src/engine/sentences.ts';
import { figureFindings } from './helpers.ts';

// Both tiers (lower-confidence queries are off by default): these tests read which tier a finding is in.
const found = (text: string, format: Format = 'plaintext') => figureFindings(text, format);
const flagged = (text: string, format: Format = 'plaintext') => found(text, format).map((f) => text.slice(f.start, f.end));
const tierOf = (text: string, figure: string) => {
  const f = found(text).find((x) => text.slice(x.start, x.end).includes(figure));
  return f === undefined ? 'none' : f.severity === 'hint' ? 'hint' : 'main';
};

test('a partitive counts a part of its own sentence\'s figure before it reaches back to the sentence before', () => {
  const text = 'The tremor struck before dawn, the observatory said.\n\nAt least 9 people died and 40 were hurt, most of them in the old town.\n';
  assert.deepEqual(flagged(text, 'markdown'), ['9', '40']);
  // With nothing of its own to count a part of, it goes on with the source.
  assert.deepEqual(flagged('Storms cut power to 18,000 homes, the operator said. Engineers had reconnected 12,000 of them by noon.\n'), []);
});

test('the people a figure counts are not its source: the subject of "say" is a survey result', () => {
  assert.equal(tierOf('Around one in three tenants say they could not afford another rise.', 'one in three'), 'main');
  assert.deepEqual(flagged('One in three tenants say they could not afford another rise, a survey by the Renters Forum found.'), []);
  // Results of a survey named before go on with it.
  assert.deepEqual(flagged('The survey found 40% of firms planned to hire. Only 12% of firms said they would cut jobs.'), []);
  // A speaker who is not counted is a source as before.
  assert.deepEqual(flagged('The head teacher says 30 pupils have left since June.'), []);
});

test('a closing "according to" governs its own clause; a closing reporting clause the whole sentence', () => {
  assert.deepEqual(flagged('Wildfires burn 4 million hectares a year worldwide, and in Portugal the total has reached 90,000, according to the forest agency.'), ['4 million hectares']);
  assert.deepEqual(flagged('Wildfires burn 4 million hectares a year worldwide, and in Portugal the total has reached 90,000, the forest agency said.'), []);
});

test('a cue with a colon introduces every clause after it', () => {
  assert.deepEqual(flagged('Small firms bore most of the cost, the review said: fees rose 8% for them, while 60% paid more for energy.'), []);
  assert.deepEqual(flagged('Small firms bore most of the cost. Fees rose 8% for them, while 60% paid more for energy.').length, 2);
});

test('the measure just given, for another group after a fronted phrase, goes on with its data', () => {
  const text = 'Figures from the exams office show 71.5% of pupils passed.\n\nIn rural districts the figure was 64.2%.\n';
  assert.deepEqual(flagged(text, 'markdown'), []);
});

test('a subordinate clause\'s own past verb dates an earlier result as background', () => {
  assert.deepEqual(flagged('The town is choosing a mayor for the first time since Hale won a third term in 2019 with 61% of the vote.'), []);
  assert.equal(tierOf('The town is choosing a mayor, and Hale holds 61% of the vote.', '61%'), 'main');
});

test('a poll as a sentence\'s subject gives its results in every clause', () => {
  const text = 'The last poll before the vote had the candidates level at 44% each, with 12% undecided.';
  assert.equal(tierOf(text, '44%'), 'main');
  assert.equal(tierOf(text, '12%'), 'main');
});

test('indirect speech goes on in its paragraph after a speaker named first, not after a closing tag', () => {
  assert.deepEqual(flagged('The prosecutor said the money went on cars and holidays. Six residents lost money, the largest loss being £30,000.'), []);
  assert.deepEqual(flagged('The fire started in a kitchen, the brigade said. The landlord lost £30,000 in rent.'), ['£30,000']);
});

test('main tier: tallies over a period, measured levels, averages, disruption (counts that changed: the otherClaims tier since session 6)', () => {
  assert.equal(tierOf('Club membership fell to about 2,400 last year, from a peak of 3,100.', '2,400'), 'hint');
  // Session 8 (fig22): in the present perfect it is the reporter's own statement of where the count stands now.
  assert.equal(tierOf('Club membership has fallen to about 2,400, from a peak of 3,100.', '2,400'), 'main');
  assert.equal(tierOf('The helpline has answered 18,000 calls so far this year.', '18,000'), 'main');
  assert.equal(tierOf('The helpline answered 18,000 calls.', '18,000'), 'hint');
  assert.equal(tierOf('The reservoir peaked at 3.4 metres on Sunday.', '3.4 metres'), 'main');
  assert.equal(tierOf('Patients waited an average of 52 minutes.', '52'), 'main');
  assert.equal(tierOf('At the ferry port, 19 sailings have been cancelled.', '19'), 'main');
});

test('word senses: a passive of place is not a finding, "in N cases" is not an illness, "as long as" qualifies a forecast', () => {
  assert.equal(tierOf('Such nests are now found in an average of five gardens a week.', 'an average of five'), 'main');
  assert.deepEqual(flagged('Thieves forced doors at night, officers said, and in at least four cases they took cars.'), []);
  assert.deepEqual(flagged('Repairs to the pier could take as long as four years.'), ['four years']);
});

test('a casualty count in words is a figure however small', () => {
  assert.equal(tierOf('Two people were hurt when the roof fell in.', 'Two people'), 'main');
  assert.deepEqual(flagged('Two people were hurt when the roof fell in, the fire service said.'), []);
  // Narration is not a count a desk queries.
  assert.deepEqual(flagged('Two people walked past the shop.'), []);
});

test('sentences end after "p.m." before a new sentence, not before a day or a time zone', () => {
  const count = (t: string) => proseSentences(t).length;
  assert.equal(count('Polls closed at 8 p.m. The count began at once.'), 2);
  assert.equal(count('The count begins at 9 p.m. Friday in the hall.'), 1);
  assert.equal(count('The count begins at 9 p.m. ET in the hall.'), 1);
});

test('a number then a month still ends a sentence ("… 152,000. August\'s figure …"): the p.m. exceptions are for p.m. only', () => {
  assert.equal(proseSentences('The total was 152,000. August figures were higher.').length, 2);
  assert.equal(proseSentences('Doors open at 7 p.m. Sept. 4 in the hall.').length, 1);
});

test('main tier: a part of a count is the same kind of claim as the count; people housed are displaced', () => {
  assert.equal(tierOf('Crews rescued 140 people overnight. Some 60 of them were taken to the sports hall.', '60'), 'main');
  assert.equal(tierOf('About 400 people came to the fair. Some 60 of them stayed late.', '60'), 'hint');
  assert.equal(tierOf('The chapel has housed 150 people since the river burst its banks.', '150'), 'main');
});

test('a vote\'s result is a tally in any frame', () => {
  assert.deepEqual(flagged('The amendment was defeated 301 to 266 after a long debate.'), []);
  assert.deepEqual(flagged('Measure B is trailing 47 percent to 53 percent.'), []);
  // A change from one level to another is not a tally.
  assert.notEqual(tierOf('Bus use rose from 31 percent to 38 percent of journeys.', '31 percent'), 'none');
});

test('a later cue that names data makes the sentence a data source; an absolute phrase has no tense of its own', () => {
  const text = 'With 30 of 32 wards reported, Ms Hale leads by 812 votes, according to the county registrar\'s unofficial results. Ms Hale has 11,400 votes (52 percent).';
  assert.deepEqual(flagged(text), []);
});

test('main tier: a service cut is a disruption count like a power cut', () => {
  assert.equal(tierOf('Mobile signal has been cut in 9 districts since the strikes.', '9'), 'main');
  assert.equal(tierOf('Water supplies were shut off to 2,300 homes.', '2,300'), 'main');
});

test('a relative clause on a name is the reporter\'s description, not what a cue before it reports', () => {
  assert.equal(tierOf('Analysts warned that sales may have been hit by Storm Ula, which swept the north and cut power to about 40,000 homes.', '40,000'), 'main');
  // Its own cue, or a modal that keeps it in the reported speech, still governs it.
  assert.deepEqual(flagged('She criticised the sale of the Mill Road depot, which she said was worth £6m.'), []);
  assert.deepEqual(flagged('The spokesperson said the trust would open a unit in March, which would take up to 60 patients a day.'), []);
  // A place downstream is a location.
  assert.deepEqual(flagged('The utility said it feeds a reservoir 14 km downstream.'), []);
});

test('main tier: a figure set against a record or a norm is a measurement', () => {
  assert.equal(tierOf('The lake rose to 4.1 metres, 0.6 metres above its previous record.', '0.6 metres'), 'main');
  assert.equal(tierOf('Workers raised the deck 0.6 metres above the old one.', '0.6 metres'), 'hint');
});
