// Inline control in Markdown: <!-- copydesk-disable rule … -->, <!-- copydesk-enable rule … -->,
// <!-- copydesk-disable-next-line rule … --> and <!-- copydesk-ignore "text" -->. With no rule named,
// a directive applies to every rule.

import { RULES_BY_ID } from '../rules/index.ts';
import type { DraftDocument } from './document.ts';
import type { Finding, Problem } from './types.ts';

interface Region {
  rule?: string;
  start: number;
  end: number;
  /** Only findings of exactly these texts (a line directive with quoted texts). */
  texts?: Set<string>;
}

const DIRECTIVE = /^copydesk-(disable-next-line|disable-line|disable|enable)\b\s*(.*)$/s;

export function applyDirectives(doc: DraftDocument, findings: Finding[], problems: Problem[]): Finding[] {
  if (doc.comments.length === 0) return findings;
  const regions: Region[] = [];
  const open = new Map<string | undefined, number>();
  for (const comment of doc.comments) {
    const match = DIRECTIVE.exec(comment.value);
    if (!match) continue;
    const [, kind, rest] = match;
    // A quoted text after a rule narrows a line directive to findings of exactly that text:
    // `copydesk-disable-line unattributed-figure "300"` silences that figure, not its neighbours.
    const texts = new Map<string | undefined, Set<string>>();
    const rules: string[] = [];
    for (const token of rest.matchAll(/"([^"]*)"|[^\s,"]+/g)) {
      if (token[1] === undefined) rules.push(token[0]);
      else {
        const rule = rules[rules.length - 1];
        if (!texts.has(rule)) texts.set(rule, new Set());
        texts.get(rule)!.add(token[1]);
      }
    }
    for (const rule of rules) {
      if (!RULES_BY_ID.has(rule)) {
        const line = doc.lines.lineOf(comment.start) + 1;
        problems.push({ message: `Line ${line}: copydesk-${kind} names an unknown rule "${rule}"` });
      }
    }
    const targets: (string | undefined)[] = rules.length ? rules : [undefined];
    if (kind === 'disable-next-line' || kind === 'disable-line') {
      const commentLine = doc.lines.lineOf(kind === 'disable-line' ? comment.start : comment.end);
      const line = kind === 'disable-line' ? commentLine : nextContentLine(doc, commentLine);
      const start = doc.lines.starts[line] ?? doc.text.length;
      const end = doc.lines.lineEnd(line);
      for (const rule of targets) regions.push({ rule, start, end, texts: texts.get(rule) });
    } else if (kind === 'disable') {
      for (const rule of targets) if (!open.has(rule)) open.set(rule, comment.end);
    } else {
      for (const rule of targets) {
        if (rule === undefined) {
          for (const [r, start] of open) regions.push({ rule: r, start, end: comment.start });
          open.clear();
        } else if (open.has(rule)) {
          regions.push({ rule, start: open.get(rule)!, end: comment.start });
          open.delete(rule);
        }
      }
    }
  }
  for (const [rule, start] of open) regions.push({ rule, start, end: doc.text.length });
  if (regions.length === 0) return findings;
  return findings.filter(
    (f) =>
      !regions.some(
        (r) => (r.rule === undefined || r.rule === f.rule) && f.start >= r.start && f.start <= r.end && (!r.texts || r.texts.has(doc.text.slice(f.start, f.end))),
      ),
  );
}

/** The line a disable-next-line comment governs: the next line with text (comments may sit on their own line). */
function nextContentLine(doc: DraftDocument, line: number): number {
  let next = line + 1;
  while (next < doc.lines.lineCount - 1 && doc.lines.isBlankLine(next)) next++;
  return next;
}
