// Issue 4's "Done when" on the shared seeds (read from <repo>/../shared/seeds; no seed text is kept here).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lint } from '../../server/src/host/lint.ts';
import { LineIndex } from '../../server/src/engine/text.ts';
import { SEEDS } from './helpers.ts';
import { QUOTE_RULES } from './quote-helpers.ts';

function quoteFindingsOf(name: string) {
  const text = readFileSync(resolve(SEEDS, name), 'utf8');
  const lines = new LineIndex(text);
  return lint(text, { format: 'plaintext' })
    .findings.filter((f) => QUOTE_RULES.includes(f.rule))
    .map((f) => ({ rule: f.rule, line: lines.lineOf(f.start) + 1, text: text.slice(f.start, f.end), word: text.slice(f.start - 4, f.end + 1) }));
}

test('seed 001: no quote findings (countries’, the nested ‘must be overcome,’, the headline’s single quotes)', { skip: !existsSync(SEEDS) && 'no seeds' }, () => {
  assert.deepEqual(quoteFindingsOf('001_f2c0aecb21ea61e1.txt'), []);
});

test('seed 000: only quote-style on the curly apostrophe (Iran’s, line 6; its copy on line 11 is inside the repeated block)', { skip: !existsSync(SEEDS) && 'no seeds' }, () => {
  assert.deepEqual(quoteFindingsOf('000_d56714a625d931cb.txt'), [
    { rule: 'quote-style', line: 6, text: '\u2019', word: 'Iran\u2019s' },
  ]);
});
