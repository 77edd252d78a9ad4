// figure-consistency tests: the figures the rule flags, in its default tier or in every tier, and drafts checked
// in a batch (each flagging exactly its figure, or nothing).
import assert from 'node:assert/strict';
import { lintAllTiers, lintText, ofRule } from './helpers.ts';
import { figureMentions } from '../../server/src/rules/figure-consistency/extract.ts';
import type { FigureMention } from '../../server/src/rules/figure-consistency/mention.ts';

type Format = 'plaintext' | 'markdown';

/**
 * The hand rule's flagged figures' text (`judge: "rules"`; these tests are about its mechanisms): its default tier
 * (`main`) or every tier's findings (`all`, otherMatches flagged).
 */
export function consistencyFlagged(text: string, tier: 'main' | 'all' = 'all', format: Format = 'plaintext'): string[] {
  const hand = { rules: { 'figure-consistency': { judge: 'rules' } } };
  return ofRule(tier === 'all' ? lintAllTiers(text, format) : lintText(text, format, hand), 'figure-consistency').map((f) => text.slice(f.start, f.end));
}

/** A plain-text draft of these paragraphs, one blank line apart. */
export const para = (...blocks: string[]): string => blocks.join('\n\n');

/** The default tier's flags in a plain-text draft. */
export const flaggedMain = (text: string): string[] => consistencyFlagged(text, 'main');
/** Every tier's flags in a plain-text draft. */
export const flaggedAll = (text: string): string[] => consistencyFlagged(text, 'all');

/** The figure written `text` as read from a body paragraph of this one sentence. */
export const mentionIn = (sentence: string, text: string): FigureMention => figureMentions(sentence, false).find((f) => f.text === text)!;

/** Each draft flags exactly its figure, and nothing else. */
export function assertCaught(flagged: (text: string) => string[], cases: [string, string][]): void {
  for (const [text, expected] of cases) assert.deepEqual(flagged(text), [expected], text);
}

/** No draft flags anything. */
export function assertQuiet(flagged: (text: string) => string[], traps: readonly string[]): void {
  for (const text of traps) assert.deepEqual(flagged(text), [], text);
}

/**
 * The figures flagged as plainly restating the set the draft already named (detail note "restates", reliable.ts):
 * reported by default in session 6 until the held-out check moved them behind `otherMatches`; the reading itself is
 * still made and named in the finding's detail.
 */
export function flaggedRestating(text: string): string[] {
  return ofRule(lintAllTiers(text, 'plaintext'), 'figure-consistency')
    .filter((f) => f.detail?.notes?.includes('restates'))
    .map((f) => text.slice(f.start, f.end));
}
