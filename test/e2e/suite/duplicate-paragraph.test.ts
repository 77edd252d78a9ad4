// End-to-end tests of the duplicate-paragraph rule through a real VS Code: the extension activates,
// its server publishes diagnostics, and the quick fixes and fix-all edit real documents.
//
// Every test works on its own copy of a fixture from test/e2e/workspace (the runner already opens a
// temporary copy of that folder), so edits never leak from one test into another. Nothing sleeps:
// each wait is on `onDidChangeDiagnostics` with a deadline that fails the test (see ./helpers).

import * as assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import {
  activateBeforeAndCloseEditorsAfterEach,
  codeActions,
  copydeskDiagnostics,
  describeActions,
  describeDiagnostics,
  freshCopy,
  ofRule,
  openInEditor,
  waitForDiagnostics,
} from './helpers';

const RULE = 'duplicate-paragraph';
const FIX_ALL_KIND = 'source.fixAll.copydesk';

// ---- helpers of this rule --------------------------------------------------------------------------

function duplicates(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  return ofRule(diagnostics, RULE);
}

/** Diagnostics about one paragraph (one line in these fixtures), as opposed to a repeated block. */
function singleLine(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  return diagnostics.filter((d) => d.range.start.line === d.range.end.line);
}

async function open(uri: vscode.Uri): Promise<vscode.TextDocument> {
  return (await openInEditor(uri)).document;
}

/** The line break the fixture uses, to rebuild expected texts line by line. */
function eolOf(doc: vscode.TextDocument): string {
  return doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
}

function fullRange(doc: vscode.TextDocument): vscode.Range {
  return new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
}

// ---- the tests -------------------------------------------------------------------------------------

