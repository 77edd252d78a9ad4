// unattributed-figure in desk mode (the default): one test per convention of issue 10, in our own
// sentences, each with the case a desk still queries beside the case it leaves alone.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDraft } from '../../server/src/engine/document.ts';
import { clearCaches } from '../../server/src/engine/cache.ts';
import { defaultSettings, applyLayer } from '../../server/src/host/settings.ts';
import type { Format } from '../../server/src/engine/types.ts';
import { explainFigures } from '../../server/src/rules/unattributed-figure.ts';
import { lintText, ofRule } from './helpers.ts';

const RULE = 'unattributed-figure';
// Both tiers: lower-confidence queries are off by default, and these tests read the rule's whole judgement.
// The hand rule's behaviour, so the hand judge by name (the product default is the lexical judge).
const BOTH_TIERS = { otherClaims: 'hint', judge: 'rules' };
const found = (text: string, format: Format = 'plaintext', options?: Record<string, unknown>) =>
  ofRule(lintText(text, format, { rules: { [RULE]: { ...BOTH_TIERS, ...options } } }), RULE);
const flagged = (text: string, format: Format = 'plaintext', options?: Record<string, unknown>) =>
  found(text, format, options).map((f) => text.slice(f.start, f.end));
const explain = (text: string, format: Format = 'plaintext', options?: Record<string, unknown>) => {
  const settings = applyLayer(defaultSettings(), { rules: { [RULE]: { ...BOTH_TIERS, ...options } } }, 'test', []);
  return Object.fromEntries(explainFigures(parseDraft(text, format), settings.rules[RULE].options, new Date().getFullYear()).map((e) => [text.slice(e.start, e.end), e.reason]));
};

test('carried: "It also said" and "The agency" go on with the source named before, across paragraphs', () => {
  const text =
    'The coastguard said 14 boats had been recovered by noon.\n\nOf those on board, 220 were brought ashore at Wick.\n\nThe agency took 31 of them to hospital.\n';
  assert.deepEqual(flagged(text, 'markdown'), []);
  assert.equal(explain(text, 'markdown')['220'], 'attribution carried from line 1: ‘said’');
  assert.equal(explain(text, 'markdown')['31'], 'attribution carried from line 1: ‘said’');
});

test('carried: a list after "the review found:" is governed by it', () => {
  const text = 'The review found:\n\n- 41% of bridges needed repair\n- 1,200 culverts were blocked\n';
  assert.deepEqual(flagged(text, 'markdown'), []);
  assert.deepEqual(flagged('Inspectors were busy.\n\n- 41% of bridges needed repair\n', 'markdown'), ['41%']);
});

test('carried: a data source covers the statistics that follow on its subject, not a new subject', () => {
  const text =
    'Rents rose 6.1% in the year to March, figures from the housing regulator showed. Rents in the north rose 4.2% over the same period.\n\nThe region has lost 3,000 social homes since the scheme began.\n';
  assert.deepEqual(flagged(text, 'markdown'), ['3,000']);
});

test('carried: the story moving on ends it', () => {
  const text = 'The inspectors said 40 schools were affected. Over 2,000 teachers have left the profession.';
  assert.deepEqual(flagged(text), ['2,000']);
});

test('a cue governs its own clause, not another one in a long sentence', () => {
  assert.deepEqual(flagged('The army said it had flown in 300 tents, while the clinic in Rasa was treating 45 of the injured.'), ['45']);
  assert.deepEqual(flagged('Some 8,000 people have fled the valley, and aid agencies warned that food would run short.'), ['8,000']);
  assert.deepEqual(flagged('About 8,000 people have fled the valley, the UN refugee agency said.'), []);
});

test('words that are not reporting here do not attribute', () => {
  assert.deepEqual(flagged('Some 12 confirmed dead were taken to the morgue in Tarn.'), ['12']);
  assert.deepEqual(flagged('He was jailed over an alleged £3m fraud.'), ['£3m']);
  assert.deepEqual(flagged('The plant is expected to employ 900 people.'), ['900']);
  assert.deepEqual(flagged('An estimated 4,000 homes were flooded.'), ['4,000']);
});

test('event facts: what a court, council, parliament or company did on the record', () => {
  assert.deepEqual(flagged('Marsh was sentenced to six years and fined £40,000.'), []);
  assert.deepEqual(flagged('She pleaded guilty to taking $1.3m from the charity.'), []);
  assert.deepEqual(flagged('The assembly approved a £2.4bn budget for next year.'), []);
  assert.deepEqual(flagged('The bill passed 61-39 after a late amendment.'), []);
  // A casualty count is never an event fact.
  assert.deepEqual(flagged('The council approved the plan after 14 people died in the fire.'), ['14']);
});

