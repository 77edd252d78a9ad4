import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine/edits.ts';
import { sameName } from '../../server/src/rules/name-consistency.ts';
import { describeFinding, lintText, ofRule } from './helpers.ts';

const RULE = 'name-consistency';
const names = (text: string, layer?: unknown, format: 'plaintext' | 'markdown' = 'plaintext') => ofRule(lintText(text, format, layer), RULE);
const flagged = (text: string, layer?: unknown) => names(text, layer).map((f) => text.slice(f.start, f.end));
/** The text after the first finding's first fix. */
const fixedText = (text: string) => applyEdits(text, names(text)[0].fixes[0].edits);

test('the less frequent spelling is flagged, naming the other with its lines', () => {
  const text = [
    'The foreign minister, Abbas Araghchi, arrived in Oslo on Monday.',
    'Mr Araghchi met his Norwegian counterpart for two hours.',
    'Officials said Mr Araqchi would fly on to Geneva.',
    'Araghchi is expected back in Tehran at the weekend.',
  ].join('\n');
  const found = names(text);
  assert.deepEqual(found.map((f) => describeFinding(text, f)), [
    "3:19-3:26 name-consistency: 'Araqchi' is spelled 'Araghchi' 3 times (line 1, 2, 4) elsewhere in this draft",
  ]);
  assert.deepEqual(found[0].related!.map((r) => [text.slice(r.start, r.end), r.message]), [
    ['Araghchi', "'Araghchi' (line 1)"],
    ['Araghchi', "'Araghchi' (line 2)"],
    ['Araghchi', "'Araghchi' (line 4)"],
  ]);
  const [fix] = found[0].fixes;
  assert.equal(fix.title, "Use 'Araghchi' (3 times in this draft)");
  assert.equal(fix.safe, true, '3 against 1: one spelling clearly dominates');
  assert.equal(applyEdits(text, fix.edits), text.replace('Araqchi', 'Araghchi'));
});

test('a fix is not safe unless one spelling clearly dominates', () => {
  const text = 'Ms Procter chairs the board.\nThe chair, Ms Proctor, said the vote was close.\nProcter said nothing more.';
  const found = names(text);
  assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['Proctor']);
  assert.equal(found[0].fixes[0].title, "Use 'Procter' (2 times in this draft)");
  assert.equal(found[0].fixes[0].safe, undefined);
});

test('kinds of variant: letters dropped, doubled, transposed; diacritics; hyphen and particle; transliteration', () => {
  const cases: [string, string][] = [
    ['Whitfield', 'Whitfeld'],
    ['McAllister', 'McAlister'],
    ['Zelenskyy', 'Zelensky'],
    ['Müller', 'Mueller'],
    ['Müller', 'Muller'],
    ['al-Sisi', 'el-Sisi'],
    ['Klitschko', 'Klychko'],
    ['Andersen', 'Anderesn'],
    ['Gonçalves', 'Goncalves'],
    ['Jean-Luc', 'Jean Luc'],
  ];
  for (const [a, b] of cases) assert.equal(sameName(a, b), true, `${a} / ${b}`);
  const different: [string, string][] = [
    ['Mark', 'Mike'],
    ['Israel', 'Israeli'],
    ['Reeve', 'Reeves'],
    ['Chen', 'Chan'],
    ['Kim', 'Kin'],
    ['Hassan', 'Hussein'],
    ['Austria', 'Australia'],
    ['Jae-in', 'Jae-un'],
    ['Ukraine', 'Ukrainian'],
  ];
  for (const [a, b] of different) assert.equal(sameName(a, b), false, `${a} / ${b}`);
  // A dropped final "e" is a slip in a surname (Featherston), another person in a given name (Danielle).
  assert.equal(sameName('Featherstone', 'Featherston'), true);
  assert.equal(sameName('Daniel', 'Danielle', true), false);
  assert.equal(sameName('Louis', 'Louise', true), false);
});

test('different people: one sentence, other titles, other given names', () => {
  const text = [
    'The Green candidate, Ms Carter, beat Mr Cartier by 30 votes.',
    'Judge Rebecca Whitfield and her colleague Judge Simon Whitfeld sat together.',
    'Mark Devlin stood for Reform. His father, Mike Devlin, ran in 2019.',
    'Hasan Demir lost two cousins. His brother Mustafa Demir was rescued.',
    'Ms Brown thanked voters. Mr Browne conceded at midnight.',
  ].join('\n');
  assert.deepEqual(flagged(text), []);
});

test('one use each, a letter apart, with nothing in common: not enough to call them one person', () => {
  assert.deepEqual(flagged('Rovers manager Colin Price blamed the pitch.\nRovers (4-4-2): Webb; Lane, Pryce, Okoro, Hill.'), []);
  // A hyphen or an accent apart is another matter: "He Lifeng" / "He Li-feng".
  assert.deepEqual(flagged('Vice Premier He Lifeng led the talks.\nHe Li-feng said the door was open.'), ['Li-feng']);
});

