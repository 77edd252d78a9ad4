// unattributed-figure, session 5, round 2: desk-6's mistakes, only causes also seen in another
// independently written set or following from the conventions. One test per mechanism, in our
// own sentences, each beside its counter-case.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureFindings } from './helpers.ts';

/** Every finding (hints too), as "figure kind". */
const found = (text: string) => figureFindings(text).map((f) => `${text.slice(f.start, f.end)} ${f.detail?.kind}`);
/** What squiggles (hints left out). */
const main = (text: string) => figureFindings(text).filter((f) => f.severity !== 'hint').map((f) => text.slice(f.start, f.end));

test('an unfilled placeholder governs its own clause, not a figure in a later clause with its own subject or past a comma after it', () => {
  // Its own clause: the figure before it, and an opening "According to TK," over the whole sentence.
  assert.deepEqual(found('Rents in the valley rose 12 per cent last year, according to [source].'), ['12 per cent placeholder']);
  assert.deepEqual(found('According to TK, 40 per cent of the wells have run dry and 9 per cent are polluted.'), ['40 per cent placeholder', '9 per cent placeholder']);
  // The other end of the same change is the same claim.
  assert.deepEqual(found('The backlog of planning appeals rose to 4,100 [source TK], up from 2,300 a year earlier.'), ['4,100 placeholder', '2,300 placeholder']);
  // A later clause with its own subject is not the placeholder's: the sum set aside is the council's act.
  assert.deepEqual(found('Rents in the valley rose 12 per cent last year, according to [source], and the regional council has set aside £3m for affordable housing.'), ['12 per cent placeholder']);
  // Past a comma after it, a reference figure is judged on its own (here a lower-confidence query), and the
  // placeholder attributes nothing: with a real source it would be attributed.
  assert.deepEqual(found('The toddler vaccination rate has dropped to 81 percent, according to TK, far short of the 92 percent target.'), ['81 percent placeholder', '92 percent claim']);
  assert.deepEqual(main('The toddler vaccination rate has dropped to 81 percent, according to TK, far short of the 92 percent target.'), ['81 percent']);
  assert.deepEqual(found('The toddler vaccination rate has dropped to 81 percent, according to the state health office, far short of the 92 percent target.'), []);
});

test('the terms of a motion or an amendment put to a vote are on the record, whatever its fate', () => {
  assert.deepEqual(found('An amendment from the Green group to scrap the rise and borrow £400,000 instead was defeated by 22 votes to 19.'), []);
  assert.deepEqual(found('Cllr Pike tabled an amendment to keep the library open by delaying a £2m upgrade of the market hall.'), []);
  // No motion: the same sum is a money claim.
  assert.deepEqual(found('The Green group wants to scrap the rise and borrow £400,000 instead.'), ['£400,000 money']);
  // A casualty count in a motion's sentence still needs its source.
  assert.deepEqual(main('A motion of condolence for the 14 people killed in the fire was carried.'), ['14']);
});

test('a clause opening on what a decided thing\u2019s parts include lists the decision\u2019s terms, every item of it', () => {
  assert.deepEqual(found('Councillors approved the budget on Monday. Other budget measures include £90,000 for street lighting, a new £2.4m depot for the bin lorries and the sale of the old library in Quay Street, saving £70,000.'), []);
  // Not a decided thing: "measures of deprivation" are statistics.
  assert.deepEqual(found('Other measures of deprivation include £12,000 in average household debt.'), ['£12,000 money']);
});

test('casualty counts in words: to ninety-nine, with "died", "treated for" and "airlifted"; a bare toll takes the next sentence\u2019s source', () => {
  assert.deepEqual(main('Forty-two people died when the bridge collapsed on Monday.'), ['Forty-two people']);
  assert.deepEqual(main('Two miners have been treated for smoke inhalation, and one passenger was airlifted to hospital.'), ['Two miners', 'one passenger']);
  assert.deepEqual(main('Eleven climbers have died on the peak this season.'), ['Eleven climbers']);
  // Not a casualty: a crowd treated to a show, a count of people who did something else.
  assert.deepEqual(main('Forty residents were treated to a fireworks display.'), []);
  // (After a first paragraph: a story's first sentence is a wire lead, sourced by the next one anyway.)
  const lead = 'Rescue teams worked through the night.\n\n';
  // A toll that is its paragraph's topic sentence, detailed by a sourced sentence after it, takes that source.
  assert.deepEqual(main(lead + 'Three residents have died. The county coroner\u2019s office said on Monday that a woman was found near the trailhead.'), []);
  // With more to say (a place, a cause), or a paragraph of its own, the toll is the reporter's: flagged.
  assert.deepEqual(main(lead + 'Two miners have died in the collapse. The union said the shaft had been inspected in March.'), ['Two miners']);
  assert.deepEqual(main(lead + 'Four residents have died.\n\nThe council said it would review the fire plan.'), ['Four residents']);
  // The next sentence must name a source: a bare toll before unsourced narration stays flagged.
  assert.deepEqual(main(lead + 'Three residents have died. A woman was found near the trailhead.'), ['Three residents']);
});

test('people counted before "say" are a survey result with a time adverb between ("almost double the number of voters now say")', () => {
  assert.deepEqual(found('Turnout has slipped, and nearly twice the number of residents now say they would not vote.'), ['nearly twice survey']);
  // A cue of its own elsewhere in the sentence still sources it.
  assert.deepEqual(found('Nearly twice the number of residents now say they would not vote, according to the council\u2019s survey.'), []);
  // A verb between the figure and "say" keeps the earlier reading (people not counted as saying).
  assert.deepEqual(found('Nearly twice the number of residents who voted say they would do so again, the council said.'), []);
});

test('a short service number to call is a phone number; a count after "called" is not', () => {
  assert.deepEqual(found('Residents can check the website or call 211.'), []);
  assert.deepEqual(found('Call 999 in an emergency and use 111 online for anything urgent.'), []);
  assert.deepEqual(found('The agency called 300 people and used 400 volunteers.'), ['300 claim', '400 claim']);
});

test('a party asking for "a rise of N per cent" states its own demand', () => {
  assert.deepEqual(found('The nurses\u2019 union is asking for a rise of 12 per cent over three years.'), []);
  assert.deepEqual(found('Prices are rising at a rate of 12 per cent.'), ['12 per cent claim']);
});
