// The `copydesk` command. Argument handling and output only: linting is the engine's, per-draft work
// is cli/check-file.ts (run here or in worker threads, cli/pool.ts).

// First, before the engine loads: sets the V8 flags and starts the worker threads a folder check
// will use, so they boot while this thread loads the rest.
import { dropEarlyWorkers, earlyWorkerCount, workerFile } from './cli/early-workers.ts';
import { parseArgs } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import { fstatSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { asSeverity } from './host/settings.ts';
import { RULES_BY_ID } from './rules/index.ts';
import { configFor, configPathProblem } from './cli/config.ts';
import { expandTargets } from './cli/files.ts';
import { checkFile, checkText, decode, type CheckOptions, type Target } from './cli/check-file.ts';
import { checkInWorkers } from './cli/pool.ts';
import { runWorker } from './cli/worker.ts';
import type { FileReport } from './cli/located.ts';
import { formatJson } from './cli/format-json.ts';
import { formatStylish } from './cli/format-stylish.ts';
import { formatCompact } from './cli/format-compact.ts';
import { formatSarif } from './cli/format-sarif.ts';
import { summarize } from './cli/summary.ts';
import { VERSION } from './cli/version.ts';
import { OPTIONS, PARALLEL_MIN } from './cli/args.ts';

const HELP = `Usage: copydesk check [options] [files, folders or globs…]

Lints article drafts (Markdown and plain text) for duplicated paragraphs, unattributed figures and
quote problems. With no paths, checks the current folder. "-" reads a draft from standard input.

Options:
  --format <stylish|compact|json|sarif>  output format (default: stylish; compact is one
                                  "file:line:col: severity message [rule]" per line)
  --fix                           apply safe fixes in place and report what changed
  --fix-dry-run                   show the safe fixes (by finding, and as a diff); change nothing
  --rule <id=severity>            set a rule's severity (off, hint, info, warning, error); repeatable
  --max-warnings <n>              exit 1 when there are more than n warnings
  --config <file>                 use this .copydesk.json instead of looking for one
  --stdin-filename <name>         name (and so format and config) of the draft read from "-"
  --explain                       also list the figures unattributed-figure left alone, and why (stylish output)
  --jobs <n>                      drafts checked at once (default: one per core)
  --allow-empty                   exit 0 when there is nothing to check (hooks, CI on changed files)
  --color / --no-color            force colours on or off (default: on only for a terminal)
  -h, --help                      show this help
  -v, --version                   show the version

Exit status: 0 no errors, 1 errors found (or too many warnings), 2 usage, file or configuration
error, or nothing to check.`;

type Format = 'stylish' | 'compact' | 'json' | 'sarif';

interface Options extends CheckOptions {
  format: Format;
  maxWarnings?: number;
  stdinFilename?: string;
  colors: boolean;
  jobs: number;
  allowEmpty: boolean;
}

export async function main(argv: string[], cwd = process.cwd()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: OPTIONS,
    });
  } catch (error) {
    return usage((error as Error).message.replace(/\. To specify a positional argument.*$/, ''));
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
  if (command !== 'check') {
    return usage(command ? `"${command}" is not a command; the command is "check", as in: copydesk check drafts/` : 'say what to do, as in: copydesk check drafts/ (or "copydesk check" for the current folder)');
  }
  if (!['stylish', 'compact', 'json', 'sarif'].includes(values.format!)) return usage(`--format must be stylish, compact, json or sarif, not "${values.format}"`);
  if (values.fix && values['fix-dry-run']) return usage('--fix and --fix-dry-run cannot be used together: use --fix-dry-run to see the changes, then --fix to make them');

  const rules: Record<string, string> = {};
  for (const spec of values.rule ?? []) {
    const [id, value] = spec.split('=');
    if (!RULES_BY_ID.has(id)) return usage(`--rule ${spec}: there is no rule "${id}" (rules: ${[...RULES_BY_ID.keys()].join(', ')})`);
    const severity = asSeverity(value);
    if (!severity) return usage(`--rule ${spec}: severity must be off, hint, info, warning or error`);
    rules[id] = severity;
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) return usage('--max-warnings takes a whole number ≥ 0, as in --max-warnings 10');
  }
  let jobs = availableParallelism();
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) return usage('--jobs takes a whole number ≥ 1, as in --jobs 4');
  }

  // Standard input: read it when "-" is given, or when a name for it is given and no path is.
  let useStdin = paths.includes('-');
  const stdinFilename = values['stdin-filename'];
  if (stdinFilename !== undefined && !useStdin) {
    if (paths.length) return usage(`--stdin-filename names the draft read from standard input, but no "-" was given; add "-" to read it, as in: copydesk check --stdin-filename ${stdinFilename} -`);
    if (!stdinIsPiped()) return usage(`--stdin-filename names the draft read from standard input, but nothing is piped in; pipe the draft in and add "-"`);
    useStdin = true;
  } else if (!useStdin && paths.length === 0 && stdinIsPiped()) {
    // `echo … | copydesk check` must not quietly check the whole folder instead of the piped draft.
    return usage('a draft is piped in but no path was given: add "-" to check standard input (copydesk check -), or "." to check the current folder');
  }

  const options: Options = {
    format: values.format as Format,
    fix: values.fix!,
    dryRun: values['fix-dry-run']!,
    rules,
    maxWarnings,
    config: values.config ? resolve(cwd, values.config) : undefined,
    stdinFilename,
    colors: values['no-color'] ? false : (values.color ?? (!!process.stdout.isTTY && !process.env.NO_COLOR)),
    jobs,
    allowEmpty: values['allow-empty']!,
    explain: values.explain!,
    cwd,
  };
  return check(
    paths.filter((p) => p !== '-'),
    useStdin,
    options,
  );
}