test('same person: the same given name with two surnames, or a title and surname on second reference', () => {
  const text = 'Judge Rebecca Whitfield opened the trial.\nRebecca Whitfeld, 58, has sat since 2010.\nJudge Whitfield adjourned until Monday.';
  assert.deepEqual(flagged(text), ['Whitfeld']);
});

test('a given name spelled two ways with one surname', () => {
  const text = 'Andriy Yermak met the envoys.\nLater, Andrii Yermak said the talks were useful.\nAndriy Yermak left on Friday.';
  assert.deepEqual(flagged(text), ['Andrii']);
});

test('sentence-initial capitals and headings only count against a name used mid-sentence', () => {
  // "El-Saleh" opens a sentence; "al-Saleh" is the writer's spelling mid-sentence.
  const text = 'The White Helmets chief, Raed al-Saleh, called for crossings.\nEl-Saleh said the roads were blocked. Mr al-Saleh added more.';
  assert.deepEqual(flagged(text), ['El-Saleh']);
  // The fix keeps the capital a sentence start needs.
  const [saleh] = names(text);
  assert.equal(saleh.fixes[0].title, "Use 'al-Saleh' (2 times in this draft)");
  assert.ok(applyEdits(text, saleh.fixes[0].edits).includes('\nAl-Saleh said the roads'));
  // "Al-Saleh" capitalised at a sentence start is the same spelling.
  assert.deepEqual(flagged('Raed al-Saleh spoke.\nAl-Saleh said more later.'), []);
  // Words that open sentences and appear in lower case elsewhere are not names.
  assert.deepEqual(flagged('Rescuers worked all night.\nThe rescuers said the Rescuer team was tired.'), []);
});

test('the names setting: house spellings win, even when only the other spelling appears', () => {
  const text = 'President Zelenskyy addressed parliament.\nThe report ran on Al-Jazeera and al jazeera.';
  const layer = { rules: { [RULE]: { names: ['Zelensky', 'Al Jazeera'] } } };
  const found = names(text, layer);
  assert.deepEqual(found.map((f) => [text.slice(f.start, f.end), f.message]), [
    ['Zelenskyy', "'Zelenskyy': the house spelling is 'Zelensky'"],
    ['Al-Jazeera', "'Al-Jazeera': the house spelling is 'Al Jazeera'"],
    ['al jazeera', "'al jazeera': the house spelling is 'Al Jazeera'"],
  ]);
  assert.ok(found.every((f) => f.fixes[0].safe));
  assert.equal(applyEdits(text, found[0].fixes[0].edits), text.replace('Zelenskyy', 'Zelensky'));
  assert.deepEqual(names(text), [], 'without the setting, one spelling each is no inconsistency');
  // House names that are not names are ignored rather than matched everywhere.
  assert.deepEqual(names(text, { rules: { [RULE]: { names: ['-', ' - ', '.*', '(', 'a--b'] } } }).map((f) => text.slice(f.start, f.end)), []);
});

test('possessives, acronyms and calendar words', () => {
  const text = "Klitschko's office said the city was calm.\nKlitschko spoke at noon.\nThe UN and the UNDP met in March and in Match Hall.";
  assert.deepEqual(flagged(text), []);
});

test('re-linting after edits gives the same findings as a cold lint', async () => {
  const { clearCaches } = await import('../../server/src/engine/cache.ts');
  const paragraphs = ['Ms Procter chairs the board.', 'Procter said the vote was close.', 'The vote was close.', 'Nothing else happened.'];
  const edits: [number, string][] = [[2, 'Ms Proctor said so.'], [0, 'Ms Proctor chairs the board.'], [1, 'Proctor said the vote was close.'], [2, 'The vote was close.']];
  for (const [i, edit] of edits) {
    paragraphs[i] = edit;
    const text = paragraphs.join('\n\n');
    const warm = names(text).map((f) => describeFinding(text, f));
    clearCaches();
    assert.deepEqual(warm, names(text).map((f) => describeFinding(text, f)));
  }
});

