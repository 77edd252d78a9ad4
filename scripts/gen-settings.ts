// Writes the generated settings into package.json and schemas/copydesk.schema.json.
// `--check` fails instead of writing when either is out of date (used by the tests).

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { configFileSchema, JSON_VALIDATION, vscodeConfiguration } from './settings-schema.ts';

const root = resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const manifestPath = resolve(root, 'package.json');
const schemaPath = resolve(root, 'schemas/copydesk.schema.json');

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
manifest.contributes.configuration = vscodeConfiguration();
manifest.contributes.jsonValidation = JSON_VALIDATION;
const manifestText = JSON.stringify(manifest, null, 2) + '\n';
const schemaText = JSON.stringify(configFileSchema(), null, 2) + '\n';

const stale: string[] = [];
const current = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};
if (current(manifestPath) !== manifestText) stale.push('package.json');
if (current(schemaPath) !== schemaText) stale.push('schemas/copydesk.schema.json');

if (check) {
  if (stale.length) {
    console.error(`Out of date with the rule registry: ${stale.join(', ')}. Run "npm run gen:settings".`);
    process.exit(1);
  }
  console.log('settings are in sync with the rule registry');
} else {
  mkdirSync(resolve(root, 'schemas'), { recursive: true });
  writeFileSync(manifestPath, manifestText);
  writeFileSync(schemaPath, schemaText);
  console.log(stale.length ? `updated ${stale.join(', ')}` : 'already up to date');
}
