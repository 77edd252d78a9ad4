// The requests the VS Code extension's status item and "Check Workspace" use, over a real stdio
// connection: copydesk/checkWorkspace and copydesk/documentStatus.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileUri, LspHarness } from './lsp-harness.ts';

const REPO = resolve(import.meta.dirname, '../..');
const fixture = (name: string) => readFileSync(resolve(REPO, 'test/fixtures', name), 'utf8');
const workspace = mkdtempSync(join(tmpdir(), 'copydesk-editor-'));
for (const dir of ['desk', 'desk/archive', 'notes', 'transcripts']) mkdirSync(join(workspace, dir), { recursive: true });
writeFileSync(join(workspace, 'desk/story.txt'), fixture('seed-like.txt'));
writeFileSync(join(workspace, 'desk/archive/old.txt'), fixture('seed-like.txt'));
writeFileSync(join(workspace, 'desk/clean.txt'), fixture('clean.txt'));
writeFileSync(join(workspace, 'notes/data.json'), '{}');
writeFileSync(join(workspace, 'transcripts/mayor.txt'), 'Q: Will the bridge open? A: We expect the bridge to open in the spring, weather permitting.\n');
writeFileSync(join(workspace, '.copydesk.json'), '{\n  // archive is not a draft\n  "exclude": ["desk/archive/**"],\n  "sources": ["transcripts/*.txt"],\n  "rules": { "duplicate-paragraph": { "minWords": "few" } }\n}\n');

const server = new LspHarness({ settings: () => ({}), rootPath: workspace });
before(() => server.initialize());
after(() => server.close());

test('Check Workspace lints drafts nobody opened, honouring include and exclude', async () => {
  const story = fileUri(join(workspace, 'desk/story.txt'));
  const published = server.nextDiagnostics(story);
  const result = (await server.connection.sendRequest('copydesk/checkWorkspace', {})) as { files: number; findings: number; cancelled: boolean };
  assert.deepEqual(result, { files: 2, findings: 1, cancelled: false }, 'story.txt and clean.txt; the archive is excluded, data.json is not a draft');
  assert.deepEqual((await published).map((d) => d.message), ['Lines 7–11 repeat lines 2–6']);
  assert.equal(server.latestDiagnostics(fileUri(join(workspace, 'desk/archive/old.txt'))), undefined, 'nothing published for an excluded file');
});

test('documentStatus names the config file in use and what is wrong with the setup', async () => {
  const uri = fileUri(join(workspace, 'desk/clean.txt'));
  await server.open(uri, fixture('clean.txt'));
  const status = (await server.connection.sendRequest('copydesk/documentStatus', { uri })) as { linted: boolean; configFile?: string; problems: string[] };
  assert.equal(status.linted, true);
  assert.equal(status.configFile, join(workspace, '.copydesk.json'));
  assert.deepEqual(status.problems, ['.copydesk.json: "rules.duplicate-paragraph.minWords" must be a whole number ≥ 1, got "few"; using the default']);
});

test('the log: start line with the version, the config in use and the sources once, each problem once as a warning', async () => {
  const uri = fileUri(join(workspace, 'desk/clean.txt'));
  await server.connection.sendRequest('copydesk/documentStatus', { uri });
  const info = server.logs.filter((l) => l.type === 3).map((l) => l.message);
  assert.ok(info.some((m) => /^Copydesk \d+\.\d+\.\d+ started \(Node v\d+/.test(m)), info.join('\n'));
  assert.equal(info.filter((m) => m === 'Configuration: .copydesk.json').length, 1, info.join('\n'));
  assert.equal(info.filter((m) => /^Sources for the workspace folder: 1 file, 1 KB, indexed in \d+ ms$/.test(m)).length, 1, info.join('\n'));
  const warnings = server.logs.filter((l) => l.type === 2).map((l) => l.message);
  assert.equal(warnings.filter((m) => m.includes('minWords')).length, 1, `logged once, as a warning:\n${warnings.join('\n')}`);
});
