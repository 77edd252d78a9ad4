// The built CLI (dist/cli.js) as CI would run it: output shapes, exit codes, --fix, stdin, config.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
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
  assert.deepEqual(Object.keys(report), ['version', 'files', 'skipped']);
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
  assert.match(missing.stderr, /nope\.txt does not exist; check the path/);
  assert.doesNotMatch(missing.stderr, /--help|ENOENT/, 'a missing file is not a usage error');
  const badRule = run(['check', '--rule', 'duplicate-paragraph=loud', 'draft.txt'], { cwd: dir });
  assert.equal(badRule.code, 2);
  assert.match(badRule.stderr, /severity must be off, hint, info, warning or error/);
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
  const findings = () => JSON.parse(run(['check', '--format', 'json', 'seed.txt'], { cwd: dir }).stdout).files[0].findings.length;
  const before_ = findings();
  const { code, stdout } = run(['check', '--fix', 'seed.txt'], { cwd: dir });
  assert.equal(code, 0);
  const fixedCount = Number(/Fixed (\d+) problems?/.exec(stdout)?.[1]);
  assert.equal(fixedCount, before_ - findings(), 'the count told is the number of findings removed');
  const lines = before.split('\n');
  const after = readFileSync(join(dir, 'seed.txt'), 'utf8');
  assert.deepEqual(after.split('\n'), [...lines.slice(0, 6), ...lines.slice(11)]);
  const again = run(['check', '--fix', 'seed.txt'], { cwd: dir });
  assert.doesNotMatch(again.stdout, /fixed/i);
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
  assert.match(second.stderr, /\.copydesk\.json:1:12: not valid JSON \(ValueExpected\)\n/);
  assert.match(second.stderr, /Nothing was checked: fix the configuration and run again/);
  assert.doesNotMatch(second.stderr + stderr, /using the default|--help/, 'the CLI stops: it does not claim to carry on with defaults');
  assert.equal(second.stdout, '', 'nothing linted');
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

// ---- Issue 16: honest output for people and CI ----

