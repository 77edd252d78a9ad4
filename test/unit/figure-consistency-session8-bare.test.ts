// figure-consistency, session 8 (figcons19): a later figure reads back through a top-line figure that names nothing it
// counts (back-reference.ts bareTopLine, verbNames) and through the verb of a known counted thing ("injuring 1,130").
// Sentences of our own; each "caught" case fails on the rule as this round began (5d0e358), the counter-cases hold on both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertQuiet, flaggedMain as main, mentionIn, para } from './figure-consistency-helpers.ts';

const head = 'Rovers sign Dutch winger Bakker for £9m';
const lede = 'Harlow Rovers signed the Dutch winger Sem Bakker from Vitesse Arnhem for £9m on Monday, a day before the window shut.';
const filler = 'Bakker, 24, scored eight goals in the Eredivisie last season.';

test('a definite figure naming its noun reads back through the top line\'s one bare figure of its kind', () => {
  assert.deepEqual(main(para(head, lede, filler, 'The manager said the £11m fee was a fair price for a player of his age.')), ['£11m']);
});

test('the bare top line keeps quiet when it is no one figure, the later one is framed apart, or has its own antecedent', () => {
  assertQuiet(main, [
    // Only in the headline, not restated in the lede: no top line read twice.
    para(head, 'Harlow Rovers signed the Dutch winger Sem Bakker from Vitesse Arnhem on Monday, a day before the window shut.', filler, 'The manager said the £11m fee was a fair price.'),
    // Two values of the kind at the top: the reference is open.
    para(head, 'Harlow Rovers signed Sem Bakker for £9m on Monday, and sold Tom Reid for £6m.', filler, 'The manager said the £11m fee was a fair price.'),
    // The top line's figure names what it is: another thing than the later fee.
    para('Rovers agree £9m stadium loan', 'Harlow Rovers agreed a £9m stadium loan with the city council on Monday.', filler, 'The manager said the £11m fee was a fair price.'),
    // The later figure names a thing of its own, not the amount as such (a fee, a price, a cost).
    para(head, lede, filler, 'The chairman said the £11m academy would open next year.'),
    // Another period.
    para(head, lede, filler, 'In 2019 the £11m fee paid for Reid had been a club record.'),
    // Its own antecedent: the value was stated before it.
    para(head, lede, 'Add-ons could take the deal to £11m.', 'The manager said the £11m fee was a fair price.'),
    // A count at the top with no noun is as often a score: not read through.
    para('Torres scores 41 in Harbor City win', 'Diego Torres scored 41 as Harbor City beat Eastport on Saturday.', 'It was his best game of the season.', 'The 44 points the team scored in the first half were a club record.'),
  ]);
});

test('the verb a top-line figure is the object of names what a later definite figure counts ("fined £800" / "the £1,100 fine")', () => {
  const top = ['Driver fined £800 for blocking ambulance bay', 'A delivery driver who left his van in an ambulance bay at Kingsmead Hospital has been fined £800, magistrates said on Tuesday.'];
  assert.deepEqual(main(para(...top, 'He had been warned twice by security staff.', 'A hospital spokesman said the £1,100 fine showed the bay was not a car park.')), ['£1,100']);
  assertQuiet(main, [
    // A verb of movement names no set: "cut £800" … "the £1,100 cut" may be another cut.
    para('Council cuts £800 from hall grant', 'Kingsmead council has cut £800 from the village hall grant, its cabinet agreed on Tuesday.', 'The hall committee said it would appeal.', 'A spokesman said the £1,100 cut to the library grant was separate.'),
    // The later noun is another thing than the verb names.
    para(...top, 'He had been warned twice by security staff.', 'A hospital spokesman said the £1,100 repair to the barrier was not his fault.'),
  ]);
});

