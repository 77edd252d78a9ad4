// figure-consistency, session 8: default-tier recall from reading structure (back-reference.ts). Sentences of our own.
// Each "caught" case fails on the rule as this round began (1b56f1a: lower tier only, or not paired at all); the
// counter-cases hold on both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertQuiet, flaggedAll as all, flaggedMain as main, para } from './figure-consistency-helpers.ts';
import { figureMentions } from '../../server/src/rules/figure-consistency/extract.ts';
import { lintText, ofRule } from './helpers.ts';

const headline = 'Gas blast kills 14 in Marlow Street';
const lede = 'An explosion at a block of flats in Marlow Street killed 14 people on Thursday night, the fire service said.';

test('a definite back-reference to the set the headline or lede stated, with another value, is reported by default', () => {
  const text = para(headline, lede, 'Crews worked through the night to reach the upper floors.', 'Police said the 13 people killed had all lived on the upper floors.');
  assert.deepEqual(main(text), ['13']);
  // The same noun named after the figure, not a known counted thing: "the £3.4m grant" points back to the lede's grant.
  const grant = para('Museum wins £3.2m grant', 'The Harbour Museum has won a £3.2m grant to rebuild its east wing, the trustees said on Tuesday.', 'Building work is due to start in spring.', 'The director said the £3.4m grant would also pay for a new learning centre.');
  assert.deepEqual(main(grant), ['£3.4m']);
  // Its detail names the reading.
  const finding = ofRule(lintText(text), 'figure-consistency')[0];
  assert.ok(finding.detail?.notes?.includes('back-reference'));
});

test('a back-reference keeps quiet when its own value was stated before it, or the measure moves, or it is set apart', () => {
  assertQuiet(main, [
    // A running total: the toll rose, and "the 16 people killed" points back to the update.
    para(headline, lede, 'On Friday the toll rose to 16 after two people died in hospital.', 'A vigil for the 16 people killed will be held on Sunday.'),
    // Its own antecedent of the same value and thing, without a move ("Sixteen people died across the county").
    para(headline, lede, 'Across the county 16 people were killed in gas explosions last winter.', 'Officials said the 16 people killed had all lived in older flats.'),
    // Another place: a part of the set, not the set.
    para(headline, lede, 'Neighbours in Kell Road were also evacuated.', 'Police named four of the 14 people killed in Marlow Street, and said the 11 people killed in Kell Road would be named later.'),
    // Another period.
    para(headline, lede, 'The fire service said it was the worst such blast in the city.', 'In 2019 the 12 people killed in a similar blast in Dock Lane had also been asleep.'),
  ]);
});

test('a back-reference the buckets never paired: the lede names the thing in its own words ("the 96km stage")', () => {
  const text = para('Rider wins mountain stage', 'Lena Maurer won the Alpine tour\'s sixth stage on Saturday, attacking on the final climb of a 96km route over three passes.', 'She finished 40 seconds clear of the field.', 'Maurer said the 104-kilometre route had suited her.');
  assert.deepEqual(main(text), ['104-kilometre']);
  // Counter-case: two values of the kind in the top naming that thing leave the reference open.
  const open = para('Rider wins mountain stage', 'Lena Maurer won the Alpine tour\'s sixth stage on Saturday, a 96km route, a day after a 120km route through the valleys.', 'She finished 40 seconds clear of the field.', 'Maurer said the 104-kilometre route had suited her.');
  assert.deepEqual(main(open), []);
  // …and the thing must be one of the nouns the lede's figure counts, not any word near it: a margin "despite a
  // rebellion" counts no rebels (the two fold alike).
  assert.deepEqual(main(para('Housing bill passes by 64 despite Green rebellion', 'The housing bill passed by 64 votes on Tuesday night.', 'Ministers had offered concessions on rents.', 'Of the 52 rebels, most sit for city seats.')), []);
});

test('units are one unit however written (187km / 187 kilometres / a 187-kilometre)', () => {
  const kinds = (s: string) => figureMentions(s, false).map((f) => f.kind);
  assert.deepEqual(kinds('The route is 187km long.'), ['kilometre']);
  assert.deepEqual(kinds('It was a 187-kilometre route.'), ['kilometre']);
  assert.deepEqual(kinds('The wall is 40ft high and 40 feet wide.'), ['foot', 'foot']);
  // A metric tonne and a ton are two units.
  assert.notDeepEqual(kinds('It weighs 12 tonnes.'), kinds('It weighs 12 tons.'));
});

test('a body figure restating the top line (stated in the headline and the lede) with another value is reported by default', () => {
  const top = ['Six libraries to close in Brackwell', 'Brackwell council will close six libraries to save money, its cabinet agreed on Monday.', 'The council said mobile services would visit the villages affected.'];
  const text = para(...top, '"Losing seven libraries is a blow for a town this size," said Dilys Hart, who runs a reading group.');
  assert.deepEqual(main(text), ['seven']);
  // Counter-cases: the top line stated once only (the headline has no figure) is no top line; another
  // period is another count; so is a figure whose value was stated before it for the same thing (a later update).
  const once = para('Libraries to close in Brackwell', ...top.slice(1), '"Losing seven libraries is a blow for a town this size," said Dilys Hart, who runs a reading group.');
  assert.deepEqual(main(once), []);
  // The top line's reading is what promotes it: every tier already paired the two.
  assert.deepEqual(all(text), ['seven']);
  assertQuiet(main, [
    para(...top, 'It closed seven libraries in 2019.'),
    para(...top, 'On Friday the number of libraries to close rose to seven when Holt was added.', '"Losing seven libraries is a blow for a town this size," said Dilys Hart.'),
  ]);
});

test('close synonyms of what is counted: a truce is the ceasefire, seats are MPs, services are trains', () => {
  const text = para('Rebels agree 30-day ceasefire', 'Rebel commanders in the north agreed a 30-day ceasefire with the army on Sunday, mediators said.', 'Aid convoys are expected to move on Tuesday.', 'Diplomats hope the 21-day truce can be extended into formal talks.');
  assert.deepEqual(main(text), ['21-day']);
  // Counter-case: a truce of another place is another truce.
  assertQuiet(all, [para('Rebels agree 30-day ceasefire', 'Rebel commanders in the north agreed a 30-day ceasefire with the army on Sunday, mediators said.', 'Aid convoys are expected to move on Tuesday.', 'A 21-day truce agreed in Kasai last year collapsed within a week.')]);
});
