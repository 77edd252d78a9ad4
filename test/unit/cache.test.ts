// One bounded cache for per-block results, and per-document state owned by the caller: typing into a
// draft must not grow the engine's memory with every edit (bench/memory.ts measures the server).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/host/lint.ts';
import { cacheBudget, cacheStats, clearCaches, detach } from '../../server/src/engine/cache.ts';
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
