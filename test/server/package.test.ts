// The packaged extension: small, whitelisted, and with no engine code in the extension host bundle.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '../..');

test('npm run package makes a VSIX under 1 MB that ships only the whitelist', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'copydesk-vsix-')), 'copydesk.vsix');
  const build = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '-o', out], { cwd: REPO, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr + build.stdout);
  assert.ok(statSync(out).size < 1024 * 1024, `VSIX is ${statSync(out).size} bytes`);
  const listing = spawnSync('npx', ['vsce', 'ls', '--no-dependencies'], { cwd: REPO, encoding: 'utf8' });
  const files = listing.stdout.trim().split('\n').sort();
  assert.deepEqual(files, [
    'CHANGELOG.md',
    'LICENSE',
    'README.md',
    'dist/cli.js',
    'dist/docx-worker.js',
    'dist/extension.js',
    'dist/server.js',
    'package.json',
    'schemas/copydesk.schema.json',
  ]);
});

test('the extension host bundle holds the client only: no engine, no unified parsers', () => {
  const bundle = readFileSync(resolve(REPO, 'dist/extension.js'), 'utf8');
  for (const marker of ['parse-english', 'parse-latin', 'micromark', 'duplicate-paragraph', 'normalizeForComparison']) {
    assert.ok(!bundle.includes(marker), `dist/extension.js contains ${marker}`);
  }
  assert.ok(bundle.includes('copydesk/serverInfo'), 'the bundle is the client');
});