test('injuring and wounding name the injured, as killing names the dead', () => {
  const s = 'The quake killed at least 40 people, injuring 1,250, the ministry said.';
  assert.equal(mentionIn(s, '1,250').measure, 'injured');
  // Read only right before the figure: the 40 are still the dead.
  assert.equal(mentionIn(s, '40').measure, 'deaths');
  assert.equal(mentionIn('Gunmen opened fire on the market on Friday, wounding 90.', '90').measure, 'injured');
  const text = para('Quake hits Tarsin province', 'A strong earthquake struck Tarsin province before dawn on Monday, killing at least 40 people and injuring 1,250, the ministry said.', 'Rescue teams reached the worst-hit villages by noon.', 'Of the 1,310 people hurt, about 200 were in a serious condition.');
  assert.deepEqual(main(text), ['1,310']);
  // A later update of the injured (a running total) keeps it quiet: it may be what the definite figure points back to.
  assertQuiet(main, [para('Quake hits Tarsin province', 'A strong earthquake struck Tarsin province before dawn on Monday, killing at least 40 people and injuring 1,250, the ministry said.', 'By Monday evening the number injured had risen to 1,310.', 'Of the 1,310 people hurt, about 200 were in a serious condition.')]);
});

test('a level reached by another subject moves another set: the back-reference to the headline\'s set is still read', () => {
  const top = ['Greens win Harfield council with 31 seats', 'The Green Party won control of Harfield council on Friday, taking 31 seats in Thursday\'s election.'];
  // The Liberal Democrats' seats fell: not the Greens' set.
  assert.deepEqual(main(para(...top, 'The Liberal Democrats, who ran the council for a decade, fell to 12 seats.', 'Green leader Asha Patel said the party\'s 29 seats gave it a clear majority.')), ['29']);
  // The same subject's set moving (a recount), or a move naming no one, still keeps it quiet.
  assertQuiet(main, [
    para(...top, 'After a recount the Green Party rose to 33 seats.', 'Green leader Asha Patel said the party\'s 29 seats gave it a clear majority.'),
    para(...top, 'By Saturday evening the total rose to 33 seats after recounts.', 'Green leader Asha Patel said the party\'s 29 seats gave it a clear majority.'),
  ]);
});

test('a superlative in a definite figure\'s predicate does not set it apart ("the 412 homes destroyed made it the most destructive")', () => {
  const top = ['Wildfire destroys 390 homes in Carrow valley', 'A wildfire that swept through the Carrow valley has destroyed 390 homes, fire officials said on Sunday.'];
  assert.deepEqual(main(para(...top, 'Calmer winds helped crews on Sunday night.', 'Officials said the 412 homes destroyed made the blaze the most destructive in the valley\'s history.')), ['412']);
  // Before the figure a superlative still sets it apart (the extreme of a set), and a comparison after it is untouched.
  assertQuiet(main, [para(...top, 'Calmer winds helped crews on Sunday night.', 'The most damaged street lost 41 homes, and officials said the 412 homes destroyed across the county since 2019 were more than any other.')]);
});

test('a top-line figure naming nothing after it quantifies its subject ("The bypass will cost £38m" / "the £42m bypass")', () => {
  const top = ['Ashdown bypass will cost £38m, council says', 'The Ashdown bypass will cost £38m, the county council said on Wednesday, after a review of the route.'];
  assert.deepEqual(main(para(...top, 'Work is due to start next spring.', 'Residents said the £42m bypass would cut lorry traffic through the village.')), ['£42m']);
  assertQuiet(main, [
    // The later figure names another thing than the subject.
    para(...top, 'Work is due to start next spring.', 'Residents said the £42m budget for road repairs was a separate matter.'),
    // A top-line figure that names what it buys after it ("on road repairs") quantifies that, not the subject before it.
    para('Ashdown bypass council to spend £38m on repairs', 'The Ashdown bypass council will spend £38m on road repairs, it said on Wednesday.', 'Work is due to start next spring.', 'Residents said the £42m bypass would cut lorry traffic.'),
  ]);
});
