import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyEdits, fixAllEdits } from '../../server/src/engine/edits.ts';
import { LineIndex } from '../../server/src/engine/text.ts';
import { describeFinding, fixture, lintText, ofRule, SEEDS } from './helpers.ts';

const RULE = 'duplicate-paragraph';
const dupes = (text: string, format: 'plaintext' | 'markdown' = 'plaintext', layer?: unknown) => ofRule(lintText(text, format, layer), RULE);
const lineOf = (text: string, offset: number) => new LineIndex(text).lineOf(offset) + 1;

test('seed-like draft: lines 7–11 repeat lines 2–6, as ONE finding spanning the block', () => {
  const text = fixture('seed-like.txt');
  const found = dupes(text);
  assert.equal(found.length, 1, 'one finding per repeated block, not one per paragraph');
  const [block] = found;
  assert.equal(block.message, 'Lines 7–11 repeat lines 2–6');
  assert.equal(lineOf(text, block.start), 7);
  assert.equal(lineOf(text, block.end), 11);
  assert.equal(block.severity, 'warning');
  assert.equal(block.unnecessary, true);
  assert.equal(block.supersedes, true);
  assert.equal(block.related?.length, 1);
  assert.equal(lineOf(text, block.related![0].start), 2);
  assert.equal(lineOf(text, block.related![0].end), 6);
});

test('the whole finding, fixes included: the block fix preferred, "only this paragraph" per paragraph', () => {
  const text = fixture('seed-like.txt');
  const first = dupes(text)[0];
  const lines = new LineIndex(text);
  assert.deepEqual(
    { ...first, fixes: first.fixes.map((f) => ({ title: f.title, preferred: !!f.preferred, safe: !!f.safe, edits: f.edits.length, within: f.within && lineOf(text, f.within.start) })) },
    {
      rule: RULE,
      severity: 'warning',
      start: lines.starts[6],
      end: lines.lineEnd(10),
      message: 'Lines 7–11 repeat lines 2–6',
      unnecessary: true,
      supersedes: true,
      related: [{ start: lines.starts[1], end: lines.lineEnd(5), message: 'Original block (lines 2–6)' }],
      fixes: [
        { title: 'Delete repeated block (lines 7–11)', preferred: true, safe: true, edits: 5, within: undefined },
        ...[7, 8, 9, 10, 11].map((line) => ({ title: `Delete only this paragraph (line ${line})`, preferred: false, safe: false, edits: 1, within: line })),
      ],
    },
  );
  assert.equal(first.fixes[0].count, 5);
});

test('deleting one paragraph of a repeated block removes its line and nothing else', () => {
  const text = fixture('seed-like.txt');
  const fix = dupes(text)[0].fixes.find((f) => f.title === 'Delete only this paragraph (line 8)')!;
  const after = applyEdits(text, fix.edits);
  const before = text.split('\n');
  assert.deepEqual(after.split('\n'), [...before.slice(0, 7), ...before.slice(8)]);
});

test('fix-all keeps lines 1–6 and the last paragraph, removes the repeats, and is idempotent', () => {
  const text = fixture('seed-like.txt');
  const fixed = applyEdits(text, fixAllEdits(lintText(text)));
  const lines = text.split('\n');
  assert.deepEqual(fixed.split('\n'), [...lines.slice(0, 6), ...lines.slice(11)]);
  assert.deepEqual(dupes(fixed), []);
  assert.equal(applyEdits(fixed, fixAllEdits(lintText(fixed))), fixed);
});

test('other rules say nothing inside an exact repeat, and still report the original', () => {
  const para = 'The trust spent 4,500 pounds on new signs for the riverside path last spring.';
  const text = `Opening line of a story about signs.\n\n${para}\n\n${para}\n`;
  // A money claim: unattributed-figure reports it only when asked for (`otherClaims`, since session 5).
  const all = lintText(text, 'plaintext', { rules: { 'unattributed-figure': { otherClaims: 'flag', judge: 'rules' } } });
  const figures = all.filter((f) => f.rule === 'unattributed-figure');
  assert.ok(figures.length >= 1, `the figure is reported in the original: ${all.map((f) => f.rule)}`);
  assert.ok(figures.every((f) => lineOf(text, f.start) === 3), 'no figure finding inside the repeat (line 5)');
  assert.equal(ofRule(all, RULE).length, 1);
});

test('the block fix never touches the originals', () => {
  const text = fixture('seed-like.txt');
  const block = dupes(text).find((f) => f.message.startsWith('Lines'))!;
  const after = applyEdits(text, block.fixes[0].edits);
  for (const line of text.split('\n').slice(0, 6)) assert.ok(after.includes(line));
  assert.equal(after.split('\n').length, text.split('\n').length - 5);
});

