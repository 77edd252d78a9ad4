#!/usr/bin/env node
// A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }).
//
// It takes the arguments runTests passes to VS Code (--extensionDevelopmentPath=…,
// --extensionTestsPath=… and the workspace folder; every other flag is ignored), serves a real
// VS Code workbench with code-server (installed by scripts/install-code-server.sh), opens it in
// headless Debian Chromium through playwright-core, forwards the extension host's console to
// stdout and exits with the code the workbench reports when the test run finishes.
//
// Environment:
//   COPYDESK_CODE_SERVER_DIR   code-server install folder (default ~/.cache/copydesk/code-server-4.100.3)
//   COPYDESK_CHROMIUM          browser binary (default /usr/bin/chromium)
//   COPYDESK_E2E_TIMEOUT_MS    overall time limit (default 600000 = 10 min)
//   COPYDESK_E2E_VERBOSE=1     also print code-server's own output and browser console messages
//   COPYDESK_E2E_LOGS_DIR      write VS Code's logs there at the end of a run
//   COPYDESK_E2E_KEEP_TMP=1    keep the temporary user-data/extensions folder
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, renameSync, writeFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const TAG = '[code-server-launcher]';
const CODE_SERVER_VERSION = '4.100.3';
const codeServerDir =
  process.env.COPYDESK_CODE_SERVER_DIR ||
  path.join(os.homedir(), '.cache', 'copydesk', `code-server-${CODE_SERVER_VERSION}`);
const chromiumPath = process.env.COPYDESK_CHROMIUM || '/usr/bin/chromium';
const timeoutMs = Number(process.env.COPYDESK_E2E_TIMEOUT_MS) || 10 * 60 * 1000;
const verbose = process.env.COPYDESK_E2E_VERBOSE === '1';

const say = (msg) => process.stdout.write(`${TAG} ${msg}\n`);
const warn = (msg) => process.stderr.write(`${TAG} ${msg}\n`);

// ---- arguments -------------------------------------------------------------------------------
function parseArgs(argv) {
  const out = { extensionDevelopmentPaths: [], extensionTestsPath: undefined, folder: undefined };
  const valueOf = (arg, i, name) => {
    if (arg.startsWith(`--${name}=`)) return [arg.slice(name.length + 3), i];
    if (arg === `--${name}` && i + 1 < argv.length) return [argv[i + 1], i + 1];
    return undefined;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    let v;
    if ((v = valueOf(arg, i, 'extensionDevelopmentPath'))) {
      out.extensionDevelopmentPaths.push(path.resolve(v[0]));
      i = v[1];
    } else if ((v = valueOf(arg, i, 'extensionTestsPath'))) {
      out.extensionTestsPath = path.resolve(v[0]);
      i = v[1];
    } else if (arg.startsWith('-')) {
      // --no-sandbox, --user-data-dir=…, --extensions-dir=… and the like: not ours to follow;
      // the launcher always uses fresh temporary folders.
    } else if (out.folder === undefined) {
      out.folder = path.resolve(arg);
    } else {
      warn(`ignoring extra argument: ${arg}`);
    }
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));
if (args.extensionDevelopmentPaths.length === 0 || !args.extensionTestsPath) {
  warn('usage: code-server-launcher.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [FOLDER]');
  process.exit(2);
}
if (args.folder) {
  try {
    if (!statSync(args.folder).isDirectory()) throw new Error('not a directory');
  } catch (e) {
    warn(`workspace folder ${args.folder}: ${e.message}`);
    process.exit(2);
  }
}

const entry = path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
try {
  statSync(entry);
} catch {
  warn(`code-server is not installed at ${codeServerDir}; run scripts/install-code-server.sh`);
  process.exit(2);
}
try {
  statSync(chromiumPath);
} catch {
  warn(`no browser at ${chromiumPath}; run scripts/install-code-server.sh (or set COPYDESK_CHROMIUM)`);
  process.exit(2);
}

// ---- state and cleanup -----------------------------------------------------------------------
const tmp = mkdtempSync(path.join(os.tmpdir(), 'copydesk-e2e-'));
let server; // ChildProcess
let browser; // playwright Browser
let finishing = false;
const serverTail = []; // last lines of code-server output, shown when something goes wrong

