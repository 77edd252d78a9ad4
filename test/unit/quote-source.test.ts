import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { QUOTES, applyFix, lintQuotes, quoteFixture, show } from './quote-helpers.ts';
import { ofRule } from './helpers.ts';
import { sourceIndex } from '../../server/src/engine/sources.ts';

const DRAFT = resolve(QUOTES, 'source-check.md');

function checkDraft(text = quoteFixture('source-check.md')) {
  const { findings, problems } = lintQuotes(text, { markdown: true, file: DRAFT, root: QUOTES });
  return { text, findings: ofRule(findings, 'quote-source'), problems };
}

test('verbatim, one word different, missing, and with an ellipsis', () => {
  const { text, findings, problems } = checkDraft();
  assert.deepEqual(problems, []);
  assert.deepEqual(show(text, findings), [
    '8:27-8:69 quote-source: Found in transcripts/interview.txt:4',
    '10:10-10:63 quote-source: Quote differs from transcripts/interview.txt:5: here ‘already burned by’ — transcript ‘already gone by’',
    '12:25-12:92 quote-source: Found in transcripts/interview.txt:8',
    '14:16-14:71 quote-source: Not found in sources',
  ]);
  const [verbatim, close, ellipsis, missing] = findings;
  assert.equal(verbatim.note, true, 'found verbatim: a hover note, not a finding');
  assert.match(verbatim.hover!, /Found in \[transcripts\/interview\.txt:4\]\(file:.*interview\.txt#L4\)/);
  assert.equal(ellipsis.note, true);
  assert.equal(close.severity, 'warning');
  assert.equal(missing.severity, 'information');
  assert.equal(missing.note, undefined);
  const related = close.related![0];
  assert.equal(related.file, resolve(QUOTES, 'transcripts/interview.txt'));
  assert.deepEqual([related.line, related.column], [4, 0]);
  const fixed = applyFix(text, close, "Use the source's wording");
  assert.ok(fixed.includes('She said “the roof was already gone by the time we arrived,” but'), fixed);
  assert.equal(checkDraft(fixed).findings.filter((f) => !f.note).length, 1, 'only the missing quote is left');
});

test('silent with no sources', () => {
  const text = 'The chief said “the roof was already burned by the time we arrived” on Tuesday.';
  assert.deepEqual(ofRule(lintQuotes(text, { file: resolve(QUOTES, 'x.txt'), root: QUOTES }).findings, 'quote-source'), []);
});

test('settings sources are relative to .copydesk.json, re-read when they change, and must stay inside the root', () => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-quotes-'));
  try {
    mkdirSync(join(dir, 'notes'));
    const config = join(dir, '.copydesk.json');
    writeFileSync(config, '{}');
    const source = join(dir, 'notes', 'call.txt');
    writeFileSync(source, 'Notes from the call.\nShe said the bridge would reopen in early spring.\n');
    const draft = join(dir, 'draft.txt');
    const text = 'The engineer said “the bridge would reopen in early spring” last week.';
    const run = (globs: string[]) => lintQuotes(text, { file: draft, configFile: config, root: dir, layer: { sources: globs } });

    let result = run(['notes/*.txt']);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.findings.map((f) => [f.note, f.message]), [[true, 'Found in notes/call.txt:2']]);

    writeFileSync(source, 'Notes from the call.\nShe said the bridge would reopen in late spring.\n');
    const later = new Date(Date.now() + 5000);
    utimesSync(source, later, later);
    result = run(['notes/*.txt']);
    assert.deepEqual(result.findings.map((f) => f.message), ['Quote differs from notes/call.txt:2: here ‘in early spring’ — source ‘in late spring’']);

    result = run(['../outside/*.txt']);
    assert.deepEqual(result.findings, []);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0].message, /Source "\.\.\/outside\/\*\.txt" \(sources setting\) is outside the workspace folder .*; it is not read/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a few megabytes of transcripts: every quote is looked up (timings are printed; targets live in the benchmark)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-big-'));
  try {
    const vocabulary = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const lines: string[] = [];
    for (let l = 0; l < 40_000; l++) lines.push(Array.from({ length: 12 }, () => vocabulary[Math.floor(rand() * vocabulary.length)]).join(' '));
    writeFileSync(join(dir, 'big.txt'), lines.join('\n'));
    const config = join(dir, '.copydesk.json');
    writeFileSync(config, '{}');
    const quoted = lines[30_000].split(' ').slice(2, 9).join(' ');
    const quotes = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} says “${i % 2 ? quoted : lines[i * 100].split(' ').slice(1, 8).join(' ')} extra${i}”.`);
    const text = quotes.join('\n');
    const run = () => lintQuotes(text, { file: join(dir, 'draft.md'), configFile: config, root: dir, layer: { sources: ['*.txt'] } });
    let started = performance.now();
    const first = run();
    const cold = performance.now() - started;
    started = performance.now();
    run();
    const warm = performance.now() - started;
    assert.equal(ofRule(first.findings, 'quote-source').length, 200);
    console.log(`cold ${Math.round(cold)} ms, warm ${Math.round(warm)} ms`);
    assert.equal(ofRule(run().findings, 'quote-source').length, 200, 'the cached index gives the same answers');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the bundled example (issue 12): the suggestion is the source clause in full, and applying it leaves the quote verbatim', () => {
  const examples = resolve(QUOTES, '../../../examples');
  const file = resolve(examples, 'storm-damage.md');
  const text = readFileSync(file, 'utf8');
  const run = (draft: string) => ofRule(lintQuotes(draft, { markdown: true, file, root: examples, configFile: resolve(examples, '.copydesk.json') }).findings, 'quote-source');
  const close = run(text).filter((f) => !f.note);
  assert.deepEqual(close.map((f) => f.message), ['Quote differs from transcripts/harbourmaster-interview.txt:5: here ‘nothing like this’ — transcript ‘nothing on this scale’']);
  assert.deepEqual(close[0].fixes[0].edits.map((e) => e.text), ["We've seen storms before, but nothing on this scale"]);
  const fixed = applyFix(text, close[0], "Use the source's wording");
  assert.ok(fixed.includes('"We\'ve seen storms before, but nothing on this scale," Mr Pryce said.'), fixed);
  assert.deepEqual(run(fixed).filter((f) => !f.note), []);
});

test('the index is rebuilt only for the file that changed; the others are kept as they were read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-reindex-'));
  try {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.vtt');
    writeFileSync(a, 'CHAIR: The reading rooms will stay open on Sundays.\n');
    writeFileSync(b, 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann Ward>We will not close a branch.\n');
    const problems: unknown[] = [];
    const first = sourceIndex([a, b], (p) => problems.push(p))!;
    writeFileSync(b, 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann Ward>We will not close a single branch.\n');
    const later = new Date(Date.now() + 5000);
    utimesSync(b, later, later);
    const second = sourceIndex([a, b], (p) => problems.push(p))!;
    assert.notEqual(second, first);
    assert.equal(second.files[0], first.files[0], 'a.txt was not read again');
    assert.notEqual(second.files[1], first.files[1], 'b.vtt was read again');
    assert.deepEqual(problems, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