test('market data in business copy: prices, moves, index levels', () => {
  assert.deepEqual(flagged('Brent crude settled 52 cents lower at $78.40 a barrel, and the pound rose 0.3% against the dollar.'), []);
  assert.deepEqual(flagged('Shares in Arlo fell 7% after the profit warning.'), []);
  // An economic statistic is not market data.
  assert.deepEqual(flagged('Unemployment rose to 5.2% in the quarter.'), ['5.2%']);
});

test('sports statistics: scores, results, goals, season totals', () => {
  assert.deepEqual(flagged('Ferris scored 14 goals in 20 league games this season.'), []);
  assert.deepEqual(flagged('Rovers won 3-1, their eighth win in 11 matches.'), []);
  // The section setting (or front matter) makes a draft a match report without its vocabulary.
  assert.deepEqual(flagged('Kerr finished with 31 and Doyle with 27.', 'plaintext'), ['31', '27']);
  assert.deepEqual(flagged('Kerr finished with 31 and Doyle with 27.', 'plaintext', { sections: ['sport'] }), []);
  assert.deepEqual(flagged('---\nsection: sport\n---\n\nKerr finished with 31 and Doyle with 27.\n', 'markdown'), []);
});

test('background: a place’s size, a distance, a past result', () => {
  assert.deepEqual(flagged('In Dunmore, a town of about 6,000 people, the bridge was shut.'), []);
  assert.deepEqual(flagged('The port, which employs 2,300 people, stayed open.'), []);
  assert.deepEqual(flagged('The tremor was felt in the capital, 180 miles (290 km) to the west.'), []);
});

test('number forms that are not claims: conversions, designations, compound adjectives, tallies, fractions', () => {
  assert.deepEqual(flagged('The fire crossed a 40-mile-long ridge, and two KC-46 tankers joined crews.'), []);
  assert.deepEqual(flagged('Justices ruled 6-3; the motion carried (410-12).'), []);
  // A conversion takes the status of the figure it converts.
  assert.deepEqual(flagged('Rain covered 300 square miles (777 sq km) of farmland, the Met Office said.'), []);
  assert.deepEqual(flagged('The flood covered 300 square miles (777 sq km) of farmland.'), ['300 square miles', '777 sq km']);
});

test('generalised carrying: leads, persons and organisations, data sources and their paragraphs', () => {
  // A wire lead is sourced by the next sentence; a sentence in the middle of a story is not.
  assert.deepEqual(flagged('Police arrested 31 people at a rally on Sunday. Officers used tear gas, the city police said.\n'), []);
  assert.deepEqual(flagged('The rally was peaceful. Police arrested 31 people on Sunday. Officers used tear gas, the city police said.\n'), ['31']);
  // A capitalised kicker opens a story in a news brief.
  assert.deepEqual(flagged('MILL TO SHUT. Hartley Mills will close its plant, cutting 140 jobs. The company said demand had fallen.\n'), []);
  // "The company" continues a company's statement, not a minister's.
  assert.deepEqual(flagged('Halden said profit rose to £40m. The company has 9,000 staff in 12 plants.\n'), []);
  assert.deepEqual(flagged('The minister said the plan was sound. The company paid £4m for the site.\n'), ['£4m']);
  // A named institution is a new subject, and an agentless forecast is its own claim.
  assert.deepEqual(flagged('Prices rose 3.1% in May, the statistics office said. The Bank of England is expected to cut rates to 4%.\n'), ['4%']);
  // A person's remark about "the figures" is not a data source for the next paragraph's statistics.
  assert.deepEqual(flagged('Teachers said the figures matched what they saw.\n\nAbout one in four pupils now skips breakfast.\n', 'markdown'), ['one in four']);
  // A data source covers the statistics that follow on its subject (four-letter words count: "sleep",
  // "risk"); a new subject in the same paragraph needs its own source; across a paragraph break the
  // subject must go on in two words.
  assert.deepEqual(flagged('A study by the Hale Institute found sleep fell by 8%. The fall in sleep was largest in teenagers, at 21%.\n'), []);
  assert.deepEqual(flagged('A study by the Hale Institute found sleep fell by 8%. Rents rose 21% in the city.\n'), ['21%']);
  assert.deepEqual(flagged('Figures from the water board show leaks fell 6% this year.\n\nThe lorry was carrying 20 tonnes of gravel.\n', 'markdown'), ['20 tonnes']);
});

