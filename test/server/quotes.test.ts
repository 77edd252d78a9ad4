// The quote rules through the real server: diagnostics, a quick fix applied, and quote-source with a
// workspace folder holding .copydesk.json and a transcript (related information, hover, refusal).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspHarness, fileUri } from './lsp-harness.ts';

const WORKSPACE = realpathSync(mkdtempSync(join(tmpdir(), 'copydesk-quotes-ws-')));
mkdirSync(join(WORKSPACE, 'transcripts'));
writeFileSync(join(WORKSPACE, '.copydesk.json'), JSON.stringify({ sources: ['transcripts/*.txt'] }));
const TRANSCRIPT = join(WORKSPACE, 'transcripts', 'council.txt');
writeFileSync(
  TRANSCRIPT,
  ['Council meeting, evening session.', '', 'CHAIR: We are not closing a single branch this year.', 'CHAIR: The reading rooms will stay open on Sundays as well.', ''].join('\n'),
);

const server = new LspHarness({ rootPath: WORKSPACE });
before(() => server.initialize());
after(async () => {
  await server.close();
  rmSync(WORKSPACE, { recursive: true, force: true });
});

const ours = (diagnostics: Diagnostic[], code: string) => diagnostics.filter((d) => d.source === 'copydesk' && d.code === code);

test('diagnostics for a mismatched pair and a straight mark in a curly draft; the mismatch fix applied', async () => {
  const uri = 'untitled:quotes-1';
  const text = '“The lights went out at midnight," the caretaker said. “Nobody was hurt,” the chief added, “and nobody was home.”\n';
  const diagnostics = await server.open(uri, text);
  const mismatch = ours(diagnostics, 'quote-mismatch');
  const style = ours(diagnostics, 'quote-style');
  assert.deepEqual(mismatch.map((d) => d.message), [`Closing mark doesn't match: opened with a curly double quote (“), closed with a straight one (")`]);
  assert.deepEqual(style.map((d) => [d.range.start.character, d.message]), [[33, 'Straight double quote (") in a draft that mostly uses curly ones (5 of 6)']]);
  assert.match(mismatch[0].codeDescription!.href, /quote-mismatch\.md$/);

  const actions = await server.codeActions(uri, mismatch[0].range, mismatch);
  const fix = actions.find((a) => a.title === 'Close the quotation with ”');
  assert.ok(fix?.edit, JSON.stringify(actions.map((a) => a.title)));
  const after = await server.apply(uri, fix.edit);
  assert.ok(server.text(uri).startsWith('“The lights went out at midnight,” the caretaker said.'));
  assert.deepEqual([...ours(after, 'quote-mismatch'), ...ours(after, 'quote-style')], []);
});

test('quote-source: close match with related information to the transcript line, verbatim on hover only', async () => {
  const draft = join(WORKSPACE, 'story.md');
  const uri = fileUri(draft);
  const text = [
    '# Libraries stay open',
    '',
    'The chair said “we are not closing a single library this year.”',
    '',
    'She added that “the reading rooms will stay open on Sundays as well.”',
    '',
  ].join('\n');
  writeFileSync(draft, text);
  const diagnostics = ours(await server.open(uri, text, 'markdown'), 'quote-source');
  assert.deepEqual(
    diagnostics.map((d) => [d.range.start.line, d.severity, d.message]),
    [[2, 2, 'Quote differs from transcripts/council.txt:3: here ‘single library this’ — transcript ‘single branch this’']],
  );
  const related = diagnostics[0].relatedInformation!;
  assert.equal(related[0].location.uri, fileUri(TRANSCRIPT));
  assert.equal(related[0].location.range.start.line, 2);

  // The verbatim quote is not a diagnostic, but hovering it shows where it was found.
  const hover = await server.hover(uri, { line: 4, character: 30 });
  const value = (hover?.contents as { value: string } | undefined)?.value ?? '';
  assert.match(value, /Found in \[transcripts\/council\.txt:4\]/);

  const actions = await server.codeActions(uri, diagnostics[0].range, diagnostics);
  const fix = actions.find((a) => a.title === "Use the source's wording");
  assert.ok(fix?.edit);
  const after = ours(await server.apply(uri, fix.edit), 'quote-source');
  assert.ok(server.text(uri).includes('“we are not closing a single branch this year.”'), server.text(uri));
  assert.deepEqual(after, []);
});

test('quote-source: a sources path escaping the workspace is refused with a clear message', async () => {
  const draft = join(WORKSPACE, 'escape.md');
  const uri = fileUri(draft);
  const text = '---\nsources: ../../etc/*.txt\n---\n\nThe chair said “we are not closing a single branch this year.”\n';
  writeFileSync(draft, text);
  await server.open(uri, text, 'markdown');
  const message = await server.nextMessage((m) => m.includes('../../etc/*.txt'));
  assert.match(message, /Source "\.\.\/\.\.\/etc\/\*\.txt" \(front matter\) is outside the workspace folder .*; it is not read/);
});

test('quote-source in the built CLI: .vtt and .docx sources (mammoth in its worker bundle); an unreadable source told once for two drafts', async () => {
  const { spawnSync } = await import('node:child_process');
  const { Document, Packer, Paragraph } = await import('docx');
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'copydesk-cli-sources-')));
  try {
    mkdirSync(join(dir, 'sources'));
    writeFileSync(join(dir, '.copydesk.json'), JSON.stringify({ sources: ['sources/*'] }));
    writeFileSync(join(dir, 'sources', 'meeting.vtt'), 'WEBVTT\n\n00:04:10.000 --> 00:04:13.000\n<v Ann Ward>We cannot afford another delay on the barrier.\n');
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Statement'), new Paragraph('The library will stay open on Saturdays until the end of the year.')] }] }));
    writeFileSync(join(dir, 'sources', 'statement.docx'), docx);
    writeFileSync(join(dir, 'sources', 'broken.docx'), 'not a word document');
    writeFileSync(join(dir, 'a.txt'), '“We cannot afford another delay on the barrier,” Ortiz said.\n');
    writeFileSync(join(dir, 'b.txt'), 'The council said “the library will stay open on Saturdays until the end of the month”.\n');
    const cli = join(import.meta.dirname, '../../dist/cli.js');
    const result = spawnSync(process.execPath, [cli, 'check', '--format', 'json', 'a.txt', 'b.txt'], { cwd: dir, encoding: 'utf8' });
    const messages = (JSON.parse(result.stdout) as { files: { findings: { message: string }[] }[] }).files.flatMap((f) => f.findings.map((x) => x.message));
    assert.deepEqual(messages, [
      "These words are Ann Ward's in sources/meeting.vtt at 00:04:10, not Ortiz's",
      'Quote differs from sources/statement.docx, paragraph 2: here ‘the month’ — source ‘the year’',
    ]);
    assert.equal(result.stderr.match(/Cannot read source .*broken\.docx: it is not a valid \.docx file/g)?.length, 1, result.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
