// Property 5: the language server itself. One dist/server.js over stdio is driven with random
// document URIs (untitled, odd file URIs, UNC hosts, encoded slashes), random and repeated version
// numbers, random edit sequences (incremental ranges, full replacements, close and reopen): the
// process never exits, and the last publish for a document equals a cold lint of its final text.
// Needs `npm run build` first (it drives the built server, as an editor would).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clearCaches } from '../../server/src/engine/cache.ts';
import { lint } from '../../server/src/engine/lint.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';
import type { Format } from '../../server/src/engine/types.ts';
import { toDiagnostic } from '../../server/src/lsp/convert.ts';
import { fileUri, LspHarness, SERVER } from '../server/lsp-harness.ts';
import { anyText, budget, noise } from './fuzz.ts';

const workspace = mkdtempSync(join(tmpdir(), 'copydesk-fuzz-server-'));
const server = new LspHarness({ settings: () => ({ debounce: 0 }), rootPath: workspace });
before(async () => {
  assert.ok(existsSync(SERVER), 'run `npm run build` first: this property drives dist/server.js');
  await server.initialize();
});
after(() => server.close());

type Op =
  | { kind: 'edit'; at: number; length: number; insert: string; version: number }
  | { kind: 'replace'; text: string; version: number }
  | { kind: 'reopen'; version: number };

const version = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: -3, max: 2 ** 31 - 1 }));

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('edit' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 0, max: 40 }), insert: fc.oneof(fc.constantFrom('', '"', '\u201C', '\n\n', '40%', 'said'), noise(10)), version }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replace' as const), text: anyText('plaintext'), version }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reopen' as const), version }) },
);

/** URIs an editor may send: some map to a path in the workspace, some to none at all. */
const uriFor = (name: string, ext: string): fc.Arbitrary<string> =>
  fc.constantFrom(
    `untitled:${encodeURIComponent(name)}${ext}`,
    `${fileUri(join(workspace, 'drafts'))}/${encodeURIComponent(name)}${ext}`,
    `file://fileserver/share/${encodeURIComponent(name)}${ext}`,
    `file:///tmp/ws/a%2F${encodeURIComponent(name)}${ext}`,
    `file:///%E0%A4%A${ext}`,
    `vscode-vfs://github/org/repo/${encodeURIComponent(name)}${ext}`,
  );

const session = fc
  .tuple(fc.constantFrom<Format>('plaintext', 'markdown'), fc.string({ maxLength: 12 }))
  .chain(([format, name]) =>
    fc.record({
      format: fc.constant(format),
      uri: uriFor(name, format === 'markdown' ? '.md' : '.txt'),
      text: anyText(format),
      ops: fc.array(op, { minLength: 1, maxLength: 12 }),
    }),
  );

let finalVersion = 1_000_000;

function send(method: string, params: unknown): void {
  void server.connection.sendNotification(method, params);
}

test('random URIs, versions and edits never stop the server, and the last publish is a cold lint of the final text', async () => {
  await fc.assert(
    fc.asyncProperty(session, async ({ format, uri, text, ops }) => {
      const languageId = format;
      let doc = TextDocument.create(uri, languageId, 1, text);
      send('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
      for (const [i, step] of ops.entries()) {
        // The last step carries a version never used before, so its publish can be told apart.
        const stamped = i === ops.length - 1 ? ++finalVersion : step.version;
        if (step.kind === 'reopen') {
          send('textDocument/didClose', { textDocument: { uri } });
          doc = TextDocument.create(uri, languageId, stamped, doc.getText());
          send('textDocument/didOpen', { textDocument: { uri, languageId, version: stamped, text: doc.getText() } });
          continue;
        }
        let change: { range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };
        if (step.kind === 'replace') {
          change = { text: step.text };
        } else {
          const current = doc.getText();
          const start = Math.floor(step.at * current.length);
          const end = Math.min(current.length, start + step.length);
          change = { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: step.insert };
        }
        doc = TextDocument.update(doc, [change], stamped);
        send('textDocument/didChange', { textDocument: { uri, version: stamped }, contentChanges: [change] });
      }
      const published = await server.nextDiagnostics(uri, finalVersion, 20_000);
      const final = doc.getText();
      clearCaches();
      const findings = lint(final, { format, settings: defaultSettings() }).findings.filter((f) => !f.note);
      const expected = findings.slice(0, 1000).map((f) => toDiagnostic(f, doc));
      const strip = (d: { range: unknown; message: unknown; code?: unknown }) => ({ range: d.range, message: d.message, code: d.code });
      assert.deepEqual(published.slice(0, 1000).map(strip), expected.map(strip));
      assert.equal(published.length, findings.length > 1000 ? 1001 : findings.length);
      send('textDocument/didClose', { textDocument: { uri } });
      assert.equal(server.process.exitCode, null, `the server exited: ${server.stderr.slice(-2000)}`);
      assert.equal(server.process.signalCode, null);
    }),
    budget(60),
  );
  // Still answering requests after it all.
  const info = (await server.connection.sendRequest('copydesk/serverInfo')) as { pid: number };
  assert.equal(info.pid, server.process.pid);
});
