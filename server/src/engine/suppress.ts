// Fixes that silence a finding instead of changing the prose: inline directives where the format has
// comments (Markdown), and an entry in .copydesk.json where it doesn't (plain text).

import { modify, applyEdits as applyJsonEdits, parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { DraftDocument } from './document.ts';
import type { Finding, Fix } from './types.ts';
import { directiveComment } from './directives.ts';

/** Markdown: "Disable <rule> for this line" and "… for this file", as HTML comment directives. */
export function markdownSuppressions(doc: DraftDocument, finding: Finding): Fix[] {
  if (doc.format !== 'markdown') return [];
  const line = doc.lines.lineOf(finding.start);
  const lineEnd = doc.lines.lineEnd(line);
  // Just above the first content, after any front matter.
  let topLine = doc.frontMatter ? doc.lines.lineOf(doc.frontMatter.end) + 1 : 0;
  while (topLine < doc.lines.lineCount - 1 && doc.lines.isBlankLine(topLine)) topLine++;
  const top = doc.lines.starts[topLine] ?? doc.text.length;
  return [
    { title: `Disable ${finding.rule} for this line`, edits: [{ start: lineEnd, end: lineEnd, text: ` ${directiveComment('disable-line', [finding.rule])}` }] },
    { title: `Disable ${finding.rule} for this file`, edits: [{ start: top, end: top, text: `${directiveComment('disable', [finding.rule])}\n\n` }] },
  ];
}

/**
 * The new text of a .copydesk.json that ignores `rule` in the draft at `relativePath` (relative to the
 * config's folder), keeping the file's formatting and comments. Throws with a clear message when the
 * existing file is not valid JSON (it is then left alone).
 */
export function configWithIgnore(configText: string | undefined, relativePath: string, rule: string): string {
  const text = configText && configText.trim() !== '' ? configText : '{}\n';
  const errors: ParseError[] = [];
  const current = parse(text, errors, { allowTrailingComma: true }) as { ignore?: Record<string, unknown> } | undefined;
  if (errors.length) throw new Error(`not valid JSON (${printParseErrorCode(errors[0].error)} at offset ${errors[0].offset})`);
  const existing = current?.ignore?.[relativePath];
  const rules = Array.isArray(existing) ? existing.filter((r): r is string => typeof r === 'string') : [];
  if (rules.includes(rule)) return text;
  const edits = modify(text, ['ignore', relativePath], [...rules, rule], { formattingOptions: { insertSpaces: true, tabSize: 2 } });
  return applyJsonEdits(text, edits);
}