function runWith(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string>; stdin?: 'ignore' | 'pipe' } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO,
    input: options.input,
    stdio: [options.stdin ?? 'pipe', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const LONG_LINE =
  'The harbour wall, which was rebuilt after the winter storms of the last decade and has since become a favourite walk for visitors, was closed again on Monday while engineers checked the foundations, and the repairs will cost £4.2m over two years.';

test('standard input: read with --stdin-filename alone; a piped draft without "-" is never swapped for the folder', () => {
  const dir = workspace({ 'other.txt': fixture('seed-like.txt') });
  const named = runWith(['check', '--format', 'json', '--stdin-filename', 'story.txt'], { cwd: dir, input: fixture('seed-like.txt') });
  assert.equal(named.code, 0, named.stderr);
  assert.deepEqual(JSON.parse(named.stdout).files.map((f: { path: string }) => f.path), ['story.txt']);
  const withPath = runWith(['check', '--stdin-filename', 'story.txt', 'other.txt'], { cwd: dir, input: 'A draft.\n' });
  assert.equal(withPath.code, 2);
  assert.match(withPath.stderr, /add "-" to read it/);
  assert.equal(withPath.stdout, '', 'the folder was not linted instead');
  const bare = runWith(['check'], { cwd: dir, input: fixture('seed-like.txt') });
  assert.equal(bare.code, 2);
  assert.match(bare.stderr, /a draft is piped in but no path was given: add "-"/);
  assert.equal(bare.stdout, '');
  // No piped input (as from a terminal or /dev/null): the current folder, as documented.
  const folder = runWith(['check', '--format', 'json'], { cwd: dir, stdin: 'ignore' });
  assert.deepEqual(JSON.parse(folder.stdout).files.map((f: { path: string }) => f.path), ['other.txt']);
});

test('summary: files checked and skipped with reasons; a named .rtf or shell script is skipped, not linted', () => {
  const dir = workspace({
    'drafts/story.txt': fixture('clean.txt'),
    'drafts/old.txt': fixture('seed-like.txt'),
    'notes.rtf': '{\\rtf1 "Unclosed quote and 4,000 people}',
    'deploy.sh': '#!/bin/sh\necho "unclosed\n',
    '.copydesk.json': '{ "exclude": ["drafts/old.txt"] }',
  });
  writeFileSync(join(dir, 'drafts/scan.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
  const { code, stdout, stderr } = run(['check', 'drafts', 'notes.rtf', 'deploy.sh'], { cwd: dir });
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^notes\.rtf\n {2}Not checked: a \.rtf file is not a draft type/m);
  assert.match(stdout, /^deploy\.sh\n {2}Not checked: a \.sh file is not a draft type/m);
  assert.match(stdout, /^drafts\/scan\.txt\n {2}Not linted: the file looks binary/m);
  assert.match(stdout, /✔ No problems \(1 file checked, 4 skipped \((?=.*2 not a draft type)(?=.*1 binary)(?=.*1 excluded by configuration).*\)\)$/m);
  assert.doesNotMatch(stdout, /^drafts\/old\.txt$/m, 'excluded files found in a folder are only counted');
  const named = run(['check', 'drafts/old.txt', 'drafts/story.txt'], { cwd: dir });
  assert.match(named.stdout, /^drafts\/old\.txt\n {2}Not linted: excluded by "exclude" in .*\.copydesk\.json$/m, 'a named file gets its reason');
  const json = JSON.parse(run(['check', '--format', 'json', 'drafts', 'notes.rtf'], { cwd: dir }).stdout);
  assert.deepEqual(json.files.map((f: { path: string }) => f.path), ['drafts/story.txt']);
  assert.deepEqual(json.skipped.map((s: { path: string; kind: string }) => `${s.path}:${s.kind}`).sort(), ['drafts/old.txt:excluded', 'drafts/scan.txt:binary', 'notes.rtf:not-a-draft']);
});

test('nothing to check exits 2 with a message (empty folder, only skipped files); --allow-empty exits 0', () => {
  const empty = workspace({});
  mkdirSync(join(empty, 'drafts'));
  const a = run(['check', 'drafts'], { cwd: empty });
  assert.equal(a.code, 2);
  assert.match(a.stderr, /nothing to check in drafts: no drafts were found\. Copydesk checks \*\*\/\*\.md/);
  assert.doesNotMatch(a.stdout, /✔/, 'no green tick when nothing was checked');
  const onlyRtf = workspace({ 'a.rtf': 'text' });
  const b = run(['check', 'a.rtf'], { cwd: onlyRtf });
  assert.equal(b.code, 2);
  assert.match(b.stderr, /every file found was skipped/);
  assert.equal(run(['check', '--allow-empty', 'drafts'], { cwd: empty }).code, 0);
});

test('one unreadable file is reported and the others are still linted (exit 2 at the end)', () => {
  const dir = workspace({ 'good.txt': fixture('seed-like.txt') });
  spawnSync('mkfifo', [join(dir, 'pipe.txt')]);
  const { code, stdout, stderr } = run(['check', '--format', 'json', 'nosuch.txt', 'pipe.txt', 'good.txt', 'nothing-*.md'], { cwd: dir });
  assert.equal(code, 2);
  const report = JSON.parse(stdout);
  assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['good.txt']);
  assert.ok(report.files[0].findings.length > 0, 'good.txt was linted');
  assert.match(stderr, /nosuch\.txt does not exist; check the path/);
  if (existsSync(join(dir, 'pipe.txt'))) assert.match(stderr, /pipe\.txt is not a regular file \(a pipe, socket or device\)/);
  assert.match(stderr, /no files match "nothing-\*\.md"; check the pattern/);
  assert.doesNotMatch(stderr, /ENOENT|stat '|--help/);
  const stylish = run(['check', 'nosuch.txt', 'good.txt'], { cwd: dir });
  assert.match(stylish.stdout, /in 1 file checked, 1 could not be read$/m);
});

test('usage errors: --fix with --fix-dry-run, no command, bad --jobs; they (and only they) point to --help', () => {
  const dir = workspace({ 'draft.txt': fixture('seed-like.txt') });
  const both = run(['check', '--fix', '--fix-dry-run', 'draft.txt'], { cwd: dir });
  assert.equal(both.code, 2);
  assert.match(both.stderr, /--fix and --fix-dry-run cannot be used together/);
  assert.equal(readFileSync(join(dir, 'draft.txt'), 'utf8'), fixture('seed-like.txt'), 'nothing written');
  const none = run([], { cwd: dir });
  assert.equal(none.code, 2);
  assert.match(none.stderr, /say what to do, as in: copydesk check drafts\//);
  assert.doesNotMatch(none.stderr, /Missing command/);
  assert.equal(run(['check', '--jobs', '0', 'draft.txt'], { cwd: dir }).code, 2);
  for (const r of [both, none]) assert.match(r.stderr, /Run "copydesk --help" for usage/);
  const badConfig = run(['check', '--config', 'nope.json', 'draft.txt'], { cwd: dir });
  assert.equal(badConfig.code, 2);
  assert.match(badConfig.stderr, /the configuration file given with --config does not exist: .*nope\.json; check the path/);
  assert.doesNotMatch(badConfig.stderr, /ENOENT|--help/);
});

test('one severity vocabulary: "info" and "information" accepted on the command line and in .copydesk.json; "info" printed', () => {
  const dir = workspace({ 'draft.txt': fixture('seed-like.txt'), 'desk/.copydesk.json': '{ "rules": { "duplicate-paragraph": "info" } }', 'desk/draft.txt': fixture('seed-like.txt') });
  for (const word of ['info', 'information']) {
    const r = run(['check', '--rule', `duplicate-paragraph=${word}`, 'draft.txt'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^ {2}7:1 +info +Lines 7–11 repeat lines 2–6/m);
    assert.doesNotMatch(r.stdout, /information/);
  }
  const configured = run(['check', '--format', 'compact', 'desk/draft.txt'], { cwd: dir });
  assert.equal(configured.code, 0, configured.stderr);
  assert.match(configured.stdout, /^desk\/draft\.txt:7:1: info Lines 7–11 repeat lines 2–6/m);
});

test('not valid UTF-8: told in plain words, no "U+FFFD"', () => {
  const dir = workspace({});
  writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from(fixture('clean.txt')), Buffer.from([0xe9, 0x0a])]));
  const { stderr } = run(['check', 'latin1.txt'], { cwd: dir });
  assert.match(stderr, /latin1\.txt is not valid UTF-8 text \(it may be saved in another encoding, such as Latin-1\).*Save it as UTF-8/);
  assert.doesNotMatch(stderr, /U\+FFFD/);
});

test('stylish shows the flagged text under each finding, marked with ^, clipped to the terminal width', () => {
  // The hand rule pinned: this test is about the excerpt under a finding, and its line is one the hand rule queries.
  const dir = workspace({ 'long.txt': `Harbour wall shut\n${LONG_LINE}\n`, '.copydesk.json': JSON.stringify({ rules: { 'unattributed-figure': { judge: 'rules' } } }) });
  for (const columns of [60, 100]) {
    const { stdout } = runWith(['check', 'long.txt'], { cwd: dir, env: { COLUMNS: String(columns) } });
    const lines = stdout.split('\n');
    const at = lines.findIndex((l) => /^ {2}2:226 +info +No source for “£4\.2m”/.test(l));
    assert.ok(at >= 0, stdout);
    const [excerpt, marks] = [lines[at + 1], lines[at + 2]];
    assert.ok(excerpt.length <= columns && marks.length <= columns, `within ${columns} columns:\n${excerpt}\n${marks}`);
    assert.match(marks, /^ +\^{5}$/);
    const from = marks.indexOf('^');
    assert.equal(Array.from(excerpt).slice(from, from + 5).join(''), '£4.2m', 'the carets sit under the flagged figure');
    assert.match(excerpt, /^ {4}…/, 'the start of the long line is cut, with an ellipsis');
  }
});

test('--format compact: one "file:line:col: severity message [rule]" per line, nothing else on stdout', () => {
  // The hand rule pinned: this test is about the format, on a line the hand rule queries.
  const dir = workspace({ 'draft.txt': fixture('seed-like.txt'), 'long.md': `# Harbour\n\n${LONG_LINE}\n`, '.copydesk.json': JSON.stringify({ rules: { 'unattributed-figure': { judge: 'rules' } } }) });
  const { code, stdout, stderr } = run(['check', '--format', 'compact', '.'], { cwd: dir });
  assert.equal(code, 0);
  const lines = stdout.trimEnd().split('\n');
  assert.ok(lines.length >= 2);
  for (const line of lines) assert.match(line, /^[^:]+:\d+:\d+: (error|warning|info|hint) .+ \[[a-z-]+\]$/);
  assert.ok(lines.some((l) => /^draft\.txt:7:1: warning Lines 7–11 repeat lines 2–6.* \[duplicate-paragraph\]$/.test(l)), lines.join('\n'));
  assert.ok(lines.some((l) => /^long\.md:3:226: info No source for “£4\.2m”.* \[unattributed-figure\]$/.test(l)), lines.join('\n'));
  assert.match(stderr, /problems .* in 2 files checked/);
});

test('--fix-dry-run lists the fixes by finding and a clean unified diff; what is left is listed apart', () => {
  const dir = workspace({ 'draft.txt': fixture('seed-like.txt') });
  const found = JSON.parse(run(['check', '--format', 'json', 'draft.txt'], { cwd: dir }).stdout).files[0].findings.length;
  const { stdout } = run(['check', '--fix-dry-run', 'draft.txt'], { cwd: dir });
  // Every finding in this draft is a repeat that a safe fix deletes.
  assert.match(stdout, new RegExp(`^ {2}Would fix ${found} problems?:$`, 'm'));
  assert.match(stdout, /^ {2}7:1 +Delete repeated block \(lines 7–11\) — Lines 7–11 repeat lines 2–6.* +duplicate-paragraph$/m);
  assert.match(stdout, /^--- draft\.txt\n\+\+\+ draft\.txt\n@@ -\d+,\d+ \+\d+,\d+ @@$/m);
  assert.doesNotMatch(stdout, /^Index:|^={5,}/m, 'no header noise');
  assert.doesNotMatch(stdout, /^ {2}\d+:\d+ +warning/m, 'the fixed findings are not listed again as problems');
  assert.match(stdout, new RegExp(`${found} problems? that --fix would fix, none left after it \\(1 file checked\\)`));
  assert.equal(readFileSync(join(dir, 'draft.txt'), 'utf8'), fixture('seed-like.txt'));
});

test('--fix reports exactly what it changed: the count is the findings removed', () => {
  const dir = workspace({ 'draft.txt': fixture('seed-like.txt') });
  const count = () => JSON.parse(run(['check', '--format', 'json', 'draft.txt'], { cwd: dir }).stdout).files[0].findings.length;
  const before = count();
  const { stdout } = run(['check', '--fix', 'draft.txt'], { cwd: dir });
  const told = Number(/^ {2}Fixed (\d+) problems?:$/m.exec(stdout)?.[1]);
  const listed = stdout.split('\n').filter((l) => / — /.test(l)).length;
  assert.equal(told, before - count());
  assert.equal(listed, told, 'one line per fixed finding');
  assert.match(stdout, new RegExp(`, ${told} problems? fixed\\)$`, 'm'));
});

test('--jobs: many drafts checked in worker threads, output identical to one job, in input order', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 24; i++) files[`drafts/d${String(i).padStart(2, '0')}.${i % 3 ? 'txt' : 'md'}`] = i % 2 ? fixture('seed-like.txt') : `# Harbour ${i}\n\n${LONG_LINE}\n`;
  const dir = workspace(files);
  for (const format of ['json', 'stylish', 'compact', 'sarif']) {
    const one = runWith(['check', '--format', format, '--jobs', '1', 'drafts'], { cwd: dir, env: { COPYDESK_DEBUG: 'jobs' } });
    const two = runWith(['check', '--format', format, '--jobs', '2', 'drafts'], { cwd: dir, env: { COPYDESK_DEBUG: 'jobs' } });
    assert.equal(two.stdout, one.stdout, format);
    assert.equal(two.code, one.code);
    assert.doesNotMatch(one.stderr, /threads/);
    // A folder on two jobs: the worker is started before the engine loads (cli/early-workers.ts).
    assert.match(two.stderr, /checked 24 drafts on 2 threads \(main and workers; 1 started early\)/);
  }
  const json = JSON.parse(runWith(['check', '--format', 'json', '--jobs', '2', 'drafts'], { cwd: dir }).stdout);
  assert.deepEqual(json.files.map((f: { path: string }) => f.path), Object.keys(files).sort());
  // --fix in workers writes every file.
  runWith(['check', '--fix', '--jobs', '2', 'drafts'], { cwd: dir });
  assert.equal(readFileSync(join(dir, 'drafts/d01.txt'), 'utf8'), [...fixture('seed-like.txt').split('\n').slice(0, 6), ...fixture('seed-like.txt').split('\n').slice(11)].join('\n'));
});

