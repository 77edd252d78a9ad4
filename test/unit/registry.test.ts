// The registry is the single source: the manifest, the schema and the docs must follow it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { RULES } from '../../server/src/rules/index.ts';
import { configFileSchema, vscodeConfiguration } from '../../scripts/settings-schema.ts';
import { applyLayer, defaultSettings } from '../../server/src/host/settings.ts';
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
    '.copydesk.json: unknown setting "colour" (known: enable, debounce, maxFileSize, maxSourceSize, maxDiagnostics, sources, include, exclude, quotes, ignore, debug.explainFigures, rules)',
  ]);
});

test('a dotted setting (debug.explainFigures) is read nested, as editors hand it over, or dotted; the schema takes it nested', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(configFileSchema());
  assert.equal(defaultSettings()['debug.explainFigures'], false);
  for (const layer of [{ debug: { explainFigures: true } }, { 'debug.explainFigures': true }]) {
    const problems: { message: string }[] = [];
    assert.equal(applyLayer(defaultSettings(), layer, 'editor', problems)['debug.explainFigures'], true, JSON.stringify(layer));
    assert.deepEqual(problems, []);
  }
  assert.equal(validate({ debug: { explainFigures: true } }), true, JSON.stringify(validate.errors));
  const bad = { debug: { explainFigure: true, explainFigures: 'yes' } };
  assert.equal(validate(bad), false);
  const problems: { message: string }[] = [];
  assert.equal(applyLayer(defaultSettings(), bad, '.copydesk.json', problems)['debug.explainFigures'], false);
  assert.deepEqual(problems.map((p) => p.message), [
    '.copydesk.json: unknown setting "debug.explainFigure" (known: enable, debounce, maxFileSize, maxSourceSize, maxDiagnostics, sources, include, exclude, quotes, ignore, debug.explainFigures, rules)',
    '.copydesk.json: "debug.explainFigures" must be true or false, got "yes"; using the default',
  ]);
});

test('rule ids are unique and options have defaults that pass their own validation', () => {
  assert.equal(new Set(RULES.map((r) => r.id)).size, RULES.length);
  for (const rule of RULES) {
    const problems: { message: string }[] = [];
    const options = Object.fromEntries(Object.entries(rule.options.properties).map(([k, spec]) => [k, spec.default]));
    applyLayer(defaultSettings(), { rules: { [rule.id]: options } }, 'defaults', problems);
    assert.deepEqual(problems, [], rule.id);
  }
});

test('each rule doc\'s options table is generated from its option schemas (run npm run gen:settings)', async () => {
  const { docWithOptions } = await import('../../scripts/settings-schema.ts');
  for (const rule of RULES) {
    const doc = readFileSync(resolve(REPO, `server/src/rules/${rule.id}.md`), 'utf8');
    assert.equal(doc, docWithOptions(doc, rule), `${rule.id}.md`);
    for (const key of Object.keys(rule.options.properties)) assert.ok(doc.includes(`| \`${key}\` |`), `${rule.id}.md lists ${key}`);
  }
});

test('every option declares a default and a description; validation agrees with its TypeBox schema', async () => {
  const { Value } = await import('@sinclair/typebox/value');
  const { GLOBAL_OPTIONS, checkValue } = await import('../../server/src/host/settings.ts');
  const samples: unknown[] = [0, 0.5, 1, 2, 8, -3, 1.5, 100_000, Number.NaN, 'auto', 'curly', 'warning', 'x', true, false, [], ['a'], [1], {}, { a: ['b'] }, { a: 'b' }, null];
  const specs = [...Object.entries(GLOBAL_OPTIONS.properties), ...RULES.flatMap((rule) => Object.entries(rule.options.properties).map(([k, s]) => [`${rule.id}.${k}`, s] as const))];
  assert.ok(specs.length > 15);
  for (const [name, spec] of specs) {
    assert.ok(spec.default !== undefined && typeof spec.description === 'string' && spec.description.length > 10, name);
    assert.equal(Value.Check(spec, spec.default), true, `${name}: default`);
    for (const value of [spec.default, ...samples]) assert.equal(checkValue(spec, value).ok, Value.Check(spec, value), `${name}: ${JSON.stringify(value)}`);
  }
});
