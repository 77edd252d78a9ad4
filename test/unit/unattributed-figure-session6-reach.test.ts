// unattributed-figure, session 6: a source's reach by topic (held-out-8, -9 and -10's mistakes whose causes
// also appear in another set). Our own sentences, each beside its counter-case.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureFindings } from './helpers.ts';

/** Every finding (hints too), as the figure's text. */
const found = (text: string, format: 'plaintext' | 'markdown' = 'plaintext') => figureFindings(text, format).map((f) => text.slice(f.start, f.end));

test('a poll\u2019s reach is its measure: shares in per cent after it go on with its results, whatever their subject', () => {
  const poll = 'A poll of 1,020 adults by Norvane Research found the Labour Party on 41%, the Liberals on 30% and the Centre Party on 12%.';
  // The same paragraph: another party's share, and the people it counts as saying so.
  assert.deepEqual(found(`${poll} The Greens drew 9%, and 8% said they did not know.`), []);
  // The next paragraph, in the respondents' present.
  assert.deepEqual(found(`${poll}\n\nOnly 22 per cent now say they trust the government.`), []);
  // Not a poll: an election count's shares do not make "8% said" a result of anyone's survey.
  assert.deepEqual(found('The commission said Labour won 41%, the Liberals 30% and the Centre Party 12%. Only 8% of voters said they were satisfied.'), ['8%']);
  // A person's comment in between ends the poll's reach.
  assert.deepEqual(found(`${poll}\n\nThe prime minister, Ana Ruiz, said the result was "a warning".\n\nOnly 22 per cent now say they trust the government.`), ['22 per cent']);
  // A figure in another measure is not the poll's share.
  assert.deepEqual(found(`${poll}\n\nThe Greens won 9%.`), []);
  assert.deepEqual(found(`${poll}\n\nThe Greens drew 64,000 votes in the by-election.`), ['64,000']);
});

test('a source\u2019s reach is judged by the subject of claim, not the place it is set in', () => {
  const quake = 'The quake struck at a depth of 12 km under hill towns near Orm, the geological survey said.';
  // Shared only "town" and "Orm", both where the rescue happened: a new subject of claim.
  assert.deepEqual(found(`${quake}\n\nRescuers pulled 23 people from the rubble in the town of Pella by noon, and 40 were treated in hospitals in Orm.`), ['23', '40']);
  // The source's own subject goes on: its words, not its places.
  assert.deepEqual(found(`${quake}\n\nQuake aftershocks struck at a depth of 8 km in Orm.`), []);
  // The same within a paragraph, after an anonymous source: "in Dublin" is not what the source spoke of.
  assert.deepEqual(found('The bank will cut 1,200 jobs in Dublin and Cork, according to a person familiar with the plans. About 300 of the posts will go in Dublin alone.'), ['300']);
});

test('a lead that summarises the data named next is covered by it; a lead on another subject is not', () => {
  const lead = 'One in four renters in Kessel spent more than half their income on rent last year.';
  assert.deepEqual(found(`${lead}\n\nFigures published by the housing office show 26 per cent of renters paid more than half their income on rent.`), []);
  assert.deepEqual(found(`${lead}\n\nFigures published by the transport office show bus journeys rose 6 per cent.`), ['One in four', 'more than half']);
});

test('a byline above the story is not its first sentence: the lead still takes the source that follows', () => {
  const body = 'One in four renters spent more than half their income on rent last year.\n\nFigures published by the housing office show 26 per cent of renters paid more than half their income on rent.';
  assert.deepEqual(found(`# Rents soar\n\n*By Ann Leary, Housing Editor*\n\n${body}`, 'markdown'), []);
  // A sentence of the story before it: the figure is no longer the lead.
  assert.deepEqual(found(`# Rents soar\n\nThe housing market cooled in the spring.\n\n${body}`, 'markdown'), ['One in four', 'more than half']);
});

test('"The number of <noun>" opens a new measure on the named-subject path too', () => {
  assert.deepEqual(found('Unions say the shortages are driving paramedics out. The number of paramedics leaving the service has risen by 30% in two years.'), ['30%']);
  // The subject named again, with no new measure, goes on with the source.
  assert.deepEqual(found('The ambulance trust said 410 paramedics left last year. The paramedics who left had an average of 11 years\u2019 service.'), []);
});
