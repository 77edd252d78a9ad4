// One configuration, two paths: `copydesk check .` and the language server must agree on which files
// are drafts (include, exclude, sources), which rules a file ignores, and what is found in each.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { LspHarness, fileUri } from './lsp-harness.ts';

const REPO = resolve(import.meta.dirname, '../..');
const CLI = resolve(REPO, 'dist/cli.js');
const fixture = (name: string) => readFileSync(resolve(REPO, 'test/fixtures', name), 'utf8');

const DIR = realpathSync(mkdtempSync(join(tmpdir(), 'copydesk-paths-')));
after(() => rmSync(DIR, { recursive: true, force: true }));

const drafts = fixture('seed-like.txt');
const FILES: Record<string, string> = {
  '.copydesk.json': JSON.stringify({
    exclude: ['archive', '/old.md'],
    include: ['**/*.md', 'drafts/*.txt'],
    sources: ['transcripts'],
    ignore: { 'drafts/quiet.txt': ['duplicate-paragraph'] },
  }),
  'drafts/story.txt': drafts,
  'drafts/quiet.txt': drafts,
  'drafts/deeper/loose.txt': drafts, // not in "include" (drafts/*.txt stays in one folder)
  'drafts/archive/x.md': drafts, // "archive" matches at any depth
  'archive/y.md': drafts,
  'old.md': drafts, // anchored: only the top-level old.md
  'drafts/old.md': drafts,
  'quotes.md': fixture('quotes/source-check.md').replace('transcripts/*.txt', 'transcripts/interview.txt'),
  'transcripts/interview.txt': fixture('quotes/transcripts/interview.txt'),
  'transcripts/notes.md': drafts, // a source, not a draft, whatever its extension
};
for (const [name, text] of Object.entries(FILES)) {
  mkdirSync(dirname(join(DIR, name)), { recursive: true });
  writeFileSync(join(DIR, name), text);
}

type Found = string[];
const key = (rule: string, line: number, column: number, endLine: number, endColumn: number, message: string) => `${line}:${column}-${endLine}:${endColumn} ${rule} ${message}`;

function cliFindings(): Map<string, Found> {
  const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '.'], { cwd: DIR, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert.ok(result.status === 0 || result.status === 1, result.stderr);
  const report = JSON.parse(result.stdout) as { files: { path: string; findings: { rule: string; line: number; column: number; endLine: number; endColumn: number; message: string }[] }[] };
  return new Map(report.files.map((f) => [f.path, f.findings.map((x) => key(x.rule, x.line, x.column, x.endLine, x.endColumn, x.message)).sort()]));
}

async function editorFindings(): Promise<Map<string, Found>> {
  const server = new LspHarness({ rootPath: DIR });
  await server.initialize();
  const out = new Map<string, Found>();
  try {
    for (const name of Object.keys(FILES).filter((n) => n.endsWith('.md') || n.endsWith('.txt'))) {
      const diagnostics = await server.open(fileUri(join(DIR, name)), FILES[name], name.endsWith('.md') ? 'markdown' : 'plaintext');
      const found = diagnostics
        .filter((d) => d.source === 'copydesk')
        .map((d) => key(String(d.code), d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1, String(d.message)))
        .sort();
      if (found.length) out.set(name, found);
    }
  } finally {
    await server.close();
  }
  return out;
}

test('include, exclude, sources and ignore mean the same in `copydesk check .` and in the editor', async () => {
  const cli = cliFindings();
  const editor = await editorFindings();
  // What the configuration says, checked on the CLI's side…
  assert.deepEqual([...cli.keys()].sort(), ['drafts/old.md', 'drafts/quiet.txt', 'drafts/story.txt', 'quotes.md']);
  assert.ok(cli.get('drafts/story.txt')!.some((f) => f.includes('duplicate-paragraph')), 'the draft has repeats');
  assert.ok(!cli.get('drafts/quiet.txt')!.some((f) => f.includes('duplicate-paragraph')), '"ignore" silences the rule in that file');
  assert.ok(cli.get('quotes.md')!.some((f) => f.includes('quote-source')), 'the transcript folder is read as sources');
  // …and the editor agrees, file by file and finding by finding (a file not linted has none).
  for (const name of new Set([...cli.keys(), ...editor.keys()])) {
    assert.deepEqual(editor.get(name) ?? [], (cli.get(name) ?? []).filter((f) => !f.includes(' quote-source Found in ')), name);
  }
});
