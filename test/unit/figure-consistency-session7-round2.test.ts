// figure-consistency, session 7 round 2: the lower tier (`otherMatches`, a different value for the same measure, one
// apart in the last digit) read more precisely by the frame of the clause, and a quote's restatement found. Sentences
// of our own; each case sits beside its counter-case. The default tier is checked unchanged where it applies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flaggedAll as all, flaggedMain as main, mentionIn as mention, para } from './figure-consistency-helpers.ts';

test('a sentence about another of a kind, or an earlier one, is not the story\'s measure restated', () => {
  // Another body's ballot: "A second union" opens the sentence.
  const ballot = (opening: string) =>
    para(
      'Nurses back strike over pay',
      'Members of the Royal Nursing Union voted for strikes by 84% on a turnout of 61%, the union said on Friday.',
      'Ministers said the offer of 4% was final.',
      `${opening} said 70% of its members had backed action, on a turnout of 47%.`,
    );
  assert.deepEqual(all(ballot('A second union, representing midwives,')), []);
  // Counter-case: the same union's own turnout restated with another value is still matched.
  assert.deepEqual(all(ballot('The Royal Nursing Union')), ['47%']);
  // An earlier event of the story's kind: "The previous walkout" lasted its own number of days.
  const strike = (opening: string) =>
    para('Port workers to walk out for four days', 'Dockers at Fennick will strike for four days from 3 March, their union said.', `${opening} lasted three days and stopped every crane.`);
  assert.deepEqual(all(strike('The previous walkout, in 2024,')), []);
  assert.deepEqual(all(strike('The previous walkout')), []);
  assert.equal(mention('The previous walkout lasted three days.', 'three days').another, true);
  // Counter-case: "The last 40 residents" is a part of the story's own set, not an earlier event.
  assert.notEqual(mention('The last 40 residents left the tower at noon.', '40').another, true);
});

test('what is weighed or asked for is not what was done ("being considered", "sought", "proposed")', () => {
  const evacuation = (sentence: string) =>
    para('Landslide hits Carrow; 1,400 evacuated', 'A landslide hit the village of Carrow on Sunday, forcing the evacuation of 1,400 residents, officials said.', sentence);
  assert.deepEqual(all(evacuation('Officials said an evacuation zone of about 2,100 people was being considered.')), []);
  assert.deepEqual(all(evacuation('Officials said a wider evacuation of 2,100 people was proposed.')), []);
  assert.equal(mention('Prosecutors sought 14 years for the fraud.', '14 years').contrast, true);
  // Counter-cases: the same count told as done is the story's count with another value; a sentence imposed is no request.
  assert.deepEqual(all(evacuation('Officials said about 2,100 people had been evacuated.')), ['2,100']);
  assert.notEqual(mention('He was jailed for 14 years for the fraud.', '14 years').contrast, true);
});

test('a quote restating the narrative\'s count in the speaker\'s words, in words or digits', () => {
  const fire = (sentence: string) =>
    para('Brush fire destroys 163 homes near Alder Creek', 'The Alder Creek fire has destroyed 163 homes and forced 4,000 people to leave, county officials said on Thursday.', sentence);
  assert.deepEqual(all(fire('The sheriff, Dana Ruiz, spoke at a briefing. "One hundred and seventy homes are gone," she said.')), ['One hundred and seventy']);
  assert.deepEqual(all(fire('"One hundred and seventy homes are gone," the sheriff said.')), ['One hundred and seventy']);
  // Not by default: a different value stays lower-confidence.
  assert.deepEqual(main(fire('"One hundred and seventy homes are gone," the sheriff said.')), []);
  // Counter-cases: the same words outside a quote share too little with the narrative to be matched; a quote's count of
  // another thing is not the homes.
  assert.deepEqual(all(fire('The sheriff said 170 homes were gone.')), []);
  assert.deepEqual(all(fire('"We have 170 firefighters on the line," the sheriff said.')), []);
  assert.equal(mention('"We have lost 170 homes," she said.', '170').quoted, true);
  assert.notEqual(mention('She said 170 homes were lost.', '170').quoted, true);
  assert.equal(mention('\u201CWe have lost 170 homes,\u201D she said.', '170').quoted, true);
  assert.notEqual(mention('She called it \u201Ca disaster\u201D and said 170 homes were lost.', '170').quoted, true);
  assert.notEqual(mention('She called it "a disaster" and said 170 homes were lost.', '170').quoted, true);
});

