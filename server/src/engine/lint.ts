// The engine's entry point: text in, findings out. Pure apart from caches; never throws.

import { dirname } from 'node:path';
import { RULES } from '../rules/index.ts';
import type { SharedContext } from '../rules/rule.ts';
import { parseDraft, type DraftDocument } from './document.ts';
import { applyDirectives } from './directives.ts';
import { defaultSettings, type Settings } from './settings.ts';
import { exclusionOf } from './config-file.ts';
import type { Finding, Format, Problem } from './types.ts';
import { relativeInside } from './paths.ts';

export interface LintOptions {
  format: Format;
  settings?: Settings;
  /** Absolute path of the draft, for messages and relative lookups. */
  file?: string;
  /** The .copydesk.json the settings came from: the `sources` globs are relative to its folder. */
  configFile?: string;
  /** The workspace folder: sources outside it are refused (default: the config file's folder, else the draft's). */
  root?: string;
}

export interface LintResult {
  findings: Finding[];
  problems: Problem[];
  /** Why the draft was not linted at all (too large, binary), when it wasn't. */
  skipped?: string;
  /** Not linted because the configuration says it is not a draft (exclude, sources): nothing to tell. */
  excluded?: boolean;
  /** The parsed draft, for callers that need its structure too (the server's suppression fixes). */
  doc?: DraftDocument;
}

export function lint(text: string, options: LintOptions): LintResult {
  const settings = options.settings ?? defaultSettings();
  const problems: Problem[] = [];
  if (!settings.enable) return { findings: [], problems, skipped: 'Copydesk is disabled for this draft' };
  const exclusion = exclusionOf(settings, options.file, options.configFile);
  if (exclusion) return { findings: [], problems, skipped: `Not linted: ${exclusion}`, excluded: true };
  const refusal = refuse(text, settings);
  if (refusal) return { findings: [], problems, skipped: refusal };

  let doc: DraftDocument;
  try {
    doc = parseDraft(text, options.format);
  } catch (error) {
    return { findings: [], problems: [{ message: `Could not parse the draft: ${errorMessage(error)}` }], skipped: 'parse error' };
  }
  const findings: Finding[] = [];
  const ignored = ignoredRules(settings, options.file, options.configFile);
  const configDir = options.configFile ? dirname(options.configFile) : undefined;
  const shared: SharedContext = {
    file: options.file,
    sources: { globs: settings.sources, base: configDir ?? options.root, maxBytes: settings.maxSourceSize },
    root: options.root ?? configDir ?? (options.file ? dirname(options.file) : undefined),
    quotes: settings.quotes,
    problem: (problem) => problems.push(problem),
  };
  for (const rule of RULES) {
    const ruleSettings = settings.rules[rule.id];
    if (!ruleSettings || ruleSettings.severity === 'off' || ignored.has(rule.id) || ignored.has('*')) continue;
    try {
      const found = rule.check({ doc, options: ruleSettings.options, shared });
      for (const finding of found) findings.push({ ...finding, rule: rule.id, severity: finding.severity ?? ruleSettings.severity });
    } catch (error) {
      problems.push({ message: `Rule ${rule.id} failed on this draft and was skipped: ${errorMessage(error)}` });
    }
  }
  const kept = applyDirectives(doc, withoutFindingsInsideRepeats(findings), problems);
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return { findings: kept, problems, doc };
}

/** Drops other rules' findings inside an exact repeat: it is about to go, and was reported where it first appeared. */
function withoutFindingsInsideRepeats(findings: Finding[]): Finding[] {
  // Repeats never overlap one another: sorted by start, the one that can hold a finding is found by binary search.
  const repeats = findings.filter((f) => f.supersedes).sort((a, b) => a.start - b.start);
  if (repeats.length === 0) return findings;
  const loud = new Set(RULES.filter((rule) => rule.reportsInsideRepeats).map((rule) => rule.id));
  const inside = (f: Finding) => {
    let lo = 0;
    let hi = repeats.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (repeats[mid].start <= f.start) lo = mid;
      else hi = mid - 1;
    }
    const r = repeats[lo];
    return r.rule !== f.rule && r.start <= f.start && f.end <= r.end;
  };
  return findings.filter((f) => f.supersedes || loud.has(f.rule) || !inside(f));
}

/** Rules the config's `ignore` map switches off for this file (paths relative to the config file). */
export function ignoredRules(settings: Settings, file: string | undefined, configFile: string | undefined): Set<string> {
  if (!file || !configFile || Object.keys(settings.ignore).length === 0) return new Set();
  const key = relativeInside(dirname(configFile), file);
  return new Set(key === undefined ? [] : (settings.ignore[key] ?? []));
}

/** Drafts the engine refuses: too large to lint on every keystroke, or not text at all. */
export function refuse(text: string, settings: Settings): string | undefined {
  if (text.length > settings.maxFileSize) {
    return `Not linted: the draft has ${text.length.toLocaleString('en')} characters, over the limit of ${settings.maxFileSize.toLocaleString('en')} (setting copydesk.maxFileSize)`;
  }
  if (looksBinary(text)) return 'Not linted: the file looks binary (it contains NUL bytes or mostly control characters)';
  return undefined;
}

/** Windows of the text that are checked for binary content: the start, then samples across the file. */
const BINARY_HEAD = 8192;
const BINARY_WINDOW = 4096;
const BINARY_WINDOWS = 32;

/**
 * NUL bytes, or mostly control characters, in the first 8 KB or in any of 32 windows of 4 KB spread
 * evenly over the rest (a text header does not hide a binary body; cost stays bounded on any size).
 */
export function looksBinary(text: string): boolean {
  if (binaryWindow(text, 0, BINARY_HEAD)) return true;
  if (text.length <= BINARY_HEAD) return false;
  const rest = text.length - BINARY_HEAD;
  const windows = Math.min(BINARY_WINDOWS, Math.ceil(rest / BINARY_WINDOW));
  for (let w = 0; w < windows; w++) {
    const start = BINARY_HEAD + Math.floor((w * rest) / windows);
    if (binaryWindow(text, start, Math.min(text.length, start + BINARY_WINDOW))) return true;
  }
  return false;
}

function binaryWindow(text: string, start: number, end: number): boolean {
  end = Math.min(end, text.length);
  if (end <= start) return false;
  let control = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control / (end - start) > 0.1;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
