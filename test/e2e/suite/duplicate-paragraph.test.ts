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
      it('marks a repeated block (lines 5–6) with ONE finding spanning it', async () => {
        const uri = await freshCopy('repeats.txt');
        const doc = await open(uri);
        assert.equal(doc.languageId, 'plaintext');
        assert.equal(doc.lineCount, 7, 'fixture: six paragraphs, one a line, and a final line break');

        const all = await waitForDiagnostics(uri, (ds) => duplicates(ds).length > 0, 'duplicate-paragraph diagnostics');
        const dups = duplicates(all);
        const context = `\ndiagnostics:\n${describeDiagnostics(all)}`;
        assert.equal(dups.length, 1, `one finding for the repeated block, not one per paragraph${context}`);
        const [block] = dups;
        assert.equal(block.message, 'Lines 5–6 repeat lines 2–3');
        assert.deepEqual([block.range.start.line, block.range.end.line], [4, 5], `the finding spans the block${context}`);
        assert.equal(block.range.start.character, 0);
        assert.equal(block.range.end.character, doc.lineAt(5).text.length);
        assert.equal(block.severity, vscode.DiagnosticSeverity.Warning);
        assert.ok(block.tags?.includes(vscode.DiagnosticTag.Unnecessary), 'the repeat is tagged Unnecessary');
        if (typeof block.code === 'object' && block.code !== null) {
          assert.ok(block.code.target instanceof vscode.Uri, 'diagnostic code has a target that is not a Uri');
        }
        const related = block.relatedInformation ?? [];
        assert.equal(related.length, 1, 'one related row: the original block');
        assert.equal(related[0].location.uri.toString(), uri.toString(), 'related information points at another file');
        assert.deepEqual([related[0].location.range.start.line, related[0].location.range.end.line], [1, 2], 'the original block is lines 2–3');
      });

      it('offers "Delete repeated block" (preferred) and "Delete only this paragraph"; each does what it says', async () => {
        const uri = await freshCopy('repeats.txt');
        const doc = await open(uri);
        const [block] = duplicates(await waitForDiagnostics(uri, (ds) => duplicates(ds).length === 1, 'the repeated block'));

        // The cursor in the first paragraph of the repeat (line 5).
        const actions = await codeActions(uri, new vscode.Range(4, 3, 4, 3));
        const whole = actions.find((a) => a.title === 'Delete repeated block (lines 5–6)');
        const one = actions.find((a) => a.title === 'Delete only this paragraph (line 5)');
        assert.ok(whole?.edit && one?.edit, `both fixes offered; offered:\n${describeActions(actions)}`);
        assert.equal(whole.isPreferred, true, '"Delete repeated block" is the preferred fix');
        assert.notEqual(one.isPreferred, true);
        assert.ok(!actions.some((a) => a.title === 'Delete only this paragraph (line 6)'), 'only the paragraph under the cursor is offered');
        assert.ok(actions.some((a) => a.title === 'Show documentation for duplicate-paragraph'), `no documentation action; offered:\n${describeActions(actions)}`);
        assert.ok(whole.kind && vscode.CodeActionKind.QuickFix.contains(whole.kind), `kind ${whole.kind?.value} is not a quick fix`);
        assert.ok(block.range.contains(new vscode.Range(4, 3, 4, 3)), 'the cursor is inside the finding');

        const eol = eolOf(doc);
        const before = doc.getText().split(eol);
        assert.ok(await vscode.workspace.applyEdit(one.edit), 'applyEdit refused "Delete only this paragraph"');
        assert.equal(doc.getText(), [...before.slice(0, 4), ...before.slice(5)].join(eol), 'only line 5 went');
        // What is left is a single repeated paragraph: one finding, of line 3.
        const left = await waitForDiagnostics(uri, (ds) => duplicates(ds).length === 1 && duplicates(ds)[0].range.end.line === 4, 'the single remaining repeat on line 5');
        assert.equal(duplicates(left)[0].message, 'Paragraph repeats line 3 (100% identical)');

        // Back to the original text: "Delete repeated block" removes both lines at once.
        const restore = new vscode.WorkspaceEdit();
        restore.replace(uri, fullRange(doc), before.join(eol));
        assert.ok(await vscode.workspace.applyEdit(restore));
        await waitForDiagnostics(uri, (ds) => duplicates(ds).length === 1 && duplicates(ds)[0].range.start.line === 4 && duplicates(ds)[0].range.end.line === 5, 'the block again');
        const again = (await codeActions(uri, new vscode.Range(5, 0, 5, 0))).find((a) => a.title === 'Delete repeated block (lines 5–6)');
        assert.ok(again?.edit);
        assert.ok(await vscode.workspace.applyEdit(again.edit));
        assert.equal(doc.getText(), before.slice(0, 4).join(eol) + eol, 'the block went, lines 1–4 stay');
        await waitForDiagnostics(uri, (ds) => duplicates(ds).length === 0, 'no duplicates after deleting the block');
      });

      it(`fix-all (${FIX_ALL_KIND}) removes every repeat and keeps lines 1–4`, async () => {
        const uri = await freshCopy('repeats.txt');
        const doc = await open(uri);
        await waitForDiagnostics(uri, (ds) => duplicates(ds).length > 0, 'duplicate-paragraph diagnostics');

        const actions = await codeActions(uri, fullRange(doc), vscode.CodeActionKind.SourceFixAll.value);
        const fixAll = actions.find((a) => a.kind?.value === FIX_ALL_KIND);
        assert.ok(fixAll, `no ${FIX_ALL_KIND} action when asked for source.fixAll; offered:\n${describeActions(actions)}`);
        assert.equal(fixAll.title, 'Copydesk: delete 2 repeated paragraphs', 'the fix-all title says what it does');
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
        const all = await waitForDiagnostics(uri, (ds) => duplicates(ds).length === 1, 'diagnostics after a server restart');
        assert.deepEqual([duplicates(all)[0].range.start.line, duplicates(all)[0].range.end.line], [4, 5]);
      });
    });
  });
}
