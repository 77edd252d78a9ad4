// The engine's entry point: text in, findings out. Pure apart from its bounded cache (cache.ts) and
// the caller's DocumentState; never throws. Everything from disk (settings, sources, which rules a
// config switches off) is handed in by a host (server/src/host), and so are the rules.

import type { Rule, SharedContext } from '../rules/rule.ts';
import { parseDraft, type DraftDocument } from './document.ts';
import { applyDirectives } from './directives.ts';
import { defaultSettings, type Settings } from './settings.ts';
import type { Finding, Format, Problem } from './types.ts';
import type { Sources } from './source-index.ts';
import type { DocumentState } from './state.ts';
import { defaultState, lintDone, lintEnd, lintStart } from './cache.ts';

export interface LintOptions {
  format: Format;
  /** The rules to run (the host passes the registry). */
  rules: readonly Rule[];
  /** Resolved settings (default: the rules' defaults). */
  settings?: Settings;
  /** Absolute path of the draft, for messages. */
  file?: string;
  /** The draft's quote sources, as the host found and read them. */
  sources?: Sources;
  /** Rules switched off for this draft ("*": all), e.g. by the config's `ignore` map. */
  ignore?: readonly string[];
  /**
   * This document's state between lints, owned by the caller (one per open document or file). Without
   * one, lints share a default state, as one document being edited would (scripts, tests).
   */
  state?: DocumentState;
  /**
   * The year it is now, as the host's clock reads it: for a date written without a year that the draft
   * gives no other clue to. The engine never reads the clock itself, so a lint depends only on its input.
   */
  currentYear?: number;
}

export interface LintResult {
  findings: Finding[];
  problems: Problem[];
  /** Why the draft was not linted at all (too large, binary), when it wasn't. */
  skipped?: string;
  /** Not linted because the configuration says it is not a draft (exclude, include, sources): nothing to tell. */
  excluded?: boolean;
  /** The parsed draft, for callers that need its structure too (the server's suppression fixes). */
  doc?: DraftDocument;
  /**
   * The year the rules judged by (LintOptions.currentYear): whatever explains a verdict afterwards (a
   * hover, `check --explain`) reads it from here, so it cannot judge by another year than the check did.
   */
  currentYear?: number;
}

export function lint(text: string, options: LintOptions): LintResult {
  const settings = options.settings ?? defaultSettings(options.rules);
  const problems: Problem[] = [];
  if (!settings.enable) return { findings: [], problems, skipped: 'Copydesk is disabled for this draft' };
  const refusal = refuse(text, settings);
  if (refusal) return { findings: [], problems, skipped: refusal };
  lintStart();
  try {
    return lintParsed(text, options, settings, problems);
  } finally {
    lintEnd();
  }
}

function lintParsed(text: string, options: LintOptions, settings: Settings, problems: Problem[]): LintResult {
  let doc: DraftDocument;
  try {
    doc = parseDraft(text, options.format);
  } catch (error) {
    return { findings: [], problems: [{ message: `Could not parse the draft: ${errorMessage(error)}` }], skipped: 'parse error' };
  }
  const findings: Finding[] = [];
  const ignored = new Set(options.ignore ?? []);
  const shared: SharedContext = {
    file: options.file,
    sources: options.sources,
    quotes: settings.quotes,
    currentYear: options.currentYear,
    problem: (problem) => problems.push(problem),
  };
  const state = options.state ?? defaultState();
  for (const rule of options.rules) {
    const ruleSettings = settings.rules[rule.id];
    if (!ruleSettings || ruleSettings.severity === 'off' || ignored.has(rule.id) || ignored.has('*')) continue;
    try {
      const found = rule.check({ doc, options: ruleSettings.options, shared, state });
      for (const finding of found) findings.push({ ...finding, rule: rule.id, severity: finding.severity ?? ruleSettings.severity });
    } catch (error) {
      problems.push({ message: `Rule ${rule.id} failed on this draft and was skipped: ${errorMessage(error)}` });
    }
  }
  lintDone();
  const kept = applyDirectives(doc, withoutFindingsInsideRepeats(findings), problems, new Set(options.rules.map((rule) => rule.id)));
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return { findings: kept, problems, doc, currentYear: options.currentYear };
}

/** Drops other rules' findings inside an exact repeat: it is about to go, and was reported where it first appeared. */
function withoutFindingsInsideRepeats(findings: Finding[]): Finding[] {
  // Repeats never overlap one another: sorted by start, the one that can hold a finding is found by binary search.
  const repeats = findings.filter((f) => f.supersedes).sort((a, b) => a.start - b.start);
  if (repeats.length === 0) return findings;
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
  return findings.filter((f) => f.supersedes || !inside(f));
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

/** The characters binaryWindow counts: controls other than tab, line feed, form feed and carriage return. */
const CONTROL = /[\x00-\x08\x0B\x0E-\x1F]/;

function binaryWindow(text: string, start: number, end: number): boolean {
  end = Math.min(end, text.length);
  if (end <= start) return false;
  // Text has none: the regular expression finds that without a loop in JavaScript (it runs every lint).
  if (!CONTROL.test(text.slice(start, end))) return false;
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
