// The one glob dialect of Copydesk, for every path setting (include, exclude, sources, .copydeskignore)
// in the editor and the CLI alike. Patterns are relative to the folder of the .copydesk.json they come
// from (else the workspace folder, or for the CLI the working folder), and read as in .gitignore:
//
//   archive        a name with no slash matches at any depth: archive/, notes/archive/, x/archive.md…
//   /archive       a leading slash anchors it to the folder: only ./archive
//   drafts/*.md    a slash inside anchors it too; * stays within one folder, ** crosses folders
//   old/           a trailing slash matches folders only
//   !keep.md       re-includes what an earlier pattern matched (the last matching pattern wins)
//
// and a pattern that matches a folder matches everything in it. Each pattern is translated to
// picomatch globs once; picomatch tests paths and fast-glob (picomatch's syntax) lists files, so a
// listed file always passes the test.

import fg from 'fast-glob';
import picomatch from 'picomatch';
import { LRUCache } from 'lru-cache';

interface Compiled {
  negated: boolean;
  globs: string[];
  test: (path: string) => boolean;
}

/** A pattern in this dialect as picomatch globs (relative, forward slashes), or undefined for a blank or comment line. */
export function toGlobs(pattern: string): { negated: boolean; globs: string[] } | undefined {
  let p = pattern.trim();
  if (p === '' || p.startsWith('#')) return undefined;
  const negated = p.startsWith('!');
  if (negated) p = p.slice(1);
  p = p.replace(/\\/g, '/').replace(/^\.\//, '');
  const folderOnly = p.endsWith('/');
  p = p.replace(/\/+$/, '');
  if (p === '') return undefined;
  const anchored = p.startsWith('/') || p.includes('/');
  const body = anchored ? p.replace(/^\/+/, '') : `**/${p}`;
  return { negated, globs: folderOnly ? [`${body}/**`] : [body, `${body}/**`] };
}

const compiled = new LRUCache<string, Compiled[]>({ max: 256 });

function compile(patterns: readonly string[]): Compiled[] {
  const key = patterns.join('\u0000');
  let list = compiled.get(key);
  if (!list) {
    list = [];
    for (const pattern of patterns) {
      const g = toGlobs(pattern);
      if (g) list.push({ ...g, test: picomatch(g.globs, { dot: true }) });
    }
    compiled.set(key, list);
  }
  return list;
}

/** Whether a relative path (forward slashes) is matched by the patterns. */
export function matches(patterns: readonly string[], relativePath: string): boolean {
  let matched = false;
  for (const c of compile(patterns)) if (c.negated === matched && c.test(relativePath)) matched = !c.negated;
  return matched;
}

/** Never walked into when listing files. */
export const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

/** Files (absolute paths, sorted) under `base` that one pattern matches. */
export function listFiles(pattern: string, base: string, ignore: string[] = []): string[] {
  const g = toGlobs(pattern);
  if (!g || g.negated) return [];
  return fg.sync(g.globs, { cwd: base, absolute: true, onlyFiles: true, followSymbolicLinks: true, suppressErrors: true, dot: true, ignore }).sort();
}