test('a letter moved two places in a long name; a given name differing only in accents; a double-barrelled name without its hyphen', () => {
  assert.equal(sameName('Constantinou', 'Constantiuno'), true);
  assert.equal(sameName('Konstantinos', 'Konstantions'), true);
  // short names, or other letters: not the same
  assert.equal(sameName('Moran', 'Marno'), false);
  assert.equal(sameName('Constantinou', 'Constantinescu'), false);
  assert.deepEqual(flagged('Cllr Máire Ó Dálaigh chaired the hearing.\nMs O Dalaigh said the panel would report.\nMs Ó Dálaigh thanked the witnesses.'), ['O Dalaigh']);
  const text = 'Ms Fenwick-Hayes opened the session.\nDr Priya Fenwick-Hayes, 41, chairs the committee.\nMs Fenwick Hayes said the budget would pass.\nThe committee meets again in June.';
  assert.deepEqual(flagged(text), ['Fenwick Hayes']);
  // the hyphenated form used less often than the spaced one, or another given name before it: quiet
  assert.deepEqual(flagged('Ms Fenwick Hayes opened it.\nMs Fenwick Hayes spoke.\nMs Fenwick-Hayes left.'), []);
  assert.deepEqual(flagged('Ms Fenwick-Hayes opened it.\nHer colleague Anna Fenwick Hayes spoke.'), []);
});

test('particles written together: "de la Vega" / "Delavega", "van der Merwe" / "Vandermerwe"', () => {
  const text = [
    'The inquiry is chaired by Judge Lucía de la Vega, a former immigration judge.',
    'Ms de la Vega said hearings would be held in public.',
    'Witnesses told Judge Delavega that the files had been destroyed.',
  ].join('\n');
  assert.deepEqual(flagged(text), ['Delavega']);
  assert.deepEqual(flagged('Pieter van der Merwe took five wickets.\nVan der Merwe bowled unchanged.\nThe Proteas praised Vandermerwe afterwards.'), ['Vandermerwe']);
  // A particle pair keeps its name whole on every reference: no finding for the same spelling.
  assert.deepEqual(flagged('Ana de los Ríos won the seat.\nDe los Ríos thanked voters.\nMs de los Ríos will sit on the health committee.'), []);
});

test('Mac and Mc are one prefix, and a plural of either is another word', () => {
  assert.equal(sameName('MacLeod', 'McLeod'), true);
  assert.equal(sameName('MacKenzie', 'McKenzie'), true);
  assert.equal(sameName('MacLeods', 'McLeod'), false);
  assert.deepEqual(flagged('The MacLeods farmed at Balnakeil for a century.\nEwan McLeod took over the farm in 1998.\nMr McLeod sold it in 2020.'), []);
});

test('one spelling shared by two people: only the uses with the other spelling\'s full name are flagged', () => {
  const text = [
    'Ewan MacLeod, who has died aged 81, ran the island\'s only ferry for 30 years.',
    'His sister, Morag McLeod, and his brother, Alasdair MacLeod, ran the shop on the pier.',
    'Ewan MacLeod was made an MBE in 1999.',
    'Ewan McLeod retired in 2008 and wrote a history of the crossing.',
    'A McLeod\'s bakery van met every boat.',
  ].join('\n');
  assert.deepEqual(flagged(text), ['McLeod']);
  const [finding] = names(text);
  assert.equal(text.slice(0, finding.start).split('\n').length, 4, 'the slip on line 4, not the sister or the bakery');
  // Both full names in one sentence are two people.
  assert.deepEqual(flagged('Ewan MacLeod and Ewan McLeod, cousins, both fished from the harbour.\nMorag McLeod, his sister, kept the books.'), []);
});

test('places and organisations are told apart by the words before their generic word', () => {
  assert.equal(sameName('Brookfield Road', 'Brookfeld Road'), true);
  assert.equal(sameName('Whitmore Avenue', 'Whitmor Avenue'), true);
  assert.equal(sameName('Fairhaven Trust', 'Fair Haven Trust'), true);
  assert.equal(sameName('Fairhaven Trust', 'Fairhaven Society'), false);
  assert.equal(sameName('Mill Road', 'Hill Road'), false);
  const text = [
    'Residents of Whitmore Avenue say lorries use the street as a shortcut.',
    'The council closed Whitmore Avenue to through traffic in June.',
    'A petition from Whitmor Avenue gathered 400 names.',
    'Whitmore Park and the Whitmore Arms are nearby, as is Cllr Ann Whitmore\'s ward office.',
  ].join('\n');
  assert.deepEqual(flagged(text), ['Whitmor Avenue']);
  const charity = 'The Fairhaven Trust runs the lifeboat museum.\nVolunteers from the Fairhaven Trust repainted it.\nThe Fair Haven Trust hopes to reopen by Easter.';
  assert.deepEqual(flagged(charity), ['Fair Haven Trust']);
});

test('names in short syllables: a letter more in a two- or three-letter part is another name', () => {
  assert.equal(sameName('Van An', 'Van Anh'), false);
  assert.equal(sameName('Thi Hoa', 'Thi Hoan'), false);
  assert.equal(sameName('Min-jun', 'Min-jae'), false);
  const text = [
    'The festival opens with a new work by Tran Van An, who teaches in Hue.',
    'Its soloist is the cellist Tran Van Anh, no relation.',
    'Tran Van An wrote the piece during the pandemic.',
  ].join('\n');
  assert.deepEqual(flagged(text), []);
});

