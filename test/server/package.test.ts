// The packaged extension: small, whitelisted, and with no engine code in the extension host bundle.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '../..');

test('npm run package makes a VSIX under 1 MB that ships only the whitelist', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'copydesk-vsix-')), 'copydesk.vsix');
  // The arguments of `npm run package`, which builds first.
  const args = JSON.parse(readFileSync(resolve(REPO, 'package.json'), 'utf8')).scripts.package.split('&& ')[1].split(' ').slice(0, -2);
  const build = spawnSync('npx', [...args, '-o', out], { cwd: REPO, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr + build.stdout);
  assert.ok(statSync(out).size < 1024 * 1024, `VSIX is ${statSync(out).size} bytes`);
  const listing = spawnSync('npx', ['vsce', 'ls', '--no-dependencies'], { cwd: REPO, encoding: 'utf8' });
  const files = listing.stdout.trim().split('\n').sort();
  assert.deepEqual(files, [
    'CHANGELOG.md',
    'LICENSE',
    // `vsce ls` names the root README; the package replaces it with client/README.md (checked below).
    'README.md',
    'client/templates/copydesk.json',
    'client/walkthrough/ci.md',
    'client/walkthrough/fix-on-save.md',
    'client/walkthrough/names.md',
    'client/walkthrough/quote-style.md',
    'client/walkthrough/sources.md',
    'dist/docx-worker.js',
    'dist/extension.js',
    // Every rule's documentation, for "Show Rule Documentation" offline.
    ...readdirSync(resolve(REPO, 'server/src/rules')).filter((n) => n.endsWith('.md')).map((n) => `dist/rules/${n}`).sort(),
    'dist/server.js',
    'package.json',
    'schemas/copydesk.schema.json',
  ]);
  // The marketplace page and the Extensions view show the extension's own README, written for users.
  const readme = spawnSync('unzip', ['-C', '-p', out, 'extension/README.md'], { encoding: 'utf8' });
  assert.equal(readme.status, 0, readme.stderr);
  assert.equal(readme.stdout.split('\n')[0], readFileSync(resolve(REPO, 'client/README.md'), 'utf8').split('\n')[0]);
  assert.match(readme.stdout, /\]\(https:\/\/github\.com\/copydesk\/copydesk\/raw\/HEAD\/client\/\.\.\/docs\/images\/squiggles\.png\)/);
});

test('the extension host bundle holds the client only: no engine, no unified parsers', () => {
  const bundle = readFileSync(resolve(REPO, 'dist/extension.js'), 'utf8');
  for (const marker of ['parse-english', 'parse-latin', 'micromark', 'duplicate-paragraph', 'normalizeForComparison']) {
    assert.ok(!bundle.includes(marker), `dist/extension.js contains ${marker}`);
  }
  assert.ok(bundle.includes('copydesk/serverInfo'), 'the bundle is the client');
});
