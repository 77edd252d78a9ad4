// The `copydesk` command. Argument handling and output only: linting is the engine's.

import { parseArgs } from 'node:util';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { lint, type LintOptions, type LintResult } from './engine/lint.ts';
import { CONFIG_FILE, resolveConfig } from './engine/config-file.ts';
import { fixUntilStable, type FixedDraft } from './engine/fix-all.ts';
import { formatForPath } from './engine/document.ts';
import { isSeverity } from './engine/settings.ts';
import { RULES_BY_ID } from './rules/index.ts';
import { expandTargets, UsageError, type Target } from './cli/files.ts';
import { locate, type FileReport } from './cli/located.ts';
import { formatJson } from './cli/format-json.ts';
import { formatStylish } from './cli/format-stylish.ts';
import { formatSarif } from './cli/format-sarif.ts';
import { explainLines } from './cli/explain.ts';
import { summarize } from './cli/summary.ts';
import { VERSION } from './cli/version.ts';
import { readBytesSafely } from './host/safe-read.ts';

const HELP = `Usage: copydesk check [options] [files, folders or globs…]

Lints article drafts (Markdown and plain text) for duplicated paragraphs, unattributed figures and
quote problems. With no paths, checks the current folder. "-" reads a draft from standard input.

Options:
  --format <stylish|json|sarif>   output format (default: stylish)
  --fix                           apply safe fixes in place and report what changed
  --fix-dry-run                   print the safe fixes as a diff; change nothing
  --rule <id=severity>            set a rule's severity (off, hint, information, warning, error); repeatable
  --max-warnings <n>              exit 1 when there are more than n warnings
  --config <file>                 use this .copydesk.json instead of looking for one
  --stdin-filename <name>         name (and so format and config) of the draft read from "-"
  --explain                       also list the figures unattributed-figure left alone, and why (stylish output)
  --color / --no-color            force colours on or off (default: on only for a terminal)
  -h, --help                      show this help
  -v, --version                   show the version

Exit status: 0 no errors, 1 errors found (or too many warnings), 2 usage, file or configuration error.`;

interface Options {
  format: 'stylish' | 'json' | 'sarif';
  fix: boolean;
  dryRun: boolean;
  rules: Record<string, string>;
  maxWarnings?: number;
  config?: string;
  stdinFilename?: string;
  colors: boolean;
  explain: boolean;
}

export async function main(argv: string[], cwd = process.cwd()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        rule: { type: 'string', multiple: true, default: [] },
        'max-warnings': { type: 'string' },
        config: { type: 'string', short: 'c' },
        'stdin-filename': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        explain: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  if (values.version) {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  const [command, ...paths] = positionals;
  if (command !== 'check') return usage(command ? `Unknown command "${command}"` : 'Missing command');
  if (!['stylish', 'json', 'sarif'].includes(values.format!)) return usage(`--format must be stylish, json or sarif, not "${values.format}"`);

  const rules: Record<string, string> = {};
  for (const spec of values.rule ?? []) {
    const [id, severity] = spec.split('=');
    if (!RULES_BY_ID.has(id)) return usage(`--rule ${spec}: unknown rule "${id}" (known: ${[...RULES_BY_ID.keys()].join(', ')})`);
    if (!isSeverity(severity)) return usage(`--rule ${spec}: severity must be off, hint, information, warning or error`);
    rules[id] = severity;
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) return usage('--max-warnings takes a whole number ≥ 0');
  }
  const options: Options = {
    format: values.format as Options['format'],
    fix: values.fix!,
    dryRun: values['fix-dry-run']!,
    rules,
    maxWarnings,
    config: values.config ? resolve(cwd, values.config) : undefined,
    stdinFilename: values['stdin-filename'],
    colors: values['no-color'] ? false : (values.color ?? (!!process.stdout.isTTY && !process.env.NO_COLOR)),
    explain: values.explain!,
  };
  return check(paths, options, cwd);
}

