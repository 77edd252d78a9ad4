import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine/edits.ts';
import { describeFinding, lintAllTiers, ofRule } from './helpers.ts';

const RULE = 'figure-consistency';
const figures = (text: string, format: 'plaintext' | 'markdown' = 'plaintext') => ofRule(lintAllTiers(text, format), RULE);
const flagged = (text: string) => figures(text).map((f) => text.slice(f.start, f.end));

test('digits transposed: flagged at the less frequent value, naming the other places', () => {
  const text = [
    'Flood toll rises to 2,174 across the delta',
    'The number of deaths rose to 2,174 on Friday, the disaster agency said.',
    'Aid groups said the 2,714 deaths included hundreds of children.',
  ].join('\n');
  const found = figures(text);
  assert.deepEqual(found.map((f) => describeFinding(text, f)), ['3:21-3:26 figure-consistency: 2,714 here, 2,174 on line 1, 2 (digits transposed?)']);
  assert.deepEqual(found[0].related!.map((r) => [text.slice(r.start, r.end), r.message]), [
    ['2,174', '2,174 (line 1)'],
    ['2,174', '2,174 (line 2)'],
  ]);
  const [fix] = found[0].fixes;
  assert.equal(fix.title, "Use '2,174' (as on line 1)");
  assert.equal(fix.safe, undefined, 'only the writer knows which figure is right');
  assert.equal(applyEdits(text, fix.edits), text.replace('2,714', '2,174'));
});

test('percentages, money and units transposed; a zero dropped from an amount', () => {
  assert.deepEqual(flagged('Turnout fell to 41.6%, the lowest on record.\nThe 46.1% turnout was blamed on rain.'), ['46.1%']);
  assert.deepEqual(flagged('The scheme will cost £3.8m, the council said.\nCritics said the £8.3m scheme was too dear.'), ['£8.3m']);
  assert.deepEqual(flagged('Ministers promised a €300bn fund for rail.\nThe €30bn fund will be spent over ten years.'), ['€30bn']);
});

test('a headline figure the body contradicts by one', () => {
  const text = 'Fire at care home kills 9\n\nA fire at a care home in Leith killed eight residents overnight, the fire service said.\n';
  // A number in words against one in digits.
  assert.deepEqual(flagged(text), ['eight']);
  assert.equal(figures(text)[0].message, 'eight here, 9 on line 1 (a different figure for the same thing?)');
  assert.equal(applyEdits(text, figures(text)[0].fixes[0].edits), text.replace('eight residents', '9 residents'));
  const words = 'Storm sinks seven fishing boats\n\nThe storm sank six fishing boats off the coast, the coastguard said.\n';
  assert.deepEqual(flagged(words), ['six']);
  assert.equal(figures(words)[0].message, 'six here, seven on line 1 (a different figure for the same thing?)');
  // Outside a headline, only a measure of the same noun: "a £1.2bn budget" then "the £1.3bn budget".
  assert.deepEqual(flagged('Ministers set a £1.2bn budget for the schools.\nUnions said the £1.3bn budget was too small.'), ['£1.3bn']);
  assert.deepEqual(flagged('Ministers set a £1.2bn budget for the schools.\nUnions want £1.3bn more for repairs.'), []);
  // Outside a headline, one more or less in a count is ordinary copy.
  assert.deepEqual(flagged('Six boats sank on Monday.\nSeven boats sank on Tuesday.'), []);
});

test('slips a copy desk catches, as a writer makes them', () => {
  assert.deepEqual(flagged('The turnout of 58.2% was the lowest since 2001.\n\nOfficials blamed the weather for the 52.8% turnout.'), ['52.8%']);
  assert.deepEqual(flagged('Flooding forced 1,200 households from their homes on Monday.\n\nThe council said the 12,000 households would be rehoused.'), ['12,000']);
  assert.deepEqual(flagged('Ministers approved a £1.2bn rescue package.\n\nThe £1.3bn package will be paid in May.'), ['£1.3bn']);
  const twelve = 'Twelve people died when the bus overturned, police said.\n\nThe 11 people who died were all passengers.';
  const [finding] = figures(twelve);
  assert.equal(twelve.slice(finding.start, finding.end), '11');
  assert.equal(applyEdits(twelve, finding.fixes[0].edits), twelve.replace('The 11 people', 'The twelve people'));
  // The same counts on different days, or in different places, are different figures.
  assert.deepEqual(flagged('Twelve people died in Leeds on Monday.\n\nThe 11 people who died in Bradford were passengers.'), []);
});

test('a level is not a change: "backed by 58.2%", "the deal signed in 2024"', () => {
  assert.deepEqual(flagged('The plan was backed by 58.2% of members.\n\nUnion leaders said the 52.8% vote was a mandate.'), ['52.8%']);
  assert.deepEqual(flagged('The £4.5bn deal, signed in 2024, runs to 2030.\n\nCritics said the £5.4bn deal was too generous.'), ['£5.4bn']);
  assert.deepEqual(flagged('Rents rose by 4.5% in the year.\n\nWages rose by 5.4% in the year.'), []);
});

test('a Markdown front matter title is a headline too', () => {
  const text = '---\ntitle: "Storm sinks seven fishing boats"\n---\n\nThe storm sank six fishing boats off the coast, the coastguard said.\n';
  const found = figures(text, 'markdown');
  assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['six']);
  assert.equal(text.slice(found[0].related![0].start, found[0].related![0].end), 'seven');
});

