#!/usr/bin/env node
// `npm run screenshots`: copies the screenshots the last e2e run took in the real VS Code
// (test/e2e/.screenshots, ignored by git) to docs/images, where the READMEs link them. Run
// `npm run build && npm run test:e2e` first.
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const from = process.env.COPYDESK_E2E_SCREENSHOTS || path.join(root, 'test', 'e2e', '.screenshots');
const to = path.join(root, 'docs', 'images');
const wanted = ['squiggles', 'hover', 'quick-fix', 'status'];

const missing = wanted.filter((name) => !existsSync(path.join(from, `${name}.png`)));
if (missing.length) {
  console.error(`No screenshot ${missing.map((m) => `${m}.png`).join(', ')} in ${path.relative(root, from)}: run \`npm run build && npm run test:e2e\` first.`);
  process.exit(1);
}
mkdirSync(to, { recursive: true });
for (const name of wanted) {
  const source = path.join(from, `${name}.png`);
  copyFileSync(source, path.join(to, `${name}.png`));
  console.log(`docs/images/${name}.png  (taken ${statSync(source).mtime.toISOString()})`);
}
