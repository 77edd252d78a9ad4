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
for (const dir of ['desk', 'desk/archive', 'notes']) mkdirSync(join(workspace, dir), { recursive: true });
writeFileSync(join(workspace, 'desk/story.txt'), fixture('seed-like.txt'));
writeFileSync(join(workspace, 'desk/archive/old.txt'), fixture('seed-like.txt'));
writeFileSync(join(workspace, 'desk/clean.txt'), fixture('clean.txt'));
writeFileSync(join(workspace, 'notes/data.json'), '{}');
writeFileSync(join(workspace, '.copydesk.json'), '{\n  // archive is not a draft\n  "exclude": ["desk/archive/**"]\n}\n');

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
  assert.deepEqual(status.problems, []);
});
