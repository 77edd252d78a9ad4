import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, quoteFindings, quoteFixture, show } from './quote-helpers.ts';
import { ofRule } from './helpers.ts';

const consistency = (text: string, markdown = true) => ofRule(quoteFindings(text, markdown), 'quote-consistency');

test('a headline quote that differs from the body: flagged at the later one with the differing words', () => {
  const text = quoteFixture('headline.md');
  const found = consistency(text);
  assert.deepEqual(show(text, found), ['3:54-3:85 quote-consistency: Quote worded differently on line 1: “each” here, “every” there']);
  const related = found[0].related![0];
  assert.equal(text.slice(related.start, related.end), '‘a fair deal for every district’');
});

test('the fixes make either quotation match the other', () => {
  const text = quoteFixture('headline.md');
  const [finding] = consistency(text);
  const here = applyFix(text, finding, 'Use the wording');
  assert.ok(here.includes('calling it “a fair deal for every district” in a speech'), here);
  assert.deepEqual(consistency(here), []);
  const there = applyFix(text, finding, 'Change line 1');
  assert.ok(there.startsWith('# Mayor says budget is ‘a fair deal for each district’\n'), there);
  // The headline now matches this paragraph; the last paragraph (worded as the old headline) differs.
  assert.equal(consistency(there).length, 1);
});

test('identical quotations, fragments and unrelated quotes are not flagged', () => {
  const text = [
    'The coach called it “a result we can build on for the rest of the season.”',
    'Later he repeated that it was “a result we can build on for the rest of the season.”',
    'It was, he said, “a result we can build on.”',
    'The captain said “the pitch was heavy after the storm.”',
  ].join('\n');
  assert.deepEqual(consistency(text, false), []);
});

test('trailing punctuation and quote style do not count as a difference', () => {
  const text = 'She said “we will rebuild the pier,” and left.\nShe had said "We will rebuild the pier." before.';
  assert.deepEqual(consistency(text, false), []);
});

test('a lede quote reworded later in the body', () => {
  const text = 'The chief said “the fire spread through the roof in minutes.”\n\nMuch later, she said that “the fire spread across the roof in minutes.”\n';
  const found = consistency(text);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /“across” here, “through” there/);
  assert.equal(found[0].fixes[0].safe, undefined);
});

test('re-linting after edits (cached wordings and pairs, reused candidate lists) gives exactly a cold lint', async () => {
  const { clearCaches } = await import('../../server/src/engine/cache.ts');
  const { generateDraft } = await import('../../bench/generate.ts');
  let seed = 31;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  // A draft with many distinct quotations, some of them worded like another with a word changed.
  const paragraphs = generateDraft(4000, 'plaintext', 12).trimEnd().split('\n');
  const vocabulary = paragraphs.join(' ').replace(/["“”]/g, '').split(/\s+/);
  const quotes: string[] = [];
  const reworded = (quote: string) => {
    const w = quote.split(' ');
    w[Math.floor(random() * w.length)] = pick(['really', 'never', 'always', 'council']);
    return w.join(' ');
  };
  const newQuote = () => {
    const at = Math.floor(random() * (vocabulary.length - 30));
    const quote = quotes.length && random() < 0.3 ? reworded(pick(quotes)) : vocabulary.slice(at, at + 5 + Math.floor(random() * 15)).join(' ');
    quotes.push(quote);
    return `“${quote},” she said.`;
  };
  for (let i = 0; i < paragraphs.length; i++) if (random() < 0.5) paragraphs[i] += ` ${newQuote()}`;
  const at = () => Math.floor(random() * paragraphs.length);
  const edits: (() => void)[] = [
    // A word changed or typed inside a quotation (its wording changes), or outside one (offsets move).
    () => {
      const i = paragraphs.findIndex((p, k) => k >= at() && p.includes('“'));
      if (i < 0) return;
      const open = paragraphs[i].indexOf('“');
      const cut = open + 1 + Math.floor(random() * 20);
      paragraphs[i] = paragraphs[i].slice(0, cut) + pick(['x', ' really', '', 'e']) + paragraphs[i].slice(cut + 1);
    },
    () => {
      const i = at();
      paragraphs[i] = `Meanwhile, ${paragraphs[i]}`;
    },
    // A quotation added (new or a rewording of one further down), or removed.
    () => {
      const i = at();
      paragraphs[i] += ` ${newQuote()}`;
    },
    () => paragraphs.splice(Math.floor(random() * 3), 0, `“${reworded(pick(quotes))},” he said.`),
    () => {
      const i = at();
      paragraphs[i] = paragraphs[i].replace(/“[^”]*”/, '');
    },
    // Paragraphs moved, deleted, pasted twice.
    () => {
      const [moved] = paragraphs.splice(at(), 1);
      paragraphs.splice(at(), 0, moved);
    },
    () => paragraphs.splice(at(), 1),
    () => paragraphs.splice(at(), 0, paragraphs[at()]),
  ];
  const layers = [undefined, { rules: { 'quote-consistency': { similarity: 0.5, minWords: 5 } } }];
  const key = (text: string, layer: unknown) => ofRule(quoteFindings(text, false, layer), 'quote-consistency').map((f) => JSON.stringify(f));
  quoteFindings(paragraphs.join('\n'));
  for (let step = 0; step < 80; step++) {
    pick(edits)();
    const text = paragraphs.join('\n');
    const layer = layers[step % 6 === 5 ? 1 : 0];
    const warm = key(text, layer);
    clearCaches();
    const cold = key(text, layer);
    assert.ok(cold.length > 10, `the draft has differently worded quotes (${cold.length})`);
    assert.deepEqual(warm, cold, `step ${step}`);
    if (step % 3 === 0) quoteFindings(text); // leave caches warm for the next step
  }
});

test('an edit far above a quotation can change what it is compared with (a common word’s first quotations)', async () => {
  const { clearCaches } = await import('../../server/src/engine/cache.ts');
  // Fifty quotations hold "alpha": they fill its postings, so the later two are found only through "beta".
  // Sharing one word of seven, they are not compared; once a quotation with "alpha" is deleted above,
  // the first of them joins the postings of "alpha", shares two words, and the second is reported.
  const fillers = Array.from({ length: 50 }, (_, k) => `Filler ${k}: “alpha q${k}a q${k}b,” she said.`);
  const tail = ['“beta beta beta beta beta beta alpha delta epsilon,” he said.', 'Later: “beta beta beta beta beta beta alpha gamma,” he said.'];
  const texts = [[...fillers, ...tail], [...fillers.slice(1), ...tail], [...fillers, ...tail]].map((lines) => lines.join('\n'));
  const key = (text: string) => ofRule(quoteFindings(text), 'quote-consistency').map((f) => JSON.stringify(f));
  const counts: number[] = [];
  for (const text of texts) {
    const warm = key(text);
    clearCaches();
    assert.deepEqual(warm, key(text));
    counts.push(warm.length);
  }
  assert.deepEqual(counts, [0, 1, 0]);
});
