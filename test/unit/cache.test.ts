// One bounded cache for per-block results, and per-document state owned by the caller: typing into a
// draft must not grow the engine's memory with every edit (bench/memory.ts measures the server).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/host/lint.ts';
import { cacheBudget, cacheStats, clearCaches, detach, lintDone, lintEnd, lintStart, paragraphCache } from '../../server/src/engine/cache.ts';
import { DocumentState } from '../../server/src/engine/state.ts';
import { generateDraft } from '../../bench/generate.ts';

test('typing into a draft keeps the cache within its budget: old versions of edited paragraphs are dropped', () => {
  clearCaches();
  let text = generateDraft(3000, 'plaintext', 3);
  const state = new DocumentState();
  lint(text, { format: 'plaintext', state });
  const first = cacheStats();
  let seed = 5;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  let most = 0;
  for (let i = 0; i < 600; i++) {
    const at = Math.floor(random() * text.length);
    text = text.slice(0, at) + 'k' + text.slice(at);
    lint(text, { format: 'plaintext', state });
    const { bytes } = cacheStats();
    assert.ok(bytes <= cacheBudget(), `edit ${i}: ${bytes} bytes held, budget ${cacheBudget()}`);
    most = Math.max(most, cacheStats().entries);
  }
  // 600 edits each make new per-paragraph results: without eviction there would be thousands more.
  assert.ok(most < first.entries + 600 * 3, `at most ${most} entries (first lint: ${first.entries})`);
});

// Session 10: the budget was twice the sum of every lookup's size, so a block asked for by many rules
// counted many times; at 100,000 words it was 5 to 8 times what the cache held and never bound.
test("the budget follows a lint's working set: each entry it used counted once, with all it holds", () => {
  clearCaches();
  const a = paragraphCache<string, number>('test:a');
  const b = paragraphCache<string, number>('test:b');
  // Large enough that twice its entry is over the cache's floor, so the budget is the working set's.
  const text = 'A block that many rules ask for in one lint. '.repeat(30_000);
  lintStart();
  try {
    a.set(text, 1);
    b.set(text, 2);
    for (let i = 0; i < 50; i++) assert.equal(a.get(text)! + b.get(text)!, 3);
    lintDone();
  } finally {
    lintEnd();
  }
  const { bytes, entries } = cacheStats();
  assert.equal(entries, 1);
  assert.ok(2 * bytes > 4 * 1024 * 1024, 'above the floor');
  assert.equal(cacheBudget(), 2 * bytes, 'twice the one entry the lint used, however often it was asked for');
});

test('after a warm re-lint, the working set is no more than the cache holds', () => {
  clearCaches();
  const text = generateDraft(2000, 'markdown', 6);
  const state = new DocumentState();
  lint(text, { format: 'markdown', state });
  lint(text, { format: 'markdown', state });
  const { bytes, lastWorkingSet } = cacheStats();
  assert.ok(lastWorkingSet > 0 && lastWorkingSet <= bytes, `working set ${lastWorkingSet}, held ${bytes}`);
});

test('a lint with its own document state gives the same findings as one with the default state', () => {
  clearCaches();
  const text = generateDraft(1500, 'markdown', 9);
  const shared = lint(text, { format: 'markdown' }).findings;
  const own = lint(text, { format: 'markdown', state: new DocumentState() }).findings;
  assert.deepEqual(own, shared);
  assert.ok(shared.length > 0);
});

test('two documents linted in turn, each with its own state, match cold lints of each', () => {
  const a = generateDraft(1200, 'plaintext', 1);
  const b = generateDraft(1200, 'plaintext', 2);
  clearCaches();
  const coldA = lint(a, { format: 'plaintext', state: new DocumentState() }).findings;
  const coldB = lint(b, { format: 'plaintext', state: new DocumentState() }).findings;
  const stateA = new DocumentState();
  const stateB = new DocumentState();
  for (let i = 0; i < 3; i++) {
    assert.deepEqual(lint(a, { format: 'plaintext', state: stateA }).findings, coldA);
    assert.deepEqual(lint(b, { format: 'plaintext', state: stateB }).findings, coldB);
  }
});

test('detach copies a slice so that it no longer refers to the string it was cut from', () => {
  const whole = 'x'.repeat(1000) + 'the paragraph that is kept';
  const slice = whole.slice(1000);
  assert.equal(detach(slice), slice);
  assert.equal(detach('short'), 'short');
});

test("within a lint, lookups remembered for the lint see later stores, and the lint's end forgets them", () => {
  clearCaches();
  const a = paragraphCache<string, number>('test:a');
  const b = paragraphCache<string, number>('test:b');
  const text = 'A paragraph long enough to be copied when it is stored. '.repeat(3);
  lintStart();
  try {
    assert.equal(a.get(text), undefined); // remembered as missing for this lint
    a.set(text, 1);
    assert.equal(a.get(text), 1);
    assert.equal(b.through(text, () => 2), 2);
    assert.equal(a.get(text), 1);
    assert.equal(cacheStats().entries, 1, 'both kinds in one entry');
    clearCaches();
    assert.equal(a.get(text), undefined, 'a cleared cache is cold within a lint too');
  } finally {
    lintEnd();
  }
  a.set(text, 3);
  assert.equal(a.get(text), 3, 'outside a lint, lookups go to the cache itself');
});

test('an edit re-linted in many small steps gives the findings of a cold lint (per-lint lookups never go stale)', () => {
  let text = generateDraft(1500, 'markdown', 4);
  const state = new DocumentState();
  for (let i = 0; i < 20; i++) {
    const at = Math.floor(text.length / 2) + i;
    text = text.slice(0, at) + '"' + text.slice(at);
    const warm = lint(text, { format: 'markdown', state }).findings;
    clearCaches();
    assert.deepEqual(warm, lint(text, { format: 'markdown', state: new DocumentState() }).findings, `edit ${i}`);
  }
});