test('a Korean syllable in two romanisations is one name; another syllable is another name', () => {
  // Revised Romanisation "yeon" is McCune-Reischauer "yŏn", written "yon": no Revised syllable is spelled so.
  assert.equal(sameName('Seo-yeon', 'Seo-yon'), true);
  assert.equal(sameName('Ha-yeol', 'Ha-yol'), true);
  // "un" and "yo" are syllables of their own, "yun" another vowel: other names, as "Jae-in" / "Jae-un" are.
  assert.equal(sameName('Ji-eun', 'Ji-un'), false);
  assert.equal(sameName('Ji-yeon', 'Ji-yun'), false);
  assert.equal(sameName('Ha-yeo', 'Ha-yo'), false);
  // The fold is for Korean given names: a three-letter part of another name still makes another name.
  assert.equal(sameName('Van Yeon', 'Van Yon'), false);
  const text = [
    'Transport Minister Park Seo-yeon said talks could start once trains ran again.',
    'Park Seo-yon added that the army would provide drivers.',
    'Park Seo-yeon is due to meet union leaders on Monday.',
    'A student, Lee Ji-eun, was among those detained; her classmate Lee Ji-un was released.',
    'Lee Ji-eun was later freed without charge.',
  ].join('\n');
  assert.deepEqual(flagged(text), ['Seo-yon']);
});

test('a role word opening the sentence before a full name is not a given name that sets the person apart (held-out-19)', () => {
  const text = [
    'Striker Kofi Mensah scored twice before half-time.',
    'Mensah, who joined in the summer, now has 14 goals.',
    'Kofi Mensa, 23, said he hoped to reach 20 by May.',
  ].join('\n');
  assert.deepEqual(flagged(text), ['Mensa']);
  // Another given name mid-sentence still makes another person: the brothers Kofi and Kwame.
  const brothers = [
    'The striker Kofi Mensah scored twice before half-time.',
    'Mensah, who joined in the summer, now has 14 goals.',
    'His cousin, Kwame Mensa, plays for the reserves.',
  ].join('\n');
  assert.deepEqual(flagged(brothers), []);
});

test('a photo caption is read: a name misspelled there, or a double-barrelled name without its hyphen', () => {
  const md = [
    '# Council leader survives vote',
    '',
    'Cllr Ruth Penhaligon-Ward won the confidence vote by 31 to 22.',
    '',
    'Penhaligon-Ward said the result "settles the matter". Dr Amara Okonkwo, who tabled the motion, said she would try again.',
    '',
    'Okonkwo has led the opposition group since 2023.',
    '',
    '![Cllr Ruth Penhaligon Ward with Dr Amara Okonkow after the vote.](count.jpg)',
    '',
  ].join('\n');
  assert.deepEqual(names(md, undefined, 'markdown').map((f) => md.slice(f.start, f.end)), ['Penhaligon Ward', 'Okonkow']);
  // A middle name the hyphenated form is never used with may be another person's: quiet.
  const other = 'Cllr Ruth Penhaligon-Ward won the vote.\nPenhaligon-Ward thanked members.\nHer nephew Tom Penhaligon Ward runs the pub.';
  assert.deepEqual(flagged(other), []);
});

test('a capital inside a word is part of the spelling; one at a word\'s start is not', () => {
  assert.equal(sameName('DeSantis', 'Desantis'), true);
  assert.equal(sameName('MacAskill', 'Macaskill'), true);
  assert.equal(sameName('De la Cruz', 'de la Cruz'), false);
  assert.equal(sameName('Al-Sisi', 'al-Sisi'), false);
  const text = 'Governor Ron DeSantis signed the bill on Friday.\nMr DeSantis said it would survive a challenge.\nOpponents said Desantis had ignored the courts.';
  assert.deepEqual(flagged(text), ['Desantis']);
});

test('x and ks are one transliteration (Alexei / Aleksei)', () => {
  assert.equal(sameName('Alexei', 'Aleksei'), true);
  assert.equal(sameName('Oleksandr', 'Olexandr'), true);
  assert.deepEqual(flagged('Oleksandr Usyk retained his titles.\nUsyk, 38, said he would fight again.\nPromoters said Olexandr Usyk would be back in the spring.\nOleksandr Usyk flew home on Monday.'), ['Olexandr']);
});

