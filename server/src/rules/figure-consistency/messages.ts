// figure-consistency: findings from conflicts: the message naming the other figure's lines, related
// information, and the quick fix.

import type { DraftDocument } from '../../engine/document.ts';
import { insideClosedQuote } from '../../engine/quotations.ts';
import type { Fix, Related } from '../../engine/types.ts';
import type { RuleFinding } from '../rule.ts';
import { ageConflicts, agesOf } from './ages.ts';
import type { Located, OrderedConflict } from './conflicts.ts';
import { SLIP } from './mention.ts';

export function findingsOf(doc: DraftDocument, all: Located[], conflicts: OrderedConflict[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const { suspect, others, kind, plain, backReference } of conflicts) {
    const here = all[suspect];
    const other = others.map((o) => all[o]);
    other.sort((a, b) => a.start - b.start);
    const lineOf = (o: Located) => doc.lines.lineOf(o.start) + 1;
    const lines = [...new Set(other.map(lineOf))];
    const there = other[0];
    const what = kind === 'transposed' ? 'digits transposed?' : kind === 'digit dropped' ? 'a digit dropped?' : kind === 'zero' ? (here.figure.value < there.figure.value ? 'a zero dropped?' : 'an extra zero?') : 'a different figure for the same thing?';
    const related: Related[] = other.slice(0, 5).map((o) => ({ start: o.start, end: o.end, message: `${o.figure.text} (line ${lineOf(o)})` }));
    const sentenceStart = /(?:^|[.!?]["'”’)]?\s+|\n\s*)$/.test(doc.text.slice(Math.max(0, here.start - 4), here.start));
    const replacement = matchCase(there.figure.text, sentenceStart);
    findings.push({
      start: here.start,
      end: here.end,
      message: `${here.figure.text} here, ${there.figure.text} on line ${lines.join(', ')} (${what})`,
      related,
      detail: { kind, subject: here.figure.text, refers: there.figure.text, ...notesOf(here, there, plain, backReference) },
      fixes: quotedFix(doc, here, { title: `Use '${replacement}' (as on line ${lines[0]})`, edits: [{ start: here.start, end: here.end, text: replacement }], preferred: true }),
    });
  }
  return findings.sort((a, b) => a.start - b.start);
}

/**
 * The two tiers (session 5, measured on the first runs of seven unseen sets): digits transposed (32 right in 36)
 * and a zero dropped or added (5 in 6), and an age with its digits transposed, are reported at the rule's
 * severity; every other match (one in the last digit 6 in 11, a different value 1 in 3, a digit dropped 0 in 2;
 * a different age or a score, never seen unseen) is a lower-confidence match, off by default (`otherMatches`).
 * Session 6 promoted a different value that plainly restates the set the draft already named (note "restates",
 * reliable.ts) to the default tier; on unseen copy those were right 3 times in 6 (held-out-9/-10, then
 * held-out-11), so under the decision written before that run they are lower-confidence matches again.
 * Session 8: the part of them with structure on both sides (back-reference.ts, note "back-reference") is reported by default.
 */
function lowerConfidence(finding: RuleFinding): boolean {
  const kind = finding.detail?.kind;
  if (kind !== undefined && SLIP.has(kind)) return false;
  if (finding.detail?.notes?.includes('back-reference')) return false;
  return !(kind === 'age' && finding.detail?.notes?.includes('transposed'));
}

export const LOWER_CONFIDENCE = ' — a lower-confidence match';
const LOWER_CONFIDENCE_HOVER =
  'Shown as a hint: a lower-confidence match (a different value, not digits transposed or a zero dropped or added). Matches of this kind were right about 7 times in 16 on copy the rule was not tuned on; the option `otherMatches` flags or hides them.';

/** `otherMatches` applied: lower-confidence matches dropped ("off"), made hints ("hint") or left as they are ("flag"). */
export function tiered(findings: RuleFinding[], otherMatches: 'off' | 'hint' | 'flag'): RuleFinding[] {
  if (otherMatches === 'flag') return findings;
  const out: RuleFinding[] = [];
  for (const f of findings) {
    if (!lowerConfidence(f)) out.push(f);
    else if (otherMatches === 'hint') {
      const detail = f.detail ? { ...f.detail, notes: [...(f.detail.notes ?? []), 'lower-confidence'] } : undefined;
      out.push({ ...f, message: f.message + LOWER_CONFIDENCE, severity: 'hint', hover: LOWER_CONFIDENCE_HOVER, ...(detail ? { detail } : {}) });
    }
  }
  return out;
}

/**
 * No fix inside a quotation: the figure there is someone's words, and writing the other figure into it
 * would put a number in their mouth that they may not have said. The writer checks the source instead.
 */
function quotedFix(doc: DraftDocument, figure: { start: number; end: number }, fix: Fix): Fix[] {
  return insideClosedQuote(doc, figure) ? [] : [fix];
}

/** What sets the pair apart besides the kind of slip: a number in words on either side, a headline on either side. */
function notesOf(here: Located, there: Located, plain?: boolean, backReference?: boolean): { notes?: string[] } {
  const notes: string[] = [];
  // A different value that plainly restates the set already named (reliable.ts): named in the detail.
  if (plain) notes.push('restates');
  if (backReference) notes.push('back-reference');
  if (/^\p{L}/u.test(here.figure.text) || /^\p{L}/u.test(there.figure.text)) notes.push('words');
  if (here.figure.heading || there.figure.heading) notes.push('headline');
  return notes.length ? { notes } : {};
}

/** A number in words takes a capital at a sentence start and none elsewhere ("Twelve" → "the twelve"). */
function matchCase(text: string, sentenceStart: boolean): string {
  if (!/^\p{L}/u.test(text)) return text;
  return sentenceStart ? text[0].toUpperCase() + text.slice(1) : text[0].toLowerCase() + text.slice(1);
}

/** A person given two ages: the message names the other's line; the fix writes its digits. */
export function ageFindingsOf(doc: DraftDocument): RuleFinding[] {
  return ageConflicts(agesOf(doc), doc.text).map(({ suspect, other, kind }) => {
    const line = doc.lines.lineOf(other.start) + 1;
    const digits = String(other.age);
    return {
      start: suspect.start,
      end: suspect.end,
      message: `Aged ${suspect.age} here, ${other.age} on line ${line} (${kind === 'transposed' ? 'digits transposed?' : 'a different age for the same person?'})`,
      related: [{ start: other.start, end: other.end, message: `${other.age} (line ${line})` }],
      detail: { kind: 'age', subject: String(suspect.age), refers: digits, notes: [kind === 'transposed' ? 'transposed' : 'different'] },
      fixes: quotedFix(doc, suspect, { title: `Use '${digits}' (as on line ${line})`, edits: [{ start: suspect.start, end: suspect.end, text: digits }], preferred: true }),
    };
  });
}
