// Shared by unit tests: lint a fixture or a string with default settings, and read findings compactly.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lint } from '../../server/src/host/lint.ts';
import { LineIndex } from '../../server/src/engine/text.ts';
import { applyLayer, defaultSettings } from '../../server/src/host/settings.ts';
import type { Finding, Format } from '../../server/src/engine/types.ts';

export const REPO = resolve(import.meta.dirname, '../..');
export const SEEDS = resolve(REPO, '../shared/seeds');

export function fixture(name: string): string {
  return readFileSync(resolve(REPO, 'test/fixtures', name), 'utf8');
}

export function lintText(text: string, format: Format = 'plaintext', layer?: unknown): Finding[] {
  const settings = layer ? applyLayer(defaultSettings(), layer, 'test', []) : defaultSettings();
  return lint(text, { format, settings }).findings;
}

/** "7:1-7:259 duplicate-paragraph: message" with 1-based lines and columns, like retext's tests. */
export function describeFinding(text: string, finding: Finding): string {
  const lines = new LineIndex(text);
  const a = lines.position(finding.start);
  const b = lines.position(finding.end);
  return `${a.line + 1}:${a.character + 1}-${b.line + 1}:${b.character + 1} ${finding.rule}: ${finding.message}`;
}

export function ofRule(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/**
 * unattributed-figure's findings with both tiers reported (lower-confidence queries are off by default,
 * so tests of the rule's whole judgement ask for them as hints).
 */
export function figureFindings(text: string, format: Format = 'plaintext'): Finding[] {
  // These tests are about the hand rule's judgement, so they name it: the product default is the lexical judge.
  return ofRule(lintText(text, format, { rules: { 'unattributed-figure': { otherClaims: 'hint', judge: 'rules' } } }), 'unattributed-figure');
}

/** The flagged figures' text: every finding (`all`) or only what squiggles (`main`, hints left out). */
export function figuresFlagged(text: string, tier: 'all' | 'main' = 'all'): string[] {
  return figureFindings(text)
    .filter((f) => tier === 'all' || f.severity !== 'hint')
    .map((f) => text.slice(f.start, f.end));
}

/**
 * Findings with figure-consistency's lower-confidence matches flagged (`otherMatches: "flag"`; off by default):
 * for tests of the hand rule's whole judgement, which pairs it takes for one quantity, whatever their tier. The
 * hand rule alone (`judge: "rules"`): these tests are about its mechanisms, not the learned pair judge's.
 */
export function lintAllTiers(text: string, format: Format = 'plaintext'): Finding[] {
  return lintText(text, format, { rules: { 'figure-consistency': { otherMatches: 'flag', judge: 'rules' } } });
}
