// sentenceFinder replaces a search of every sentence for every figure or date (figure-consistency,
// date-consistency) with a bisection: it must give the index that search gave, on any list of spans.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { proseSentences, sentenceFinder } from '../../server/src/engine/sentences.ts';
import type { Span } from '../../server/src/engine/types.ts';

const linear = (sentences: readonly Span[], at: number) => sentences.findIndex((s) => at >= s.start && at < s.end);

test('on any list of spans (in order or not, overlapping, empty, reversed) it finds what a search of every span finds', () => {
  const span = fc.record({ start: fc.integer({ min: 0, max: 60 }), end: fc.integer({ min: 0, max: 60 }) });
  fc.assert(
    fc.property(fc.array(span, { maxLength: 12 }), fc.array(fc.integer({ min: -2, max: 62 }), { maxLength: 20 }), (sentences, points) => {
      const find = sentenceFinder(sentences);
      for (const at of points) assert.equal(find(at), linear(sentences, at), `at ${at} in ${JSON.stringify(sentences)}`);
    }),
    { numRuns: 2000 },
  );
});

test('on sentences in order with gaps between them (the bisected case) it finds what a search of every span finds', () => {
  const gaps = fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 9 })), { minLength: 1, maxLength: 15 });
  fc.assert(
    fc.property(gaps, (pairs) => {
      const sentences: Span[] = [];
      let at = 0;
      for (const [gap, length] of pairs) {
        sentences.push({ start: at + gap, end: at + gap + length });
        at += gap + length;
      }
      const find = sentenceFinder(sentences);
      for (let x = -1; x <= at + 1; x++) assert.equal(find(x), linear(sentences, x));
    }),
    { numRuns: 1000 },
  );
});

test('on the sentences of prose it finds each offset\'s sentence as the search did', () => {
  const word = fc.constantFrom('The', 'council', 'said', '3.5m.', 'up', '40%', 'No.', '10', 'at', '8', 'p.m.', 'Prices', 'rose.', '“it', 'will”', '?', '!', 'Mr.', 'Smith', '\n', '  ', 'cent.');
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), (words) => {
      const prose = words.join(' ');
      const sentences = proseSentences(prose);
      const find = sentenceFinder(sentences);
      for (let x = 0; x <= prose.length; x++) assert.equal(find(x), linear(sentences, x));
    }),
    { numRuns: 300 },
  );
});
