// The composition root: the registry, the Node host and the engine put together. Given a draft and
// where it lives, it decides whether the draft is one (include, exclude, sources), which rules its
// config switches off, and where its quote sources are, then runs the engine with the registry's
// rules. The server and the CLI lint through here, so they cannot disagree.

import { dirname } from 'node:path';
import { RULES } from '../rules/index.ts';
import { lint as lintDraft, type LintResult } from '../engine/lint.ts';
import { fixUntilStable as fixDraft, type FixedDraft } from '../engine/fix-all.ts';
import type { DocumentState } from '../engine/state.ts';
import type { Settings } from '../engine/settings.ts';
import type { Format } from '../engine/types.ts';
import { exclusionOf, ignoredRules } from './config-file.ts';
import { defaultSettings } from './settings.ts';
import { nodeSources } from './sources.ts';

export type { LintResult } from '../engine/lint.ts';

export interface LintOptions {
  format: Format;
  settings?: Settings;
  /** Absolute path of the draft, for messages and relative lookups. */
  file?: string;
  /** The .copydesk.json the settings came from: path settings are relative to its folder. */
  configFile?: string;
  /** The workspace folder: sources outside it are refused (default: the config file's folder, else the draft's). */
  root?: string;
  /** The document's engine state, owned by the caller (one per open document or file). */
  state?: DocumentState;
}

export function lint(text: string, options: LintOptions): LintResult {
  const settings = options.settings ?? defaultSettings();
  const { file, configFile } = options;
  if (settings.enable) {
    const exclusion = exclusionOf(settings, file, configFile);
    if (exclusion) return { findings: [], problems: [], skipped: `Not linted: ${exclusion}`, excluded: true };
  }
  const configDir = configFile ? dirname(configFile) : undefined;
  const root = options.root ?? configDir ?? (file ? dirname(file) : undefined);
  return lintDraft(text, {
    format: options.format,
    rules: RULES,
    settings,
    file,
    sources: nodeSources(settings.sources, configDir ?? options.root, file, root, settings.maxSourceSize),
    ignore: ignoredRules(settings, file, configFile),
    state: options.state,
    currentYear: new Date().getFullYear(),
  });
}

/** Fix-all in passes (engine/fix-all.ts), each pass re-linted with the same options. */
export function fixUntilStable(text: string, first: LintResult, options: LintOptions): FixedDraft {
  return fixDraft(text, first, (current) => lint(current, options));
}