test('not a conflict: approximate, bounds, increments, rates, ranges, other periods', () => {
  const text = [
    'The toll rose to 6,941 on Tuesday.',
    'Officials expect about 6,491 by the weekend.',
    'More than 6,419 people were injured.',
    'Another 941 deaths were recorded overnight, taking the total to 6,941.',
    'The district needs 540 homes a year; the estate would have built 450 homes.',
    'Between 4,500 and 5,400 people were evacuated.',
    'Turnout was 38.2% this year, against 32.8% last year.',
    'In 2019 the fund was £1.5bn; the £5.1bn fund was approved in 2024.',
  ].join('\n');
  assert.deepEqual(flagged(text), []);
});

test('a bound conflicts only with a figure outside it', () => {
  assert.deepEqual(flagged('Over 50,000 people have been arrested, the group said.\nThe 5,000 arrests drew protests.'), ['5,000']);
  assert.deepEqual(flagged('More than 500 votes went to Ms Ward.\nMs Ward took 512 votes.\nAt least 5,000 arrests were made.\nThe 50,000 arrests drew protests.'), []);
});

test('changes, ranges in words, and a decimal point with different words around', () => {
  assert.deepEqual(flagged('Analysts expected a build of 1.2 million barrels.\nPetrol stocks fell 2.1 million barrels.'), []);
  assert.deepEqual(flagged('Adults sleeping six hours or less were at risk.\nDoctors advise seven to nine hours, against a normal seven hours.\nLong sleep, eight hours or more, showed no link.'), []);
  assert.deepEqual(flagged('Take a 10-microgram (400 IU) supplement every day.\nDo not take more than 100 micrograms (4,000 IU) a day.'), []);
  assert.deepEqual(flagged('Health was named by 41% of voters.\nUnemployment held at 4.1% in the quarter.'), []);
});

test('different things counted: no word in common around two-digit counts', () => {
  assert.deepEqual(flagged('The court heard from 49 investors.\nThe judge, 94, retired.\nPolice made 94 arrests.'), []);
  assert.deepEqual(flagged('The court heard from 49 investors.\nLater, 94 investors wrote to the judge.'), ['94'], 'a tie: the later one');
});

test('years, dates, ages and names are not figures', () => {
  assert.deepEqual(flagged('It opened in 2015 and closed in 2051.\nOn 12 March, 21 March was chosen.\nMs Ahmed, 45, and Mr Ali, 54, spoke.\nThe Boeing 737 and the 773 route.'), []);
});

test('re-linting after edits gives the same findings as a cold lint', async () => {
  const { clearCaches } = await import('../../server/src/engine/cache.ts');
  const paragraphs = ['Flood toll rises to 2,174', 'Deaths rose to 2,174, the agency said.', 'The 2,714 deaths included children.', 'Nothing else.'];
  const edits: [number, string][] = [[3, 'The 2,417 deaths were counted.'], [2, 'The 2,174 deaths included children.'], [0, 'Flood toll rises to 2,714'], [3, 'Nothing else.']];
  for (const [i, edit] of edits) {
    paragraphs[i] = edit;
    const text = paragraphs.join('\n\n');
    const warm = figures(text).map((f) => describeFinding(text, f));
    clearCaches();
    assert.deepEqual(warm, figures(text).map((f) => describeFinding(text, f)));
  }
});

test('re-linting reuses the last conflicts only when no figure changed: offsets, lines and fixes as a cold lint', async () => {
  const { clearCaches } = await import('../../server/src/engine/cache.ts');
  const { DocumentState } = await import('../../server/src/engine/state.ts');
  const { lint } = await import('../../server/src/host/lint.ts');
  const state = new DocumentState();
  const run = (text: string, s: InstanceType<typeof DocumentState>) => ofRule(lint(text, { format: 'plaintext', state: s }).findings, 'figure-consistency');
  const paragraphs = ['Flood toll rises to 2,174', 'Deaths rose to 2,174, the agency said.', 'The 2,714 deaths included children.', 'Nothing else.'];
  const edits: [number, string][] = [
    [3, 'Nothing else at all.'], // no figure changed, nothing shifted before the conflict
    [1, 'Overnight, deaths rose to 2,174, the agency said.'], // a figure's offset shifts, its words around do not
    [0, 'Flood\ntoll rises to 2,174'], // a new line: the line numbers in messages move
    [1, 'Deaths rose to 2,174, the agency said on Monday.'], // a time near the figure: what it says changes
    [2, 'The 2,714 deaths included many children.'], // the suspect shifts nothing before it, words after it change
    [2, 'Among them, the 2,714 deaths included children.'], // the suspect itself moves
    [3, 'The 2,417 deaths were counted.'], // a new figure
    [3, 'Nothing else.'], // and gone again
    [0, 'Flood toll rises to 2,174'],
  ];
  for (const [i, edit] of edits) {
    paragraphs[i] = edit;
    const text = paragraphs.join('\n\n');
    const warm = run(text, state);
    clearCaches();
    const cold = run(text, new DocumentState());
    assert.deepEqual(warm, cold, `after editing paragraph ${i}: ${edit}`);
    assert.ok(cold.length > 0);
  }
  // A paragraph inserted before the figures, then removed: blocks renumbered.
  const inserted = ['Intro.', ...paragraphs].join('\n\n');
  assert.deepEqual(run(inserted, state), (clearCaches(), run(inserted, new DocumentState())));
  const text = paragraphs.join('\n\n');
  assert.deepEqual(run(text, state), (clearCaches(), run(text, new DocumentState())));
});