test('generalised conventions: design aims, decisions, ages, seats, known sets, ambiguous sport words', () => {
  assert.deepEqual(flagged('The bridge is designed to carry up to 9,000 vehicles a day.'), []);
  assert.deepEqual(flagged('When the assembly approved the plan in 2021, its budget was £3.1bn.'), []);
  assert.deepEqual(flagged('Two men, aged 19 and 23, were held. Most cases were in children under 10.'), []);
  assert.deepEqual(flagged('The Greens won 14 seats, up from six.'), []);
  assert.deepEqual(flagged('The fund will not say how much will go to the 300 shops in the arcade.'), []);
  // "try", "goal", "season" alone do not make a clause a sports statistic.
  assert.deepEqual(flagged('Nearly 40% of smokers try to quit each year.'), ['40%']);
  assert.deepEqual(flagged('The council missed its goal of 500 new homes.'), ['500']);
  // A race report is sport too.
  assert.deepEqual(flagged('Ruiz won the stage, covering the 178km route in just over four hours. He leads the race overall by 31 seconds after the climb, with the peloton 2km behind at the summit.', 'plaintext', { sections: [] }), []);
});

test('a placeholder is not a source: the figure stays flagged, saying so', () => {
  const findings = found('About 900 homes lost power, according to [source].');
  assert.deepEqual(findings.map((f) => f.message), ['Attribution placeholder not filled in for “900”']);
  assert.deepEqual(flagged('About 900 homes lost power, according to source.'), ['900']);
  assert.deepEqual(flagged('About 900 homes lost power, according to XX.', 'plaintext', { placeholders: ['XX'] }), ['900']);
  assert.deepEqual(flagged('About 900 homes lost power, according to the grid operator.'), []);
});

test('figures in words a desk queries: multiples, shares, forecast durations', () => {
  assert.deepEqual(flagged('Complaints have doubled since 2021, and nearly half of them concern repairs.'), ['doubled', 'nearly half']);
  assert.deepEqual(flagged('Rebuilding the bridge could take three years.'), ['three years']);
  assert.deepEqual(flagged('The line is running 18 months behind schedule.'), ['18 months']);
  // A duration that is only a time reference is not a figure; a counterfactual multiple is no claim.
  assert.deepEqual(flagged('She has lived in the village for 30 years.'), []);
  assert.deepEqual(flagged('Rovers might have doubled their lead before the break.'), []);
});

test('ranges name the whole figure, never "2010 to $410m"', () => {
  assert.deepEqual(flagged('Turnover grew from $120m in 2010 to $410m.'), ['$120m', '$410m']);
  assert.deepEqual(flagged('Between 300 and 400 homes were flooded.'), ['300 and 400']);
});

test('the finding says why the figure needs a source', () => {
  const [finding] = found('At least 30 people were injured in the crash.');
  assert.equal(finding.message, 'No source for “30”: counts of dead, injured, displaced or arrested, and of damage, need a source');
  const [estimate] = found('Repairs could cost up to £8m.');
  assert.match(estimate.message, /^No source for “£8m”: /);
});

test('--explain: why each unflagged figure was left alone', () => {
  const text = 'The report found 61% of wards were understaffed.\nIt said 4,100 shifts went unfilled.\nOf those, 900 were night shifts.\nShares in Medix rose 4%.\n';
  const reasons = explain(text);
  assert.equal(reasons['61%'], '“report” in its sentence');
  assert.equal(reasons['4,100'], '“said” in its sentence');
  assert.equal(reasons['900'], 'attribution carried from line 2: ‘said’');
  assert.equal(reasons['4%'], 'market data');
});

test('strict mode keeps the earlier judgement: a source in the sentence, or nothing', () => {
  const text = 'Shares in Arlo fell 7% on Monday. The bill passed 61-39.';
  assert.deepEqual(flagged(text, 'plaintext', { mode: 'strict' }), ['7%', '61-39']);
  assert.deepEqual(flagged(text), []);
});

