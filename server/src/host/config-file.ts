// .copydesk.json: found by walking up from a draft, shared by the editor and the CLI so both agree.
// Which files are drafts (include, exclude, sources) is decided here too, for both, in the one glob
// dialect (globs.ts) relative to the config file's folder.

import { existsSync } from 'node:fs';
import { dirname, join, parse as parsePath } from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Settings } from '../engine/settings.ts';
import type { Problem } from '../engine/types.ts';
import { applyLayer, defaultSettings } from './settings.ts';
import { matches } from './globs.ts';
import { relativeInside } from './paths.ts';
import { MAX_CONFIG_BYTES, checkReadable, readTextSafely } from '../host/safe-read.ts';
import { LRUCache } from 'lru-cache';

export const CONFIG_FILE = '.copydesk.json';

export interface ConfigFile {
  path: string;
  /** The raw parsed JSON, before validation. */
  raw: unknown;
}

export interface ResolvedConfig {
  settings: Settings;
  file?: string;
  problems: Problem[];
}

// Keyed by path and checked against mtime and size; bounded because a long-lived server may meet
// many workspaces and folders.
const cache = new LRUCache<string, { mtimeMs: number; size: number; loaded: ConfigFile | Problem }>({ max: 64 });

/** The nearest .copydesk.json at or above `directory`, stopping at `root` when given. */
export function findConfigFile(directory: string, root?: string): string | undefined {
  let dir = directory;
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (root && dir === root) return undefined;
    const parent = dirname(dir);
    if (parent === dir || parsePath(dir).root === dir) return undefined;
    dir = parent;
  }
}

/**
 * Reads and parses a config file. Only a regular file of at most 1 MB is read, and with `root` only
 * when its real path stays inside `root` (a committed symlink to /dev/zero, a FIFO or a file outside
 * the workspace is refused with one message, and defaults are used).
 */
export function readConfigFile(path: string, root?: string): ConfigFile | Problem {
  const limits = { maxBytes: MAX_CONFIG_BYTES, root };
  const checked = checkReadable(path, limits);
  if (!checked.ok) return { message: `${path}: the configuration is not read: ${checked.reason}; using the default settings`, file: path };
  const stat = checked.stat;
  const hit = cache.get(path);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.loaded;
  const read = readTextSafely(path, limits);
  const loaded: ConfigFile | Problem = read.ok
    ? parseConfigText(path, read.text)
    : { message: `${path}: the configuration is not read: ${read.reason}; using the default settings`, file: path };
  cache.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, loaded });
  return loaded;
}

export interface ResolveOptions {
  /** Layers applied after the file, in order (editor settings, CLI flags). */
  layers?: { layer: unknown; where: string }[];
  /** Stop walking up here (the workspace folder). */
  root?: string;
  /** Use this file instead of walking up (`copydesk check --config`). */
  configFile?: string;
}

/** JSON with comments and trailing commas allowed (as VS Code's own settings files). */
export function parseConfigText(path: string, text: string): ConfigFile | Problem {
  if (text.trim() === '') return { path, raw: {} };
  const errors: ParseError[] = [];
  const raw = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) {
    const { error, offset } = errors[0];
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return { message: `${path}:${line}:${column}: not valid JSON (${printParseErrorCode(error)}); using the default settings`, file: path };
  }
  return { path, raw };
}

/** Defaults, then the nearest .copydesk.json for `draftPath` (or the one given), then any further layers. */
export function resolveConfig(draftPath: string | undefined, options: ResolveOptions = {}): ResolvedConfig {
  const problems: Problem[] = [];
  let settings = defaultSettings();
  let file: string | undefined = options.configFile;
  if (!file && draftPath) file = findConfigFile(dirname(draftPath), options.root);
  {
    if (file) {
      // A found file must not lead out of the workspace folder (or, with none, out of its own folder);
      // a file named with --config is the user's explicit choice.
      const loaded = readConfigFile(file, options.configFile ? undefined : (options.root ?? dirname(file)));
      if ('raw' in loaded) settings = applyLayer(settings, loaded.raw, file, problems);
      else problems.push(loaded);
    }
  }
  for (const { layer, where } of options.layers ?? []) settings = applyLayer(settings, layer, where, problems);
  return { settings, file, problems };
}

/**
 * Why a file is not a draft to lint under its configuration, if it isn't: it matches `exclude`, or it
 * is one of the `sources` (a transcript is not copy). Globs are relative to the config file's folder.
 */
export function exclusionOf(settings: Settings, file: string | undefined, configFile: string | undefined): string | undefined {
  if (!file || !configFile) return undefined;
  const rel = relativeInside(dirname(configFile), file);
  if (rel === undefined) return undefined;
  if (settings.exclude.length && matches(settings.exclude, rel)) return `excluded by "exclude" in ${configFile}`;
  if (settings.sources.length && matches(settings.sources, rel)) return `a source file ("sources" in ${configFile}), not a draft`;
  if (!matches(settings.include, rel)) return `not matched by "include" in ${configFile}`;
  return undefined;
}

/** Rules the config's `ignore` map switches off for this file (paths relative to the config file). */
export function ignoredRules(settings: Settings, file: string | undefined, configFile: string | undefined): string[] {
  if (!file || !configFile || Object.keys(settings.ignore).length === 0) return [];
  const key = relativeInside(dirname(configFile), file);
  return key === undefined ? [] : (settings.ignore[key] ?? []);
}
