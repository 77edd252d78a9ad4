// figure-consistency on varied sentences of our own (issue 14): synonym nouns across paragraphs, numbers
// in words against digits, decimals, money, headline against body, a quoted figure against narrative;
// and the traps that must stay quiet (running totals, other days, places and things, ranges, bounds,
// rounding, changes the other way or of another measure).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertCaught, assertQuiet, consistencyFlagged } from './figure-consistency-helpers.ts';
import { lintAllTiers, ofRule } from './helpers.ts';

const flagged = (text: string) => consistencyFlagged(text, 'all', text.startsWith('#') ? 'markdown' : 'plaintext');

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
  assertCaught(flagged, cases);
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
  assertQuiet(flagged, traps);
});

// A different value that is no slip of the digits: the same measure only when the counted noun, the
// period, the day and the place agree, neither clause sets the figure against another, and the two
// sentences tell the same story.
test('caught: a different value for the same measure, told the same way twice', () => {
  const cases: [string, string][] = [
    ['In Harlow, 71.3% of patients were seen within four hours at the walk-in centre.\nThe trust board met on Monday.\nIn Harlow, 64.9% of patients were seen within four hours at the walk-in centre, the trust said.', '64.9%'],
    ['The refinery processed 412,000 barrels of crude oil at its Teesside plant.\nUnions welcomed the news.\nThe refinery processed 386,000 barrels of crude oil at its Teesside plant, the operator said.', '386,000 barrels'],
  ];
  assertCaught(flagged, cases);
});

test('quiet: the same noun with another frame, a contrast, or a story that differs', () => {
  const traps = [
    // a comparison, a target, a part
    'In Harlow, 71.3% of patients were seen within four hours at the walk-in centre.\nIn Harlow, the target is that 95% of patients are seen within four hours at the walk-in centre.',
    'The refinery processed 412,000 barrels of crude oil at its Teesside plant.\nIncluding imports, the refinery processed 486,000 barrels of crude oil at its Teesside plant.',
    // another place, another period, another day
    'In Harlow, 71.3% of patients were seen within four hours at the walk-in centre.\nIn Basildon, 64.9% of patients were seen within four hours at the walk-in centre.',
    'The refinery processed 412,000 barrels of crude oil at its Teesside plant last year.\nThe refinery processed 386,000 barrels of crude oil at its Teesside plant.',
    'The refinery processed 412,000 barrels of crude oil on Monday.\nThe refinery processed 386,000 barrels of crude oil on Tuesday.',
    // the same noun, a different measure
    'The refinery processed 412,000 barrels of crude oil at its Teesside plant.\nTankers carried 386,000 barrels of diesel to ports in Norway.',
    // "people" counts anything
    'Some 31,000 people live in the town.\nOrganisers said 24,000 people came to the festival in the town.',
  ];
  assertQuiet(flagged, traps);
});

test('the suspect is the value stated less often as the same quantity; an unrelated approximate figure does not count', () => {
  // The lede's 3.4 million residents against the later 4.3 million residents; "about 4.3 million meals" is another measure.
  const text = 'The province is home to 3.4 million residents, the census says.\nThe charity served about 4.3 million meals with volunteers last winter.\nOf the 4.3 million residents of the province, most live near the coast.';
  assert.deepEqual(flagged(text), ['4.3 million'], text);
  const at = ofRule(lintAllTiers(text, 'plaintext'), 'figure-consistency')[0].start;
  assert.equal(at, text.lastIndexOf('4.3 million'));
});

test('a digit dropped is from the decimals: the whole part stays', () => {
  assert.deepEqual(flagged('The council tax rise is 4.99%, the council said.\nThe 4.9% rise was agreed on Monday.'), ['4.9%']);
  assert.deepEqual(flagged('Some 68.4% of pupils passed English.\nAttendance at the school was 84% over the year.'), []);
});

