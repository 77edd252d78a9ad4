// figure-consistency: what a figure measures and what sets it apart, read more closely (session 4, second
// round): head nouns, two-value measures, durations, rates per period, margins from either side, "a rate of",
// a headline's change one apart, possessive periods, side-by-side values, gaps. Each mechanism has a sentence
// it catches and one it must leave alone; all text here is our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { consistencyFlagged } from './figure-consistency-helpers.ts';

const flagged = (text: string, format: 'plaintext' | 'markdown' = 'plaintext') => consistencyFlagged(text, 'all', format);
/** A plain-text draft of these paragraphs flags exactly these figures. */
const assertFlags = (paragraphs: string[], expected: string[]) => assert.deepEqual(flagged(paragraphs.join('\n\n')), expected);

test('a singular modifier folds into its plural group: "the 9,000 job losses" against "shed 900 jobs"', () => {
  assertFlags([
    'Textile mill to shed 900 jobs as orders dry up',
    'Harland Textiles will shed 900 jobs at its Bradwell mill, the company said on Monday.',
    'The union said the 9,000 job losses would devastate the town.',
  ], ['9,000']);
});

test('a decimal one apart in its last digit is read despite binary rounding: a headline change against the body', () => {
  const text = 'Economy shrank 0.3% in second quarter\n\nThe economy shrank by 0.2% in the three months to June, official figures showed on Thursday.\n';
  assert.deepEqual(flagged(text), ['0.2%']);
  // A comparison in the body sets its figure against another on purpose.
  const compared = 'Jobless rate dips to 5.1%\n\nThe unemployment rate fell to 5.1% from 5.2% in March, the agency said.\n';
  assert.deepEqual(flagged(compared), []);
});

test("a count's head noun comes after its modifiers, and a measure with only two values, paragraphs apart, is one", () => {
  assertFlags([
    'Castleford have signed the Welsh forward Owain Pryce on a three-year contract.',
    'The 26-year-old, who has 22 caps, arrives from Bridgend after four seasons there.',
    'Pryce came through the academy and has won 24 international caps since his debut.',
  ], ['24']);
});

test('two values set side by side in one paragraph compare two things', () => {
  assertFlags([
    'Standing charges will change from April, the regulator said.',
    'For electricity the standing charge will be 51.2p a day. For gas the standing charge will be 29.6p a day.',
  ], []);
});

test('two stat lines are two players, not one measure stated twice', () => {
  assertFlags([
    'Rivera scored 31 points and added ten rebounds and seven assists.',
    'For the visitors, Okoye finished with 22 points and nine assists before fouling out.',
  ], []);
});

test('durations in words and adjectives meet as one measure through what lasted', () => {
  assertFlags([
    'Harbour bridge to close for six days',
    'The Harbour Bridge will close for six days in March while the deck is resurfaced, the council said.',
    'Traffic will be diverted through the town centre.',
    'The council said the seven-day closure had been timed to avoid the Easter holidays.',
  ], ['seven-day']);
});

test('a sum of two units is one duration: "four years and six months" is not a slip of "five years"', () => {
  assertFlags([
    'Accountant jailed for five years over pension theft',
    'A former accountant who stole from a pension fund has been jailed for five years.',
    'His accomplice, Dean Crowther, 51, was jailed for four years and six months in June.',
  ], []);
});

test('"a rate of" names what moves at that rate', () => {
  assertFlags([
    'Wages grew at an annual rate of 5.4%, the statistics office said on Tuesday.',
    'Prices are rising more slowly, at 3.1%.',
    '"Wages rising at 5.1% is welcome, but it will not last," said one economist.',
  ], ['5.1%']);
});

test('a margin from the loser\'s side is the same margin; a margin is never one of the counts', () => {
  assertFlags([
    'Okonjo wins Easthaven seat by 1,204 votes',
    'Labour\'s Grace Okonjo won the seat by 1,204 votes after a recount.',
    'Her rival, Peter Vane, conceded before dawn. "To lose by 1,500 votes after a campaign like ours is hard," he said.',
  ], ['1,500']);
  const count = 'Government wins welfare vote by 52\n\nThe Greens said their 53 members would keep voting against the bill.\n';
  assert.deepEqual(flagged(count), []);
});

test("a period owning a noun after the figure is that noun's, not the figure's", () => {
  assertFlags([
    'Ticket sales brought in £2.5m, the festival said.',
    'The organisers had a busy week.',
    'Its chairman said the £2.4m raised from tickets would fund next year\'s programme.',
  ], ['£2.4m']);
});

test('a rate per period meets a rate per the same period, never a level', () => {
  assertFlags([
    'The line carries about 40,000 commuters a day into the city.',
    'Engineers will work overnight.',
    '"The 4,000 daily commuters on this line deserve better," the councillor said.',
  ], ['4,000']);
  const level = 'The council builds about 540 homes a year.\n\nIts plan lists 5,400 homes on brownfield sites.\n';
  assert.deepEqual(flagged(level), []);
});

test('a gap from another value is no level: "30 percent below the average" is not the headline\'s 3%', () => {
  const text = 'Lakes lost 3% of their water this summer\n\nRainfall in spring was 30 percent below the long-term average, the survey found.\n';
  assert.deepEqual(flagged(text), []);
});
