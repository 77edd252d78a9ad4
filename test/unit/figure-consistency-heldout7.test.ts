// figure-consistency, session 5, round on held-out-7: two short counts a slip of each other's digits, each followed by
// the plural it counts, and not the same one, are two things (the main tier's three false positives there; traps of
// the kind in ten tuning sets). Sentences of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flaggedAll as all, flaggedMain as main } from './figure-consistency-helpers.ts';

test('patients waiting and hospitals with outbreaks are two counts, however the digits look', () => {
  const text = [
    'Outbreak shuts wards at Fenmoor General',
    '',
    "The closure has added to pressure on the hospital's busiest unit, where 63 patients were queueing for a bed on Tuesday.",
    '',
    'Across the region, outbreaks have been logged at 36 hospitals in the north alone.',
  ].join('\n');
  assert.deepEqual(main(text), []);
  assert.deepEqual(all(text), []);
});

test('seats in a house and the parties that won them are two counts a zero apart', () => {
  const text = [
    'Four parties open coalition talks',
    '',
    'The four parties would hold 91 of the 170 seats in the lower house, five more than the 86 needed for a majority.',
    '',
    'The mediator will meet the leaders of all 17 parties that won seats before the talks narrow.',
  ].join('\n');
  assert.deepEqual(main(text), []);
});

test('a unit adjective counts its unit: a 16-point haul is not 160 appearances', () => {
  const text = [
    'Ferris kicks Dunmore to victory',
    '',
    'Ferris kicked 16 points on Saturday.',
    '',
    "Ferris's 16-point haul took him past 300 for the club. His uncle, also called Owen Ferris, played 160 times for Dunmore in the 1980s.",
  ].join('\n');
  assert.deepEqual(main(text), []);
  assert.deepEqual(all(text), []);
});

test('counter-cases: the same count with a modifier, or as "people", is still compared', () => {
  // "36 hospital patients" counts patients too: "hospital" right after it is no plural, and "patients" is among its first nouns.
  const modifier = [
    'Outbreak shuts wards at Fenmoor General',
    '',
    "The closure has added to pressure on the hospital's busiest unit, where 63 patients were queueing for a bed.",
    '',
    'By the evening the 36 hospital patients queueing had been found beds.',
  ].join('\n');
  assert.deepEqual(main(modifier), ['36']);
  // "people" counts anyone: it never parts two counts.
  assert.deepEqual(main(modifier.replace('36 hospital patients', '36 people')), ['36']);
  // Synonyms fold: houses are homes.
  const homes = 'Flood leaves 63 houses under water in Ashmere\n\nThe river rose overnight and flooded 36 homes in Ashmere, the council said.';
  assert.deepEqual(main(homes), ['36']);
  // Transposed digits in three or more digits are compared whatever follows them (a slip, not chance).
  const toll = 'Quake toll rises to 1,462 deaths\n\nRescuers said on Friday that 1,426 people had now died in the quake.';
  assert.deepEqual(main(toll), ['1,426']);
});
