// Entry point of the end-to-end suite, loaded by VS Code as `extensionTestsPath`
// (dist-test/e2e/index.js, bundled by scripts/build.mjs with `mocha` and `vscode` left external).
//
// The test modules are bundled into this file, so they cannot be handed to mocha as files: each
// exports a function that declares its suites, called here once mocha's BDD globals exist.

import Mocha from 'mocha';
import { format } from 'node:util';
import { registerDuplicateParagraphTests } from './duplicate-paragraph.test';
import { registerEditorTests } from './editor.test';
import { registerQuoteTests } from './quotes.test';
import { registerRecoveryTests } from './recovery.test';
import { registerSharedConfigTests } from './shared-config.test';
import { registerUnattributedFigureTests } from './unattributed-figure.test';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: 60_000,
    slow: 5_000,
    // E2E_GREP narrows the run to matching test titles (for local debugging).
    ...(process.env.E2E_GREP ? { grep: process.env.E2E_GREP } : {}),
  });
  // The extension host forwards console output as plain strings, without printf-style formatting:
  // format the reporter's lines here ("%s passing" would otherwise show up as is).
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  base.consoleLog = (...args: unknown[]) => console.log(format(...args));
  // Defines describe/it/before/… (and the bindings `import { describe } from 'mocha'` reads).
  mocha.suite.emit('pre-require', globalThis, 'copydesk-e2e', mocha);
  registerDuplicateParagraphTests();
  registerQuoteTests();
  registerRecoveryTests();
  registerSharedConfigTests();
  registerUnattributedFigureTests();
  registerEditorTests();

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0, pending = 0 } = runner.stats ?? {};
        const failed = Math.max(failures, runner.stats?.failures ?? 0);
        console.log(`e2e: ${passes} passed, ${failed} failed${pending ? `, ${pending} skipped` : ''}`);
        if (failed > 0) reject(new Error(`${failed} end-to-end test(s) failed`));
        else if (passes === 0) reject(new Error('no end-to-end test ran'));
        else resolve();
      });
    } catch (err) {
      console.error(err);
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
