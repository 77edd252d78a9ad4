// The built CLI (dist/cli.js) as CI would run it: output shapes, exit codes, --fix, stdin, config.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const REPO = resolve(import.meta.dirname, '../..');
const CLI = resolve(REPO, 'dist/cli.js');
const SEED_000 = resolve(REPO, '../shared/seeds/000_d56714a625d931cb.txt');
const require = createRequire(import.meta.url);

function run(args: string[], options: { cwd?: string; input?: string } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? REPO, input: options.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(resolve(dir, name, '..'), { recursive: true });
    writeFileSync(resolve(dir, name), text);
  }
  return dir;
}

const fixture = (name: string) => readFileSync(resolve(REPO, 'test/fixtures', name), 'utf8');

test('--format json has exactly the documented shape', () => {
  const dir = workspace({ 'draft.txt': fixture('seed-like.txt') });
  const { code, stdout } = run(['check', '--format', 'json', 'draft.txt', '--rule', 'unattributed-figure=off'], { cwd: dir });
  assert.equal(code, 0);
  const report = JSON.parse(stdout);
  assert.deepEqual(Object.keys(report), ['version', 'files']);
  assert.equal(report.version, 1);
  assert.equal(report.files[0].path, 'draft.txt');
  const first = report.files[0].findings.filter((f: { rule: string }) => f.rule === 'duplicate-paragraph')[0];
  const line11 = fixture('seed-like.txt').split('\n')[10];
  assert.deepEqual(first, {
    rule: 'duplicate-paragraph',
    severity: 'warning',
    message: 'Lines 7–11 repeat lines 2–6',
    line: 7,
    column: 1,
    endLine: 11,
    endColumn: line11.length + 1,
    fixes: [
      {
        title: 'Delete repeated block (lines 7–11)',
        edits: [7, 8, 9, 10, 11].map((line) => ({ line, column: 1, endLine: line + 1, endColumn: 1, text: '' })),
      },
      ...[7, 8, 9, 10, 11].map((line) => ({ title: `Delete only this paragraph (line ${line})`, edits: [{ line, column: 1, endLine: line + 1, endColumn: 1, text: '' }] })),
    ],
  });
});

test('stylish output lists findings with a summary line', () => {
  const dir = workspace({ 'draft.txt': fixture('seed-like.txt') });
  const { code, stdout } = run(['check', 'draft.txt', '--rule', 'unattributed-figure=off'], { cwd: dir });
  assert.equal(code, 0);
  assert.match(stdout, /^draft\.txt$/m);
  assert.match(stdout, /^ {2}7:1 +warning +Lines 7–11 repeat lines 2–6 +duplicate-paragraph$/m);
  assert.match(stdout, /✖ 1 problem \(0 errors, 1 warning, 0 info\) in 1 file checked/);
  assert.doesNotMatch(stdout, /\x1b\[/, 'no colours when not on a terminal');
});

test('exit status: 1 for error severity, 1 over --max-warnings, 2 for usage and missing files', () => {
  const dir = workspace({ 'draft.txt': fixture('seed-like.txt'), 'clean.txt': fixture('clean.txt') });
  assert.equal(run(['check', 'draft.txt', '--rule', 'duplicate-paragraph=error'], { cwd: dir }).code, 1);
  assert.equal(run(['check', 'draft.txt', '--rule', 'unattributed-figure=off', '--max-warnings', '1'], { cwd: dir }).code, 0);
  assert.equal(run(['check', 'draft.txt', '--rule', 'unattributed-figure=off', '--max-warnings', '0'], { cwd: dir }).code, 1);
  const missing = run(['check', 'nope.txt'], { cwd: dir });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /No such file or folder: nope\.txt/);
  const badRule = run(['check', '--rule', 'duplicate-paragraph=loud', 'draft.txt'], { cwd: dir });
  assert.equal(badRule.code, 2);
  assert.match(badRule.stderr, /severity must be off, hint, information, warning or error/);
  assert.equal(run(['frobnicate'], { cwd: dir }).code, 2);
  assert.equal(run(['check', '--format', 'xml', 'draft.txt'], { cwd: dir }).code, 2);
});

test('folders, globs and .copydeskignore', () => {
  const dir = workspace({
    'drafts/a.txt': fixture('seed-like.txt'),
    'drafts/b.md': fixture('near-repeat.md'),
    'drafts/old/c.txt': fixture('seed-like.txt'),
    'drafts/notes.json': '{}',
    'drafts/transcripts/interview.txt': 'Q: What happened? A: The wall gave way at about two in the morning, and we ran.',
    '.copydeskignore': 'drafts/old/\n',
    '.copydesk.json': '{ "sources": ["drafts/transcripts/**"] }',
  });
  const paths = (args: string[]) => JSON.parse(run(['check', '--format', 'json', ...args], { cwd: dir }).stdout).files.map((f: { path: string }) => f.path);
  assert.deepEqual(paths(['drafts']), ['drafts/a.txt', 'drafts/b.md'], 'ignored, and sources are not drafts');
  assert.deepEqual(paths(['drafts/**/*.txt']), ['drafts/a.txt']);
  assert.deepEqual(paths(['drafts/old/c.txt']), ['drafts/old/c.txt'], 'a file named explicitly is always checked');
});