test('"with inflation at 3.1%" names its measure; a quote stating it so restates the story\'s rate', () => {
  const measure = (sentence: string, text: string) => mention(sentence, text).measure;
  assert.equal(measure('"With inflation at 3.1%, the Bank can cut," she said.', '3.1%'), 'infl');
  assert.equal(measure('Sales rose, with the jobless rate at 4.9% and falling.', '4.9%') !== undefined, true);
  const rate = (sentence: string) =>
    para('Norland inflation falls to 3.3% as fuel eases', 'Consumer price inflation in Norland fell to 3.3% in May from 3.6% in April, official data showed on Tuesday.', sentence);
  assert.deepEqual(all(rate('"With inflation at 3.1%, the Bank can cut in July," said an economist at Fenmark Bank.')), ['3.1%']);
  // Counter-cases: the same construction for another measure is no restatement, nor "at" after a place.
  assert.deepEqual(all(rate('"With unemployment at 3.1%, wages will keep rising," said an economist at Fenmark Bank.')), []);
  assert.equal(measure('She said prices in Harlow at 3.1% were the highest.', '3.1%') === 'infl', false);
});

test('another figure\'s bound is not this one\'s; "said it would" is the reported plan, not a condition', () => {
  const read = (sentence: string, text: string) => {
    const f = mention(sentence, text);
    return { contrast: f.contrast, measured: f.measureKey !== undefined };
  };
  // "at least 30" bounds the other figure of the clause; "more than" cut off at the clause's end likewise.
  assert.deepEqual(read('The storm destroyed at least 30 homes and flooded 1,240 homes in the valley.', '1,240'), { contrast: false, measured: true });
  assert.deepEqual(read("The depot's 41 buses are mostly diesel single-deckers more than ten years old.", '41'), { contrast: false, measured: true });
  assert.deepEqual(read('Brannock said on Monday it would cut 900 jobs at its two plants.', '900'), { contrast: false, measured: true });
  // Counter-cases: a figure's own bound, a forecast that is not the speaker's own plan, and a condition still set it apart.
  assert.equal(read('The storm destroyed at least 30 homes in the valley.', '30').contrast, true);
  assert.equal(read('Economists said they would expect 900 jobs to go if the plant shut.', '900').contrast, true);
  assert.equal(read('If the plant shut, 900 jobs would go.', '900').contrast, true);
});

test('a count restated without the verb done to it ("cut 900 jobs" / "goodbye to 950 colleagues") is the same set', () => {
  const cut = (sentence: string) =>
    para('Brannock to cut 900 jobs at two plants', 'Packaging maker Brannock said on Monday it would cut 900 jobs at its plants in Derwent and Halse as demand for cartons falls.', sentence);
  assert.deepEqual(all(cut('"We are saying goodbye to 950 colleagues, and that is hard," the chief executive wrote to staff.')), ['950']);
  assert.deepEqual(main(cut('"We are saying goodbye to 950 colleagues, and that is hard," the chief executive wrote to staff.')), []);
  // Counter-cases: a count done another way (created, added) is another set.
  assert.deepEqual(all(cut('The company said it had created 950 jobs at Halse since 2019.')), []);
  assert.deepEqual(all(cut('The company said it would add 950 jobs at a new plant in Ostend.')), []);
});

test('"were among the best-paid" says what a set is; "among them" still makes a part', () => {
  const cut = (sentence: string) =>
    para('Brannock to cut 900 jobs at two plants', 'Packaging maker Brannock said on Monday it would cut 900 jobs at its plants in Derwent and Halse as demand for cartons falls.', sentence);
  assert.deepEqual(all(cut('The union said the 950 jobs were among the best-paid in the area.')), ['950']);
  assert.equal(mention('The union said the 950 jobs were among the best-paid in the area.', '950').contrast, false);
  // Counter-case: a part named with "among" is set apart.
  assert.equal(mention('The fire forced 950 people from their homes, among them 300 children.', '300').contrast, true);
  assert.equal(mention('Officials said 300 of the children were moved, among others.', '300').contrast, true);
});

