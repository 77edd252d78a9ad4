// figure-consistency on varied sentences of our own (issue 14): synonym nouns across paragraphs, numbers
// in words against digits, decimals, money, headline against body, a quoted figure against narrative;
// and the traps that must stay quiet (running totals, other days, places and things, ranges, bounds,
// rounding, changes the other way or of another measure).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText, ofRule } from './helpers.ts';

const flagged = (text: string) => ofRule(lintText(text, text.startsWith('#') ? 'markdown' : 'plaintext'), 'figure-consistency').map((f) => text.slice(f.start, f.end));

test('caught: the same quantity stated two ways, across synonyms, words and digits, quotes and headlines', () => {
  const cases: [string, string][] = [
    ['Floods kill 214 in the delta\nThe floods have killed 214 people, officials said.\nRelief workers said the 241 fatalities were mostly in villages.', '241'],
    ['Police said 1,360 people were arrested during the protests.\nOf the 1,630 detained, most were released on bail.', '1,630'],
    ['Twenty-three people died when the bus overturned.\nThe 32 deaths make it the worst crash this year.', '32'],
    ['One hundred and twelve people were injured in the blast.\nDoctors treated the 121 injured at three hospitals.', '121'],
    ['Inflation rose to 3.4% in May, the statistics office said.\nEconomists had not expected the 4.3% inflation rate.', '4.3%'],
    ['The council approved a £45m flood scheme on Monday.\nCritics said the £54m scheme came too late.', '£54m'],
    ['# Ferry fire: 36 passengers rescued\nCoastguards rescued 63 passengers from the burning ferry overnight.', '63'],
    ['Turnout was 61.4%, the returning officer said.\n"A turnout of 64.1% shows people care," the winner said.', '64.1%'],
    ['At least 340 people have been admitted to hospital.\nThe agency said admissions had reached 304 since March.', '304'],
    ['Margins, which exclude fuel, fell 2.7% in the quarter.\nAnalysts said margins down 7.2% was a surprise.', '7.2%'],
    ['The board employs roughly 5,200 porters.\nIt said the 2,500 porters were not enough.', '2,500'],
    ['Band D bills will rise by 3.99% under the plan.\nThe 3.9% rise is the most allowed.', '3.9%'],
  ];
  for (const [text, expected] of cases) assert.deepEqual(flagged(text), [expected], text);
});

test('quiet: running totals, other days, places, things and periods, bounds, ranges, rounding, changes', () => {
  const traps = [
    'Floods kill 214 in the delta\nAnother 24 people died overnight, taking the toll to 214.\nOf the 241 rescued, most were children.',
    'Police made 136 arrests on Saturday. On Sunday officers made 163 arrests.',
    'The toll rose by 42 on Tuesday.\nThe toll now stands at 24 in the northern province.',
    'About 7,000 people were killed, officials estimate.\nThe confirmed toll is 6,941 deaths.',
    'Unemployment was 4.3% in March.\nIt was 3.4% a year earlier.',
    'Sales rose 3.4% in the north.\nSales fell 4.3% in Scotland.',
    'Profit rose 3.4% in the first half.\nRevenue rose 4.3% in the period.',
    'Sales fell 4.3% in the quarter.\nMargins fell 3.4% over the same period.',
    'The fund rose 18% last year.\nIt rose 1.8% in the first week of this year.',
    'The scheme costs £45m this year.\nLast year it cost £54m.',
    'More than 500 people attended.\nOrganisers counted 512 people at the gates.',
    'At least 1,200 homes were flooded.\nThe council said 2,100 homes were flooded.',
    'Between 20 and 30 people were hurt.\nPolice said 23 people were hurt.',
    'Turnout was 58.2%.\nTurnout was 58% according to the first count.',
    'Some 36 men were detained in Leeds.\nIn Bradford, 63 men were detained.',
    'The firm employs 4,600 people in Wales.\nIts English sites employ about 6,400 people.',
    'The firm employs 6,300 people.\nIt plans to employ about 6,400 people next year.',
    'Two hundred people marched.\nTwenty people were arrested.',
    'The budget is £1.24bn.\nThe £1.2bn budget includes reserves.',
    'The rate is 4.99%.\nThe rate of 5% is the highest allowed.',
    'He scored 27 goals last season.\nHe has 72 career goals.',
    'The region fell 4,000 homes short of its target.\nA shortfall of 40,000 homes over a decade is a crisis.',
  ];
  for (const text of traps) assert.deepEqual(flagged(text), [], text);
});
