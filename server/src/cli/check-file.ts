// One draft, start to end: read, decide whether it is a draft, lint, fix. Runs on the main thread or
// in a worker (cli/worker.ts), so everything in and out is plain data.

import { writeFileSync } from 'node:fs';
import { extname, relative } from 'node:path';
import picomatch from 'picomatch';
import { createTwoFilesPatch } from 'diff';
import { lint, type LintOptions, type LintResult } from '../engine/lint.ts';
import { formatForPath } from '../engine/document.ts';
import type { Finding } from '../engine/types.ts';
import { configFor } from './config.ts';
import { readDraft } from './read.ts';
import { locate, type FileReport, type SkipKind } from './located.ts';
import { fixWithReport } from './fix.ts';
import { explainLines } from './explain.ts';

export interface CheckOptions {
  rules: Record<string, string>;
  /** --config, absolute. */
  config?: string;
  fix: boolean;
  dryRun: boolean;
  /** --explain: list the figures unattributed-figure left alone (stylish output). */
  explain?: boolean;
  cwd: string;
}

export interface Target {
  /** As the user gave it, or as found under a folder they gave. */
  path: string;
  absolutePath: string;
  /** Named on the command line, rather than found in a folder or by a glob. */
  explicit: boolean;
  /** Could not be found at all (a missing file, a glob matching nothing): reported, not read. */
  missing?: string;
}

// Notes (a quote found in the sources) are for hovers in an editor, not findings.
const visible = (f: Finding) => !f.note;

export function checkFile(target: Target, options: CheckOptions): FileReport {
  if (target.missing) return failed(target, target.missing);
  const read = readDraft(target.absolutePath, target.path);
  if ('error' in read) return failed(target, read.error);
  const { text, valid } = decode(read.buffer);
  return checkText(text, valid, target, options);
}

/** Lints `text` as the draft `target` (standard input passes its text here directly). */
export function checkText(text: string, valid: boolean, target: Pick<Target, 'path' | 'explicit'> & { absolutePath?: string; stdin?: boolean }, options: CheckOptions): FileReport {
  const base: FileReport = { path: target.path, absolutePath: target.absolutePath, explicit: target.explicit, status: 'checked', findings: [], problems: [] };
  const format = formatForPath(target.path);
  const { config, problems: configProblems } = configFor(target.absolutePath, options.rules, options.config, options.cwd);
  if (configProblems.length) {
    return { ...base, status: 'skipped', skipKind: 'configuration', skipped: 'Not checked: its configuration has problems (see above)', configProblems };
  }
  if (!format && target.explicit && !target.stdin && !matchesInclude(target, config.settings.include, options.cwd)) {
    const kind = extname(target.path) ? `a ${extname(target.path)} file` : 'a file without an extension';
    return { ...base, status: 'skipped', skipKind: 'not-a-draft', skipped: `Not checked: ${kind} is not a draft type (Copydesk checks .md, .markdown, .txt and .text files, and what "include" adds)` };
  }
  const lintOptions: LintOptions = { format: format ?? 'plaintext', settings: config.settings, file: target.absolutePath, configFile: config.file };
  const result = lint(text, lintOptions);
  if (result.skipped) return { ...base, status: 'skipped', skipKind: skipKindOf(result), skipped: result.skipped };

  let report: FileReport = { ...base, findings: locate(text, result.findings.filter(visible)), problems: [...result.problems] };
  // Not for a draft whose fixed text goes to standard output (nothing else is printed there).
  if (options.explain && !(target.stdin && options.fix)) report.explained = explainLines(target.path, result, lintOptions);
  if (!valid) {
    report.problems.push({
      message: `${target.path} is not valid UTF-8 text (it may be saved in another encoding, such as Latin-1); characters that could not be read were replaced${options.fix ? ' and the file was not changed' : ''}. Save it as UTF-8 to check it fully`,
    });
  }
  if ((options.fix || options.dryRun) && valid) {
    const fixed = fixWithReport(text, result, lintOptions, visible);
    if (fixed.text !== text) {
      if (options.dryRun) {
        report.fixes = fixed.fixed;
        report.diff = unifiedDiff(target.path, text, fixed.text);
        // What is left for a person: the findings the fixes would not answer, where they are now.
        const answered = new Set(fixed.fixed.map((f) => `${f.rule}:${f.line}:${f.column}:${f.message}`));
        report.findings = report.findings.filter((f) => !answered.has(`${f.rule}:${f.line}:${f.column}:${f.message}`));
      } else {
        // A draft from standard input goes back to standard output, never to the file it is named after.
        if (target.stdin) report.fixedText = fixed.text;
        else if (target.absolutePath) writeFileSync(target.absolutePath, fixed.text);
        report = { ...report, findings: locate(fixed.text, fixed.result.findings.filter(visible)), problems: [...fixed.result.problems, ...report.problems.slice(result.problems.length)], fixes: fixed.fixed, written: true };
      }
    } else if (target.stdin && options.fix) {
      report.fixedText = text;
    }
  } else if (target.stdin && options.fix) {
    report.fixedText = text;
  }
  return report;
}

function failed(target: Target, message: string): FileReport {
  return { path: target.path, absolutePath: target.absolutePath, status: 'failed', findings: [], problems: [], skipped: message };
}

function skipKindOf(result: LintResult): SkipKind {
  if (result.excluded) return 'excluded';
  if (/binary/.test(result.skipped ?? '')) return 'binary';
  if (/over the limit/.test(result.skipped ?? '')) return 'too-large';
  return 'disabled';
}

function matchesInclude(target: { absolutePath?: string; path: string }, include: readonly string[], cwd: string): boolean {
  if (!target.absolutePath || include.length === 0) return false;
  return picomatch(include as string[], { dot: true })(relative(cwd, target.absolutePath));
}

/** A unified diff as `git diff` prints it, without the `Index:`/`===` lines of the diff package. */
function unifiedDiff(path: string, before: string, after: string): string {
  const patch = createTwoFilesPatch(path, path, before, after, '', '', { context: 2 });
  return patch
    .split('\n')
    .filter((line) => !line.startsWith('Index: ') && !/^=+$/.test(line))
    .map((line) => (line.startsWith('--- ') || line.startsWith('+++ ') ? line.replace(/\t$/, '') : line))
    .join('\n');
}

export function decode(buffer: Buffer): { text: string; valid: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer), valid: true };
  } catch {
    return { text: new TextDecoder('utf-8').decode(buffer), valid: false };
  }
}
