// figure-consistency, session 4 round 4: ages linked to their person, two counted things of their own in
// coordinated clauses, a share of a part of the whole; date-consistency's yearless date about what is to come.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine/edits.ts';
import { lintAllTiers, ofRule } from './helpers.ts';

const flagged = (text: string, rule = 'figure-consistency') => ofRule(lintAllTiers(text, 'plaintext'), rule).map((f) => text.slice(f.start, f.end));

test('a named person given two ages: the later, less frequent one is flagged, with a fix to the other', () => {
  const text = [
    'Councillor Priya Oduya lost her seat on Thursday after 12 years.',
    'Oduya, 58, said she would not stand again.',
    'The 53-year-old Oduya thanked her staff.',
  ].join('\n');
  const found = ofRule(lintAllTiers(text, 'plaintext'), 'figure-consistency');
  assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['53']);
  assert.match(found[0].message, /53 here, 58 on line 2/);
  assert.equal(applyEdits(text, found[0].fixes[0].edits), text.replace('53-year-old', '58-year-old'));
});

test('two people who share a surname keep their own ages', () => {
  // A full name that is not how the surname was first introduced is someone else (a brother, a namesake).
  assert.deepEqual(flagged('Tomas Brandt scored twice. Brandt, 20, has four goals this season.\nHis cousin Erik Brandt, 27, plays in goal for the visitors.'), []);
  // Two different first names.
  assert.deepEqual(flagged('Ana Ruiz, 34, and her sister Lena Ruiz, 31, run the bakery together.'), []);
});

test('a definite reference back whose age swaps the digits of the only near age is flagged; a new person is not', () => {
  assert.deepEqual(flagged('A 58-year-old man was taken to hospital after the crash.\nPolice said the 85-year-old was expected to recover.'), ['85']);
  // An indefinite age introduces someone new, whatever its digits.
  assert.deepEqual(flagged('A 58-year-old man was taken to hospital after the crash.\nAn 85-year-old woman was also hurt.'), []);
  // The age already belongs to someone: the reference finds them.
  assert.deepEqual(flagged('A 58-year-old man and an 85-year-old woman were hurt.\nThe 85-year-old was later discharged.'), []);
  // A list of ages is several people.
  assert.deepEqual(flagged('Three men, aged 19, 21 and 24, were arrested.\nThe 42-year-old was released.'), []);
});

test('the dead and the hurt counted in coordinated clauses are two counts', () => {
  // (Before round 4 "three" was read as a count of the dead, from the first clause's words, against the headline's 4.)
  const text = '# 4 killed in overnight fire at Dockside warehouse\n\n**HARBOUR CITY (WKRB)** — Four people were killed and three firefighters were hurt when fire tore through a warehouse early Monday, officials said.';
  assert.deepEqual(flagged(text), []);
  // The dead counted differently still are.
  assert.ok(flagged(text.replace('Four people were killed', 'Five people were killed')).includes('Five'));
});

test('a share of a part of the whole is not the whole share restated', () => {
  const whole = 'Mensah won 61.4 percent of the vote, the returning officer said.\n';
  assert.deepEqual(flagged(whole + "Supporters cheered as Mensah finished with 64.1 percent of the vote in the county's northern wards, where turnout was higher."), []);
  // Without the part, the same share with its digits swapped is still a slip.
  assert.deepEqual(flagged(whole + 'Supporters cheered as Mensah finished with 64.1 percent of the vote, where turnout was higher.'), ['64.1 percent']);
});

test('a yearless date about what is to come is read against the latest date in the draft, not a past one near it', () => {
  const text = [
    'The poet Ilse Marten has died at 91. She died on 2 November 2026.',
    'She was born on 9 May 1935 in Delft.',
    'A memorial will be held on Friday, 13 November, at the town hall.',
  ].join('\n');
  assert.deepEqual(flagged(text, 'date-consistency'), []);
  // A wrong weekday for the story's own year is still flagged.
  assert.deepEqual(flagged(text.replace('Friday, 13 November', 'Thursday, 13 November'), 'date-consistency'), ['Thursday, 13 November']);
});
