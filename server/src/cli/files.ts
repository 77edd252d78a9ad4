// Which drafts a `copydesk check` covers: files as given, folders walked with the include globs,
// globs expanded, minus .copydeskignore (in the working folder). Include, exclude and sources are then
// applied per file by the host (host/config-file.ts), relative to the file's .copydesk.json, exactly
// as in the editor; all in the one glob dialect (host/globs.ts).

import fg from 'fast-glob';
import picomatch from 'picomatch';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { relativeInside } from '../host/paths.ts';
import { ALWAYS_SKIPPED, matches } from '../host/globs.ts';
import { MAX_CONFIG_BYTES, readTextSafely } from '../host/safe-read.ts';
import type { Target } from './check-file.ts';

export type { Target };

export interface Expanded {
  targets: Target[];
  /** Found in a folder or by a glob but left out by .copydeskignore ("exclude" is the host's, per file). */
  ignored: string[];
}

export function expandTargets(inputs: readonly string[], cwd: string, include: readonly string[]): Expanded {
  const ignoreFile = join(cwd, '.copydeskignore');
  // Same rules as .copydesk.json: a regular file of at most 1 MB inside the current folder; one that
  // is not is reported (as a file that cannot be read) and its patterns are not used.
  let patterns: string[] = [];
  let ignoreProblem: string | undefined;
  if (existsSync(ignoreFile)) {
    const read = readTextSafely(ignoreFile, { maxBytes: MAX_CONFIG_BYTES, root: cwd });
    if (read.ok) patterns = read.text.split(/\r?\n/);
    else ignoreProblem = `.copydeskignore is not read: ${read.reason}`;
  }
  const isIgnored = (absolutePath: string) => {
    const rel = relativeInside(cwd, absolutePath);
    return !!rel && matches(patterns, rel);
  };

  const seen = new Set<string>();
  const targets: Target[] = [];
  const ignored: string[] = [];
  if (ignoreProblem) targets.push({ path: '.copydeskignore', absolutePath: ignoreFile, explicit: true, missing: ignoreProblem });
  // Files found by walking a folder or expanding a glob must not lead out of that folder (the glob's
  // fixed leading part) through a link. The folder itself may be anywhere: `check ../other-desk` walks it.
  const realOf = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return path;
    }
  };
  const leaves = (absolutePath: string, root: string) => {
    try {
      return relativeInside(root, realpathSync(absolutePath)) === undefined;
    } catch {
      return true;
    }
  };
  const add = (path: string, absolutePath: string, explicit: boolean, root?: string) => {
    if (seen.has(absolutePath)) return;
    seen.add(absolutePath);
    if (!explicit && root !== undefined && leaves(absolutePath, root)) return;
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
      const root = realOf(absolute);
      for (const file of found) add(join(input, file), resolve(absolute, file), false, root);
    } else if (stat) {
      // A file (or a pipe or device, which the reader refuses with a reason).
      add(input, absolute, true);
    } else if (fg.isDynamicPattern(input)) {
      const found = fg.sync(input, { cwd, ignore: ALWAYS_SKIPPED, onlyFiles: true }).sort();
      if (found.length === 0) targets.push({ path: input, absolutePath: absolute, explicit: true, missing: `no files match "${input}"; check the pattern (quote it so the shell does not expand it)` });
      // picomatch's scan gives the glob's fixed leading folders ("../desk/**/*.md" → "../desk").
      const root = realOf(resolve(cwd, picomatch.scan(input).base || '.'));
      for (const file of found) add(file, resolve(cwd, file), false, root);
    } else {
      targets.push({ path: input, absolutePath: absolute, explicit: true, missing: `${input} does not exist; check the path` });
    }
  }
  return { targets, ignored };
}

