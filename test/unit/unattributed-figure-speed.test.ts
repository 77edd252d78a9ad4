// The speed-ups of unattributed-figure must not change what it finds. The byte-for-byte proof is run on the
// corpora (README, Performance, session 6); these tests guard the invariants the shortcuts rely on.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { CASUALTY_WORD_COUNT, CASUALTY_WORD_COUNT_NEEDS, DURATION_CLAIM, DURATION_CLAIM_NEEDS, MARKET_ALL_WORDS, NOT_A_CUE_SENSES, SPORT_ALL_WORDS, figuresOfSentence, type DeskBlock, type DeskFigure } from '../../server/src/rules/unattributed-figure/desk.ts';
import { spanReach } from '../../server/src/rules/unattributed-figure/figures.ts';

// One phrase per sense, in the order of NOT_A_CUE_SENSES ("0" stands for a masked figure).
const EXAMPLES = [
  'an estimated 0 people',
  'each confirmed case costs',
  'the recommended 150 minutes',
  'hopes of finding survivors',
  'a fee believed to be 0',
  '0 incidents have been recorded across the region',
  '0 cases were reported at the venue',
  'polls had shown the race within 0 points',
  'fewer than expected',
  'the previously reported 0',
  '0 confirmed dead',
  'are now found in 0 homes',
  'was found guilty',
  'seat projections',
  'the council is due to announce',
];

test('every sense of "not a cue" needs a part of its own pattern, copied verbatim', () => {
  assert.equal(EXAMPLES.length, NOT_A_CUE_SENSES.length);
  for (const [pattern, needs] of NOT_A_CUE_SENSES) assert.ok(pattern.includes(needs), `${needs} is not part of ${pattern}`);
});

test('a phrase each sense matches also holds what that sense needs (so the pre-check never skips a match)', () => {
  NOT_A_CUE_SENSES.forEach(([pattern, needs], i) => {
    const match = new RegExp(pattern, 'iu').exec(EXAMPLES[i]);
    assert.ok(match, `sense ${i} does not match its example "${EXAMPLES[i]}"`);
    assert.match(match[0], new RegExp(needs, 'iu'));
  });
});

test('the quick tests before the word-figure scans accept every phrase those scans find', () => {
  const cases: [RegExp, RegExp, string[]][] = [
    [CASUALTY_WORD_COUNT, CASUALTY_WORD_COUNT_NEEDS, ['Two men were injured.', 'Twenty-one people have died.', 'Fourteen other passengers were later rescued.', 'eleven workers were airlifted']],
    [DURATION_CLAIM, DURATION_CLAIM_NEEDS, ['The repairs could take two years.', 'It is set to last six months.', 'The line is likely to stay shut for at least three weeks.', 'The project is 18 months behind schedule.']],
  ];
  for (const [scan, needs, phrases] of cases) {
    for (const phrase of phrases) {
      scan.lastIndex = 0;
      assert.ok(scan.test(phrase), `the scan does not find "${phrase}"`);
      assert.ok(needs.test(phrase), `the quick test rejects "${phrase}"`);
    }
    scan.lastIndex = 0;
  }
  // And they do reject what they are for: paragraphs the scans cannot match.
  assert.equal(CASUALTY_WORD_COUNT_NEEDS.test('Residents were not consulted last winter.'), false);
  assert.equal(DURATION_CLAIM_NEEDS.test('The cost rose last year.'), false);
});

test('the sports and market vocabularies share no word, nor the first word of a phrase (one scan counts both)', () => {
  // The entries as plain words: "free\\s+kicks?" is the phrase "free kicks" (or "free kick").
  const plain = (list: string) => list.trim().split(/\s+/).map((entry) => entry.replace(/\\s\+/g, ' ').replace(/\?/g, ''));
  const firstWord = (entry: string) => entry.toLowerCase().split(/[^a-z]/)[0];
  const sports = plain(SPORT_ALL_WORDS);
  const markets = plain(MARKET_ALL_WORDS);
  const sportFirst = new Set(sports.map(firstWord));
  const marketFirst = new Set(markets.map(firstWord));
  for (const m of markets) assert.ok(!sportFirst.has(firstWord(m)), `"${m}" starts like a sports entry`);
  for (const w of sports) assert.ok(!marketFirst.has(firstWord(w)), `"${w}" starts like a market entry`);
  // And no phrase of one list holds a word of the other inside it ("grand-slam" and "slam" are both sports).
  for (const w of sports) for (const part of w.toLowerCase().split(/[^a-z]+/).slice(1)) assert.ok(!marketFirst.has(part), `"${w}" holds a market word`);
  for (const m of markets) for (const part of m.toLowerCase().split(/[^a-z]+/).slice(1)) assert.ok(!sportFirst.has(part), `"${m}" holds a sports word`);
});

test('spanReach answers as testing every span does, for spans in any order, nested or overlapping', () => {
  const span = fc.tuple(fc.nat(60), fc.nat(20)).map(([start, length]) => ({ start, end: start + length }));
  fc.assert(
    fc.property(fc.array(span, { maxLength: 12 }), fc.nat(90), fc.nat(90), (spans, before, after) => {
      const reach = spanReach(spans);
      assert.equal(reach(before, after), spans.some((s) => s.start < before && s.end > after));
    }),
    { numRuns: 2000 },
  );
  // The three questions the rule asks: a span over an offset, overlapping a range, holding a range.
  const reach = spanReach([{ start: 30, end: 40 }, { start: 2, end: 5 }]);
  assert.equal(reach(3 + 1, 3), true);
  assert.equal(reach(5 + 1, 5), false);
  assert.equal(reach(45, 38), true);
  assert.equal(reach(31, 39), true);
  assert.equal(reach(30, 39), false);
});

test('figuresOfSentence gives the figures a filter on the sentence gives, in order', () => {
  fc.assert(
    fc.property(fc.array(fc.nat(6), { maxLength: 20 }), fc.nat(8), (sentenceOf, sentenceCount) => {
      // Figures come in sentence order (analyseBlock assigns them walking forward).
      const figures = sentenceOf.sort((a, b) => a - b).map((sentence, i) => ({ start: i * 3, end: i * 3 + 2, sentence }) as DeskFigure);
      const block = { sentences: Array.from({ length: sentenceCount }, () => ({})), figures } as unknown as DeskBlock;
      for (let i = -1; i <= 9; i++) assert.deepEqual(figuresOfSentence(block, i), figures.filter((f) => f.sentence === i));
    }),
    { numRuns: 1000 },
  );
});
