// The GitHub Action's work (action.yml runs this with the env below), kept in a plain script so it
// runs the same way outside GitHub: test/server/ci-hooks.test.ts runs it with the env the Action sets.
//
//   COPYDESK_FILES     files, folders or globs; empty: the drafts a pull request changes, else "."
//   COPYDESK_ARGS      extra `copydesk check` arguments
//   COPYDESK_SARIF     SARIF report path (relative to the workspace)
//   COPYDESK_ANNOTATE  "true": one workflow-command annotation per finding
//   GITHUB_*           set by GitHub: ACTION_PATH, WORKSPACE, EVENT_NAME, EVENT_PATH, BASE_REF,
//                      OUTPUT, STEP_SUMMARY

import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const env = process.env;
const workspace = env.GITHUB_WORKSPACE || process.cwd();
const cli = resolve(env.GITHUB_ACTION_PATH || resolve(import.meta.dirname, '..'), 'dist/cli.js');
const sarifPath = resolve(workspace, env.COPYDESK_SARIF || 'copydesk.sarif');
mkdirSync(dirname(sarifPath), { recursive: true });
const DRAFT = /\.(md|markdown|txt|text)$/i;

function output(name, value) {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${name}=${value}\n`);
}

function summary(markdown) {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown + '\n');
}

function git(...args) {
  const r = spawnSync('git', args, { cwd: workspace, encoding: 'utf8' });
  return r.status === 0 ? r.stdout : undefined;
}

/** The drafts a pull request adds or changes, or undefined when this is not a pull request. */
function changedDrafts() {
  if (!/^pull_request/.test(env.GITHUB_EVENT_NAME ?? '')) return undefined;
  let base;
  try {
    base = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')).pull_request?.base?.sha;
  } catch {
    base = undefined;
  }
  if (!base && env.GITHUB_BASE_REF) base = `origin/${env.GITHUB_BASE_REF}`;
  if (!base) return undefined;
  // Three dots: what the pull request changed since it left the base, not what the base did since.
  let diff = git('diff', '--name-only', '--diff-filter=ACMR', '-z', `${base}...HEAD`);
  if (diff === undefined) {
    git('fetch', '--no-tags', '--depth=1', 'origin', base);
    diff = git('diff', '--name-only', '--diff-filter=ACMR', '-z', base, 'HEAD');
  }
  if (diff === undefined) {
    console.log(`::warning title=Copydesk::Could not compare with the base commit ${base}; checking the whole repository. Use actions/checkout with fetch-depth: 0 to check only the changed drafts.`);
    return undefined;
  }
  return diff.split('\0').filter((f) => f && DRAFT.test(f));
}

/** Workflow-command escaping (https://github.com/actions/toolkit, command.ts). */
const escapeData = (s) => String(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const LEVEL = { error: 'error', warning: 'warning', note: 'notice', none: 'notice' };

// Hints (SARIF level "none") stay in the uploaded log but are not annotated: on a pull request they
// would be the noise the editor shows only as a faint underline.
const raised = (log) => (log.runs?.[0]?.results ?? []).filter((r) => r.level !== 'none');

function annotate(log) {
  let count = 0;
  for (const result of raised(log)) {
    const location = result.locations?.[0]?.physicalLocation;
    const file = decodeURI(location?.artifactLocation?.uri ?? '');
    const r = location?.region ?? {};
    const props = [`file=${file}`, `line=${r.startLine}`, `col=${r.startColumn}`, `endLine=${r.endLine}`, `endColumn=${r.endColumn}`, `title=Copydesk: ${result.ruleId}`];
    console.log(`::${LEVEL[result.level] ?? 'warning'} ${props.map((p) => { const i = p.indexOf('='); return p.slice(0, i + 1) + escapeProperty(p.slice(i + 1)); }).join(',')}::${escapeData(result.message?.text ?? '')}`);
    count++;
  }
  return count;
}

const explicit = (env.COPYDESK_FILES ?? '').split(/\s+/).filter(Boolean);
const extra = (env.COPYDESK_ARGS ?? '').split(/\s+/).filter(Boolean);
let targets = explicit;
if (targets.length === 0) {
  const changed = changedDrafts();
  if (changed && changed.length === 0) {
    console.log('Copydesk: this pull request changes no drafts (.md, .markdown, .txt, .text).');
    // An empty report still uploads, so code scanning closes alerts for drafts fixed elsewhere.
    const empty = mkdtempSync(join(tmpdir(), 'copydesk-empty-'));
    const r = spawnSync(process.execPath, [cli, 'check', '--format', 'sarif', '--allow-empty', empty], { cwd: workspace, encoding: 'utf8' });
    writeFileSync(sarifPath, r.stdout);
    output('sarif-file', sarifPath);
    output('findings', 0);
    output('exit-code', 0);
    summary('Copydesk: no drafts changed.');
    process.exit(0);
  }
  targets = changed ?? ['.'];
}

console.log(`Copydesk: checking ${targets.length <= 10 ? targets.join(' ') : `${targets.length} drafts`}`);
const run = spawnSync(process.execPath, [cli, 'check', '--format', 'sarif', '--allow-empty', ...extra, '--', ...targets], {
  cwd: workspace,
  encoding: 'utf8',
  maxBuffer: 512 * 1024 * 1024,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const code = run.status ?? 2;
let findings = 0;
let hints = 0;
if (run.stdout.trim()) {
  writeFileSync(sarifPath, run.stdout);
  output('sarif-file', sarifPath);
  const log = JSON.parse(run.stdout);
  findings = raised(log).length;
  hints = (log.runs?.[0]?.results?.length ?? 0) - findings;
  if (env.COPYDESK_ANNOTATE !== 'false') annotate(log);
} else {
  output('sarif-file', '');
}
output('findings', findings);
output('exit-code', code);
summary(`Copydesk checked ${targets.length === 1 && targets[0] === '.' ? 'the repository' : `${targets.length} path(s)`}: ${findings} finding(s)${hints ? ` and ${hints} hint(s), not annotated` : ''}, exit status ${code}.`);
process.exit(code);