test('"this year" is the year the draft dates itself with, and no other', () => {
  const flaggedMd = (text: string) => consistencyFlagged(text, 'all', 'markdown');
  const dated = '---\ndate: 2026-05-02\n---\n\nThe port handled 48,215 containers in 2026, its owners said.\n\nA spokesman said the 48,125 containers handled this year were a record.\n';
  assert.deepEqual(flaggedMd(dated), ['48,125']);
  const dateline = 'Port sets record\nROTTERDAM, May 2, 2026 (Wire) – The port handled 48,215 containers in 2026, its owners said.\nA spokesman said the 48,125 containers handled this year were a record.';
  assert.deepEqual(flagged(dateline), ['48,125']);
  // another year, or no year to go by: apart
  assert.deepEqual(flaggedMd(dated.replace('in 2026', 'in 2025')), []);
  assert.deepEqual(flagged('The port handled 48,215 containers in 2026, its owners said.\nA spokesman said the 48,125 containers handled this year were a record.'), []);
});

test('"people" names a measure only with what they did: "people evacuated" / "people evacuated", not "people" / "people"', () => {
  assert.deepEqual(flagged('Police said 1,450 people were evacuated from the estate near the chemical works.\nThe fire service met on Monday.\nPolice said 1,250 people were evacuated from the estate near the chemical works, the council said.'), ['1,250']);
  assert.deepEqual(flagged('Police said 1,450 people were evacuated from the estate near the chemical works.\nThe fire service said 1,250 people were treated by paramedics near the chemical works.'), []);
});

// What a figure measures, read from the structure around it: a counted thing beside it, the noun of its
// "of" phrase, a verb it is "at", an owner, a place; a reference back to a set already named.
test('caught: the same measure named by its structure, in a headline, a quote or a reference back', () => {
  const cases: [string, string][] = [
    // a headline's counted thing against a body figure that refers back to it
    ['Police detain 31 after stadium clashes\nOfficers made the arrests after fans fought outside the ground on Saturday.\nAll 28 people arrested on Saturday will appear in court on Monday.', '28'],
    // in the body, a later figure that refers back ("Of the 57 people hurt")
    ['Nine people were killed and 52 injured on Friday when a coach left the road near Alston.\nThe driver was arrested.\nOf the 57 people hurt, 12 remain in hospital.', '57'],
    // a known counted thing with only these two values in the draft
    ['Turnout across the county was 44.2%, the returning officer said.\nThe count ended at dawn.\n"Forty-seven per cent of voters turning out for a county election is good," the agent said.', 'Forty-seven per cent'],
    // "peaked at" and "a peak of", at the same named place
    ['The river peaked at 6.1 metres at Ferrybridge on Tuesday night.\nResidents were moved to the school.\n"A peak of 5.8 metres at Ferrybridge is rare," the hydrologist said.', '5.8 metres'],
    // the same owner
    ['The new tariff applies to all 1,800 spaces in the council\'s nine car parks.\nTraders were not consulted.\n"Raising charges across the council\'s 1,600 spaces before Christmas is madness," their chair said.', '1,600'],
  ];
  assertCaught(flagged, cases);
});

test('quiet: parts, other events, roundings, other years and days, currencies, kinds of value', () => {
  const traps = [
    'Police detain 31 after stadium clashes\nOf those arrested, 14 were held in Leeds.',
    'Nine people were killed and 52 injured on Friday.\nThe operator said 41 of the injured had gone home.',
    'Turnout was 41.5%, the council said.\nThe party also won in Ashby last month. Turnout in that contest was 29.5%.',
    'Turnout in the ward was 58.4%.\nThe agent said turnout of 58% was a record for a by-election in winter.',
    'A magnitude 6.4 earthquake struck the valley before dawn on Tuesday.\nThe fault produced a magnitude 7.2 earthquake in 1987.',
    'Russian strikes damaged 12 power stations overnight, officials said.\nThe previous attack, on Monday, January 12, damaged seven power stations.',
    'Shares fell 4%, valuing the company at about 44 billion kronor.\nOperating profit was 4.4 billion kronor in the nine months.',
    'The river reached 6.1 metres at Ferrybridge, a record.\nThe average level at Ferrybridge is 5.8 metres in November.',
  ];
  assertQuiet(flagged, traps);
});