test('--fix on a copy of seed 000 removes the repeated block and nothing else', { skip: existsSync(SEED_000) ? false : 'no shared seeds' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-fix-'));
  cpSync(SEED_000, join(dir, 'seed.txt'));
  const before = readFileSync(join(dir, 'seed.txt'), 'utf8');
  const { code, stdout } = run(['check', '--fix', 'seed.txt'], { cwd: dir });
  assert.equal(code, 0);
  assert.match(stdout, /fixed 5 problems/);
  const lines = before.split('\n');
  const after = readFileSync(join(dir, 'seed.txt'), 'utf8');
  assert.deepEqual(after.split('\n'), [...lines.slice(0, 6), ...lines.slice(11)]);
  const again = run(['check', '--fix', 'seed.txt'], { cwd: dir });
  assert.doesNotMatch(again.stdout, /fixed/);
  assert.equal(readFileSync(join(dir, 'seed.txt'), 'utf8'), after, 'fix twice = fix once');
});

test('--fix-dry-run prints a diff and changes nothing', () => {
  const dir = workspace({ 'draft.txt': fixture('seed-like.txt') });
  const { stdout } = run(['check', '--fix-dry-run', 'draft.txt'], { cwd: dir });
  assert.match(stdout, /^--- draft\.txt/m);
  assert.equal((stdout.match(/^-Flood defences/gm) ?? []).length, 1);
  assert.equal(readFileSync(join(dir, 'draft.txt'), 'utf8'), fixture('seed-like.txt'));
});

test('a draft from standard input', () => {
  const { code, stdout } = run(['check', '--format', 'json', '--stdin-filename', 'piped.txt', '-'], { input: fixture('seed-like.txt') });
  assert.equal(code, 0);
  const report = JSON.parse(stdout);
  assert.equal(report.files[0].path, 'piped.txt');
  assert.ok(report.files[0].findings.some((f: { rule: string }) => f.rule === 'duplicate-paragraph'));
  // With --fix, the fixed draft comes back on standard output.
  const fixed = run(['check', '--fix', '--stdin-filename', 'piped.txt', '-'], { input: fixture('seed-like.txt') });
  const lines = fixture('seed-like.txt').split('\n');
  assert.equal(fixed.stdout, [...lines.slice(0, 6), ...lines.slice(11)].join('\n'));
});

test('SARIF output validates against the SARIF 2.1.0 schema', () => {
  const dir = workspace({ 'draft.txt': fixture('seed-like.txt'), 'near.md': fixture('near-repeat.md') });
  const { stdout } = run(['check', '--format', 'sarif', '.'], { cwd: dir });
  const log = JSON.parse(stdout);
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
  assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 1));
  const run0 = log.runs[0];
  assert.ok(run0.tool.driver.rules.every((r: { helpUri: string; help: { text: string } }) => r.helpUri && r.help.text));
  const result = run0.results.find((r: { ruleId: string }) => r.ruleId === 'duplicate-paragraph');
  assert.equal(result.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
  assert.ok(result.fixes.length > 0);
});

test('bad configuration: clear message naming file and key, exit 2', () => {
  const dir = workspace({ 'draft.txt': fixture('clean.txt'), '.copydesk.json': '{ "rules": { "duplicate-paragraph": { "minWords": -3 } } }' });
  const { code, stderr } = run(['check', 'draft.txt'], { cwd: dir });
  assert.equal(code, 2);
  assert.ok(stderr.includes(`${join(dir, '.copydesk.json')}: "rules.duplicate-paragraph.minWords" must be a whole number ≥ 1, got -3`), stderr);
  const broken = workspace({ 'draft.txt': fixture('clean.txt'), '.copydesk.json': '{ "rules": ' });
  const second = run(['check', 'draft.txt'], { cwd: broken });
  assert.equal(second.code, 2);
  assert.match(second.stderr, /\.copydesk\.json:1:12: not valid JSON \(ValueExpected\); using the default settings/);
});

test('.copydesk.json is found by walking up and applies to the CLI', () => {
  const dir = workspace({ 'desk/a/draft.txt': fixture('seed-like.txt'), 'desk/.copydesk.json': '{ "rules": { "duplicate-paragraph": "error" } }' });
  const { code, stdout } = run(['check', '--format', 'json', 'desk/a/draft.txt'], { cwd: dir });
  assert.equal(code, 1);
  assert.ok(JSON.parse(stdout).files[0].findings.filter((f: { rule: string }) => f.rule === 'duplicate-paragraph').every((f: { severity: string }) => f.severity === 'error'));
});

test('binary and broken UTF-8 files: a clear message, nothing written', () => {
  const dir = workspace({});
  writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from(fixture('seed-like.txt')), Buffer.from([0xe9, 0x0a])]));
  const binary = run(['check', 'image.txt'], { cwd: dir });
  assert.match(binary.stdout, /Not linted: the file looks binary/);
  const broken = run(['check', '--fix', 'latin1.txt'], { cwd: dir });
  assert.match(broken.stderr, /latin1\.txt is not valid UTF-8/);
  assert.equal(readFileSync(join(dir, 'latin1.txt')).at(-2), 0xe9, 'the file is left as it was');
});
