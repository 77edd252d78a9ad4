// The engine (server/src/engine and the rules) is pure: no Node built-ins, no process, no timers, no clock, and
// nothing from the host, the server, the CLI or the registry. Everything from disk is handed in.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve } from 'node:path';

const SRC = resolve(import.meta.dirname, '../../server/src');
const REGISTRY = join(SRC, 'rules/index.ts');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/gm;
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
/** Globals a pure module has no business with. */
const FORBIDDEN_GLOBALS = /\b(?:process\.|setTimeout|setInterval|setImmediate|Date\.now|new Date\(\s*\)|require\(|__dirname|__filename|Buffer\.)/;

/** Problems with one module's imports and globals: empty when it is pure. */
export function impurities(file: string, source: string): string[] {
  const out: string[] = [];
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const m of code.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (BUILTINS.has(spec) || BUILTINS.has(spec.split('/')[0])) out.push(`imports the Node built-in "${spec}"`);
    if (spec.startsWith('.')) {
      const target = resolve(file, '..', spec);
      const rel = relative(SRC, target);
      if (target === REGISTRY) out.push(`imports the registry (${spec}): the host passes the rules in`);
      else if (!rel.startsWith('engine/') && !rel.startsWith('rules/')) out.push(`imports ${rel}, outside the engine`);
    }
  }
  const global = FORBIDDEN_GLOBALS.exec(code);
  if (global) out.push(`uses ${global[0]}`);
  return out;
}

test('nothing under the engine or the rules imports Node built-ins, the host, the server, the CLI or the registry', () => {
  const modules = [...files(join(SRC, 'engine')), ...files(join(SRC, 'rules')).filter((f) => f !== REGISTRY)];
  assert.ok(modules.length > 20, `found the engine's modules (${modules.length})`);
  const found = modules.flatMap((file) => impurities(file, readFileSync(file, 'utf8')).map((p) => `${relative(SRC, file)}: ${p}`));
  assert.deepEqual(found, []);
});

test('the purity check catches each kind of impurity', () => {
  const file = join(SRC, 'engine/example.ts');
  assert.deepEqual(impurities(file, "import { readFileSync } from 'node:fs';"), ['imports the Node built-in "node:fs"']);
  assert.deepEqual(impurities(file, "import { join } from 'path';"), ['imports the Node built-in "path"']);
  assert.deepEqual(impurities(file, "import { RULES } from '../rules/index.ts';"), ['imports the registry (../rules/index.ts): the host passes the rules in']);
  assert.deepEqual(impurities(file, "import { lint } from '../host/lint.ts';"), ['imports host/lint.ts, outside the engine']);
  assert.deepEqual(impurities(file, "import { main } from '../cli.ts';"), ['imports cli.ts, outside the engine']);
  assert.deepEqual(impurities(file, 'const t = setTimeout(() => 1, 5);'), ['uses setTimeout']);
  assert.deepEqual(impurities(file, 'const cwd = process.cwd();'), ['uses process.']);
  // Reading the clock makes a lint depend on when it ran; a date built from its parts does not.
  assert.deepEqual(impurities(file, 'const year = new Date().getFullYear();'), ['uses new Date()']);
  assert.deepEqual(impurities(file, 'const day = new Date(Date.UTC(2026, 2, 4)).getUTCDay();'), []);
  assert.deepEqual(impurities(file, "import { words } from './text.ts';\n// process.cwd() in a comment is fine"), []);
});
