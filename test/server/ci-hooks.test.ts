// The ready-made CI hooks, run the way their hosts run them: the GitHub Action's script with the
// env the Action sets, `pre-commit try-repo` against this repository, and the VS Code problem
// matcher's pattern against the CLI's compact output. Needs `npm run build` first (dist/cli.js).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

const REPO = resolve(import.meta.dirname, '../..');
const CLI = resolve(REPO, 'dist/cli.js');
const fixture = (name: string) => readFileSync(resolve(REPO, 'test/fixtures', name), 'utf8');

function gitRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-ci-'));
  const git = (...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.email=ci@example.org', '-c', 'user.name=CI', ...args], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.trim();
  };
  git('init', '-q');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(resolve(dir, name, '..'), { recursive: true });
    writeFileSync(resolve(dir, name), text);
  }
  git('add', '-A');
  git('commit', '-qm', 'base');
  return dir;
}

function commitIn(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(resolve(dir, name, '..'), { recursive: true });
    writeFileSync(resolve(dir, name), text);
  }
  spawnSync('git', ['add', '-A'], { cwd: dir });
  spawnSync('git', ['-c', 'user.email=ci@example.org', '-c', 'user.name=CI', 'commit', '-qm', 'change'], { cwd: dir });
}

const action = parseYaml(readFileSync(resolve(REPO, 'action.yml'), 'utf8'));
const checkStep = action.runs.steps.find((s: { id?: string }) => s.id === 'check');

/** Runs the Action's check step as the runner would: its `run` line, its env (inputs filled in), GitHub's own variables. */
function runAction(workspace: string, inputs: Record<string, string>, github: Record<string, string>) {
  const stepEnv: Record<string, string> = {};
  for (const [key, value] of Object.entries(checkStep.env as Record<string, string>)) {
    stepEnv[key] = String(value).replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/, (_, name: string) => inputs[name] ?? action.inputs[name]?.default ?? '').replace(/\$\{\{\s*github\.action_path\s*\}\}/, REPO);
  }
  const outputFile = join(workspace, '..', `${workspace.split('/').pop()}-output`);
  const summaryFile = `${outputFile}-summary`;
  writeFileSync(outputFile, '');
  const r = spawnSync('bash', ['-e', '-c', checkStep.run], {
    cwd: workspace,
    encoding: 'utf8',
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/root', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, ...github, ...stepEnv },
  });
  const outputs = Object.fromEntries(readFileSync(outputFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, outputs };
}