test('a hyphenated given name written as two words, and "May", "Jan", "Jun" inside a name', () => {
  const text = 'Min-jun Park, 19, was named player of the tournament.\nMin-jun Park scored in every round.\nHis coach said Min Jun Park had trained through an injury.';
  assert.deepEqual(flagged(text), ['Min Jun']);
  assert.deepEqual(flagged('Jean-Luc Moreau chairs the panel.\nJean-Luc Moreau will report in June.\nThe minister thanked Jean Luc Moreau.'), ['Jean Luc']);
  // The spaced form used more often than the hyphenated one: nothing to say.
  assert.deepEqual(flagged('Jean Luc Moreau chairs the panel.\nJean Luc Moreau will report.\nJean-Luc Moreau thanked staff.'), []);
  // "Jun" after a given name is part of the name; a month opening a run stays a month.
  assert.deepEqual(flagged('Theresa May led the Conservatives.\nIn May the party chose a new leader.\nMay Jun Lee, an aide, resigned.'), []);
});

test('person by person, the spelling used less often with that given name is the slip, whichever is commoner overall', () => {
  const text = [
    'Morag McLeod opened the first shop on the pier in 1971, and her brother Ewan MacLeod ran the ferry.',
    'Morag McLeod later bought the hotel.',
    'Morag McLeod sold it in 2001.',
    'Morag McLeod died in 2015.',
    'Ewan MacLeod was made an MBE in 1999.',
    'Ewan McLeod retired in 2008.',
    'Ewan MacLeod died last week.',
  ].join('\n');
  const found = names(text);
  assert.deepEqual(found.map((f) => [text.slice(0, f.start).split('\n').length, text.slice(f.start, f.end)]), [[6, 'McLeod']]);
  // One use each of the full name: a tie says nothing.
  assert.deepEqual(flagged('Morag McLeod and her brother Ewan MacLeod ran the pier.\nEwan McLeod retired in 2008.'), []);
});

test('a surname with an "s" too many, used alone, where only the other spelling was introduced, is a slip', () => {
  const text = [
    'The centre Callum Brannigan scored twice as Harrow won at home.',
    'Brannigan crossed again after the break.',
    'The coach said Brannigans, who joined in the summer, had earned his place.',
  ].join('\n');
  assert.deepEqual(flagged(text), ['Brannigans']);
  // A family in the plural, and another person with the longer name, given names of their own, are not slips.
  assert.deepEqual(flagged('Callum Brannigan scored twice.\nBrannigan crossed again.\nThe Brannigans watched from the stand.'), []);
  assert.deepEqual(flagged('Callum Brannigan scored twice.\nBrannigan crossed again.\nHis agent, Lisa Brannigans, was in the stand.'), []);
});

test('Irish particles belong to the surname: a dropped fada on "Ní" or "Ó" is the same name, a sister of the same name is not a slip', () => {
  const text = [
    'The hearing was told that Gráinne Ní Dhuibhir had raised the alarm twice.',
    'Ms Ní Dhuibhir was not called to give evidence.',
    'Her cousin, Orla Ní Dhuibhir, sat in the public gallery.',
    'Lawyers for Ms Ni Dhuibhir said she would appeal.',
  ].join('\n');
  assert.deepEqual(flagged(text), ['Ni Dhuibhir']);
  assert.equal(fixedText(text), text.replace('Ms Ni Dhuibhir', 'Ms Ní Dhuibhir'));
  // The same spelling throughout, for two sisters: nothing.
  assert.deepEqual(flagged('Gráinne Ní Dhuibhir gave evidence.\nHer sister Orla Ní Dhuibhir did not.\nMs Ní Dhuibhir left at noon.'), []);
  // "Ni" without a fada before a name that is not lenited stays a given name (a Chinese "Ni Hong"), so
  // two people "Ni Hong" and "Ni Hang" are not joined into one long surname.
  assert.deepEqual(flagged('The engineer Ni Hong designed the bridge.\nHer colleague Ni Hang ran the tests.\nNi Hong said the results were good.'), []);
});

test('a name that opens with a lower-case particle, no given name before it, is compared whole', () => {
  const text = [
    'Jan van der Meulen saved two penalties as Dordrecht won the shoot-out.',
    'Van der Meulen, 33, has kept goal for the club since 2019.',
    'It was Van der Meulen who organised the wall for the late free kick.',
    '"You do not often beat van de Meulen from the spot," the losing coach said.',
  ].join('\n');
  assert.deepEqual(flagged(text), ['van de Meulen']);
  // The fix keeps the writer's lower-case particle: its capital is house style, not the slip.
  assert.equal(fixedText(text), text.replace('van de Meulen', 'van der Meulen'));
  // An English word that is also a particle ("at", "as") does not open a name; nor does a particle before a title.
  assert.deepEqual(flagged('She arrived at Dordrecht on Monday.\nHe left Dordrect on Tuesday.'), []);
  assert.deepEqual(flagged('Crown Prince Mohammed bin Salman spoke first.\nThe talks, said bin Salman, were useful.\nBin Salman left on Friday.'), []);
});

