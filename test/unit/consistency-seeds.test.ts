// Issue 14's "Done when": no finding of the consistency rules on either shared seed draft.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lintText, SEEDS } from './helpers.ts';

const RULES = ['name-consistency', 'figure-consistency', 'date-consistency'];
const skip = existsSync(SEEDS) ? false : `the shared seeds folder is absent (${SEEDS})`;

test('seeds: no name-, figure- or date-consistency finding', { skip }, () => {
  const seeds = readdirSync(SEEDS).filter((n) => n.endsWith('.txt'));
  assert.ok(seeds.length >= 2, `${seeds.length} seeds`);
  for (const name of seeds) {
    const text = readFileSync(resolve(SEEDS, name), 'utf8');
    const found = lintText(text).filter((f) => RULES.includes(f.rule));
    assert.deepEqual(found.map((f) => `${f.rule}: ${text.slice(f.start, f.end)} — ${f.message}`), [], name);
  }
});