test('exact repeats ignore case, whitespace, quote style and dashes', () => {
  const a = 'The council said the new bridge would open in "early spring" – weeks later than promised to residents.';
  const b = 'the council said the new  bridge would open in “early spring” — weeks later than promised to residents.';
  const found = dupes(`${a}\n${b}\n`);
  assert.deepEqual(found.map((f) => f.message), ['Paragraph repeats line 1 (100% identical)']);
  assert.equal(found[0].fixes[0].safe, true);
});

test('near repeat: percentage and original line, fix is not safe for fix-all', () => {
  const text = fixture('near-repeat.md');
  const found = dupes(text, 'markdown');
  assert.deepEqual(found.map((f) => describeFinding(text, f)), [
    '16:1-16:153 duplicate-paragraph: Paragraph is 81% similar to line 8',
  ]);
  assert.equal(found[0].fixes[0].safe, false);
  assert.deepEqual(fixAllEdits(found), []);
});

test('a stricter similarity setting drops the near repeat', () => {
  assert.deepEqual(dupes(fixture('near-repeat.md'), 'markdown', { rules: { [RULE]: { similarity: 0.9 } } }), []);
});

test('code blocks, front matter and short paragraphs are never compared', () => {
  const text = fixture('near-repeat.md');
  const found = dupes(text, 'markdown');
  assert.ok(found.every((f) => lineOf(text, f.start) === 16), 'only the prose near-repeat is reported');
});

test('minWords setting: short repeats are compared when allowed', () => {
  const text = 'Advertisement\nAdvertisement\n';
  assert.deepEqual(dupes(text), []);
  assert.equal(dupes(text, 'plaintext', { rules: { [RULE]: { minWords: 1 } } }).length, 0, 'title-like lines are headings, never compared');
  const short = 'Police closed the road.\nPolice closed the road.\n';
  assert.equal(dupes(short, 'plaintext', { rules: { [RULE]: { minWords: 3 } } }).length, 1);
});

test('hard-wrapped, blank-line-separated paragraphs', () => {
  const text = fixture('hard-wrapped.txt');
  const found = dupes(text);
  assert.deepEqual(found.map((f) => describeFinding(text, f)), [
    '11:1-13:30 duplicate-paragraph: Paragraph repeats line 3 (100% identical)',
  ]);
  const fixed = applyEdits(text, found[0].fixes[0].edits);
  assert.ok(fixed.endsWith('harbour until the work is done.\n\n'), JSON.stringify(fixed.slice(-60)));
});

test('drafts that must give nothing', () => {
  assert.deepEqual(dupes(fixture('clean.txt')), []);
  assert.deepEqual(dupes(''), []);
  assert.deepEqual(dupes('\n\n\n'), []);
});

test('three copies: both later copies point at the first', () => {
  const p = 'Rescue teams searched the hillside until dark and will resume at dawn, the coastguard said.';
  const text = [p, 'Something else entirely happened in the town centre on Sunday afternoon, witnesses said.', p, p].join('\n');
  assert.deepEqual(dupes(text).map((f) => f.message), ['Paragraph repeats line 1 (100% identical)', 'Paragraph repeats line 1 (100% identical)']);
});

test('CRLF line endings', () => {
  const text = fixture('seed-like.txt').replace(/\n/g, '\r\n');
  const fixed = applyEdits(text, fixAllEdits(lintText(text)));
  assert.equal(fixed, fixture('seed-like.txt').split('\n').filter((_, i) => i < 6 || i > 10).join('\r\n'));
});

const seed000 = resolve(SEEDS, '000_d56714a625d931cb.txt');
const seed001 = resolve(SEEDS, '001_f2c0aecb21ea61e1.txt');
const haveSeeds = existsSync(seed000) && existsSync(seed001);

test('seed 000: lines 7–11 repeat lines 2–6 and nothing else', { skip: haveSeeds ? false : 'shared/seeds not present' }, () => {
  const text = readFileSync(seed000, 'utf8');
  const found = dupes(text);
  assert.deepEqual(found.map((f) => [lineOf(text, f.start), lineOf(text, f.end), f.message]), [[7, 11, 'Lines 7–11 repeat lines 2–6']]);
  // Plus quote-style on the curly apostrophe where it first appears (line 6), not again inside the
  // repeat that is about to be deleted (line 11): an editor sees each problem once.
  assert.deepEqual(ofRule(lintText(text), 'quote-style').map((f) => lineOf(text, f.start)), [6]);
  const fixed = applyEdits(text, fixAllEdits(found));
  const lines = text.split('\n');
  assert.deepEqual(fixed.split('\n'), [...lines.slice(0, 6), ...lines.slice(11)]);
});

