// Which drafts a `copydesk check` covers: files as given, folders walked with the include globs,
// globs expanded, minus exclude globs and .copydeskignore.

import fg from 'fast-glob';
import ignore from 'ignore';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { relativeInside } from '../engine/paths.ts';
import { MAX_CONFIG_BYTES, readTextSafely } from '../host/safe-read.ts';
import type { Target } from './check-file.ts';

export type { Target };

export interface Expanded {
  targets: Target[];
  /** Found in a folder or by a glob but left out by "exclude" or .copydeskignore. */
  ignored: string[];
}

const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

export function expandTargets(inputs: readonly string[], cwd: string, include: readonly string[], exclude: readonly string[]): Expanded {
  const ignoreFile = join(cwd, '.copydeskignore');
  const ignorer = ignore();
  // Same rules as .copydesk.json: a regular file of at most 1 MB inside the current folder; one that
  // is not is reported (as a file that cannot be read) and its patterns are not used.
  let ignoreProblem: string | undefined;
  if (existsSync(ignoreFile)) {
    const read = readTextSafely(ignoreFile, { maxBytes: MAX_CONFIG_BYTES, root: cwd });
    if (read.ok) ignorer.add(read.text);
    else ignoreProblem = `.copydeskignore is not read: ${read.reason}`;
  }
  ignorer.add(exclude as string[]);
  const isIgnored = (absolutePath: string) => {
    const rel = relativeInside(cwd, absolutePath);
    return !!rel && ignorer.ignores(rel);
  };

  const seen = new Set<string>();
  const targets: Target[] = [];
  const ignored: string[] = [];
  if (ignoreProblem) targets.push({ path: '.copydeskignore', absolutePath: ignoreFile, explicit: true, missing: ignoreProblem });
  let realCwd = cwd;
  try {
    realCwd = realpathSync(cwd);
  } catch {
    // keep cwd
  }
  // Files found by walking or globbing must not lead out of the current folder through a link.
  const leaves = (absolutePath: string) => {
    try {
      return relativeInside(realCwd, realpathSync(absolutePath)) === undefined;
    } catch {
      return true;
    }
  };
  const add = (path: string, absolutePath: string, explicit: boolean) => {
    if (seen.has(absolutePath)) return;
    seen.add(absolutePath);
    if (!explicit && leaves(absolutePath)) return;
    if (!explicit && isIgnored(absolutePath)) ignored.push(path);
    else targets.push({ path, absolutePath, explicit });
  };

  for (const input of inputs.length ? inputs : ['.']) {
    const absolute = resolve(cwd, input);
    let stat;
    try {
      stat = existsSync(absolute) ? statSync(absolute) : undefined;
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found = fg.sync(include as string[], { cwd: absolute, ignore: ALWAYS_SKIPPED, dot: false, onlyFiles: true }).sort();
      for (const file of found) add(join(input, file), resolve(absolute, file), false);
    } else if (stat) {
      // A file (or a pipe or device, which the reader refuses with a reason).
      add(input, absolute, true);
    } else if (fg.isDynamicPattern(input)) {
      const found = fg.sync(input, { cwd, ignore: ALWAYS_SKIPPED, onlyFiles: true }).sort();
      if (found.length === 0) targets.push({ path: input, absolutePath: absolute, explicit: true, missing: `no files match "${input}"; check the pattern (quote it so the shell does not expand it)` });
      for (const file of found) add(file, resolve(cwd, file), false);
    } else {
      targets.push({ path: input, absolutePath: absolute, explicit: true, missing: `${input} does not exist; check the path` });
    }
  }
  return { targets, ignored };
}
