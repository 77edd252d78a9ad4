// What the server tells a person about its setup: configuration problems as diagnostics on the
// config file (withdrawn once it is fixed), quote sources in one log line, paths relative to the
// workspace. Pure helpers; the server decides when to call them.

import { statSync } from 'node:fs';
import { sep } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { sourceFiles, sourceIndex } from '../engine/sources.ts';
import type { Problem } from '../engine/types.ts';
import { SOURCE } from './convert.ts';

/** Absolute paths inside a workspace folder, as paths relative to it (pop-ups cut long paths off). */
export function relativeTo(roots: readonly string[], message: string): string {
  let out = message;
  for (const root of [...roots].sort((a, b) => b.length - a.length)) out = out.split(root + sep).join('');
  return out;
}

/** A config file's problems (messages starting with its path) as diagnostics on that file. */
export function configDiagnostics(file: string, problems: readonly Problem[]): Diagnostic[] {
  return problems.map((problem) => {
    // "<file>:<line>:<column>: not valid JSON (…)" points at the place; other problems at the top.
    const rest = problem.message.slice(file.length);
    const at = /^:(\d+):(\d+): /.exec(rest);
    const line = at ? Number(at[1]) - 1 : 0;
    const character = at ? Number(at[2]) - 1 : 0;
    return { range: { start: { line, character }, end: { line, character: character + 1 } }, severity: 2, source: SOURCE, message: rest.replace(/^(:\d+:\d+)?: /, '') };
  });
}

/** Indexes a folder's quote sources and says how many files, how large, how long it took. */
export function describeSources(globs: string[], base: string, root: string | undefined, roots: readonly string[]): string {
  const started = performance.now();
  const files = sourceFiles({ globs, base, draftGlobs: [], root }, () => undefined);
  sourceIndex(files, () => undefined);
  const ms = Math.round(performance.now() - started);
  let bytes = 0;
  for (const file of files) {
    try {
      bytes += statSync(file).size;
    } catch {
      // Gone since it was found: the lint reports it.
    }
  }
  const where = relativeTo(roots, base + sep).replace(/[\\/]$/, '') || 'the workspace folder';
  return `Sources for ${where}: ${files.length} file${files.length === 1 ? '' : 's'}, ${Math.ceil(bytes / 1024)} KB, indexed in ${ms} ms`;
}
