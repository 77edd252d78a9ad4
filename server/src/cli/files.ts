// Which drafts a `copydesk check` covers: files as given, folders walked with the include globs,
// globs expanded, minus .copydeskignore (in the working folder). Include, exclude and sources are then
// applied per file by the host (host/config-file.ts), relative to the file's .copydesk.json, exactly
// as in the editor; all in the one glob dialect (host/globs.ts).

import fg from 'fast-glob';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { relativeInside } from '../host/paths.ts';
import { ALWAYS_SKIPPED, matches } from '../host/globs.ts';

export interface Target {
  /** As the user gave it, or as found under a folder they gave. */
  path: string;
  absolutePath: string;
  /** Named on the command line (always checked), rather than found in a folder or by a glob. */
  explicit: boolean;
}

export class UsageError extends Error {}

export function expandTargets(inputs: readonly string[], cwd: string, include: readonly string[]): Target[] {
  const ignoreFile = join(cwd, '.copydeskignore');
  const patterns = existsSync(ignoreFile) ? readFileSync(ignoreFile, 'utf8').split(/\r?\n/) : [];
  const ignored = (absolutePath: string) => {
    const rel = relativeInside(cwd, absolutePath);
    return !!rel && matches(patterns, rel);
  };

  const seen = new Set<string>();
  const targets: Target[] = [];
  const add = (path: string, absolutePath: string, explicit: boolean) => {
    if (seen.has(absolutePath)) return;
    if (!explicit && ignored(absolutePath)) return;
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