async function check(paths: string[], options: Options, cwd: string): Promise<number> {
  const useStdin = paths.includes('-');
  const fileInputs = paths.filter((p) => p !== '-');
  // The configuration that governs the current folder (include/exclude for folder walks).
  const defaults = resolveConfig(resolve(cwd, CONFIG_FILE), { configFile: options.config });
  if (options.config && defaults.problems.length) return configError(defaults.problems.map((p) => p.message));

  let targets: Target[] = [];
  try {
    if (fileInputs.length || !useStdin) targets = expandTargets(fileInputs, cwd, defaults.settings.include, defaults.settings.exclude);
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    throw error;
  }

  const reports: FileReport[] = [];
  const explained: string[] = [];
  const configProblems = new Set<string>();
  let fileErrors = 0;
  const progress = targets.length > 20 && process.stderr.isTTY;

  if (useStdin) {
    const name = options.stdinFilename ?? '<stdin>';
    const text = readFileSync(0, 'utf8');
    const linted = lintOne(text, name, options.stdinFilename ? resolve(cwd, options.stdinFilename) : undefined, options, configProblems);
    if (options.fix) {
      // With --fix, the fixed draft goes to standard output (as a formatter would), the report nowhere.
      const fixed = fixAll(text, linted);
      process.stdout.write(fixed.text);
      reports.push(toReport(name, undefined, fixed.text, fixed.result));
    } else {
      reports.push(toReport(name, undefined, text, linted.result));
      if (options.explain) explained.push(...explainLines(name, linted.result, linted.options));
    }
  }

  for (const [i, target] of targets.entries()) {
    if (progress) process.stderr.write(`\rChecking ${i + 1}/${targets.length}…`);
    // Regular files only (a FIFO or device is refused, never waited on), and no more bytes than a
    // draft over maxFileSize could have (UTF-8 takes at most 3 bytes per UTF-16 unit).
    const read = readBytesSafely(target.absolutePath, { maxBytes: 3 * defaults.settings.maxFileSize + 3 });
    if (!read.ok) {
      process.stderr.write(`copydesk: cannot read ${target.path}: ${read.reason}\n`);
      fileErrors++;
      continue;
    }
    const buffer = read.bytes;
    const { text, valid } = decode(buffer);
    const linted = lintOne(text, target.path, target.absolutePath, options, configProblems);
    // Found in a folder but not a draft by its configuration (exclude, sources): not checked at all.
    if (linted.result.excluded && !target.explicit) continue;
    let report = toReport(target.path, target.absolutePath, text, linted.result);
    if (options.explain) explained.push(...explainLines(target.path, linted.result, linted.options));
    if (!valid) report.problems.push({ message: `${target.path} is not valid UTF-8; undecodable bytes were read as U+FFFD and the file will not be changed by --fix` });
    if (options.fix || options.dryRun) {
      const fixed = fixAll(text, linted);
      if (fixed.text !== text && options.dryRun) {
        process.stdout.write(createTwoFilesPatch(target.path, target.path, text, fixed.text, '', '', { context: 1 }));
      } else if (fixed.text !== text && valid) {
        writeFileSync(target.absolutePath, fixed.text);
        report = { ...toReport(target.path, target.absolutePath, fixed.text, fixed.result), problems: report.problems, fixed: fixed.count };
      }
    }
    reports.push(report);
  }
  if (progress) process.stderr.write('\r\x1b[K');

  // A problem shared by several drafts (an unreadable source) is told once.
  const told = new Set<string>();
  for (const report of reports) {
    for (const problem of report.problems) {
      if (told.has(problem.message)) continue;
      told.add(problem.message);
      process.stderr.write(`copydesk: ${problem.message}\n`);
    }
  }
  for (const message of configProblems) process.stderr.write(`copydesk: ${message}\n`);

  if (options.format === 'json') process.stdout.write(formatJson(reports) + '\n');
  else if (options.format === 'sarif') process.stdout.write(formatSarif(reports, cwd) + '\n');
  else if (!(options.fix && useStdin)) process.stdout.write(formatStylish(reports, options.colors) + '\n');
  if (options.explain && options.format === 'stylish' && !(options.fix && useStdin)) {
    process.stdout.write(`\nFigures left alone by unattributed-figure:\n${explained.length ? explained.map((l) => `  ${l}`).join('\n') : '  (none)'}\n`);
  }

  if (configProblems.size || fileErrors) return 2;
  const summary = summarize(reports);
  if (summary.errors > 0) return 1;
  if (options.maxWarnings !== undefined && summary.warnings > options.maxWarnings) {
    process.stderr.write(`copydesk: ${summary.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

interface Linted {
  result: LintResult;
  options: LintOptions;
}

function lintOne(text: string, path: string, absolutePath: string | undefined, options: Options, configProblems: Set<string>): Linted {
  const layers = Object.keys(options.rules).length ? [{ layer: { rules: options.rules }, where: 'command line' }] : [];
  const config = resolveConfig(absolutePath, { layers, configFile: options.config });
  for (const problem of config.problems) configProblems.add(problem.message);
  const lintOptions: LintOptions = { format: formatForPath(path) ?? 'plaintext', settings: config.settings, file: absolutePath, configFile: config.file };
  return { result: lint(text, lintOptions), options: lintOptions };
}

function fixAll(text: string, linted: Linted): FixedDraft {
  return fixUntilStable(text, linted.result, linted.options);
}

function toReport(path: string, absolutePath: string | undefined, text: string, result: LintResult): FileReport {
  return {
    path,
    absolutePath,
    // Notes (a quote found in the sources) are for hovers in an editor, not findings.
    findings: locate(text, result.findings.filter((f) => !f.note)),
    problems: [...result.problems],
    skipped: result.skipped,
  };
}

function decode(buffer: Buffer): { text: string; valid: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer), valid: true };
  } catch {
    return { text: new TextDecoder('utf-8').decode(buffer), valid: false };
  }
}

function usage(message: string): number {
  process.stderr.write(`copydesk: ${message}\nRun "copydesk --help" for usage.\n`);
  return 2;
}

function configError(messages: string[]): number {
  for (const message of messages) process.stderr.write(`copydesk: ${message}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`copydesk: internal error: ${(error as Error).stack ?? error}\n`);
    process.exitCode = 2;
  },
);