function remember(chunk, stream) {
  const text = chunk.toString();
  if (verbose) stream.write(text.replace(/^(?=.)/gm, '[code-server] '));
  for (const line of text.split('\n')) {
    // vsda (a closed-source signing module) is absent from code-server's npm package: harmless.
    if (!line || /File not found: .*\/vsda\//.test(line)) continue;
    serverTail.push(line);
    if (serverTail.length > 60) serverTail.shift();
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopServer() {
  if (!server || server.pid === undefined) return;
  const pid = server.pid;
  // code-server was started in its own process group (detached): signal the whole group so that
  // its child processes (the VS Code server, extension host, language servers) go too.
  const signalGroup = (sig) => {
    try {
      process.kill(-pid, sig);
    } catch {
      try {
        process.kill(pid, sig);
      } catch {
        /* gone */
      }
    }
  };
  signalGroup('SIGTERM');
  if (verbose) say(`sent SIGTERM to process group ${pid}`);
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && alive(-pid)) await new Promise((r) => setTimeout(r, 100));
  if (alive(-pid)) {
    if (verbose) say(`process group ${pid} still alive after 5 s: SIGKILL`);
    signalGroup('SIGKILL');
  }
  server = undefined;
}

async function finish(code, message) {
  if (finishing) return;
  finishing = true;
  clearTimeout(overallTimer);
  if (message) (code === 0 ? say : warn)(message);
  if (code !== 0 && !verbose && serverTail.length) {
    warn('last lines of code-server output:');
    for (const l of serverTail) process.stderr.write(`  ${l}\n`);
  }
  if (browser) {
    const b = browser;
    browser = undefined;
    await Promise.race([b.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
  }
  await stopServer();
  if (process.env.COPYDESK_E2E_KEEP_TMP === '1') say(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  process.exit(code);
}

const overallTimer = setTimeout(() => {
  finish(
    124,
    `timed out: no result from the test run after ${Math.round(timeoutMs / 1000)} s ` +
      '(set COPYDESK_E2E_TIMEOUT_MS to change the limit)',
  );
}, timeoutMs);

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => finish(130, `received ${sig}, stopping`));
}
process.on('uncaughtException', (e) => finish(1, `launcher error: ${e?.stack ?? e}`));
process.on('unhandledRejection', (e) => finish(1, `launcher error: ${e?.stack ?? e}`));

// ---- helpers -----------------------------------------------------------------------------------
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, limitMs) {
  const deadline = Date.now() + limitMs;
  let lastError;
  while (Date.now() < deadline) {
    if (!server || server.exitCode !== null || server.signalCode !== null) {
      throw new Error('code-server exited before it was ready');
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
      lastError = new Error(`HTTP ${res.status}`);
    } catch (e) {
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`code-server did not answer at ${url} within ${limitMs / 1000} s (${lastError?.message})`);
}

/**
 * A test asked for a screenshot (it logs "[copydesk-screenshot] <name> [{"hover": selector}]" and
 * waits for <name>.png in COPYDESK_E2E_SCREENSHOTS): written to a temporary name, then renamed, so
 * the test never reads half a file.
 */
async function screenshot(page, name, { hover } = {}) {
  const dir = process.env.COPYDESK_E2E_SCREENSHOTS;
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    if (hover) await page.hover(hover, { timeout: 5000 });
    // Let the hover or menu finish drawing (a status bar hover opens after a delay).
    await new Promise((r) => setTimeout(r, hover ? 1500 : 400));
    const file = path.join(dir, `${name}.png`);
    await page.screenshot({ path: `${file}.tmp.png` });
    renameSync(`${file}.tmp.png`, file);
    if (hover) await page.mouse.move(640, 300);
  } catch (e) {
    warn(`screenshot ${name} failed: ${e?.message ?? e}`);
    writeFileSync(path.join(dir, `${name}.failed`), String(e?.message ?? e));
  }
}

// ---- main ----------------------------------------------------------------------------------------
async function main() {
  const started = Date.now();
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify(
      {
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'extensions.ignoreRecommendations': true,
        'workbench.enableExperiments': false,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'git.enabled': false,
        'git.autoRepositoryDetection': false,
        'npm.autoDetect': 'off',
        'typescript.tsc.autoDetect': 'off',
        'files.autoSave': 'off',
        'window.restoreWindows': 'none',
      },
      null,
      2,
    ),
  );
  // A config file of our own so that ~/.config/code-server is neither read nor written.
  const configFile = path.join(tmp, 'config.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');

  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const csArgs = [
    entry,
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', host,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  if (args.folder) csArgs.push(args.folder);

  const env = { ...process.env };
  // Variables that would make the extension host think it runs inside another VS Code.
  for (const k of Object.keys(env)) {
    if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  }
  // No extension gallery: nothing can be fetched from here, and a lookup only adds noise.
  env.EXTENSIONS_GALLERY = '{}';
  // code-server keeps its own logs and a heartbeat file under $XDG_DATA_HOME/code-server: keep
  // them in the temporary folder rather than in the user's home.
  env.XDG_DATA_HOME = path.join(tmp, 'xdg-data');
  server = spawn(process.execPath, csArgs, {
    cwd: args.folder ?? tmp,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (d) => remember(d, process.stdout));
  server.stderr.on('data', (d) => remember(d, process.stderr));
  server.on('exit', (code, signal) => {
    if (!finishing) finish(1, `code-server exited unexpectedly (${signal ?? `code ${code}`})`);
  });

  await waitForServer(`http://${host}/healthz`, 60_000);
  if (verbose) say(`code-server ready at http://${host}/ after ${Date.now() - started} ms`);

  const { chromium } = require('playwright-core');
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // Signals are handled above (finish() closes the browser and stops code-server); playwright's
    // own handlers would exit the process before code-server is stopped.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  browser.on('disconnected', () => {
    if (!finishing) finish(1, 'the browser went away before the test run finished');
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
  page.on('crash', () => finish(1, 'the workbench page crashed'));
  page.on('pageerror', (err) => {
    if (verbose) warn(`page error: ${err?.message ?? err}`);
  });
  if (verbose) page.on('console', (m) => process.stdout.write(`[browser:${m.type()}] ${m.text()}\n`));

  // Workbench chatter that says nothing about the extension under test (shown with VERBOSE=1).
  const noise = [
    /^(Resolving|Resolved) connection token/,
    /^Creating a socket \(/,
    /^\[Service Worker\] registered/,
    /^ChatSessionStore: /,
    /^Ignoring fetching additional builtin extensions/,
    /^Updating additional builtin extensions cache/,
  ];
  await page.exposeFunction('codeAutomationLog', (type, message) => {
    // The extension host's console (mocha's reporter among it) and the workbench's own log.
    const text = Array.isArray(message) ? message.join(' ') : String(message);
    const shot = /\[copydesk-screenshot\] ([\w-]+)(?: (\{.*\}))?/.exec(text);
    if (shot) {
      void screenshot(page, shot[1], shot[2] ? JSON.parse(shot[2]) : {});
      return;
    }
    if (!verbose && noise.some((re) => re.test(text))) return;
    const stream = type === 'error' ? process.stderr : process.stdout;
    stream.write(text.endsWith('\n') ? text : `${text}\n`);
  });
  await page.exposeFunction('codeAutomationExit', async (code, logs) => {
    if (process.env.COPYDESK_E2E_LOGS_DIR && Array.isArray(logs)) {
      const dir = path.resolve(process.env.COPYDESK_E2E_LOGS_DIR);
      for (const { relativePath, contents } of logs) {
        const file = path.join(dir, relativePath);
        if (!file.startsWith(dir + path.sep)) continue;
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, contents);
      }
      say(`VS Code logs written to ${dir}`);
    }
    const n = Number(code);
    const exitCode = Number.isInteger(n) ? n : 1;
    // Answer the page first, then tear down.
    setTimeout(() => finish(exitCode, `test run finished with code ${exitCode} after ${((Date.now() - started) / 1000).toFixed(1)} s`), 0);
  });

  const remote = (p) => `vscode-remote://${host}${pathToFileURL(p).pathname}`;
  const payload = [
    ...args.extensionDevelopmentPaths.map((p) => ['extensionDevelopmentPath', remote(p)]),
    ['extensionTestsPath', remote(args.extensionTestsPath)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  const query = new URLSearchParams();
  if (args.folder) query.set('folder', args.folder);
  query.set('payload', JSON.stringify(payload));
  const url = `http://${host}/?${query}`;
  if (verbose) say(`opening ${url}`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  // From here the run is driven by the workbench; codeAutomationExit ends it.
}

main().catch((e) => finish(1, `launcher error: ${e?.stack ?? e}`));