test('a value above a maximum of the same measure is wrong whatever place it has', () => {
  const text = 'The storm brought gusts of up to 87mph across the north coast.\nSchools were closed.\nIts 93mph gust at Wick was the strongest on the north coast.';
  assert.deepEqual(flagged(text), ['93mph']);
  // below the maximum, or another measure: quiet
  assert.deepEqual(flagged(text.replace('93mph', '81mph')), []);
  assert.deepEqual(flagged('The storm brought gusts of up to 87mph across the north coast.\nTraffic at Wick moved at 93mph on the bypass.'), []);
});

test('a movement is measured by what moved; a place in a subordinate clause is not the figure\'s', () => {
  const text = '# Brightwell Foods profit falls 12% as costs bite in Spain\n\nAnalysts were not surprised. "A 14% fall in profit in a quarter like this is no shock," one said.\n';
  assert.deepEqual(consistencyFlagged(text, 'all', 'markdown'), ['14%']);
  // the other way, or another thing that moved: quiet
  const rise = text.replace('A 14% fall in profit', 'A 14% rise in profit');
  assert.deepEqual(ofRule(lintAllTiers(rise, 'markdown'), 'figure-consistency'), []);
  const sales = text.replace('A 14% fall in profit', 'A 14% fall in sales');
  assert.deepEqual(ofRule(lintAllTiers(sales, 'markdown'), 'figure-consistency'), []);
});

test('quiet: an update of a running total, and ordinal periods', () => {
  assert.deepEqual(flagged('The death toll from the floods rose to 45, officials said.\nRescue teams searched the river banks.\nThe death toll now stands at 52, the regional governor said.'), []);
  assert.deepEqual(flagged('The hospital treated 140 patients in the first week of the outbreak.\nStaff were exhausted.\nThe hospital treated 190 patients in the second week of the outbreak.'), []);
});

test('quiet: each figure said of its own subject (names, an ordinal, parallel sentences about two groups)', () => {
  const traps = [
    'Labour candidate Jane Holt won 12,400 votes in the ward.\nThe count took six hours.\nThe Conservative candidate, Tom Reed, won 9,800 votes.',
    'Men earned £32,000 on average in the region.\nWomen earned £28,000 on average in the region.',
    'The first blast killed 12 people.\nHours later a second blast killed 9 people.',
    'Leeds recorded 120 cases of measles this year.\nBradford recorded 95 cases of measles this year.',
  ];
  assertQuiet(flagged, traps);
  // the same subject restated: still caught
  assert.deepEqual(flagged('The school has 1,200 pupils on its roll this term.\nParents protested.\nThe school has 1,350 pupils on its roll this term, its head said.'), ['1,350']);
});

test('quiet: the same noun with another verb done to it is another measure', () => {
  assert.deepEqual(flagged('The charity fed 3,000 families last winter in the city.\nThe charity housed 2,400 families last winter in the city.'), []);
  // a synonym of the verb is the same measure
  assert.deepEqual(flagged('Police arrested 47 people in raids across the city on Tuesday.\nThe court heard that officers detained 45 people in raids across the city on Tuesday.'), ['45']);
});

test('a number in words before a counted event ("Eight died") is read, and a slip of the digits is still one measure', () => {
  assert.deepEqual(flagged('Nine people were killed in the crash on Tuesday, police said.\nRoads were closed.\n"Eight died at the scene," the fire chief said on Tuesday.'), ['Eight']);
  // another day: quiet
  assert.deepEqual(flagged('Nine people were killed in the crash on Tuesday, police said.\nRoads were closed.\n"Eight died at the scene on Monday," the fire chief said.'), []);
});

test('an approximate figure against an exact value it cannot be, of the same measure', () => {
  // "about" fits within 15% either way; "almost" and "nearly" only a little under.
  assert.deepEqual(flagged('About 4,000 households were moved from the tower blocks on Friday.\nThe council said the 3,200 households moved from the tower blocks will not return before spring.'), ['3,200']);
  assert.deepEqual(flagged('Nearly 900 people were arrested at the protest camp, police said.\nLawyers said the 960 people arrested at the camp had been released.'), ['960']);
  // …and is quiet on one it can be, on two approximations, and on another place or period.
  const quiet = [
    'About 4,000 households were moved from the tower blocks on Friday.\nThe council said the 3,700 households moved from the tower blocks will not return before spring.',
    'Nearly 900 people were arrested at the protest camp, police said.\nLawyers said the 870 people arrested at the camp had been released.',
    'About 4,000 households were moved on Friday.\nRoughly 3,200 households were moved, the council said.',
    'About 4,000 households were moved from the tower blocks on Friday.\nLast March, the council moved 3,200 households from the tower blocks.',
  ];
  assertQuiet(flagged, quiet);
});

