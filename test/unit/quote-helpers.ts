// Shared by the quote rules' unit tests: lint a quotes fixture and apply a finding's fix.

import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { lint, type LintOptions } from '../../server/src/host/lint.ts';
import { applyEdits } from '../../server/src/engine/edits.ts';
import { applyLayer, defaultSettings } from '../../server/src/host/settings.ts';
import type { Finding } from '../../server/src/engine/types.ts';
import { REPO, describeFinding } from './helpers.ts';

export const QUOTES = resolve(REPO, 'test/fixtures/quotes');
export const QUOTE_RULES = ['quote-mismatch', 'quote-style', 'quote-consistency', 'quote-source'];

export function quoteFixture(name: string): string {
  return readFileSync(resolve(QUOTES, name), 'utf8');
}

/** Quote findings (notes included) for a text; `file` places it on disk for sources. */
export function lintQuotes(text: string, options: { markdown?: boolean; layer?: unknown; file?: string; root?: string; configFile?: string } = {}) {
  const settings = options.layer ? applyLayer(defaultSettings(), options.layer, 'test', []) : defaultSettings();
  const lintOptions: LintOptions = { format: options.markdown ? 'markdown' : 'plaintext', settings, file: options.file, root: options.root, configFile: options.configFile };
  const result = lint(text, lintOptions);
  return { findings: result.findings.filter((f) => QUOTE_RULES.includes(f.rule)), problems: result.problems };
}

export function quoteFindings(text: string, markdown = false, layer?: unknown): Finding[] {
  return lintQuotes(text, { markdown, layer }).findings;
}

export function show(text: string, findings: Finding[]): string[] {
  return findings.map((f) => describeFinding(text, f));
}

/** The text after applying one fix of a finding (by title substring, else the first). */
export function applyFix(text: string, finding: Finding, title?: string): string {
  const fix = title ? finding.fixes.find((f) => f.title.includes(title)) : finding.fixes[0];
  if (!fix) throw new Error(`no fix${title ? ` "${title}"` : ''} on: ${finding.message}`);
  return applyEdits(text, fix.edits);
}
