// Bundle growth and install size of each candidate reader (docs/reader-spike.md): esbuild bundles a
// one-line entry that imports the package with the options of scripts/build.mjs (node, cjs, minified),
// which is what the server and CLI bundles would each grow by; `installed` is the package with its own
// dependencies in node_modules. Install the readers first (scripts/spike/readers.ts):
//
//   npm install --no-save wink-nlp wink-eng-lite-web-model compromise en-pos natural
//   node scripts/spike/reader-bundle.mjs

import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CANDIDATES = {
  'wink-nlp + wink-eng-lite-web-model': { entry: "import w from 'wink-nlp'; import m from 'wink-eng-lite-web-model'; globalThis.r = w(m);", packages: ['wink-nlp', 'wink-eng-lite-web-model'] },
  compromise: { entry: "import nlp from 'compromise'; globalThis.r = nlp;", packages: ['compromise'] },
  'en-pos': { entry: "import { Tag } from 'en-pos'; globalThis.r = Tag;", packages: ['en-pos'] },
  natural: { entry: "import n from 'natural'; globalThis.r = n.BrillPOSTagger;", packages: ['natural'] },
};

/** A package and every package it depends on, transitively, as installed (hoisted) in node_modules. */
function closure(names, seen = new Set()) {
  for (const name of names) {
    if (seen.has(name) || !existsSync(join('node_modules', name, 'package.json'))) continue;
    seen.add(name);
    const pkg = JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8'));
    closure(Object.keys(pkg.dependencies ?? {}), seen);
  }
  return seen;
}

console.log('| reader | minified bundle (cjs, node) | gzip | installed (with dependencies) | packages | licences |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, c] of Object.entries(CANDIDATES)) {
  if (!c.packages.every((p) => existsSync(join('node_modules', p)))) {
    console.log(`| ${name} | not installed |`);
    continue;
  }
  let size = '-';
  let gzip = '-';
  try {
    const out = await esbuild.build({
      stdin: { contents: c.entry, resolveDir: process.cwd(), loader: 'js' },
      bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, write: false,
      legalComments: 'none', mainFields: ['module', 'main'], logLevel: 'silent',
    });
    const bytes = out.outputFiles[0].contents;
    size = `${(bytes.length / 1024).toFixed(0)} KB`;
    gzip = `${(gzipSync(bytes).length / 1024).toFixed(0)} KB`;
  } catch (e) {
    size = `fails: ${String(e.message).split('\n')[0].slice(0, 80)}`;
  }
  const pkgs = [...closure(c.packages)];
  const kb = pkgs.reduce((n, p) => n + Number(execFileSync('du', ['-sk', join('node_modules', p)], { encoding: 'utf8' }).split('\t')[0]), 0);
  const licences = new Set(pkgs.map((p) => JSON.parse(readFileSync(join('node_modules', p, 'package.json'), 'utf8')).license ?? '?'));
  console.log(`| ${name} | ${size} | ${gzip} | ${(kb / 1024).toFixed(1)} MB | ${pkgs.length} | ${[...licences].join(', ')} |`);
}