test('the dateline\'s place is the story\'s own: a figure placed there meets one with no place', () => {
  const story = (dateline: string) => `${dateline} – About 2,500 homes flooded when the river rose on Sunday, officials said.\nEngineers said the 1,900 homes flooded in Carrow district would be inspected first.`;
  assert.deepEqual(flagged(story('CARROW, March 8 (Agency)')), ['1,900']);
  // With another dateline, "in Carrow district" is a place of its own: a part, not a restatement.
  assert.deepEqual(flagged(story('DUNLEY, March 8 (Agency)')), []);
});

test('a plan set apart, and a period opening the sentence, keep figures apart', () => {
  // "would" before nothing already named: a plan, not the count; "will" states it.
  assert.deepEqual(flagged('The firm said 450 staff would lose their jobs.\nUnions said the 520 staff who lose their jobs had not been consulted.'), []);
  assert.deepEqual(flagged('The firm said 450 staff will lose their jobs.\nUnions said the 520 staff who lose their jobs had not been consulted.'), ['520']);
  // "Last May," scopes its whole sentence: another time than the story's.
  const storm = (opening: string) => `${opening} destroyed about 300 homes in the valley.\nOfficials said the 220 homes the storms destroyed in the valley would be rebuilt.`;
  assert.deepEqual(flagged(storm('Last May, storms')), []);
  assert.deepEqual(flagged(storm('Storms')), ['220']);
});

test('a winning margin is one measure however it is put: "won by", "a majority of", "a lead of"', () => {
  const seat = (later: string) => `Ana Moreira won the Eastfield seat by 4,210 votes on Thursday, the returning officer said.\nParty officials said ${later} was a vote of confidence in the council.`;
  assert.deepEqual(flagged(seat('a majority of almost 6,000')), ['6,000']);
  assert.deepEqual(flagged(seat('a majority of 3,860')), ['3,860']);
  // A margin that fits ("almost 4,300", "a majority of 4,000" rounded), and a share of a whole, are quiet.
  for (const later of ['a majority of almost 4,300', 'a majority of 4,000', 'the majority of 3,860 postal voters']) assert.deepEqual(flagged(seat(later)), [], later);
});

test('"annual" says what kind of figure it is (a yearly target), not another period', () => {
  assert.deepEqual(flagged('The charity set an annual target of 23,750 donors in its new plan.\nOrganisers admitted the target of 32,750 donors was ambitious.'), ['32,750']);
  // A past period on one side still parts them.
  assert.deepEqual(flagged('The charity set a target of 23,750 donors in its new plan.\nLast year it signed up 32,750 donors.'), []);
});

test('quiet: the dateline city\'s own part of a wider count, stated without referring back', () => {
  assert.deepEqual(flagged('CARROW, March 8 (Agency) – Turnout was 41% across the region, officials said.\nTurnout in Carrow was 38%, officials said.'), []);
});

test('caught: a level named by the subject of its verb, a set named right after a figure referring back, the story\'s own place', () => {
  const cases: [string, string][] = [
    // The subject of a verb that sets a level is what is measured; the later figure names its set right after it.
    ['Harbourline profit climbs to £318m as cargo recovers\nThe port operator said its annual profit rose 12% to £318m.\nThe chairman said the £381m profit was "earned the hard way".', '£381m'],
    ['# Velmark inflation falls to 2.6% in June\nVelmark\'s inflation fell to 2.9% in June, the statistics office said.', '2.9%'],
    // A figure referring back ("Of the 760 people held") meets one placed in the headline's country.
    ['# Hundreds held as strikes spread across Ostravia\nPolice in Ostravia arrested 670 people during two days of strikes.\nOf the 760 people held, 90 were released on Friday.', '760'],
    // "the N things" refers back to the set named before, whatever the noun.
    ['A gas leak at the plant has made 154 workers ill, the company said.\nOf the 185 workers who fell ill, most have returned.', '185'],
  ];
  assertCaught(flagged, cases);
});

