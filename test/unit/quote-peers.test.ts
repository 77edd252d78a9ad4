// Issue 11: Copydesk's reading of quotation marks against the peers' test suites (../shared/quote-cases,
// read in place; none of it is kept here). scripts/quote-peers.ts prints every disagreement.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CASES, DELIBERATE, EXCLUDED, run } from '../../scripts/quote-peers.ts';
import { REPO } from './helpers.ts';

const absent = !existsSync(resolve(CASES, 'peer-cases.json')) && `no peer cases at ${CASES}`;

test('agreement with the peers on English cases is at least 95%', { skip: absent }, () => {
  const { english, englishAll, verdicts } = run();
  assert.ok(english.total > 300, `only ${english.total} English cases were read`);
  const misses = verdicts.filter((v) => v.case.english && !v.excluded && !v.deliberate && !v.agrees).map((v) => `${v.case.id}: ${v.detail}`);
  assert.ok(english.agree / english.total >= 0.95, `${english.agree}/${english.total} agree; disagreements:\n${misses.join('\n')}`);
  // The documented differences are few: counting them as disagreements still leaves 90%.
  assert.ok(englishAll.agree / englishAll.total >= 0.9, `${englishAll.agree}/${englishAll.total} with deliberate differences counted`);
});

test('the other languages\' cases (German, French, Swiss, Danish, Dutch) all agree', { skip: absent }, () => {
  const { other, verdicts } = run();
  const misses = verdicts.filter((v) => !v.case.english && !v.excluded && !v.agrees).map((v) => `${v.case.id}: ${v.detail}`);
  assert.ok(other.total >= 30, `only ${other.total} cases in other languages`);
  assert.deepEqual(misses, []);
});

test('every exclusion names a case that exists, and every deliberate difference is documented', { skip: absent }, () => {
  const { verdicts } = run();
  const ids = new Set(verdicts.map((v) => v.case.id));
  for (const id of [...Object.keys(EXCLUDED), ...Object.keys(DELIBERATE)]) assert.ok(ids.has(id), `unknown case ${id}`);
  assert.ok(Object.keys(EXCLUDED).length <= 20 && Object.keys(DELIBERATE).length <= 25, 'exclusions and deliberate differences stay few');
  const doc = readFileSync(resolve(REPO, 'server/src/rules/quote-mismatch.md'), 'utf8');
  for (const id of Object.keys(DELIBERATE)) assert.ok(doc.includes(`\`${id}\``), `${id} is not listed in quote-mismatch.md`);
  // A deliberate difference that now agrees is no longer a difference: drop it from the list.
  for (const v of verdicts) if (v.deliberate) assert.ok(!v.agrees, `${v.case.id} agrees now; remove it from DELIBERATE`);
});
