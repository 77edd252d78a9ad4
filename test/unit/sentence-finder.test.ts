// sentenceFinder replaces a search of every sentence for every figure or date (figure-consistency,
// date-consistency) with a bisection: it must give the index that search gave, on any list of spans.

import { monthIndex, partitionPoint } from '../../server/src/engine/text.ts';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { proseSentences, sentenceFinder } from '../../server/src/engine/sentences.ts';
import type { Span } from '../../server/src/engine/types.ts';
import { SpanSet } from '../../server/src/rules/figure-consistency/extract.ts';

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

test('SpanSet (figure-consistency) drops, finds overlaps and keeps order as the list of spans it replaced did', () => {
  const span = fc.record({ start: fc.integer({ min: 0, max: 400 }), length: fc.integer({ min: -2, max: 150 }) }).map(({ start, length }) => ({ start, end: start + length }));
  const op = fc.record({ drop: fc.boolean(), start: fc.integer({ min: -5, max: 420 }), length: fc.integer({ min: 0, max: 160 }) });
  fc.assert(
    fc.property(fc.array(span, { maxLength: 25 }), fc.array(op, { maxLength: 25 }), fc.boolean(), (initial, ops, forward) => {
      const spans = initial.filter((s) => forward || s.end >= s.start);
      const list = spans.map((s) => ({ ...s }));
      const set = new SpanSet(spans.map((s) => ({ ...s })));
      for (const { drop, start, length } of ops) {
        const end = start + length;
        if (drop) {
          for (let i = list.length - 1; i >= 0; i--) if (list[i].start >= start && list[i].end <= end && list[i].end - list[i].start < end - start) list.splice(i, 1);
          set.removeShorterInside(start, end);
        }
        const taken = list.some((s) => start < s.end && end > s.start);
        assert.equal(set.overlaps(start, end), taken);
        if (!taken) {
          list.push({ start, end });
          set.add({ start, end });
        }
      }
      assert.deepEqual(set.live(), list);
    }),
    { numRuns: 3000 },
  );
});

test('partitionPoint: the first index where a monotone test holds, as a linear search finds it', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 40 }), fc.integer({ min: -60, max: 60 }), (values, x) => {
      const sorted = values.slice().sort((a, b) => a - b);
      const linear = sorted.findIndex((v) => v >= x);
      assert.equal(partitionPoint(sorted.length, (i) => sorted[i] >= x), linear === -1 ? sorted.length : linear);
    }),
  );
});

test('monthIndex: a month by its name or an abbreviation, in any case; -1 for a word that names none', () => {
  assert.deepEqual(['January', 'feb', 'Sept.', 'SEPTEMBER', 'Nov', 'dec'].map(monthIndex), [0, 1, 8, 8, 10, 11]);
  assert.deepEqual(['Reuters', 'Mon', ''].map(monthIndex), [-1, -1, -1]);
});
