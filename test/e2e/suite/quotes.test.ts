// End-to-end tests of the quote rules through a real VS Code: the server's diagnostics for a
// mismatched pair and a straight apostrophe in a curly draft, and their quick fixes applied through
// vscode.executeCodeActionProvider. Each test edits its own copy of test/e2e/workspace/quotes.txt.

import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateBeforeAndCloseEditorsAfterEach, applyQuickFix, ofRule, openFreshCopy, waitForDiagnostics } from './helpers';

/** The quote-style diagnostics on line 2 (0-based 1), where the fixture has a straight apostrophe. */
function apostropheOnLine2(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  return ofRule(diagnostics, 'quote-style').filter((d) => d.range.start.line === 1);
}

export function registerQuoteTests(): void {
  describe('quote rules in a real VS Code', () => {
    activateBeforeAndCloseEditorsAfterEach();

    it('quote-mismatch: flags “ … " and fixes it with ”', async () => {
      const doc = (await openFreshCopy('quotes.txt')).document;
      const all = await waitForDiagnostics(doc.uri, (ds) => ofRule(ds, 'quote-mismatch').length > 0, 'a quote-mismatch diagnostic');
      const [diagnostic] = ofRule(all, 'quote-mismatch');
      assert.equal(diagnostic.message, `Closing mark doesn't match: opened with a curly double quote (“), closed with a straight one (")`);
      assert.deepEqual([diagnostic.range.start.line, diagnostic.range.start.character], [0, 33]);
      await applyQuickFix(doc, diagnostic, 'Close the quotation with ”');
      assert.equal(doc.lineAt(0).text, '“The lights went out at midnight,” the caretaker said.');
      await waitForDiagnostics(doc.uri, (ds) => ofRule(ds, 'quote-mismatch').length === 0, 'the quote-mismatch diagnostic to go');
    });

    it("quote-style: flags a straight apostrophe in a curly draft and fixes it with ’", async () => {
      const doc = (await openFreshCopy('quotes.txt')).document;
      const all = await waitForDiagnostics(doc.uri, (ds) => apostropheOnLine2(ds).length > 0, 'a quote-style diagnostic on line 2');
      const [diagnostic] = apostropheOnLine2(all);
      assert.match(diagnostic.message, /^Straight apostrophe \(\'\) in a draft that mostly uses curly ones/);
      await applyQuickFix(doc, diagnostic, 'Use a curly apostrophe (’)');
      assert.ok(doc.lineAt(1).text.endsWith('the landlord didn’t call.'), doc.lineAt(1).text);
      await waitForDiagnostics(doc.uri, (ds) => apostropheOnLine2(ds).length === 0, 'the quote-style diagnostic on line 2 to go');
    });
  });
}