test('seed 001: no duplicates', { skip: haveSeeds ? false : 'shared/seeds not present' }, () => {
  assert.deepEqual(dupes(readFileSync(seed001, 'utf8')), []);
});

test('prefix filtering misses no near repeat: agrees with comparing every pair', async () => {
  const { normalizeForComparison, words, hash32 } = await import('../../server/src/engine/text.ts');
  const { generateDraft } = await import('../../bench/generate.ts');
  // Seeded edits of earlier paragraphs: swap, drop or change a few words.
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const base = generateDraft(4000, 'plaintext', 3).split('\n').filter((l) => l.split(' ').length > 12);
  const paragraphs: string[] = [];
  for (const p of base.slice(0, 80)) {
    paragraphs.push(p);
    if (random() < 0.3) {
      const w = paragraphs[Math.floor(random() * paragraphs.length)].split(' ');
      const changes = 1 + Math.floor(random() * 4);
      for (let c = 0; c < changes; c++) w[Math.floor(random() * w.length)] = ['however', 'council', 'forty', 'Monday'][c % 4];
      paragraphs.push(w.join(' '));
    }
  }
  const text = paragraphs.join('\n') + '\n';
  const bigrams = (p: string) => {
    const t = words(normalizeForComparison(p));
    const out = new Set<number>();
    for (let i = 0; i + 2 <= t.length; i++) out.add(hash32(t.slice(i, i + 2).join(' ')));
    return out;
  };
  const sets = paragraphs.map(bigrams);
  const expected: string[] = [];
  paragraphs.forEach((p, i) => {
    const exact = paragraphs.findIndex((q, j) => j < i && normalizeForComparison(q) === normalizeForComparison(p));
    if (exact >= 0) return void expected.push(`${i + 1}: Paragraph repeats line ${exact + 1} (100% identical)`);
    let best = -1;
    let bestSim = 0;
    for (let j = 0; j < i; j++) {
      let shared = 0;
      for (const s of sets[i]) if (sets[j].has(s)) shared++;
      const sim = (2 * shared) / (sets[i].size + sets[j].size);
      if (sim >= 0.8 && sim > bestSim) [best, bestSim] = [j, sim];
    }
    if (best >= 0) expected.push(`${i + 1}: Paragraph is ${Math.floor(bestSim * 100)}% similar to line ${best + 1}`);
  });
  const actual = dupes(text)
    .filter((f) => !f.message.startsWith('Lines'))
    .map((f) => `${lineOf(text, f.start)}: ${f.message}`);
  assert.ok(expected.length > 10, `the corpus has near repeats (${expected.length})`);
  assert.deepEqual(actual, expected);
});

test('re-linting after edits (warm caches, remembered matches) gives exactly a cold lint', async () => {
  const { clearCaches } = await import('../../server/src/engine/cache.ts');
  const { generateDraft } = await import('../../bench/generate.ts');
  let seed = 11;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const lines = generateDraft(3000, 'plaintext', 5).trimEnd().split('\n');
  // Near repeats to start from.
  for (let i = 0; i < 12; i++) {
    const w = lines[Math.floor(random() * lines.length)].split(' ');
    w[Math.floor(random() * w.length)] = 'meanwhile';
    lines.splice(Math.floor(random() * lines.length), 0, w.join(' '));
  }
  const edits = [
    () => lines.splice(Math.floor(random() * lines.length), 1), // delete a paragraph
    () => lines.splice(Math.floor(random() * lines.length), 0, lines[Math.floor(random() * lines.length)]), // paste a copy
    () => {
      const i = Math.floor(random() * lines.length);
      const w = lines[i].split(' ');
      w[Math.floor(random() * w.length)] = 'yesterday';
      lines[i] = w.join(' ');
    }, // change a word
    () => {
      const [moved] = lines.splice(Math.floor(random() * lines.length), 1);
      lines.splice(Math.floor(random() * lines.length), 0, moved);
    }, // move a paragraph
    () => {
      const i = 1 + Math.floor(random() * (lines.length - 1));
      const w = lines[i].split(' ');
      w[Math.floor(random() * w.length)] = 'reportedly';
      lines.splice(Math.floor(random() * i), 0, w.join(' '));
    }, // write a near copy of a paragraph above it: the later one now repeats the new one
  ];
  const key = (text: string) => dupes(text).map((f) => `${f.start}-${f.end} ${f.message}`);
  lintText(lines.join('\n'));
  for (let step = 0; step < 80; step++) {
    edits[Math.floor(random() * edits.length)]();
    const text = lines.join('\n');
    const warm = key(text);
    clearCaches();
    assert.deepEqual(warm, key(text), `step ${step}`);
    if (step % 3 === 0) lintText(text); // leave caches warm for the next step
  }
});