test('in a given name, "ou" and "u" are one transliteration (Mourad / Murad); in a surname and in short names they are not', () => {
  const text = [
    'The deputy mayor, Mourad al-Tikriti, opened the new clinic.',
    'Mr al-Tikriti said the city had waited ten years for it.',
    'Murad al-Tikriti later toured the children’s ward.',
    'Mourad al-Tikriti is expected to stand for mayor.',
  ].join('\n');
  assert.deepEqual(flagged(text), ['Murad']);
  assert.equal(sameName('Youssef', 'Yusuf', true), true);
  // Whole vowels apart, not one transliteration: brothers Hassan and Hussain keep their names.
  assert.equal(sameName('Hassan', 'Hussain', true), false);
  assert.deepEqual(flagged('Hassan al-Amin and his brother Hussain al-Amin run the shop.\nHassan al-Amin opened it.\nHussain al-Amin keeps the books.'), []);
  // A surname keeps "ou" apart from "u" (Young / Yung are two families).
  assert.equal(sameName('Young', 'Yung'), false);
  assert.deepEqual(flagged('Cllr Young chairs the board.\nCllr Yung, the treasurer, disagreed.\nCllr Young said the vote would stand.'), []);
});

test('a name wrapped across a line inside a paragraph is one name, as it would be on one line', () => {
  const oneLine = [
    'The chair of the Fenmoor Housing Partnership, Dr Katarzyna Wilczynska, said rents would rise.',
    '',
    'Dr Katarzyna Wilczynska added that the Fenmoor Housing Partnership would put repairs first.',
    '',
    'Her husband, Tomasz Wilczynski, sits on the board of the Fenmore Housing Partnership.',
  ].join('\n');
  const wrapped = oneLine.replace('Dr Katarzyna Wilczynska, said', 'Dr Katarzyna\nWilczynska, said').replace('the Fenmore Housing', 'the Fenmore\nHousing');
  assert.notEqual(wrapped, oneLine);
  const spans = (text: string) => names(text).map((f) => text.slice(f.start, f.end).replace(/\s+/g, ' '));
  assert.deepEqual(spans(oneLine), ['Fenmore Housing Partnership']);
  // Wrapped, the given name still ties the surname to its person (the husband's name stays his own),
  // and the organisation is still one name.
  assert.deepEqual(spans(wrapped), spans(oneLine));
});

test('a headline in capitals is read: a misspelling there is flagged and fixed in capitals; the same letters are the same name', () => {
  const text = [
    '# KOWALCZYK WINS RERUN IN HARBOURSIDE WARD',
    '',
    'Cllr Agnieszka Kowalczik won the rerun by 212 votes.',
    '',
    'Ms Kowalczik said the result belonged to the ward.',
    '',
    'Her agent said Kowalczik had knocked on every door.',
  ].join('\n');
  const found = names(text, undefined, 'markdown');
  assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['KOWALCZYK']);
  assert.equal(applyEdits(text, found[0].fixes[0].edits), text.replace('KOWALCZYK', 'KOWALCZIK'));
  // Capitals cannot show a capital inside a word, nor tell a name from a word used in lower case.
  const same = ['# MCDONALD BACKS NATO PLAN AS RAIDS GO ON', '', 'Ewan McDonald, a former envoy, spoke first.', '', 'Mr McDonald said the raids had to stop.', '', 'Mr McDonald met Nato officials.'].join('\n');
  assert.deepEqual(names(same, undefined, 'markdown').map((f) => same.slice(f.start, f.end)), []);
  // A name in a headline in capitals counts with the body's spelling.
  const counted = ['# PROCTOR BILL PASSES', '', 'Sen. Ruth Proctor wrote the bill.', '', 'Ms Procter said it would pass.', '', 'Ms Proctor thanked her staff.'].join('\n');
  const [finding] = names(counted, undefined, 'markdown');
  assert.equal(counted.slice(finding.start, finding.end), 'Procter');
  assert.match(finding.message, /'Proctor' 3 times/);
});

test('a capital O after a given name is a middle initial, and "Nic" a given name: neither joins the surname', () => {
  const text = 'Henry O Whitcombe chairs the trust.\nMr Whitcombe said the accounts were sound.\nNic Dunlop, the treasurer, agreed.\nDunlop said the audit was clean.\nMr Whitcomb left early.';
  const found = names(text);
  assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['Whitcomb']);
  assert.match(found[0].message, /'Whitcombe' 2 times/);
});

test('a word of a headline in capitals is compared only with a person named in the body', () => {
  const text = ['# DAWN RAIDS ON HARBOUR ROW', '', 'Officers from the Reids unit searched six homes.', '', 'The Reids unit said more searches would follow.', '', 'Ms Alison Reid, a resident, said she was woken at five.'].join('\n');
  assert.deepEqual(names(text, undefined, 'markdown').map((f) => text.slice(f.start, f.end)), []);
});

