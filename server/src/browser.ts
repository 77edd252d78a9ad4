// The engine for browsers and web workers (dist/engine.browser.js, an ES module): the registry's rules
// on a draft's text, with settings given as data (a .copydesk.json-shaped object) and no files: no
// config discovery and no quote sources (quote-source has none to check against).

import { RULES } from './rules/index.ts';
import { lint as lintDraft } from './engine/lint.ts';
import { applyLayer, defaultSettings } from './engine/settings.ts';
import type { Finding, Fix, Format, Problem } from './engine/types.ts';

export interface BrowserFinding {
  rule: string;
  severity: Finding['severity'];
  message: string;
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  fixes: Fix[];
}

export interface BrowserLintOptions {
  format: Format;
  /** Settings as in .copydesk.json (`{ rules: { "quote-style": { style: "curly" } } }`); defaults when omitted. */
  settings?: unknown;
  /** The year it is now (default: this machine's clock): for dates written without a year. */
  currentYear?: number;
}

export function lint(text: string, options: BrowserLintOptions): { findings: BrowserFinding[]; problems: Problem[]; skipped?: string } {
  const problems: Problem[] = [];
  const defaults = defaultSettings(RULES);
  const settings = options.settings === undefined ? defaults : applyLayer(defaults, options.settings, 'settings', problems, RULES);
  const result = lintDraft(text, { format: options.format, rules: RULES, settings, currentYear: options.currentYear ?? new Date().getFullYear() });
  const findings = result.findings
    .filter((f) => !f.note)
    .map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, start: f.start, end: f.end, fixes: f.fixes }));
  return { findings, problems: [...problems, ...result.problems], ...(result.skipped ? { skipped: result.skipped } : {}) };
}

export const rules = RULES.map((rule) => ({ id: rule.id, summary: rule.summary, defaultSeverity: rule.defaultSeverity }));
