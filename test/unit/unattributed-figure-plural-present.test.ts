// unattributed-figure, desk mode: session 8, round fig23 (rule doc, "Session 8: the tense reader's plural simple
// present"). The simple present of a plural subject has no ending ("Porters earn", "they pay"), so the tense reader
// reads it by where the bare word stands: after "they"/"we"/"you", after an adverb that follows a plural noun, or
// after a bare subject whose head is plural and before an object. Nouns, adjectives, particles and past forms in
// that place are not read as verbs. Our own sentences.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simplePresentVerbs, tenseOf } from '../../server/src/rules/unattributed-figure/tense.ts';
import { figuresFlagged } from './helpers.ts';

test('a plural subject’s bare verb before an object is the simple present', () => {
  assert.equal(tenseOf('Porters at the county hospital earn £11.90 an hour'), 'present');
  assert.deepEqual(simplePresentVerbs('Porters at the county hospital earn £11.90 an hour'), ['earn']);
  assert.equal(tenseOf('Most tenants in the borough pay about £1,150 a month'), 'present');
  assert.equal(tenseOf('Children from poorer homes receive the same grant'), 'present');
});

test('after "they", "we" or "you", and after an adverb that follows a plural noun, a bare word is the verb', () => {
  assert.equal(tenseOf('They earn roughly £24,000 a year'), 'present');
  assert.equal(tenseOf('Hauliers typically secure rebates of 20% on such orders'), 'present');
  assert.equal(tenseOf('Many growers still hire seasonal pickers'), 'present');
});

test('a noun, a particle, an adjective or a past form after a plural is not read as a present verb', () => {
  // A singular head with a plural in its modifier: "the rise in rents" takes no bare verb.
  assert.deepEqual(simplePresentVerbs('The rise in rents took the council by surprise'), []);
  assert.equal(tenseOf('The earnings of porters rose 4% last year'), 'past');
  assert.equal(tenseOf('Porters paid £11.90 an hour'), 'past');
  assert.deepEqual(simplePresentVerbs('Shares up 5% on the week'), []);
  assert.deepEqual(simplePresentVerbs('Cottages worth £1m or more'), []);
  assert.deepEqual(simplePresentVerbs('Most rises of 5% in a year'), []);
  // A name ("Kelham Rovers") and a verb whose past is its base form ("beat") are left alone.
  assert.equal(tenseOf('Kelham Rovers beat Town 2-1'), undefined);
  // The third-person "-s" form after a mass noun is still read.
  assert.deepEqual(simplePresentVerbs('The data shows 40% of porters'), ['shows']);
});

test('a sum per period in the plural simple present is a running rate: main tier; in the past a hint', () => {
  assert.deepEqual(figuresFlagged('Porters at the county hospital earn £11.90 an hour.', 'main'), ['£11.90']);
  assert.deepEqual(figuresFlagged('Most tenants in the borough pay about £1,150 a month in rent.', 'main'), ['£1,150']);
  assert.deepEqual(figuresFlagged('Porters at the county hospital earned £11.90 an hour last year.', 'main'), []);
  assert.deepEqual(figuresFlagged('Porters at the county hospital earned £11.90 an hour last year.'), ['£11.90']);
});