test('--jobs: a worker started early for a folder is stopped when not needed (few drafts, usage error) and the run ends at once', () => {
  const dir = workspace({ 'drafts/a.txt': fixture('seed-like.txt'), 'drafts/b.md': fixture('clean.txt'), 'drafts/c.txt': fixture('clean.txt') });
  const one = runWith(['check', '--format', 'compact', '--jobs', '1', 'drafts'], { cwd: dir, env: { COPYDESK_DEBUG: 'jobs' } });
  const two = runWith(['check', '--format', 'compact', '--jobs', '2', 'drafts'], { cwd: dir, env: { COPYDESK_DEBUG: 'jobs' } });
  assert.equal(two.stdout, one.stdout);
  assert.equal(two.code, one.code);
  assert.match(two.stderr, /1 workers started early were not needed \(3 drafts\)/);
  assert.doesNotMatch(two.stderr, /threads/);
  // A usage error after a worker started: exit 2 with the message; the worker does not hold the process
  // (a hang would end in the timeout, status null).
  const bad = spawnSync(process.execPath, [CLI, 'check', '--format', 'bogus', '--jobs', '2', 'drafts'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--format must be stylish, compact, json or sarif/);
  // A single file never starts one.
  const single = runWith(['check', '--format', 'compact', '--jobs', '2', 'drafts/a.txt'], { cwd: dir, env: { COPYDESK_DEBUG: 'jobs' } });
  assert.doesNotMatch(single.stderr, /started early/);
});

test('progress on a terminal for long runs (and none when not on a terminal)', { skip: existsSync('/usr/bin/script') ? false : 'util-linux "script" is not installed' }, () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 30; i++) files[`d${i}.txt`] = fixture('clean.txt');
  const dir = workspace(files);
  const tty = spawnSync('script', ['-qec', `${process.execPath} ${CLI} check --jobs 1 .`, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert.match(tty.stdout, /Checking 30\/30…/);
  assert.match(tty.stdout, /No problems \(30 files checked\)/);
  assert.doesNotMatch(run(['check', '.'], { cwd: dir }).stderr, /Checking/);
});

test('--fix on standard input: standard output is the fixed draft alone, whatever the format', () => {
  const lines = fixture('seed-like.txt').split('\n');
  const expected = [...lines.slice(0, 6), ...lines.slice(11)].join('\n');
  for (const format of ['stylish', 'compact', 'json']) {
    const r = run(['check', '--fix', '--format', format, '--stdin-filename', 'piped.txt', '-'], { input: fixture('seed-like.txt') });
    assert.equal(r.stdout, expected, format);
    assert.match(r.stderr, /1 file checked, \d+ problems? fixed/);
  }
});

test('hints (lower-confidence findings) are listed and counted apart: never a problem, never a failing exit; json and sarif keep their severity', () => {
  // Our own sentence: a plain claim with no source, a lower-confidence query: not reported by default ...
  // (Session 7: "The new footbridge has 340 steps" became a profile fact, which a desk leaves alone; a count of uses is still a plain claim.)
  const bridge = 'Footbridge reopens\n\nThe new footbridge was used 340 times on its first day.\n';
  const quiet = run(['check', 'bridge.txt'], { cwd: workspace({ 'bridge.txt': bridge }) });
  assert.equal(quiet.code, 0, quiet.stderr);
  assert.match(quiet.stdout, /✔ No problems \(1 file checked\)/);
  // ... and shown as a hint when the configuration asks for them (hints are the hand rule's lower tier: the lexical
  // judge, the default, has none).
  const dir = workspace({ 'bridge.txt': bridge, '.copydesk.json': JSON.stringify({ rules: { 'unattributed-figure': { judge: 'rules', otherClaims: 'hint' } } }) });
  const stylish = run(['check', 'bridge.txt'], { cwd: dir });
  assert.equal(stylish.code, 0, stylish.stderr);
  assert.match(stylish.stdout, /^ {2}3:29 +hint +No source for “340”: a claim needs a source — a lower-confidence query/m);
  assert.match(stylish.stdout, /✔ No problems, 1 hint \(1 file checked\)/);
  // Even at --max-warnings 0, and with the rule at error: the hint stays a hint.
  assert.equal(run(['check', 'bridge.txt', '--max-warnings', '0', '--rule', 'unattributed-figure=error'], { cwd: dir }).code, 0);
  const json = JSON.parse(run(['check', '--format', 'json', 'bridge.txt'], { cwd: dir }).stdout);
  assert.deepEqual(json.files[0].findings.map((f: { severity: string }) => f.severity), ['hint']);
  const sarif = JSON.parse(run(['check', '--format', 'sarif', 'bridge.txt'], { cwd: dir }).stdout);
  assert.deepEqual(sarif.runs[0].results.map((r: { level: string }) => r.level), ['none']);
  // Beside a problem, the summary names both.
  writeFileSync(join(dir, 'storm.txt'), 'Storm\n\nThe storm destroyed 40 homes. The new footbridge was used 340 times on its first day.\n');
  assert.match(run(['check', 'storm.txt'], { cwd: dir }).stdout, /✖ 1 problem \(0 errors, 0 warnings, 1 info\) and 1 hint in 1 file checked/);
  // Compact names the severity as it is.
  assert.match(run(['check', 'bridge.txt', '--format', 'compact'], { cwd: dir }).stdout, /^bridge\.txt:3:29: hint /m);
});

test('a folder or glob outside the current folder is checked; a link inside it that leads out of it is not followed', () => {
  const dir = workspace({
    'desk/notes.txt': 'Notes\n\nNothing to see.\n',
    'other-desk/story.txt': fixture('seed-like.txt'),
    'elsewhere/secret.txt': fixture('seed-like.txt'),
  });
  symlinkSync(join(dir, 'elsewhere/secret.txt'), join(dir, 'other-desk/linked.txt'));
  const desk = join(dir, 'desk');
  for (const target of ['../other-desk', '../other-desk/*.txt']) {
    const { stdout } = run(['check', '--format', 'json', target], { cwd: desk });
    const files = JSON.parse(stdout).files as { path: string; findings: unknown[] }[];
    assert.deepEqual(files.map((f) => f.path.split('/').pop()), ['story.txt'], `${target}: ${stdout}`);
    assert.ok(files[0].findings.length > 0, 'the outside draft was linted (it has a repeated block)');
  }
});