export function registerDuplicateParagraphTests(): void {
  describe('Copydesk in a real VS Code', () => {
    activateBeforeAndCloseEditorsAfterEach();

    after(async () => {
      await vscode.workspace.saveAll(false);
    });

    it('registers copydesk.restartServer and copydesk.showOutput', async () => {
      const commands = await vscode.commands.getCommands(true);
      assert.ok(commands.includes('copydesk.restartServer'), 'copydesk.restartServer is not registered');
      assert.ok(commands.includes('copydesk.showOutput'), 'copydesk.showOutput is not registered');
    });

    describe('duplicate-paragraph', () => {
      it('marks the repeated paragraphs of a plain-text draft (lines 5 and 6)', async () => {
        const uri = await freshCopy('repeats.txt');
        const doc = await open(uri);
        assert.equal(doc.languageId, 'plaintext');
        assert.equal(doc.lineCount, 7, 'fixture: six paragraphs, one a line, and a final line break');

        const all = await waitForDiagnostics(uri, (ds) => duplicates(ds).length > 0, 'duplicate-paragraph diagnostics');
        const dups = duplicates(all);
        const context = `\ndiagnostics:\n${describeDiagnostics(all)}`;

        // Only the repeats (0-based lines 4 and 5) are marked, never their originals.
        for (const d of dups) {
          assert.ok(d.range.start.line >= 4 && d.range.end.line <= 5, `diagnostic outside the repeated lines: ${d.message}${context}`);
          assert.equal(d.severity, vscode.DiagnosticSeverity.Warning, `severity of "${d.message}"`);
          assert.ok(d.tags?.includes(vscode.DiagnosticTag.Unnecessary), `"${d.message}" is not tagged Unnecessary`);
          if (typeof d.code === 'object' && d.code !== null) {
            assert.ok(d.code.target instanceof vscode.Uri, 'diagnostic code has a target that is not a Uri');
          }
        }

        const perParagraph = singleLine(dups).sort((a, b) => a.range.start.line - b.range.start.line);
        assert.deepEqual(
          perParagraph.map((d) => d.range.start.line),
          [4, 5],
          `expected one paragraph diagnostic on each of lines 4 and 5 (0-based)${context}`,
        );
        for (const d of perParagraph) {
          const line = d.range.start.line;
          const originalLine = line - 3;
          assert.equal(doc.getText(d.range), doc.lineAt(line).text, `range of the diagnostic on line ${line} is not the whole paragraph`);
          assert.match(d.message, new RegExp(`repeats line ${originalLine + 1} \\(100% identical\\)`, 'i'));
          const related = d.relatedInformation ?? [];
          assert.ok(related.length > 0, `diagnostic on line ${line} has no related information`);
          assert.equal(related[0].location.uri.toString(), uri.toString(), 'related information points at another file');
          assert.equal(related[0].location.range.start.line, originalLine, `related information of line ${line} should point at line ${originalLine}`);
        }
      });

      it('quick fix "Delete repeated paragraph" removes exactly that line', async () => {
        const uri = await freshCopy('repeats.txt');
        const doc = await open(uri);
        const all = await waitForDiagnostics(uri, (ds) => singleLine(duplicates(ds)).some((d) => d.range.start.line === 4), 'a duplicate on line 4');
        const target = singleLine(duplicates(all)).find((d) => d.range.start.line === 4)!;

        const actions = await codeActions(uri, target.range);
        const fix = actions.find((a) => a.title.startsWith('Delete repeated paragraph'));
        assert.ok(fix, `no "Delete repeated paragraph" action on line 4; offered:\n${describeActions(actions)}`);
        assert.ok(fix.edit, 'the quick fix carries no edit');
        assert.equal(fix.isPreferred, true, 'the quick fix is not marked preferred');
        assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind ${fix.kind?.value} is not a quick fix`);
        assert.ok(
          actions.some((a) => /^Delete repeated block \(lines 5\s*[–-]\s*6\)/.test(a.title)),
          `no "Delete repeated block (lines 5–6)" action; offered:\n${describeActions(actions)}`,
        );

        const eol = eolOf(doc);
        const before = doc.getText().split(eol);
        assert.ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit refused the quick fix');
        const expected = [...before.slice(0, 4), ...before.slice(5)].join(eol);
        assert.equal(doc.getText(), expected, 'the document should have lost line 5 (0-based 4) and nothing else');

        // The server re-lints the edited text: one repeat is left, now on line 4, of line 3 (1-based).
        const left = await waitForDiagnostics(
          uri,
          (ds) => {
            const d = duplicates(ds);
            return d.length === 1 && d[0].range.start.line === 4;
          },
          'the single remaining duplicate on line 4',
        );
        assert.match(duplicates(left)[0].message, /repeats line 3 \(100% identical\)/i);
      });

      it(`fix-all (${FIX_ALL_KIND}) removes every repeat and keeps lines 1–4`, async () => {
        const uri = await freshCopy('repeats.txt');
        const doc = await open(uri);
        await waitForDiagnostics(uri, (ds) => duplicates(ds).length > 0, 'duplicate-paragraph diagnostics');

        const actions = await codeActions(uri, fullRange(doc), vscode.CodeActionKind.SourceFixAll.value);
        const fixAll = actions.find((a) => a.kind?.value === FIX_ALL_KIND);
        assert.ok(fixAll, `no ${FIX_ALL_KIND} action when asked for source.fixAll; offered:\n${describeActions(actions)}`);
        assert.ok(fixAll.edit, 'the fix-all action carries no edit');

        const eol = eolOf(doc);
        const before = doc.getText().split(eol);
        assert.ok(await vscode.workspace.applyEdit(fixAll.edit), 'applyEdit refused the fix-all edit');
        assert.equal(doc.getText(), before.slice(0, 4).join(eol) + eol, 'fix-all should leave exactly the first four paragraphs');

        await waitForDiagnostics(uri, (ds) => duplicates(ds).length === 0, 'the duplicates to disappear after fix-all');
      });

      it('reports nothing on a draft without repeats (clean.md)', async () => {
        const uri = await freshCopy('clean.md');
        const doc = await open(uri);
        assert.equal(doc.languageId, 'markdown');
        const original = doc.getText();

        // 1. The server is up and past clean.md's didOpen: a document opened after it got linted.
        const probe = await freshCopy('repeats.txt');
        await open(probe);
        await waitForDiagnostics(probe, (ds) => duplicates(ds).length > 0, 'diagnostics on a draft opened after clean.md');
        assert.equal(copydeskDiagnostics(uri).length, 0, `clean.md has copydesk diagnostics:\n${describeDiagnostics(copydeskDiagnostics(uri))}`);

        // 2. The server does lint clean.md: repeat its second paragraph at the end and see it flagged.
        const paragraphs = original.split(/\r?\n\r?\n/).map((p) => p.trim()).filter(Boolean);
        const repeated = paragraphs[2];
        assert.ok(repeated && repeated.split(/\s+/).length >= 20, 'fixture: clean.md has prose paragraphs');
        const end = doc.positionAt(original.length);
        const addition = new vscode.WorkspaceEdit();
        addition.insert(uri, end, `${eolOf(doc)}${repeated}${eolOf(doc)}`);
        assert.ok(await vscode.workspace.applyEdit(addition));
        await waitForDiagnostics(uri, (ds) => duplicates(ds).length > 0, 'a duplicate after repeating a paragraph of clean.md');

        // 3. Back to the original text: every copydesk diagnostic must go (this fails if the server
        //    finds anything at all in clean.md).
        const restore = new vscode.WorkspaceEdit();
        restore.replace(uri, fullRange(doc), original);
        assert.ok(await vscode.workspace.applyEdit(restore));
        assert.equal(doc.getText(), original);
        await waitForDiagnostics(uri, (ds) => ds.length === 0, 'no copydesk diagnostics on the original clean.md');
      });
    });

    describe('commands', () => {
      it('copydesk.showOutput runs', async () => {
        await vscode.commands.executeCommand('copydesk.showOutput');
      });

      it('copydesk.restartServer brings back a working server', async () => {
        await vscode.commands.executeCommand('copydesk.restartServer');
        const uri = await freshCopy('repeats.txt');
        await open(uri);
        const all = await waitForDiagnostics(uri, (ds) => singleLine(duplicates(ds)).length === 2, 'diagnostics after a server restart');
        assert.deepEqual(
          singleLine(duplicates(all)).map((d) => d.range.start.line).sort(),
          [4, 5],
        );
      });
    });
  });
}
