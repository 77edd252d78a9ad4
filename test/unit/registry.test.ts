// The registry is the single source: the manifest, the schema and the docs must follow it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { RULES } from '../../server/src/rules/index.ts';
import { configFileSchema, vscodeConfiguration } from '../../scripts/settings-schema.ts';
import { applyLayer, defaultSettings } from '../../server/src/engine/settings.ts';
import { REPO } from './helpers.ts';

const manifest = JSON.parse(readFileSync(resolve(REPO, 'package.json'), 'utf8'));

test('package.json settings are generated from the registry (run npm run gen:settings)', () => {
  assert.deepEqual(manifest.contributes.configuration, vscodeConfiguration());
});

test('schemas/copydesk.schema.json is generated from the registry', () => {
  assert.deepEqual(JSON.parse(readFileSync(resolve(REPO, 'schemas/copydesk.schema.json'), 'utf8')), configFileSchema());
  assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: ['.copydesk.json', '.copydeskrc'], url: './schemas/copydesk.schema.json' }]);
});

test('every rule has its doc beside it and a README entry', () => {
  const readme = readFileSync(resolve(REPO, 'README.md'), 'utf8');
  for (const rule of RULES) {
    assert.ok(existsSync(resolve(REPO, `server/src/rules/${rule.id}.md`)), `${rule.id}.md`);
    assert.ok(readme.includes(`\`${rule.id}\``), `README mentions ${rule.id}`);
  }
});

test('the schema accepts a full config and rejects mistakes the engine also reports', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(configFileSchema());
  const good = { rules: { 'duplicate-paragraph': { severity: 'error', similarity: 0.9 } }, sources: ['transcripts/**/*.txt'] };
  assert.equal(validate(good), true, JSON.stringify(validate.errors));
  const bad = { rules: { 'duplicate-paragraph': { similarity: 'high' } }, colour: 'red' };
  assert.equal(validate(bad), false);
  const problems: { message: string }[] = [];
  applyLayer(defaultSettings(), bad, '.copydesk.json', problems);
  assert.deepEqual(problems.map((p) => p.message), [
    '.copydesk.json: "rules.duplicate-paragraph.similarity" must be a number ≥ 0.1 ≤ 1, got "high"; using the default',
    '.copydesk.json: unknown setting "colour" (known: enable, debounce, maxFileSize, maxSourceSize, maxDiagnostics, sources, include, exclude, quotes, ignore, rules)',
  ]);
});

test('rule ids are unique and options have defaults that pass their own validation', () => {
  assert.equal(new Set(RULES.map((r) => r.id)).size, RULES.length);
  for (const rule of RULES) {
    const problems: { message: string }[] = [];
    const options = Object.fromEntries(Object.entries(rule.options).map(([k, spec]) => [k, spec.default]));
    applyLayer(defaultSettings(), { rules: { [rule.id]: options } }, 'defaults', problems);
    assert.deepEqual(problems, [], rule.id);
  }
});