test('an abbreviated title is the title: "Cllr" ties one use to "Councillor"', () => {
  const text = 'Councillor Amrit Dhaliwal, who chairs the planning board, backed the scheme.\nCllr Dhalliwal said the homes were badly needed.';
  assert.deepEqual(flagged(text), ['Dhalliwal']);
  // Without a title in common, one use each is still too little.
  assert.deepEqual(flagged('Councillor Amrit Dhaliwal backed the scheme.\nMr Dhalliwal, a neighbour, objected.'), []);
});

test('a bare surname after one named in full refers back to that person', () => {
  const text = 'Commissioner Ingrid Halloran said the force would recruit 300 officers.\nHalloren told the panel that the money was already in the budget.';
  assert.deepEqual(flagged(text), ['Halloren']);
  // Before anyone of the other spelling is named, it refers to no one yet.
  assert.deepEqual(flagged('Halloren told the panel the money was there.\nCommissioner Ingrid Halloran said the force would recruit.'), []);
  // An item in a list of names (a line-up, a list of scorers) is a name of its own, not a reference.
  assert.deepEqual(flagged('Coach Dermot Halloran named his side.\nCity: Byrne; Walsh, Halloren, Quinn, Doyle.'), []);
});

test('a given name\'s gendered ending makes another person', () => {
  // Two people: neither the given names nor the surnames are slips of each other.
  assert.deepEqual(flagged('Senator Paola Ferrini opened the debate.\nThe economist Paolo Ferrino disagreed with her figures.'), []);
  assert.deepEqual(flagged('Dr Simona Grillo led the study.\nLater, Simone Grillo, her cousin, described the farm.'), []);
  // Not every last letter: "Andrij" / "Andriy" is one name.
  assert.equal(sameName('Mario', 'Maria', true), false);
  assert.equal(sameName('Andriy', 'Andrij', true), true);
});

test('at a sentence start, a bare word refers back only when it acts as a person', () => {
  // "Parked" opens a phrase: a word, not Chief Parker's name.
  assert.deepEqual(flagged('Fire Chief Mark Parker said the blaze began in a garage.\nParked cars in the lane were moved.'), []);
  assert.deepEqual(flagged('Fire Chief Mark Parker said the blaze began in a garage.\nParkar told reporters the roof was lost.'), ['Parkar']);
});

test('a country beside its adjective is another word, whichever is longer (session 5, held-out-8)', () => {
  // The country is the adjective plus "y": German / Germany, as Russia / Russian the other way.
  assert.equal(sameName('German', 'Germany'), false);
  assert.equal(sameName('Roman', 'Romany'), false);
  assert.deepEqual(flagged('The firm employs 4,000 people in Germany.\nIts German arm grew fastest, and German staff were told first.'), []);
  // Counter-case: a surname's final "y" dropped is still a slip (only "-an" + "y" is let go).
  assert.equal(sameName('Kennedy', 'Kenned'), true);
  assert.deepEqual(flagged('Ms Sinead Kennedy chaired the meeting.\nKennedy said the vote was close.\nKenned added that it would be rerun.'), ['Kenned']);
});

test('Turkish dotless ı folds to i, however many times it is lost (session 5, held-out-8)', () => {
  assert.equal(sameName('Kırıkkale', 'Kirikkale'), true);
  assert.deepEqual(flagged('Mayor Ayşe Kılıçdar opened the bridge.\nKılıçdar said it cost less than planned.\nKilicdar added that a second bridge would follow.'), ['Kilicdar']);
  // Counter-case: a whole letter apart besides the fold is still another name.
  assert.equal(sameName('Kılınç', 'Kalanc'), false);
});

test('ø, ł, đ and æ fold to their base letters like ı: NFD does not split them (session 6)', () => {
  assert.equal(sameName('Søren', 'Soren'), true);
  assert.equal(sameName('Wałęsa', 'Walesa'), true);
  assert.equal(sameName('Đokić', 'Dokic'), true);
  assert.deepEqual(flagged('The coach, Søren Kjær, named his side on Friday.\nKjær said the squad was fit.\nKjaer added that two players were rested.'), ['Kjaer']);
  assert.deepEqual(flagged('Councillor Paweł Wróbel chaired the meeting.\nWróbel said the budget was tight.\nWrobel later voted against it.'), ['Wrobel']);
  assert.deepEqual(flagged('The striker Đorđe Lukić scored twice.\nLukić left the pitch in the 80th minute.\nLukic was substituted to applause.'), ['Lukic']);
});

