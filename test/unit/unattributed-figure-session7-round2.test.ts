// unattributed-figure, desk mode: session 7, round 2 (rule doc, "Session 7, round 2"). The tense reader
// reads a simple present with no auxiliary ("struggles", "employs") by where the word stands, so the
// reporter's own present after a source that spoke in the past is no longer covered by it; and a reporting
// verb's own form gives the source's tense. Our own sentences, each beside the case that goes the other way.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figuresFlagged } from './helpers.ts';
import { simplePresentVerbs, tenseOf } from '../../server/src/rules/unattributed-figure/tense.ts';
import { cueVerbTense } from '../../server/src/rules/unattributed-figure/desk.ts';

test('tense: a third-person "-s" verb after a subject is the simple present; a plural noun is not', () => {
  assert.equal(tenseOf('One in four tenants already struggles to pay the rent.'), 'present');
  assert.equal(tenseOf('The brewery employs about 900 people.'), 'present');
  assert.equal(tenseOf('It faces a repair bill of £3m.'), 'present');
  assert.deepEqual(simplePresentVerbs('The mill typically runs two shifts.'), ['runs']);
  // Plural nouns after a determiner, a number, an adjective, a verb or a preposition are not verbs.
  assert.deepEqual(simplePresentVerbs('The figures show 1,200 job cuts.'), []);
  assert.deepEqual(simplePresentVerbs('The bank is raising rates 10 times in two years.'), []);
  assert.deepEqual(simplePresentVerbs('The minister told reporters the scheme would cost £2m.'), []);
  assert.deepEqual(simplePresentVerbs('Retired residents pay weekly charges over the winter.'), []);
  // A name before a score, and a list's label after a colon, are not a subject and its verb.
  assert.deepEqual(simplePresentVerbs('Kelham Rovers 2 Ashby Town 0'), []);
  assert.deepEqual(simplePresentVerbs('Year at a glance: net sales $3.1bn, up 4%'), []);
  // A past verb with no present stays past; both make no single tense.
  assert.equal(tenseOf('Rents rose 4% last year.'), 'past');
  assert.equal(tenseOf('Rents rose 4% last year, and the trust faces a £9m gap.'), undefined);
});

test('a plain present after a source that spoke in the past is the reporter’s own statement', () => {
  const before = 'About 300,000 tenants already get help with their rent, the housing agency said.\n\n';
  assert.deepEqual(figuresFlagged(`${before}One in four tenants already struggles to pay the rent.`), ['One in four']);
  // In the source's backshifted tense the statistic is still its.
  assert.deepEqual(figuresFlagged(`${before}One in four tenants already struggled to pay the rent, it added.`), []);
});

test('a source’s tense is its reporting verb’s, whatever tense its quotation is in', () => {
  const before =
    'The increase means a typical household will pay £1,950 a year, the council said.\n\nThe leader said the council had faced a £12m gap in its home care and housing budgets.\n\n' +
    '"Nobody stands here wanting to raise the levy," she told the chamber. "But demand for home care has grown by 8 per cent in a year."\n\n';
  // "stands" in the quotation does not make "she told" present: the reporter's present after it is the reporter's.
  assert.ok(figuresFlagged(`${before}Home care now accounts for 41 per cent of the council's spending.`).includes('41 per cent'));
  // Backshifted after the same source, the statistic is carried.
  assert.ok(!figuresFlagged(`${before}Home care accounted for 41 per cent of the council's spending, she said.`).includes('41 per cent'));
});

test('a reporting verb’s own form: "told" is past, "advises" present, a noun after a determiner neither', () => {
  const at = (text: string, cue: string) => cueVerbTense(text, text.indexOf(cue), cue);
  assert.equal(at('"Nobody stands here wanting this," she told the chamber.', 'told'), 'past');
  assert.equal(at('Guidance issued in May already advises schools to close early.', 'advises'), 'present');
  assert.equal(at('The figure is below the latest estimates.', 'estimates'), undefined);
  assert.equal(at('Its findings were clear.', 'findings'), undefined);
});

test('an earlier event’s figure in a phrase with no tense takes the phrase’s date, or the date of the past clause it hangs on', () => {
  // Dated in its own gerund phrase ("between 2019 and 2020": the later year), before the story's year.
  assert.deepEqual(figuresFlagged('The lender began lowering its charges in March after lifting them 8 times between 2019 and 2020.'), []);
  // Hung on a clause in the past dated "last year" or a past year.
  assert.deepEqual(figuresFlagged('The brewer closed three depots in Wales last year, shedding about 350 jobs.'), []);
  assert.deepEqual(figuresFlagged('The floods in 2019 swept through the town, killing 14 people.'), []);
  // The current event's toll and cuts stay claims: no date before the story's (a participle's toll is a hint, as before).
  assert.deepEqual(figuresFlagged('The brewer closed three depots in Wales on Monday, shedding about 350 jobs.'), ['350']);
  assert.ok(figuresFlagged('The floods swept through the town on Sunday, killing at least 14 people.').includes('14'));
  // A change to a level now is a statistic, whatever year it starts from.
  assert.deepEqual(figuresFlagged('Migration has slowed, cutting arrivals from 9,000 a month in 2021 to about 2,000 now.'), ['9,000', '2,000']);
});