test('action.yml is a composite action whose check step runs scripts/github-action.mjs, then uploads SARIF', () => {
  assert.equal(action.runs.using, 'composite');
  assert.match(checkStep.run, /scripts\/github-action\.mjs/);
  const upload = action.runs.steps.find((s: { uses?: string }) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
  assert.ok(upload, 'a step uploads the SARIF to code scanning');
  assert.match(upload.with.sarif_file, /steps\.check\.outputs\.sarif-file/);
  assert.match(upload.if, /always\(\)/, 'uploads even when the check fails');
});

test('the Action on a pull request: only the changed drafts, SARIF written, one annotation per finding', () => {
  // The newsroom shows lower-confidence queries as hints (off by default; the hand rule's lower tier): the Action must
  // not annotate them.
  const dir = gitRepo({ 'old.txt': fixture('seed-like.txt'), 'README.md': '# Newsroom\n\nDrafts live here.\n', '.copydesk.json': JSON.stringify({ rules: { 'unattributed-figure': { judge: 'rules', otherClaims: 'hint' } } }) });
  const base = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).stdout.trim();
  commitIn(dir, { 'stories/flood.txt': `${fixture('seed-like.txt')}The floods destroyed 45% of the homes in the valley.\nThe new footbridge was used 340 times on its first day.\n`, 'notes.rtf': '{\\rtf1 x}' });
  const event = join(dir, '..', `${dir.split('/').pop()}-event.json`);
  writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: base } } }));
  const { code, stdout, outputs } = runAction(dir, { 'sarif-file': 'out/copydesk.sarif' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_BASE_REF: 'main' });
  assert.equal(code, 0, stdout);
  assert.match(stdout, /Copydesk: checking stories\/flood\.txt$/m);
  const annotations = stdout.split('\n').filter((l) => l.startsWith('::'));
  assert.ok(annotations.some((l) => /^::warning file=stories\/flood\.txt,line=7,col=1,endLine=11,endColumn=\d+,title=Copydesk%3A duplicate-paragraph::Lines 7–11 repeat lines 2–6/.test(l)), annotations.join('\n'));
  assert.ok(annotations.every((l) => l.includes('file=stories/flood.txt')), 'old.txt is not part of the pull request');
  assert.ok(annotations.some((l) => /^::notice file=stories\/flood\.txt,line=\d+,.*::No source for “45%25”/.test(l)), `% is escaped as workflow commands need:\n${annotations.join('\n')}`);
  const sarif = JSON.parse(readFileSync(join(dir, 'out/copydesk.sarif'), 'utf8'));
  // The footbridge figure is a hint: in the uploaded log as level "none", never annotated.
  const hints = sarif.runs[0].results.filter((r: { level: string }) => r.level === 'none');
  assert.equal(hints.length, 1, JSON.stringify(sarif.runs[0].results.map((r: { level: string; message: { text: string } }) => [r.level, r.message.text])));
  assert.ok(!annotations.some((l) => l.includes('340')), annotations.join('\n'));
  assert.equal(sarif.runs[0].results.length - hints.length, annotations.length);
  assert.equal(outputs['sarif-file'], join(dir, 'out/copydesk.sarif'));
  assert.equal(outputs.findings, String(annotations.length));
  assert.equal(outputs['exit-code'], '0');
});

test('the Action with a glob and error severity fails the step; with no changed drafts it passes with an empty report', () => {
  const dir = gitRepo({ 'desk/a.md': fixture('near-repeat.md'), 'desk/b.txt': fixture('seed-like.txt'), 'other.txt': fixture('seed-like.txt') });
  const globbed = runAction(dir, { files: 'desk/*.txt', args: '--rule duplicate-paragraph=error' }, { GITHUB_EVENT_NAME: 'push' });
  assert.equal(globbed.code, 1);
  assert.match(globbed.stdout, /^::error file=desk\/b\.txt,line=7,/m);
  assert.doesNotMatch(globbed.stdout, /file=(other\.txt|desk\/a\.md)/);
  assert.equal(globbed.outputs['exit-code'], '1');
  const base = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).stdout.trim();
  commitIn(dir, { 'build.sh': 'echo hi\n' });
  const event = join(dir, '..', `${dir.split('/').pop()}-event2.json`);
  writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: base } } }));
  const none = runAction(dir, {}, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event });
  assert.equal(none.code, 0, none.stderr);
  assert.match(none.stdout, /changes no drafts/);
  const sarif = JSON.parse(readFileSync(join(dir, 'copydesk.sarif'), 'utf8'));
  assert.equal(sarif.runs[0].results.length, 0);
  assert.ok(sarif.runs[0].tool.driver.rules.length > 0);
});

