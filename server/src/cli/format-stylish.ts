// --format stylish: what a person reads in a terminal, grouped by file, each finding with the line's
// text around it and the range marked (colours only on a terminal).

import pc from 'picocolors';
import type { Excerpt, FileReport } from './located.ts';
import { severityWord, summarize } from './summary.ts';

const INDENT = '    ';

export function formatStylish(reports: readonly FileReport[], colors: boolean, columns = 80): string {
  const c = pc.createColors(colors);
  const out: string[] = [];
  for (const report of reports) {
    // Files a folder walk or glob found but configuration leaves out are only counted; a file the
    // person named gets its reason.
    const quiet = report.skipKind === 'configuration' || (report.skipKind === 'excluded' && !report.explicit);
    const shown = report.findings.length || report.fixes?.length || (report.status === 'skipped' && !quiet);
    if (!shown) continue;
    out.push(c.underline(report.path));
    if (report.status === 'skipped') out.push(`  ${c.yellow(report.skipped ?? 'Not checked')}`);
    if (report.fixes?.length) {
      const verb = report.written ? 'Fixed' : 'Would fix';
      out.push(`  ${c.green(`${verb} ${report.fixes.length} problem${report.fixes.length === 1 ? '' : 's'}:`)}`);
      const fixWidth = Math.max(...report.fixes.map((f) => `${f.line}:${f.column}`.length));
      for (const f of report.fixes) out.push(`  ${c.dim(`${f.line}:${f.column}`.padEnd(fixWidth))}  ${f.title} — ${f.message}  ${c.dim(f.rule)}`);
      if (report.diff) {
        out.push('');
        for (const line of report.diff.replace(/\n$/, '').split('\n')) {
          out.push(line.startsWith('+') && !line.startsWith('+++') ? c.green(line) : line.startsWith('-') && !line.startsWith('---') ? c.red(line) : line.startsWith('@@') ? c.cyan(line) : line);
        }
        out.push('');
      }
      if (report.findings.length) out.push(`  ${report.written ? 'Left to fix by hand:' : 'Not fixed automatically:'}`);
    }
    const width = Math.max(0, ...report.findings.map((f) => `${f.line}:${f.column}`.length));
    for (const f of report.findings) {
      const where = `${f.line}:${f.column}`.padEnd(width);
      const word = severityWord(f.severity).padEnd(7);
      // A hint is dim, as an editor's faint underline is.
      const severity = f.severity === 'error' ? c.red(word) : f.severity === 'warning' ? c.yellow(word) : f.severity === 'hint' ? c.dim(word) : c.blue(word);
      out.push(`  ${c.dim(where)}  ${severity}  ${f.message}  ${c.dim(f.rule)}`);
      if (f.excerpt) {
        const [text, marks] = excerptLines(f.excerpt, Math.max(20, columns - INDENT.length));
        out.push(INDENT + text, INDENT + c.red(marks));
      }
    }
    out.push('');
  }
  const summary = summarize(reports);
  out.push(summary.total === 0 && !summary.failed ? c.green(summary.text) : c.bold(summary.text));
  return out.join('\n');
}

/**
 * The excerpt clipped to `width` characters and a line of carets under the range. The range comes
 * first; context before it is kept short so the flagged words stay in view on a narrow terminal.
 */
export function excerptLines(excerpt: Excerpt, width: number): [string, string] {
  const clean = (s: string) => Array.from(s.replace(/[\t\r\v\f]/g, ' ').replace(/[\u0000-\u001f\u007f]/g, ' '));
  let before = clean(excerpt.before);
  let match = clean(excerpt.match);
  let after = clean(excerpt.after);
  let cutBefore = excerpt.cutBefore;
  let cutAfter = excerpt.cutAfter;
  const total = (cutBefore ? 1 : 0) + before.length + Math.max(1, match.length) + after.length + (cutAfter ? 1 : 0);
  if (total > width) {
    if (match.length > width - 2) {
      // The range alone is wider than the terminal: its start, marked to the edge.
      match = match.slice(0, Math.max(1, width - 2 - Math.min(before.length, 8)));
      after = [];
      cutAfter = true;
    }
    // Share what is left between the two sides; a short side gives its room to the other.
    const avail = Math.max(0, width - Math.max(1, match.length) - 2);
    const afterTake = Math.min(after.length, Math.max(Math.floor(avail / 2), avail - before.length));
    const beforeTake = Math.min(before.length, avail - afterTake);
    if (beforeTake < before.length) {
      before = before.slice(before.length - beforeTake);
      cutBefore = true;
    }
    if (afterTake < after.length) {
      after = after.slice(0, afterTake);
      cutAfter = true;
    }
  }
  const lead = (cutBefore ? '…' : '') + before.join('');
  const text = lead + match.join('') + after.join('') + (cutAfter ? '…' : '');
  const marks = ' '.repeat(Array.from(lead).length) + '^'.repeat(Math.max(1, match.length));
  return [text.trimEnd(), marks];
}
