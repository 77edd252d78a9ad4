// Quote sources on disk (transcripts, notes, statements): which files the globs name (host/globs.ts),
// read safely (host/safe-read.ts) and parsed once (host/source-formats) and again only when a file's
// mtime or size changes, and the engine's index over them (engine/source-index.ts), built once per
// set of files.

import { realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import fg from 'fast-glob';
import { LRUCache } from 'lru-cache';
import { MAX_SOURCE_BYTES, SourceIndex, sourceFile, type SourceFile, type Sources } from '../engine/source-index.ts';
import type { Problem } from '../engine/types.ts';
import { parseSource } from './source-formats/index.ts';
import { formatBytes, readBytesSafely } from './safe-read.ts';
import { ALWAYS_SKIPPED, listFiles } from './globs.ts';
import { relativeInside } from './paths.ts';

const GLOB_TTL_MS = 2000;
/** Bounds on what is kept between lints: glob results, files read, indexes built. */
const MAX_GLOBS = 256;
const MAX_FILES = 256;
const INDEX_CACHE_LIMIT = 4;

export interface SourceRequest {
  /** Globs from settings, relative to `base`. */
  globs: string[];
  base?: string;
  /** Globs from the draft's front matter, relative to the draft's folder. */
  draftGlobs: string[];
  draftDir?: string;
  /** Nothing outside this folder is read. */
  root?: string;
}

const globCache = new LRUCache<string, { at: number; files: string[] }>({ max: MAX_GLOBS });

/** The source files for a draft, absolute and sorted; refused and empty globs are reported. */
export function sourceFiles(request: SourceRequest, problem: (p: Problem) => void): string[] {
  const files = new Set<string>();
  const expand = (globs: string[], base: string | undefined, where: string) => {
    for (const glob of globs) {
      if (!base) continue;
      const root = request.root ?? base;
      const target = isAbsolute(glob) ? resolve(glob) : resolve(base, glob);
      if (!inside(root, target)) {
        problem({ message: `Source "${glob}" (${where}) is outside the workspace folder ${root}; it is not read` });
        continue;
      }
      const found = globFiles(glob, base);
      if (found.length === 0) problem({ message: `Source "${glob}" (${where}) matches no files` });
      // One message per glob, however many files it reaches through a link out of the workspace.
      const leaving: string[] = [];
      for (const file of found) {
        let real = file;
        try {
          real = realpathSync(file);
        } catch {
          continue;
        }
        if (!inside(realRoot(root), real)) {
          leaving.push(file);
          continue;
        }
        files.add(file);
      }
      if (leaving.length === 1) problem({ message: `Source file ${leaving[0]} (${where}) leads outside the workspace folder ${root}; it is not read` });
      else if (leaving.length > 1) problem({ message: `Source "${glob}" (${where}): ${leaving.length.toLocaleString('en')} files lead outside the workspace folder ${root} (through a link); they are not read` });
    }
  };
  expand(request.globs, request.base, 'sources setting');
  expand(request.draftGlobs, request.draftDir, 'front matter');
  return [...files].sort();
}

function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

export function inside(root: string, path: string): boolean {
  return relativeInside(root, path) !== undefined;
}

function globFiles(glob: string, base: string): string[] {
  const key = base + '\u0000' + glob;
  const now = Date.now();
  const hit = globCache.get(key);
  if (hit && now - hit.at < GLOB_TTL_MS) return hit.files;
  let files: string[];
  const rel = isAbsolute(glob) ? relativeInside(base, resolve(glob)) : glob;
  if (rel === undefined) {
    // An absolute path outside the base folder (still inside the root): a path or glob of its own.
    files = fg.sync(fg.convertPathToPattern(resolve(glob)), { absolute: true, onlyFiles: true, followSymbolicLinks: true, suppressErrors: true });
  } else {
    files = listFiles(isAbsolute(glob) ? `/${rel}` : rel, base, ALWAYS_SKIPPED);
  }
  globCache.set(key, { at: now, files });
  return files;
}

const fileCache = new LRUCache<string, { mtimeMs: number; size: number; file?: SourceFile; error?: string }>({ max: MAX_FILES });
const indexCache = new LRUCache<string, SourceIndex>({ max: INDEX_CACHE_LIMIT });

/** Reads and parses one source, cached by mtime and size; an unreadable one is reported once per change. */
function loadFile(path: string, problem: (p: Problem) => void, maxBytes: number): SourceFile | undefined {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    problem({ message: `Cannot read source ${path}: ${(error as Error).message}` });
    return undefined;
  }
  // Before the cache: a file read under a larger limit (another caller's) is still refused here.
  if (stat.size > maxBytes) {
    problem({ message: `Source ${path} is not read: it is larger than ${formatBytes(maxBytes)} (${formatBytes(stat.size)}) (setting maxSourceSize)`, file: path });
    return undefined;
  }
  const hit = fileCache.get(path);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) {
    if (hit.error) problem({ message: hit.error, file: path });
    return hit.file;
  }
  let file: SourceFile | undefined;
  let error: string | undefined;
  // Regular files only (never a FIFO or a device, so nothing blocks), no larger than the
  // `maxSourceSize` setting.
  const read = readBytesSafely(path, { maxBytes });
  if (!read.ok) {
    error = `Source ${path} is not read: ${read.reason}${read.reason.startsWith('it is larger') ? ' (setting maxSourceSize)' : ''}`;
  } else {
    try {
      file = sourceFile(path, parseSource(path, read.bytes));
    } catch (e) {
      error = `Cannot read source ${path}: ${(e as Error).message}; quotes are checked against the other sources`;
    }
  }
  fileCache.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, file, error });
  if (error) problem({ message: error, file: path });
  return file;
}

/** The index of these files, rebuilt when one of them changes. */
export function sourceIndex(paths: readonly string[], problem: (p: Problem) => void, maxBytes = MAX_SOURCE_BYTES): SourceIndex | undefined {
  const files: SourceFile[] = [];
  const stamps: string[] = [];
  for (const path of paths) {
    const file = loadFile(path, problem, maxBytes);
    if (!file) continue;
    files.push(file);
    const entry = fileCache.get(path);
    stamps.push(`${path}\u0000${entry?.mtimeMs}\u0000${entry?.size}`);
  }
  if (files.length === 0) return undefined;
  // A file object is replaced when the file changes, so the files' stamps are the index's key.
  const key = stamps.join('\u0001');
  let index = indexCache.get(key);
  if (!index) {
    index = new SourceIndex(files);
    indexCache.set(key, index);
  }
  return index;
}

export function displayPath(path: string, root: string | undefined): string {
  if (!root) return path;
  return relativeInside(root, path) || path;
}

/**
 * The engine's view of a draft's sources: the `globs` setting relative to `base` (the config file's
 * folder, else the workspace folder), the front matter's relative to the draft, nothing outside `root`,
 * no file larger than `maxBytes`.
 */
export function nodeSources(globs: string[], base: string | undefined, file: string | undefined, root: string | undefined, maxBytes = MAX_SOURCE_BYTES): Sources {
  return {
    indexFor(draftGlobs, problem) {
      if (globs.length === 0 && draftGlobs.length === 0) return undefined;
      const files = sourceFiles({ globs, base: base ?? root, draftGlobs, draftDir: file ? dirname(file) : undefined, root }, problem);
      return sourceIndex(files, problem, maxBytes);
    },
    display: (path) => displayPath(path, root),
    link: (path, line) => `${pathToFileURL(path).toString()}${line === undefined ? '' : `#L${line + 1}`}`,
  };
}
