// Which drafts a `copydesk check` covers: files as given, folders walked with the include globs,
// globs expanded, minus exclude globs and .copydeskignore.

import fg from 'fast-glob';
import ignore from 'ignore';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { relativeInside } from '../engine/paths.ts';
import { MAX_CONFIG_BYTES, readTextSafely } from '../host/safe-read.ts';

export interface Target {
  /** As the user gave it, or as found under a folder they gave. */
  path: string;
  absolutePath: string;
  /** Named on the command line (always checked), rather than found in a folder or by a glob. */
  explicit: boolean;
}

export class UsageError extends Error {}

const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

export function expandTargets(inputs: readonly string[], cwd: string, include: readonly string[], exclude: readonly string[]): Target[] {
  const ignoreFile = join(cwd, '.copydeskignore');
  const ignorer = ignore();
  if (existsSync(ignoreFile)) {
    // Same rules as .copydesk.json: a regular file of at most 1 MB inside the current folder.
    const read = readTextSafely(ignoreFile, { maxBytes: MAX_CONFIG_BYTES, root: cwd });
    if (!read.ok) throw new UsageError(`${ignoreFile} is not read: ${read.reason}`);
    ignorer.add(read.text);
  }
  ignorer.add(exclude as string[]);
  const ignored = (absolutePath: string) => {
    const rel = relativeInside(cwd, absolutePath);
    return !!rel && ignorer.ignores(rel);
  };

  const seen = new Set<string>();
  const targets: Target[] = [];
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
    if (!explicit && (ignored(absolutePath) || leaves(absolutePath))) return;
    seen.add(absolutePath);
    targets.push({ path, absolutePath, explicit });
  };

  for (const input of inputs.length ? inputs : ['.']) {
    const absolute = resolve(cwd, input);
    const stat = existsSync(absolute) ? statSync(absolute) : undefined;
    if (stat?.isFile()) {
      add(input, absolute, true);
    } else if (stat?.isDirectory()) {
      const found = fg.sync(include as string[], { cwd: absolute, ignore: ALWAYS_SKIPPED, dot: false, onlyFiles: true }).sort();
      for (const file of found) add(join(input, file), resolve(absolute, file), false);
    } else if (stat) {
      throw new UsageError(`${input} is not a regular file or folder (a pipe or a device is never read)`);
    } else if (fg.isDynamicPattern(input)) {
      const found = fg.sync(input, { cwd, ignore: ALWAYS_SKIPPED, onlyFiles: true }).sort();
      if (found.length === 0) throw new UsageError(`No files match "${input}"`);
      for (const file of found) add(file, resolve(cwd, file), false);
    } else {
      throw new UsageError(`No such file or folder: ${input}`);
    }
  }
  return targets;
}