test('the same result cold and warm, as paragraphs that carry a source are edited', () => {
  const paragraphs = [
    'The watchdog said 120 complaints had been upheld.',
    'Of those, 45 were about billing.',
    'Another 300 customers were affected.',
    'Shares in Volta fell 3%.',
  ];
  const variants = [
    (p: string[]) => p,
    (p: string[]) => [p[0].replace('said', 'noted that'), ...p.slice(1)],
    (p: string[]) => [p[0].replace('The watchdog said', 'Overall,'), ...p.slice(1)],
    (p: string[]) => [p[0], 'Meanwhile, rain fell.', ...p.slice(1)],
    (p: string[]) => [...p.slice(1), p[0]],
  ];
  for (const variant of variants) {
    const text = variant(paragraphs).join('\n\n');
    const warm = JSON.stringify(found(text, 'markdown'));
    clearCaches();
    const cold = JSON.stringify(found(text, 'markdown'));
    assert.equal(warm, cold, text);
  }
  // The carried source moves with the edit: without its cue, "Of those, 45" is flagged.
  assert.deepEqual(flagged(variants[2](paragraphs).join('\n\n'), 'markdown').includes('45'), true);
  assert.deepEqual(flagged(paragraphs.join('\n\n'), 'markdown').includes('45'), false);
});

test('copydesk check --explain: one line per figure left alone, with its position and reason', async () => {
  const { explainLines } = await import('../../server/src/cli/explain.ts');
  const { lint } = await import('../../server/src/host/lint.ts');
  const text = 'The report found 61% of wards were understaffed.\nOf those, 900 were in the north.\nOver 2,000 nurses have left.\n';
  const options = { format: 'plaintext' as const, settings: applyLayer(defaultSettings(), { rules: { 'unattributed-figure': { judge: 'rules' } } }, 'test', []) }; // the hand rule's reasons
  assert.deepEqual(explainLines('story.txt', lint(text, options), options), [
    'story.txt:1:18  “61%”  “report” in its sentence',
    'story.txt:2:11  “900”  attribution carried from line 1: ‘report’',
    // A lower-confidence query is left alone by default, and --explain says so.
    'story.txt:3:6  “2,000”  a lower-confidence query, not reported ("otherClaims": "off")',
  ]);
  const strict = { format: 'plaintext' as const, settings: applyLayer(defaultSettings(), { rules: { [RULE]: { mode: 'strict' } } }, 'test', []) };
  assert.match(explainLines('story.txt', lint(text, strict), strict)[0], /strict mode/);
});

