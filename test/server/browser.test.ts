// dist/engine.browser.js (npm run build): the engine as an ES module for browsers. It imports nothing
// (no Node built-ins, nothing left to resolve), and in headless Chromium it finds on the seed drafts
// exactly what `copydesk check` finds.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';

const REPO = resolve(import.meta.dirname, '../..');
const BUNDLE = resolve(REPO, 'dist/engine.browser.js');
const CLI = resolve(REPO, 'dist/cli.js');
const SEEDS = resolve(REPO, '../shared/seeds');
const CHROMIUM = process.env.COPYDESK_CHROMIUM || '/usr/bin/chromium';
const require = createRequire(import.meta.url);

/** Module loading left in a bundle: static imports, dynamic imports, require calls (comment lines aside). */
export function moduleLoads(code: string): string[] {
  const found: string[] = [];
  const patterns = [/^\s*import\s[^;]*?from\s*["']([^"']+)["']/g, /^\s*import\s*["']([^"']+)["']/g, /\bimport\(\s*["']([^"']+)["']\s*\)/g, /\brequire\(\s*["']([^"']+)["']\s*\)/g];
  for (const line of code.split('\n')) {
    // JSDoc type annotations (`@type {import('x').Y}`) mention modules without loading them.
    if (/^\s*(\*|\/\/|\/\*)/.test(line)) continue;
    for (const re of patterns) for (const m of line.matchAll(re)) found.push(m[1]);
  }
  return found;
}

test('the browser bundle loads no module: no Node built-in, nothing external', () => {
  const code = readFileSync(BUNDLE, 'utf8');
  assert.ok(code.length > 10_000, 'the bundle holds the engine');
  assert.deepEqual(moduleLoads(code), []);
  assert.match(code, /export\s*\{[^}]*\blint\b/, 'it exports lint');
  // The check itself catches what it is for.
  assert.deepEqual(moduleLoads('import { readFileSync } from "node:fs";\nconst p = require("path");\n * @type {import("x").Y}'), ['node:fs', 'path']);
});

const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).sort() : [];
const skip = !existsSync(CHROMIUM) ? `no browser at ${CHROMIUM} (apt-get install -y chromium)` : seeds.length === 0 ? `no seed drafts in ${SEEDS}` : false;

test('in headless Chromium, lint() finds on each seed draft exactly what the CLI finds', { skip }, async () => {
  const { chromium } = require('playwright-core') as typeof import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const bundle = readFileSync(BUNDLE, 'utf8');
    await page.route('http://copydesk.test/**', (route) =>
      route.request().url().endsWith('/engine.browser.js')
        ? route.fulfill({ body: bundle, contentType: 'text/javascript' })
        : route.fulfill({ body: '<!doctype html><script type="module">import * as copydesk from "./engine.browser.js"; window.copydesk = copydesk;</script>', contentType: 'text/html' }),
    );
    await page.goto('http://copydesk.test/index.html');
    await page.waitForFunction(() => 'copydesk' in globalThis);
    for (const seed of seeds) {
      const path = resolve(SEEDS, seed);
      const text = readFileSync(path, 'utf8');
      const format: 'markdown' | 'plaintext' = seed.endsWith('.md') ? 'markdown' : 'plaintext';
      const inBrowser = (await page.evaluate(({ text, format }) => (globalThis as unknown as { copydesk: typeof import('../../server/src/browser.ts') }).copydesk.lint(text, { format }).findings, { text, format })) as {
        rule: string;
        severity: string;
        message: string;
        start: number;
        end: number;
      }[];
      const cli = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', path], { encoding: 'utf8' });
      const expected = (JSON.parse(cli.stdout).files[0].findings as { rule: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[]).map(
        (f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule} ${f.severity} ${f.message}`,
      );
      const lineStarts = [0];
      for (let i = 0; i < text.length; i++) if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) lineStarts.push(i + 1);
      const place = (offset: number) => {
        let line = 0;
        while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
        return `${line + 1}:${offset - lineStarts[line] + 1}`;
      };
      const actual = inBrowser.map((f) => `${place(f.start)}-${place(f.end)} ${f.rule} ${f.severity} ${f.message}`);
      assert.ok(expected.length > 0, `${seed}: the CLI finds something`);
      assert.deepEqual(actual, expected, seed);
    }
  } finally {
    await browser.close();
  }
});