test('caught: the same thing under another name, a whole before "included", an owned value restated', () => {
  const cases: [string, string][] = [
    ['The mill will close in March, putting 360 jobs at risk.\n"We will look after the 630 colleagues affected," the owner said.', '630'],
    ['She won the open by two shots and took prize money of £420,000.\nShe said the winner\'s cheque of £402,000 would pay for a new roof.', '£402,000'],
    ['Storm Orla killed five people and flooded 800 homes in the valley.\nThe six deaths were the first in the valley since 2015.', 'six'],
  ];
  assertCaught(flagged, cases);
});

test('quiet: 140 / 41 is no transposition, a whole of its parts, another year by "when" or an opening year, a predicate', () => {
  const traps = [
    // Significant digits that only look swapped once the zero is dropped.
    'The trust cancelled 140 planned operations.\nSome 96 staff are off sick, including 41 nurses at the trust.',
    // The size of the set a part is counted in is not the count restated.
    'She won 14 of the borough\'s 22 wards.\nHer rival carried 8 wards in the south.',
    // A clause opened by "when" takes the year named before it; so does a sentence opened by its year.
    'Storm Orla killed five people in the valley.\nThey are the first storm deaths there since 2015, when four people died.',
    'Storm Orla killed five people in the valley.\nIn 2015 a storm crossed the same valley, killing four people.',
    // What a sentence says of a figure after its verb is not the kind of value it is.
    'Turnout was 44.1% in the city.\nThe lowest turnout was 38.2% in the northern wards.',
    // "at the time" sets a figure in a time named before it.
    'Police arrested 420 people during the protests, the ministry said.\nIn 2019, a smaller wave of protests ended after a week. About 300 people were arrested at the time.',
    // A paragraph opened by its year is background set then, sentence after sentence.
    'Police arrested 420 people during the protests, the ministry said.\nIn 2019, a smaller wave of protests ended after a week. Some 300 people were arrested.',
  ];
  assertQuiet(flagged, traps);
});

test('caught: a number joined to its unit, a margin however put, a length said of the thing it measures', () => {
  const cases: [string, string][] = [
    ['# Okoro wins the Lakeside Open by four shots\nAda Okoro won the Lakeside Open by four shots on Sunday.\n"A three-stroke victory flatters me," she said.', 'three-stroke'],
    // "If the 210-metre tower …": a condition on a set already named leaves its size what it is.
    ['The new tower, approved on Monday, will be 240 metres tall.\nIf the 210-metre tower is built, it will be the tallest in the county.', '210-metre'],
  ];
  assertCaught(flagged, cases);
});

test('quiet: a unit adjective that is an age, a lead that may change, a length of something else', () => {
  const traps = [
    'The 29-year-old signed a five-year contract in June.\nHis brother, 31, is in the second year of his contract.',
    '# Okoro wins the Lakeside Open by four shots\nOkoro began the final round with a two-shot lead over Lena Varga.',
    'The new tower will be 240 metres tall.\nIts neighbour, a 210-metre spire, was finished in 2019.',
  ];
  assertQuiet(flagged, traps);
});

test('quiet: a shared name or a word of movement is no sign of one quantity; players each with their own', () => {
  const traps = [
    '# Mensah scores 37 as Port Vale City win\nCentre Ola Brandt had 16 points and 11 rebounds for Port Vale City, who won 73-70.',
    'The index fell 12.4 points, or 0.38%, to 5,112.\nShares in Corvan and Lisle fell 5.1% and 3.8%.',
    'Guard Kofi Mensah scored 37 points, including 10 in the final quarter.\nReserve guard Tom Aldous scored nine of his 73 points this season in the second half.',
  ];
  assertQuiet(flagged, traps);
});

test('quiet: two-digit counts swapped by chance (each naming its own noun, or one hypothetical)', () => {
  const traps = [
    'Bat droppings were found at 52 sites along the canal.\nThe society, founded in 1987, has 900 members and 25 staff.',
    '# Council backs 62 homes on old dairy site\nNeighbours said 26 homes would have been "bearable".',
  ];
  assertQuiet(flagged, traps);
});
