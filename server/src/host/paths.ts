// Paths relative to a folder, as config files, ignore files and SARIF want them.

import { isAbsolute, relative, sep } from 'node:path';

/** `path` relative to `folder` with forward slashes ('' for the folder itself), or undefined when it lies outside. */
export function relativeInside(folder: string, path: string): string | undefined {
  const rel = relative(folder, path);
  if (rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}
