// Bundles every entry point (extension, server, CLI, workers, browser engine). ESM-only unified packages are bundled into CJS so the
// extension host and plain `node` can load them without a loader.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // esbuild rewrites every regular expression literal with a \p{…} class into `new RegExp("…")` for
  // any Node target (its table does not trust the Unicode data of a given version). Node 20 parses
  // them, and a literal is compiled once per site, where `new RegExp` in a function builds a fresh
  // object, looks the pattern up again and recompiles it after the compilation cache is aged by a full
  // GC: 1.3 million constructions on the 1,000 drafts of `npm run bench:folder` (docs/cli-parallel.md).
  supported: { 'regexp-unicode-property-escapes': true },
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's "main" is a UMD build whose dynamic requires don't bundle; its ESM build does.
  mainFields: ['module', 'main'],
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // server/src/main.ts: the language server on the main thread, the lint worker in a worker thread.
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // mammoth (.docx sources) runs in a worker thread: see server/src/host/source-formats/docx.ts.
  { entryPoints: ['server/src/host/source-formats/docx-worker.ts'], outfile: 'dist/docx-worker.js' },
  { entryPoints: ['test/e2e/suite/index.ts'], outfile: 'dist-test/e2e/index.js', external: ['vscode', 'mocha'], sourcemap: true, minify: false },
];

// The engine for browsers and web workers: an ES module with no Node built-ins (test/server/browser.test.ts).
const browser = {
  entryPoints: ['server/src/browser.ts'],
  outfile: 'dist/engine.browser.js',
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
};
if (watch) await (await esbuild.context(browser)).watch();
else await esbuild.build(browser);

for (const b of builds) {
  const options = { ...common, ...b };
  if (watch) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  } else {
    await esbuild.build(options);
  }
}

// The rules' documentation ships with the extension ("Show Rule Documentation" reads it offline).
if (!watch) {
  const { cpSync, mkdirSync, readdirSync } = await import('node:fs');
  mkdirSync('dist/rules', { recursive: true });
  for (const name of readdirSync('server/src/rules')) if (name.endsWith('.md')) cpSync(`server/src/rules/${name}`, `dist/rules/${name}`);
}