test('re-linting a news brief as its kicker and offsets change gives the same findings as a cold lint', () => {
  const paragraphs = [
    'Intro with no figures.',
    'MILL TO SHUT. Hartley Mills will close its plant, cutting 140 jobs. The company said demand had fallen.',
    'Police arrested 31 people. Officers used tear gas, the city police said.',
  ];
  const edits: [number, string][] = [
    [1, 'Mill to shut. Hartley Mills will close its plant, cutting 140 jobs. The company said demand had fallen.'],
    [1, 'MILL TO SHUT. Hartley Mills will close its plant, cutting 140 jobs. The company said demand had fallen.'],
    [0, 'A longer intro, with no figures, that moves every offset after it.'],
    [1, 'MILL TO SHUT (`see https://example.com`). Hartley Mills will close its plant, cutting 140 jobs. The company said demand had fallen.'],
    [1, 'Mill To Shut (`see https://example.com`). Hartley Mills will close its plant, cutting 140 jobs. The company said demand had fallen.'],
    [2, 'RIOT. Police arrested 31 people. Officers used tear gas, the city police said.'],
    [0, 'Intro.'],
  ];
  for (const format of ['plaintext', 'markdown'] as const) {
    for (const [i, edit] of edits) {
      paragraphs[i] = edit;
      const text = paragraphs.join('\n\n') + '\n';
      const warm = found(text, format);
      clearCaches();
      assert.deepEqual(warm, found(text, format), `${format}, after editing paragraph ${i}: ${edit}`);
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Session 3: general mechanisms (tense of reported speech, the source a lead takes, subject families,
// figures in words, gapped clauses)

test('tense: a present-tense statistic after a source that spoke in the past is the reporter’s own', () => {
  const text =
    'Bus fares rose 4.8% in the year to June, the transport statistics office said. Fares in the capital rose 6.2%. Fares have outpaced wages in 9 of the last 10 years.\n\nAbout 3.4 million people now ride a bus every day, and 40% of them are over 60.\n';
  assert.deepEqual(flagged(text, 'markdown'), ['9', '3.4 million', '40%']);
  // The same statistics in the release’s own (backshifted) tense are carried.
  const carried = 'Bus fares rose 4.8% in the year to June, the transport statistics office said. Fares in the capital rose 6.2%.\n';
  assert.deepEqual(flagged(carried, 'markdown'), []);
});

test('tense: reported speech goes on past "while" when the clause keeps the tense and the subject', () => {
  assert.deepEqual(flagged('The bakery chain said its sales had risen 9% in the year, while its online orders grew by 22%.'), []);
  // Another tense: the reporter’s aside.
  assert.deepEqual(flagged('The bakery chain said its sales had risen 9% in the year, while flour prices have climbed 30% since 2022.'), ['30%']);
  // Another subject: not the speaker’s.
  assert.deepEqual(flagged('The navy said it had sent four ships to the strait, while the port in Velmar was holding 600 stranded lorries.'), ['600']);
});

test('a lead is covered by a speaker’s cue in the next sentence, not by a body of data that governs its own figures', () => {
  assert.deepEqual(flagged('Officers detained 12 people at the stadium on Saturday. The arrests followed a pitch invasion, the county police said.\n'), []);
  assert.deepEqual(
    flagged('About 900 people were moved to rest centres overnight. The lake reached 2.3 metres at the weir, according to gauge readings.\n'),
    ['900'],
  );
});

test('carried: a release goes on into the next paragraph on the same subject family (the labour market, prices, results)', () => {
  const text =
    'Employers added 95,000 jobs in May, the statistics bureau said, and the jobless rate held at 3.9%.\n\nAverage weekly earnings rose 0.3% on the month.\n\nA gallon of milk costs 12% more than a year ago.\n';
  assert.deepEqual(flagged(text, 'markdown'), ['12%']);
});

test('figures in words: a change by a fraction, a frequency in a period, a duration that is forecast', () => {
  assert.deepEqual(flagged('Repair bills rose by a third after the storm.'), ['a third']);
  assert.deepEqual(flagged('The valley road has closed eleven times since 2019.'), ['eleven times']);
  assert.deepEqual(flagged('The clean-up is expected to take at least a month.'), ['a month']);
  // A time reference and a plain count are not figures.
  assert.deepEqual(flagged('The road closed three times and reopened a month later.'), []);
});

test('a duration a measure moved to is a statistic; a duration alone is not', () => {
  assert.deepEqual(flagged('The average commute fell to 41 minutes.'), ['41']);
  assert.deepEqual(flagged('The meeting lasted 41 minutes.'), []);
});

test('a gapped clause shares the clause before it, and a conversion of a compound adjective is not a claim', () => {
  assert.deepEqual(flagged('The champion takes home £80,000 in prize money, and Okafor £40,000.'), []);
  assert.deepEqual(flagged('Crews finished a 3-mile (4.8 km) embankment in June.'), []);
});

test('carried: a part of what the sentence before counted ("31,000 of them") goes on with its source', () => {
  const text = 'The gale left 52,000 homes without power, the grid operator said. Crews had reconnected 30,000 of them by nightfall.\n';
  assert.deepEqual(flagged(text), []);
  assert.deepEqual(flagged('The gale left 52,000 homes without power, the grid operator said. Crews had reconnected 30,000 homes in Tarn by nightfall.\n'), ['30,000']);
});

test('carried: an organisation named again in the present after a past source is the reporter speaking', () => {
  const past = 'The health board said 14 wards had closed. The board reopened 9 wards on Friday.\n';
  assert.deepEqual(flagged(past), []);
  const present = 'The health board said 14 wards had closed. The board has spent £2m on agency nurses this year.\n';
  assert.deepEqual(flagged(present), ['£2m']);
  // A judge is a person: "The council" after the judge is not the judge going on.
  assert.deepEqual(flagged('Judge Ray Moss said the thefts had cost the club 11 jobs. The council lost £90,000.\n'), ['£90,000']);
});

test('carried: others’ forecasts beside a release are an aside, and a comparison with them is neither a cue nor an estimate', () => {
  const text =
    'Factory output rose 1.2% in March, the statistics agency said. Analysts polled by a newswire had expected 0.5%. Output was 3,000 units lower than first estimated. Car production rose 4%.\n';
  assert.deepEqual(flagged(text), []);
});

test('carried: a release’s publisher named again speaks for it; a measure named alone goes on with it', () => {
  const text =
    'Home prices rose 0.4% in May, according to figures from the Dunmore Building Society.\n\nDunmore said prices were £3,000 below their peak. Prices in Wales rose 6.1%.\n\nAnnual growth slowed to 2.2% from 2.9%.\n';
  assert.deepEqual(flagged(text, 'markdown'), []);
  // Another speaker is not the publisher.
  assert.deepEqual(flagged('Home prices rose 0.4% in May, according to figures from the Dunmore Building Society.\n\nA local agent said buyers were cautious. Wales was the strongest region, at 6.1%.\n', 'markdown'), ['6.1%']);
});

test('a heading that reports introduces the list under it', () => {
  const text = '## What the minister announced\n\n- A levy of 3% on large landlords.\n- £40m for rural buses.\n\n## Reaction\n\n- Rents could rise 5%.\n';
  assert.deepEqual(flagged(text, 'markdown'), ['5%']);
});

test('a follow-on that adds a count in the present after a past source is the reporter’s own', () => {
  assert.deepEqual(flagged('Rescuers said they had found 9 survivors. A further 12 people were taken to hospital.\n'), []);
  assert.deepEqual(flagged('Rescuers said they had found 9 survivors. A further 12 people are still missing from a second ferry.\n'), ['12']);
});

test('number forms: places in a standings line, a design capacity, a qualified count in words', () => {
  assert.deepEqual(flagged('Standings after the final round: 1. Okoro 88 pts, 2. Lind 81, 3. Baptiste 77.\n', 'plaintext', { sections: ['sport'] }), []);
  assert.deepEqual(flagged('The shelter, built for 250 people, is full.'), []);
  assert.deepEqual(flagged('The bank is expected to shut at least three branches.'), ['at least three']);
  assert.deepEqual(flagged('The bank shut three branches.'), []);
});

test('a gapped clause of a figure and a phrase shares the source of the clause before it', () => {
  assert.deepEqual(flagged('The regulator estimated that the change would move 410,000 customers onto cheaper tariffs, and 95,000 onto dearer ones.'), []);
});

test('a figure that is the subject of a forecast about something else is not forecast; a legislated threshold moving is background', () => {
  assert.deepEqual(flagged('The coalition’s majority of 41 is expected to see the bill through.'), []);
  assert.deepEqual(flagged('The coalition is expected to win 41 seats.'), ['41']);
  assert.deepEqual(flagged('From June the tax-free allowance for savers will fall from £1,000 to £500.'), []);
});

test('background: an agent’s completed act dated before the story’s own time; not a statistic about that year', () => {
  // Years far ahead keep the test independent of today's date (a draft naming no later year is taken to be recent).
  const text = 'The trust declared a deficit in 2081 and sold 9 clinics for £14m. It now plans to borrow again in 2085.\n';
  assert.deepEqual(flagged(text), []);
  assert.equal(explain(text)['9'], 'background: an earlier event (2081)');
  assert.deepEqual(flagged('The new plan runs to 2085. In 2081, 1,640 people were killed on the roads.\n'), ['1,640']);
  // The story’s own year is not earlier.
  assert.deepEqual(flagged('The trust sold 9 clinics in 2085.\n'), ['9']);
  // Long ago is earlier even when the draft names no later year.
  assert.deepEqual(flagged('The valley was hit by a magnitude 7.1 quake in 1987 that killed more than 2,000 people.\n'), []);
});

test('a forecast by no one named is still unsourced; a named source in a closing tag names one', () => {
  assert.deepEqual(flagged('Landlord groups expect rents to pass £1,500 a month by spring.'), ['£1,500']);
  assert.deepEqual(flagged('Landlord groups expect rents to pass £1,500 a month by spring, the National Lettings Board estimated.'), []);
  assert.deepEqual(flagged('The National Lettings Board expects rents to pass £1,500 a month by spring.'), []);
});

test('a contract or deal signed is a fact of the event', () => {
  assert.deepEqual(flagged('Okafor signed a three-year, £9m contract in May.'), []);
  assert.deepEqual(flagged('Okafor is worth £9m.'), ['£9m']);
});

test('golf: scores against par, shots and the winner’s cheque are a match report’s', () => {
  assert.deepEqual(flagged('Ana Ruiz closed with a four-under-par 68 to win by two shots, finishing on 12 under, and took the winner’s cheque of $900,000.'), []);
  // "shots" alone is not sport.
  assert.deepEqual(flagged('There were 14 shots near the station on Friday.'), ['14']);
});

test('verbs of saying with a judgement attached report the speaker’s claim', () => {
  assert.deepEqual(flagged('The mayor blamed a 35% cut in grants for the closures.'), []);
  assert.deepEqual(flagged('Prosecutors accused him of taking £60,000 from the charity.'), []);
  assert.deepEqual(flagged('The closures followed a 35% cut in grants.'), ['35%']);
});

test('words that are names of Object.prototype members are ordinary words', () => {
  assert.deepEqual(flagged('Prices rose 2% in May, the office said. The constructor and toString teams hired 40 staff.\n'), ['40']);
});

test('the message says when a statistic turned to the present after a source that spoke in the past', () => {
  const text = 'Bus fares rose 4.8% in the year to June, the transport statistics office said. Fares have outpaced wages in 9 of the last 10 years.\n';
  const [finding] = found(text);
  assert.equal(finding.message, 'No source for “9”: a claim needs a source (in the present after a source that spoke in the past, it is the reporter’s own statement) — a lower-confidence query: not a casualty count, estimate, forecast or poll');
  assert.equal(finding.severity, 'hint');
});

// Two tiers: a sensitive claim (casualty or arrest counts, damage and cost estimates, forecasts, polls)
// and an unfilled placeholder are reported at the rule's severity; any other claim is a hint.
const TIERS =
  'Firefighters rescued 12 people from the flooded underpass, and 4 were injured.\n\n' +
  'The new footbridge has 340 steps and cost nothing to the parish.\n';

test('tiers: a casualty count is reported at the rule’s severity, a plain claim as a hint that says it is a lower-confidence query', () => {
  const findings = found(TIERS, 'markdown');
  const byText = Object.fromEntries(findings.map((f) => [TIERS.slice(f.start, f.end), f]));
  assert.deepEqual(Object.keys(byText).sort(), ['12', '340', '4']);
  assert.equal(byText['12'].severity, 'information');
  assert.equal(byText['4'].severity, 'information');
  assert.doesNotMatch(byText['12'].message, /lower-confidence/);
  assert.equal(byText['340'].severity, 'hint');
  assert.equal(byText['340'].message, 'No source for “340”: a claim needs a source — a lower-confidence query: not a casualty count, estimate, forecast or poll');
  // The hint keeps the same quick fixes.
  assert.deepEqual(byText['340'].fixes.map((f) => f.title), byText['12'].fixes.map((f) => f.title));
});

test('tiers: the rule’s severity moves the main tier only; an unfilled placeholder and a forecast stay in it', () => {
  const warned = found(TIERS, 'markdown', { severity: 'warning' });
  assert.deepEqual(warned.map((f) => f.severity), ['warning', 'warning', 'hint']);
  const placeholder = 'The ferry carried 2,300 passengers last weekend, according to [source].\n';
  assert.deepEqual(found(placeholder).map((f) => [f.severity, f.message]), [['information', 'Attribution placeholder not filled in for “2,300”']]);
  const forecast = 'Ticket sales are expected to reach 90,000 by the end of the season.\n';
  assert.deepEqual(found(forecast).map((f) => f.severity), ['information']);
});

test('option otherClaims: "flag" reports every claim at the rule’s severity, "off" drops the hints, strict mode ignores it', () => {
  const flaggedAll = found(TIERS, 'markdown', { otherClaims: 'flag' });
  assert.deepEqual(flaggedAll.map((f) => [TIERS.slice(f.start, f.end), f.severity]), [['12', 'information'], ['4', 'information'], ['340', 'information']]);
  assert.equal(flaggedAll[2].message, 'No source for “340”: a claim needs a source');
  assert.deepEqual(flagged(TIERS, 'markdown', { otherClaims: 'off' }), ['12', '4']);
  assert.equal(explain(TIERS, 'markdown', { otherClaims: 'off' })['340'], 'a lower-confidence query, not reported ("otherClaims": "off")');
  // Strict mode: every finding at the rule's severity, whatever otherClaims says.
  for (const otherClaims of ['hint', 'off'] as const) {
    const strict = found(TIERS, 'markdown', { mode: 'strict', otherClaims });
    assert.ok(strict.length >= 3 && strict.every((f) => f.severity === 'information'), JSON.stringify(strict.map((f) => f.severity)));
  }
});

// The main tier also holds the other classes that must be flagged: statistics about the world
// (shares, rates, rates per head, multiples, counts of a population) and counts of people or homes
// struck, rescued or displaced wherever the clause's verb stands. Each is judged as any open claim.
// Money claims were in it until session 5 moved them to the otherClaims tier (right 5 times in 22 on
// unseen first runs: docs/held-out-log.md); they keep their kind.
const tierOf = (text: string, figure: string) => {
  const f = found(text).find((x) => text.slice(x.start, x.end).includes(figure));
  return f === undefined ? 'none' : f.severity === 'hint' ? 'hint' : 'main';
};
const kindOf = (text: string, figure: string) => found(text).find((x) => text.slice(x.start, x.end).includes(figure))?.detail?.kind;

test('money claims in a currency (the otherClaims tier since session 5), but not a count read as "million"', () => {
  assert.equal(tierOf('The orchestra now spends around £40,000 a month on hired players.', '£40,000'), 'hint');
  assert.equal(kindOf('The orchestra now spends around £40,000 a month on hired players.', '£40,000'), 'money');
  assert.equal(kindOf('Hauliers charge between 900 and 1,400 euros for each load.', '1,400 euros'), 'money');
  assert.equal(kindOf('About 3.2 million tonnes of grain went through the canal.', '3.2 million'), 'claim');
  // Over a period it is a tally (a statistic about the world), still not money.
  assert.equal(tierOf('About 3.2 million tonnes of grain went through the canal last year.', '3.2 million'), 'main');
  assert.match(found('About 3.2 million tonnes of grain went through the canal last year.')[0].message, /a tally over a period/);
});

test('main tier: statistics about the world — shares, rates per head, multiples (levels of a rate: the otherClaims tier since session 6)', () => {
  assert.equal(tierOf('Roughly one in eight pupils in the district has no quiet place to study.', 'one in eight'), 'main');
  assert.equal(tierOf('Nearly 30% of the parish’s hedgerows have been lost.', '30%'), 'main');
  assert.equal(tierOf('Youth unemployment in the valley stood at 14.2 per cent.', '14.2 per cent'), 'hint');
  assert.equal(tierOf('Dog bites in the borough run at 38 per 100,000 residents.', '38'), 'main');
  assert.equal(tierOf('Dog bites in the borough run at 38 per 100,000 residents.', '100,000'), 'hint');
  assert.equal(tierOf('Ferry fares on the island route have doubled since the merger.', 'doubled'), 'main');
  assert.equal(tierOf('A starter home now costs eight times the average local wage.', 'eight times'), 'main');
  // A count of a population in the tens of thousands comes from data; a crowd a reporter saw does not.
  assert.equal(tierOf('About 64,000 tenants in the county are behind on their rent.', '64,000'), 'main');
  assert.equal(tierOf('About 40 neighbours gathered outside the hall.', '40'), 'hint');
});

test('main tier: not a rate by form alone — an agent’s act, a demand, a frequency', () => {
  assert.equal(tierOf('The ferry fare was raised by 40% overnight.', '40%'), 'hint');
  assert.equal(tierOf('The nurses want 9% this year.', '9%'), 'hint');
  assert.equal(tierOf('The lane has been closed four times since spring.', 'four times'), 'hint');
});

test('main tier: people or homes struck, rescued or displaced, the verb anywhere in the clause', () => {
  assert.equal(tierOf('Some 2,600 holidaymakers and seasonal staff have now been evacuated.', '2,600'), 'main');
  assert.equal(tierOf('At least 85 farm buildings and barns across the plain have been flooded.', '85'), 'main');
  assert.equal(tierOf('Lifeboat crews have carried out more than 30 rescues since dawn.', '30'), 'main');
  assert.equal(tierOf('Power was cut to roughly 6,000 customers along the coast road.', '6,000'), 'main');
  assert.equal(tierOf('About 1.4 million people have fled the border provinces.', '1.4 million'), 'main');
});

test('by default only the main tier is reported: lower-confidence queries are opt-in (otherClaims "off")', () => {
  // The hand rule's tiers (the lexical judge, the product default, decides at one tier and ignores otherClaims).
  const byDefault = ofRule(lintText(TIERS, 'markdown', { rules: { [RULE]: { judge: 'rules' } } }), RULE);
  assert.deepEqual(byDefault.map((f) => [TIERS.slice(f.start, f.end), f.severity]), [['12', 'information'], ['4', 'information']]);
  const settings = applyLayer(defaultSettings(), { rules: { 'unattributed-figure': { judge: 'rules' } } }, 'test', []);
  assert.equal(settings.rules[RULE].options.otherClaims, 'off');
  const reasons = Object.fromEntries(explainFigures(parseDraft(TIERS, 'markdown'), settings.rules[RULE].options, new Date().getFullYear()).map((e) => [TIERS.slice(e.start, e.end), e.reason]));
  assert.equal(reasons['340'], 'a lower-confidence query, not reported ("otherClaims": "off")');
});