test('the extreme of a set of values ("The lowest rate, 4.2%, was in the north") is not the measure restated', () => {
  const rates = (sentence: string) =>
    para('Brenmark jobless rate rises to 5.2%', 'Unemployment in Brenmark rose to 5.2% in the three months to June, the statistics office said.', 'The central bank, which held its main rate at 4.25% this month, meets again in September.', sentence);
  assert.deepEqual(all(rates('The lowest rate, 4.2%, was in the north.')), []);
  assert.equal(mention('The lowest rate, 4.2%, was in the north.', '4.2%').extreme, true);
  // Counter-cases: the same measure with a digit dropped and no superlative of its own is still matched; a superlative
  // said of the figure afterwards ("is the highest in the region") makes no extreme of a set.
  assert.deepEqual(all(rates('Its main rate of 4.2% is the highest in the region.')), ['4.2%']);
  assert.notEqual(mention('Its main rate of 4.2% is the highest in the region.', '4.2%').extreme, true);
});

test('"her margin was 3,410 votes" is a winning margin, against the headline\'s "by 3,140 votes" too', () => {
  assert.equal(mention("Ms Orla's margin was 3,410 votes, the commission said.", '3,410').measure, 'margin');
  const seat = (sentence: string) =>
    para('Greens hold Carnford seat by 3,140 votes', 'Nell Orla of the Greens held the Carnford seat in a by-election on Thursday, taking 41.2% of the vote.', sentence);
  assert.deepEqual(all(seat('In all, 52,300 votes were cast. Her margin was 3,610 votes, the commission said.')), ['3,610']);
  // Digits transposed, as a margin, are reported by default.
  assert.deepEqual(main(seat('In all, 52,300 votes were cast. Her margin was 3,410 votes, the commission said.')), ['3,410']);
  // Counter-cases: "the majority was" of a whole is no margin; votes cast are not the margin.
  assert.notEqual(mention('Of the 900 members, the majority was 610 votes strong.', '610').measure, 'margin');
  assert.deepEqual(all(seat('In all, 3,610 votes were cast at the count in Carnford.')), []);
});

test('words that belong to another part of the sentence do not set a figure apart', () => {
  const apart = (sentence: string, text: string) => mention(sentence, text).contrast;
  // The parts after "included", another figure's "at least", a quotation opening after it, "now that" (since).
  assert.equal(apart('The 39 rebels included three former ministers and a whip.', '39'), false);
  assert.equal(apart('Engineers said the 40-metre breach would take at least six weeks to repair.', '40-metre'), false);
  assert.equal(apart('She said 71 homes had been lost "and every one of them is a family."', '71'), false);
  assert.equal(apart('Police said that now that people had filmed the four shots being fired, they wanted the footage.', 'four'), false);
  // A proposed dividend is the measure itself; a proposal still to be made is not what was done.
  assert.equal(apart('The proposed dividend of 1.20 euros a share will be paid in May.', '1.20 euros'), false);
  assert.equal(apart('A further payout of 2.10 euros was proposed by two investors.', '2.10 euros'), true);
  // Counter-cases: a figure's own bound, a part, an update ("have now tested positive") still set it apart.
  assert.equal(apart('The storm destroyed at least 30 homes in the valley.', '30'), true);
  assert.equal(apart('She said 71 of them had been lost.', '71'), true);
  assert.equal(apart('The trust said 27 people have now tested positive.', '27'), true);
  assert.equal(apart('The rebels included 12 former ministers.', '12'), true);
  // The month is no modal: "paid in May" states a fact, "may reach" does not.
  assert.equal(apart('The council paid 310 claims in May.', '310'), false);
  assert.equal(apart('The council said claims may reach 310 by the autumn.', '310'), true);
});

test('two counts of one head with modifiers of their own are two sets ("16 new stores" / "the 18 older shops")', () => {
  const shops = (sentence: string) =>
    para('Harrow Foods profit up 9%', 'Harrow Foods, the grocery chain, reported a 9% rise in profit on Tuesday after it opened 16 new stores, mostly in Wales.', 'It also closed 11 shops in Cornwall.', sentence);
  assert.deepEqual(all(shops('The finance director said the 18 older shops had been refitted this year.')), []);
  // Counter-case: the same modifier (and a synonym head) refers back to the same set, restated with another value.
  assert.deepEqual(all(shops('The finance director said the 18 new shops opened this year had traded ahead of plan.')), ['18']);
});
