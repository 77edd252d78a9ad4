#!/usr/bin/env node
// `npm run test:e2e`: runs the mocha suite in dist-test/e2e/index.js (built by `npm run build`)
// inside a real VS Code, through @vscode/test-electron's runTests.
//
// By default VS Code is code-server 4.100.3 (VS Code 1.100.3) driven by headless Chromium:
// scripts/install-code-server.sh installs it once per machine (a no-op afterwards), and
// test/e2e/code-server-launcher.mjs stands in for the VS Code executable.
//
// Environment:
//   COPYDESK_E2E_DESKTOP=1           use runTests's own desktop VS Code download instead
//   COPYDESK_E2E_VSCODE_VERSION      desktop version to download (default 1.100.3)
//   COPYDESK_E2E_EXTENSION_PATH      extension to test (default: the repo root), e.g. an unpacked
//                                    .vsix's extension/ folder
//   COPYDESK_E2E_SKIP_INSTALL=1      do not run scripts/install-code-server.sh
//   COPYDESK_E2E_KEEP_WORKSPACE=1    keep the temporary copy of test/e2e/workspace
//   COPYDESK_E2E_SCREENSHOTS         where the screenshots go (default test/e2e/.screenshots, ignored by git)
//   E2E_GREP                         run only the tests whose titles match (e.g. E2E_GREP=editor)
//   (and the launcher's: COPYDESK_E2E_TIMEOUT_MS, COPYDESK_E2E_VERBOSE, COPYDESK_E2E_LOGS_DIR, …)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const TAG = '[e2e]';
const started = Date.now();

function fail(msg, code = 1) {
  console.error(`${TAG} ${msg}`);
  process.exit(code);
}

const extensionDevelopmentPath = path.resolve(process.env.COPYDESK_E2E_EXTENSION_PATH || root);
const extensionTestsPath = path.join(root, 'dist-test', 'e2e', 'index.js');
const desktop = process.env.COPYDESK_E2E_DESKTOP === '1';

if (!existsSync(extensionTestsPath)) fail(`${path.relative(root, extensionTestsPath)} is missing: run \`npm run build\` first`);
if (!existsSync(path.join(extensionDevelopmentPath, 'package.json'))) {
  fail(`no package.json in the extension under test: ${extensionDevelopmentPath}`);
}
if (!existsSync(path.join(extensionDevelopmentPath, 'dist', 'extension.js'))) {
  fail(`${path.join(extensionDevelopmentPath, 'dist', 'extension.js')} is missing: run \`npm run build\` first`);
}

let vscodeExecutablePath;
if (!desktop) {
  if (process.env.COPYDESK_E2E_SKIP_INSTALL !== '1') {
    const r = spawnSync('bash', [path.join(root, 'scripts', 'install-code-server.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.error) fail(`could not run scripts/install-code-server.sh: ${r.error.message}`);
    if (r.status !== 0) fail(`scripts/install-code-server.sh failed (exit ${r.status ?? r.signal})`);
  }
  vscodeExecutablePath = path.join(here, 'code-server-launcher.mjs');
}

// A fresh copy of the fixtures, so that tests may edit and save them freely.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'copydesk-e2e-ws-'));
const workspace = path.join(tmp, 'workspace');
cpSync(path.join(here, 'workspace'), workspace, { recursive: true });

let code = 1;
try {
  console.log(
    `${TAG} ${desktop ? 'desktop VS Code' : 'code-server'}; extension ${path.relative(root, extensionDevelopmentPath) || '.'}; workspace ${workspace}`,
  );
  code = await runTests({
    ...(desktop ? { version: process.env.COPYDESK_E2E_VSCODE_VERSION || '1.100.3' } : { vscodeExecutablePath }),
    extensionDevelopmentPath,
    extensionTestsPath,
    launchArgs: [workspace, '--disable-extensions'],
    // Screenshots the tests ask for (README images: `npm run screenshots` copies them to docs/images).
    extensionTestsEnv: { COPYDESK_E2E: '1', COPYDESK_E2E_SCREENSHOTS: process.env.COPYDESK_E2E_SCREENSHOTS || path.join(root, 'test', 'e2e', '.screenshots') },
  });
} catch (e) {
  // runTests rejects with TestRunFailedError { code, signal } when VS Code exits non-zero.
  code = typeof e?.code === 'number' && e.code !== 0 ? e.code : 1;
  console.error(`${TAG} ${e?.message ?? e}`);
} finally {
  if (process.env.COPYDESK_E2E_KEEP_WORKSPACE === '1') console.log(`${TAG} kept ${workspace}`);
  else rmSync(tmp, { recursive: true, force: true });
}
console.log(`${TAG} ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(code);
