// Issue 3's "Done when" on the shared seeds: in 001 the 50,000 arrests are flagged and the 6,941
// fatalities (confirmed by a named agency, in a sentence that reports) are not; nothing in 000 is.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lintText, ofRule, SEEDS } from './helpers.ts';

const RULE = 'unattributed-figure';
const skip = existsSync(SEEDS) ? false : `the shared seeds folder is absent (${SEEDS})`;
const seed = (name: string) => readFileSync(resolve(SEEDS, name), 'utf8');

test('seed 001: "Over 50,000 people have been arrested in the unrest." is flagged on "50,000", and nothing else', { skip }, () => {
  const text = seed('001_f2c0aecb21ea61e1.txt');
  const findings = ofRule(lintText(text), RULE);
  // Read as a copy editor would, the rest is right to pass: "thousands of troops" and "the deaths of
  // thousands" are vague, "three main nuclear facilities" a small count in words, "June" a date, "first"
  // an ordinal, and 6,941 is confirmed by a named agency in a sentence that reports.
  assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['50,000']);
  const [finding] = findings;
  assert.match(finding.message, /^No source for “50,000”: counts of dead, injured, displaced or arrested/);
  const sentence = 'Over 50,000 people have been arrested in the unrest.';
  const at = text.indexOf(sentence);
  assert.ok(at >= 0);
  assert.equal(finding.start, at + 'Over '.length);
  assert.ok(text.includes('at least 6,941 fatalities'));
});

test('seed 000: nothing is flagged', { skip }, () => {
  assert.deepEqual(ofRule(lintText(seed('000_d56714a625d931cb.txt')), RULE), []);
});

test('seed 001 with headlines checked: its headings hold no figures, so still only 50,000', { skip }, () => {
  const text = seed('001_f2c0aecb21ea61e1.txt');
  const findings = ofRule(lintText(text, 'plaintext', { rules: { [RULE]: { headings: true } } }), RULE);
  assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['50,000']);
});
