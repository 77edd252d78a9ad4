// unattributed-figure, session 5, round 3: who is reporting. A reporting verb attributes a figure only
// when its subject can be a source. Our own sentences, each beside its counter-case.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureFindings, lintText } from './helpers.ts';

/** Every finding (hints too), as "figure kind". */
const found = (text: string) => figureFindings(text).map((f) => `${text.slice(f.start, f.end)} ${f.detail?.kind}`);
/** Strict mode's flagged figures. */
const strict = (text: string) =>
  lintText(text, 'plaintext', { rules: { 'unattributed-figure': { mode: 'strict' } } })
    .filter((f) => f.rule === 'unattributed-figure')
    .map((f) => text.slice(f.start, f.end));

test('a passive "heard" names the thing heard, not a source: it attributes nothing', () => {
  assert.deepEqual(found('The backlog of appeals waiting to be heard by the tribunal rose to 41,000.'), ['41,000 countChange']);
  assert.deepEqual(found('Some 400 complaints were heard at the inquiry last year.'), ['400 tally']);
  // Strict mode: a figure beside a case "due to be heard" has no source in its sentence.
  // (Strict mode reads the tally's two numbers as two findings; which is a separate matter.)
  assert.deepEqual(strict('The board approved the scheme by 6 votes to 4, and an appeal is due to be heard in May.'), ['6', '4']);
  assert.deepEqual(strict('The board approved the scheme by 6 votes to 4, and an appeal is due in May, the clerk said.'), []);
});

test('an active "heard" whose subject is a court, a trial or an inquiry still attributes, in both modes', () => {
  for (const text of [
    'The court heard that the pair stole £41,000 from the charity over six years.',
    'The pair stole £41,000 from the charity over six years, Tarrow Crown Court heard.',
    'The inquiry heard 1,200 patients had waited more than a year.',
    'The trial had heard that 14 shots were fired.',
  ]) {
    assert.deepEqual(found(text), [], text);
    assert.deepEqual(strict(text).filter((t) => !/years?$/.test(t)), [], text);
  }
});

test('the people counted are not a source: "58% of voters say" is a survey result; a survey or body named in reach still sources it', () => {
  assert.deepEqual(found('About 58% of voters say the mayor should resign.'), ['58% survey']);
  assert.deepEqual(found('One in four adults say they skipped a meal last month.'), ['One in four survey']);
  assert.deepEqual(found('About 58% of voters say the mayor should resign, according to a poll by Northgate Research.'), []);
  assert.deepEqual(found('Nearly 40 per cent of nurses told the union they planned to leave, the union said.'), []);
});

test('an agentless passive of belief or report is no source; the same verb with its agent is', () => {
  assert.deepEqual(found('The gang is believed to have stolen £3m from the vaults.'), ['£3m estimate']);
  assert.deepEqual(found('As many as 3,000 people are thought to have fled the town.'), ['3,000 casualty']);
  assert.deepEqual(found('The gang is believed by detectives to have stolen £3m from the vaults.'), []);
  assert.deepEqual(found('The house is said by the agent to be worth £4m.'), []);
});

test('a named or identifiable body, and official data, are sources (the labels of many sets agree)', () => {
  for (const text of [
    'The ministry said 41 people had died.',
    'Police said 12 people were arrested.',
    'Officials said 2,400 homes were without power.',
    'Data from the rail regulator showed 14% of trains were late.',
    'Retail sales fell 0.4% in May, official data showed.',
  ]) assert.deepEqual(found(text), [], text);
});
