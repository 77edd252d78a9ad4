// What the VS Code side relies on, tested without VS Code: the config template, the settings the
// client hands over, fix-all titles, and the manifest's settings layout.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'jsonc-parser';
import { configFileSchema } from '../../scripts/settings-schema.ts';
import { parseConfigText } from '../../server/src/engine/config-file.ts';
import { applyLayer, defaultSettings } from '../../server/src/engine/settings.ts';
import { lint } from '../../server/src/engine/lint.ts';
import { fixUntilStable } from '../../server/src/engine/fix-all.ts';
import { batchTitle, fixAllTitle, fixBatches } from '../../server/src/lsp/convert.ts';
import { explicitSettings, ignoreLists, settingKeysOf } from '../../client/src/settings.ts';
import { fixture, REPO } from './helpers.ts';

const manifest = JSON.parse(readFileSync(resolve(REPO, 'package.json'), 'utf8'));

test('the "Open Configuration" template is valid JSONC, passes the schema, and the engine takes it without a problem', () => {
  const text = readFileSync(resolve(REPO, 'client/templates/copydesk.json'), 'utf8');
  assert.match(text, /^\/\/ /m, 'the template explains itself in comments');
  const validate = new Ajv({ allErrors: true, strict: false }).compile(configFileSchema());
  assert.equal(validate(parse(text)), true, JSON.stringify(validate.errors));
  const loaded = parseConfigText('/desk/.copydesk.json', text);
  assert.ok('raw' in loaded, JSON.stringify(loaded));
  const problems: { message: string }[] = [];
  applyLayer(defaultSettings(), loaded.raw, '/desk/.copydesk.json', problems);
  assert.deepEqual(problems, []);
});

test('copydesk.ignore from the Settings editor ("rule, rule") reaches the engine as lists', () => {
  assert.deepEqual(ignoreLists({ 'a.txt': 'quote-style, unattributed-figure', 'b.txt': ['*'], 'c.txt': ' , ' }), {
    'a.txt': ['quote-style', 'unattributed-figure'],
    'b.txt': ['*'],
    'c.txt': [],
  });
  const values: Record<string, unknown> = { ignore: { 'a.txt': 'quote-style' }, fixOnSave: true };
  const config = { inspect: (key: string) => (key in values ? { globalValue: values[key] } : undefined) } as never;
  assert.deepEqual(explicitSettings(config, ['copydesk.ignore']), { ignore: { 'a.txt': ['quote-style'] } });
  const problems: { message: string }[] = [];
  applyLayer(defaultSettings(), explicitSettings(config, ['copydesk.ignore']), 'editor settings', problems);
  assert.deepEqual(problems, []);
});

test('the client hands the engine no setting of its own (fixOnSave, trace, server path)', () => {
  const keys = settingKeysOf(manifest);
  assert.ok(keys.includes('copydesk.enable') && keys.includes('copydesk.rules.quote-style.style'));
  for (const own of ['copydesk.fixOnSave', 'copydesk.trace.server', 'copydesk.server.path']) assert.ok(!keys.includes(own), own);
  // Every key the client may send is one the engine knows.
  const values = Object.fromEntries(keys.map((k) => [k.replace(/^copydesk\./, ''), undefined]));
  const config = { inspect: (key: string) => ({ globalValue: key.startsWith('rules.') ? undefined : (defaultSettings() as never)[key] }) } as never;
  const problems: { message: string }[] = [];
  applyLayer(defaultSettings(), explicitSettings(config, keys), 'editor settings', problems);
  assert.deepEqual(problems, []);
  assert.ok(Object.keys(values).length > 10);
});

test('Settings editor: general settings first, then one section per rule with a readable title, severity first', () => {
  const categories = manifest.contributes.configuration as { id: string; title: string; order: number; properties: Record<string, { order: number }> }[];
  assert.equal(categories[0].title, 'Copydesk');
  assert.deepEqual(Object.keys(categories[0].properties).slice(0, 3), ['copydesk.enable', 'copydesk.fixOnSave', 'copydesk.quotes']);
  for (const category of categories.slice(1)) {
    assert.match(category.id, /^copydesk\.rules\.[a-z-]+$/);
    assert.doesNotMatch(category.title, /^[a-z]+-[a-z]+$/, 'a title in words, not the rule id alone');
    const [first] = Object.entries(category.properties).sort((a, b) => a[1].order - b[1].order);
    assert.ok(first[0].endsWith('.severity'), `${category.id}: severity first`);
  }
  assert.deepEqual(categories.map((c) => c.order), categories.map((_, i) => i));
  assert.deepEqual(manifest.contributes.languages, [{ id: 'jsonc', filenames: ['.copydesk.json', '.copydeskrc'] }]);
});

test('fix-all says what it does, per kind and in total', () => {
  const text = fixture('seed-like.txt');
  const result = lint(text, { format: 'plaintext' });
  assert.deepEqual(fixBatches(result.findings).map((b) => batchTitle(b.key, b.count)), ['Delete 5 repeated paragraphs']);
  const fixed = fixUntilStable(text, result, { format: 'plaintext' });
  assert.equal(fixAllTitle(fixed.passes), 'Copydesk: delete 5 repeated paragraphs');

  const settings = applyLayer(defaultSettings(), { rules: { 'quote-style': { style: 'curly' } } }, 'test', []);
  const quotes = 'He said "no" and "never", didn\'t he?\n';
  const styled = lint(quotes, { format: 'plaintext', settings });
  const batches = fixBatches(styled.findings);
  assert.deepEqual(batches.map((b) => batchTitle(b.key, b.count)), ['Make all quote marks curly (5)'], 'two pairs and an apostrophe, each mark once');
  assert.equal(batchTitle('repeats', 1), 'Delete 1 repeated paragraph');
});