test('the $copydesk problem matcher in package.json reads every line of --format compact', () => {
  const manifest = JSON.parse(readFileSync(resolve(REPO, 'package.json'), 'utf8'));
  const matcher = manifest.contributes.problemMatchers.find((m: { name: string }) => m.name === 'copydesk');
  assert.ok(matcher, 'contributes.problemMatchers has "copydesk" (used in tasks as $copydesk)');
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-matcher-'));
  writeFileSync(join(dir, 'draft.txt'), fixture('seed-like.txt'));
  writeFileSync(join(dir, 'long.md'), '# Harbour\n\nThe repairs will cost £4.2m over two years, with "an unclosed quote.\n');
  // The hand rule pinned: a line it queries gives the matcher an info line to read.
  writeFileSync(join(dir, '.copydesk.json'), JSON.stringify({ rules: { 'unattributed-figure': { judge: 'rules' } } }));
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'compact', '--rule', 'duplicate-paragraph=error', '.'], { cwd: dir, encoding: 'utf8' });
  const lines = r.stdout.trimEnd().split('\n');
  assert.ok(lines.length >= 3, r.stdout);
  const regexp = new RegExp(matcher.pattern.regexp);
  const { file, line, column, severity, message, code } = matcher.pattern;
  const severities = new Set<string>();
  for (const text of lines) {
    const m = regexp.exec(text);
    assert.ok(m, `the matcher reads: ${text}`);
    assert.ok(existsSync(join(dir, m[file])), m[file]);
    assert.ok(Number(m[line]) >= 1 && Number(m[column]) >= 1);
    assert.match(m[code], /^[a-z-]+$/);
    assert.ok(m[message].length > 0 && !m[message].endsWith(']'));
    severities.add(m[severity]);
  }
  // VS Code knows error, warning and info; anything else falls back to the matcher's default.
  for (const s of severities) assert.ok(['error', 'warning', 'info'].includes(s) || matcher.severity, s);
  assert.ok(severities.has('error') && severities.has('info'), [...severities].join());
  assert.ok(lines.some((l) => /^draft\.txt:7:1: error Lines 7–11 repeat lines 2–6.* \[duplicate-paragraph\]$/.test(l)), lines.join('\n'));
});

function havePreCommit(): string | false {
  if (spawnSync('pre-commit', ['--version']).status === 0) return false;
  // Debian's package, installed by the test itself when missing (root on the CI machine).
  let install = spawnSync('apt-get', ['install', '-y', '-q', 'pre-commit'], { encoding: 'utf8', timeout: 300_000 });
  if (install.status !== 0) {
    spawnSync('apt-get', ['update', '-q'], { encoding: 'utf8', timeout: 300_000 });
    install = spawnSync('apt-get', ['install', '-y', '-q', 'pre-commit'], { encoding: 'utf8', timeout: 300_000 });
  }
  if (spawnSync('pre-commit', ['--version']).status === 0) return false;
  return `pre-commit is not installed and apt-get could not install it (${(install.stderr || String(install.error)).trim().split('\n').pop()})`;
}

test('pre-commit try-repo: the hook installs from this repository and blocks a commit with errors', { timeout: 900_000 }, (t) => {
  const skip = havePreCommit();
  if (skip) return t.skip(skip);
  const dir = gitRepo({ 'README.md': '# Desk\n' });
  writeFileSync(join(dir, 'story.txt'), fixture('seed-like.txt'));
  writeFileSync(join(dir, 'clean.md'), fixture('clean.txt'));
  writeFileSync(join(dir, '.copydesk.json'), '{ "rules": { "duplicate-paragraph": "error" } }');
  spawnSync('git', ['add', '-A'], { cwd: dir });
  const r = spawnSync('pre-commit', ['try-repo', REPO, 'copydesk', '--files', 'story.txt', 'clean.md', 'build.sh'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 840_000,
    // try-repo commits uncommitted changes of the hook repository into a shadow copy: give git a name.
    env: { GIT_AUTHOR_NAME: 'CI', GIT_AUTHOR_EMAIL: 'ci@example.org', GIT_COMMITTER_NAME: 'CI', GIT_COMMITTER_EMAIL: 'ci@example.org', ...process.env, PRE_COMMIT_HOME: join(dir, '..', `${dir.split('/').pop()}-pre-commit-home`) },
  });
  const out = r.stdout + r.stderr;
  assert.equal(r.status, 1, out);
  assert.match(out, /Copydesk \(editorial lint\)\.+Failed/);
  assert.match(out, /^story\.txt:7:1: error Lines 7–11 repeat lines 2–6.* \[duplicate-paragraph\]$/m);
  assert.doesNotMatch(out, /^clean\.md:/m);
});