/** Standard input is a pipe or a redirected file (not a terminal, not /dev/null or a closed stream). */
function stdinIsPiped(): boolean {
  try {
    const stat = fstatSync(0);
    // A shell pipe is a FIFO; a parent process's pipe (Node's spawn) is a socket.
    return stat.isFIFO() || stat.isSocket() || stat.isFile();
  } catch {
    return false;
  }
}

async function check(paths: string[], useStdin: boolean, options: Options): Promise<number> {
  const { cwd } = options;
  if (options.config) {
    const problem = configPathProblem(options.config);
    if (problem) return fail([problem]);
  }
  // The configuration that governs the current folder decides include/exclude for folder walks.
  const folder = configFor(undefined, options.rules, options.config, cwd);
  if (folder.problems.length) return fail([...folder.problems, 'Nothing was checked: fix the configuration and run again.']);

  const { targets, ignored } = paths.length || !useStdin ? expandTargets(paths, cwd, folder.config.settings.include) : { targets: [], ignored: [] };

  const reports: FileReport[] = [];
  if (useStdin) {
    const name = options.stdinFilename ?? '<stdin>';
    const { text, valid } = decode(readFileSync(0));
    const report = checkText(text, valid, { path: name, absolutePath: options.stdinFilename ? resolve(cwd, options.stdinFilename) : undefined, explicit: true, stdin: true }, options);
    // With --fix, the fixed draft goes to standard output (as a formatter would), the report nowhere.
    if (options.fix) process.stdout.write(report.fixedText ?? text);
    reports.push(report);
  }

  reports.push(...(await checkAll(targets, options)));
  for (const path of ignored) reports.push({ path, status: 'skipped', skipKind: 'excluded', skipped: 'Not checked: excluded by "exclude" or .copydeskignore', findings: [], problems: [] });

  const summary = summarize(reports);
  const messages: string[] = [];
  const configProblems = new Set<string>();
  for (const report of reports) {
    if (report.status === 'failed') messages.push(report.skipped!);
    for (const problem of report.configProblems ?? []) configProblems.add(problem);
    for (const problem of report.problems) messages.push(problem.message);
  }
  if (configProblems.size) messages.push(...configProblems, 'Drafts under that configuration were not checked: fix it and run again.');
  // A problem shared by several drafts (an unreadable source) is told once.
  for (const message of new Set(messages)) process.stderr.write(`copydesk: ${message}\n`);

  const nothing = summary.files === 0 && summary.failed === 0 && !configProblems.size;
  if (nothing && !options.allowEmpty) {
    const where = paths.length ? paths.join(', ') : 'the current folder';
    const looked = `Copydesk checks ${folder.config.settings.include.join(', ')} (setting "include")`;
    const why = summary.skipped ? 'every file found was skipped (see the summary)' : 'no drafts were found';
    process.stderr.write(`copydesk: nothing to check in ${where}: ${why}. ${looked}; name the drafts, or a folder that holds them.\n`);
  }

  // With --fix on standard input, standard output carries the fixed draft and nothing else.
  if (options.fix && useStdin) process.stderr.write(summary.text + '\n');
  else if (options.format === 'json') process.stdout.write(formatJson(reports) + '\n');
  else if (options.format === 'sarif') process.stdout.write(formatSarif(reports.filter((r) => r.status === 'checked'), cwd) + '\n');
  else if (options.format === 'compact') {
    const text = formatCompact(reports);
    if (text) process.stdout.write(text + '\n');
    process.stderr.write(summary.text + '\n');
  } else {
    process.stdout.write(formatStylish(reports, options.colors, terminalColumns()) + '\n');
    if (options.explain) {
      const explained = reports.flatMap((r) => r.explained ?? []);
      process.stdout.write(`\nFigures left alone by unattributed-figure:\n${explained.length ? explained.map((l) => `  ${l}`).join('\n') : '  (none)'}\n`);
    }
  }

  if (configProblems.size || summary.failed) return 2;
  if (nothing) return options.allowEmpty ? 0 : 2;
  if (summary.errors > 0) return 1;
  if (options.maxWarnings !== undefined && summary.warnings > options.maxWarnings) {
    process.stderr.write(`copydesk: ${summary.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

async function checkAll(targets: Target[], options: Options): Promise<FileReport[]> {
  const progress = makeProgress(targets.length);
  const file = workerFile();
  const checkOptions: CheckOptions = { rules: options.rules, config: options.config, fix: options.fix, dryRun: options.dryRun, explain: options.explain, cwd: options.cwd };
  let reports: FileReport[];
  const debug = process.env.COPYDESK_DEBUG === 'jobs';
  if (file && options.jobs > 1 && targets.length >= PARALLEL_MIN) {
    const early = Math.min(earlyWorkerCount(), options.jobs - 1, targets.length - 1);
    reports = await checkInWorkers(file, targets, checkOptions, options.jobs, progress.update);
    if (debug) process.stderr.write(`copydesk: checked ${targets.length} drafts on ${Math.min(options.jobs, targets.length)} threads (main and workers; ${early} started early)\n`);
  } else {
    // Workers started in case this was a large folder are not needed: stopped before linting here.
    if (debug && earlyWorkerCount()) process.stderr.write(`copydesk: ${earlyWorkerCount()} workers started early were not needed (${targets.length} drafts)\n`);
    dropEarlyWorkers();
    reports = [];
    for (const target of targets) {
      reports.push(checkFile(target, checkOptions));
      progress.update(reports.length);
    }
  }
  progress.done();
  return reports;
}

/** "Checking 120/1000…" on a terminal, for runs long enough to wonder about. */
function makeProgress(total: number) {
  const on = total > 20 && !!process.stderr.isTTY;
  let last = 0;
  return {
    update(done: number) {
      if (!on) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      process.stderr.write(`\rChecking ${done}/${total}…`);
    },
    done() {
      if (on) process.stderr.write('\r\x1b[K');
    },
  };
}

function terminalColumns(): number {
  if (process.stdout.columns) return process.stdout.columns;
  const env = Number(process.env.COLUMNS);
  return Number.isInteger(env) && env > 0 ? env : 80;
}

/** A mistake in how the command was called: the message, and where to read how to call it. */
function usage(message: string): number {
  process.stderr.write(`copydesk: ${message}\nRun "copydesk --help" for usage.\n`);
  return 2;
}

/** A file or configuration problem: what is wrong and what to do, no usage hint. */
function fail(messages: string[]): number {
  // A problem shared by several drafts (an unreadable source) is told once.
  for (const message of new Set(messages)) process.stderr.write(`copydesk: ${message}\n`);
  return 2;
}

if (isMainThread) {
  // The V8 flags were set by cli/early-workers.ts, before any worker started.
  main(process.argv.slice(2)).then(
    (code) => {
      dropEarlyWorkers();
      process.exitCode = code;
    },
    (error) => {
      dropEarlyWorkers();
      process.stderr.write(`copydesk: internal error (please report it): ${(error as Error).stack ?? error}\n`);
      process.exitCode = 2;
    },
  );
} else {
  // Started by cli/pool.ts as one of --jobs worker threads.
  runWorker();
}