test('a particle-like word after a name ("at", "as") is a preposition when no name follows it a space apart (session 6, held-out-9)', async () => {
  const { namesIn } = await import('../../server/src/rules/name-consistency.ts');
  // "at a briefing. Al-Amiri …": the lower-case words between "at" and the next capital are not name words.
  const surnames = (prose: string) => namesIn(prose, false).mentions.map((m) => m.surname.text);
  assert.deepEqual(surnames('The plan was set out by Yasmin al-Amiri at a briefing. Al-Amiri said it would hold.'), ['al-Amiri', 'Al-Amiri']);
  assert.equal(surnames('Our reporter Tom Marsh at the Riverside Ground watched it.')[0], 'Marsh');
  // So the full name counts, and a sentence-initial "El-" against it is flagged.
  const text = 'The plan was set out by Yasmin al-Amiri at a briefing. Al-Amiri said it would hold.\n\nEl-Amiri said the first aid convoys would leave at dawn.\n\nYasmin al-Amiri said she would report to parliament.';
  assert.deepEqual(flagged(text), ['El-Amiri']);
  // Counter-case: a particle that a name does follow a space apart still joins it ("Juan de la Cruz").
  assert.deepEqual(surnames('The mayor, Juan de la Cruz, spoke at length.'), ['de la Cruz']);
});

test('a one-letter slip that the folds put two edits apart is still one slip (session 7, held-out-12)', () => {
  // "gh" folds to "g" while "ch" stays; "tch" folds to "ch": the skeletons differ by two letters.
  assert.equal(sameName('Slaughter', 'Slauchter'), true);
  assert.equal(sameName('Kimutich', 'Kimutch'), true);
  assert.deepEqual(flagged('The referee, Dougie Slaughter, awarded a late penalty.\nSlaughter said he saw the push clearly.\nThe league asked Mr Slauchter for his report.'), ['Slauchter']);
  assert.deepEqual(
    flagged('Uganda’s Peter Kimutich won the 10km race in 28 minutes.\n\nKimutich, 24, broke away at the bridge.\n\n"I felt strong," said Kimutich.\n\nKimutch’s win was his second in the city.'),
    ['Kimutch'],
  );
  // Counter-case: two letters apart as written stays two names.
  assert.equal(sameName('Slaughter', 'Slaughton'), false);
});

test('two full names each described in their own words are two people (session 7, held-out-7)', () => {
  // One given name, surnames a letter apart, each set off with who the person is, nothing in common.
  const apart = [
    '"Rents will keep rising into spring," said Ravi Kapoor, head of research at Lanyard Estates.',
    'Ravi Kapur, a housing officer with Westmoor council, disagreed. "Supply is catching up," Kapur said.',
    'Kapoor added that the firm expects rents to rise 4% next year.',
  ].join('\n');
  assert.deepEqual(flagged(apart), []);
  // Counter-case: a second introduction that repeats something of the first is the same person.
  const same = apart.replace('a housing officer with Westmoor council', 'the Lanyard Estates analyst').replace('disagreed', 'went on').replace('Supply is catching up', 'Demand is strong');
  assert.deepEqual(flagged(same), ['Kapur', 'Kapur']);
  // Counter-case: a relative clause is not a description ("who …"), so it does not tell them apart.
  const relative = apart.replace(', a housing officer with Westmoor council,', ', who joined the firm in May,');
  assert.deepEqual(flagged(relative), ['Kapur', 'Kapur']);
});

test('one Korean surname romanised two ways, the whole given name the same, is one person (session 7, held-out-11)', () => {
  const text = [
    'The festival was opened by its founder, Park Seo-yeon, on Friday.',
    'Park Seo-yeon started it in a church hall in 2009.',
    'Her nephew, Park Min-ho, now runs the box office.',
    'Pak Seo-yeon said the next edition would move to the riverside.',
  ].join('\n');
  const found = names(text);
  assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['Pak Seo-yeon']);
  assert.equal(applyEdits(text, found[0].fixes[0].edits), text.replace('Pak Seo-yeon', 'Park Seo-yeon'));
  // Given name first, the surname last: the same.
  assert.deepEqual(flagged('The curator, Seo-yeon Choi, hung the show.\nSeo-yeon Choi chose every frame.\nSeo-yeon Choe said it took a year.'), ['Seo-yeon Choe']);
  // Counter-cases: another given name is another person (the nephew above); surnames a letter apart that
  // are not one romanisation (Kang / Jang) are other families; two named in one sentence are two people.
  assert.deepEqual(flagged('Kang Ji-woo chairs the board.\nKang Ji-woo said profits rose.\nJang Ji-woo, a supplier, disagreed.'), []);
  assert.deepEqual(flagged('Lee Da-eun and Yi Da-eun, cousins, both ran.\nLee Da-eun won.'), []);
});
