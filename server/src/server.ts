// The language server: LSP wiring only. Linting, fixes and settings live in the engine; this file
// decides when to lint, pulls settings per document, and translates results.
//
// Transport comes from the command line (`--stdio`, `--node-ipc`, `--socket=N`), so any LSP client
// can run `node dist/server.js --stdio`.
//
// Robustness (README "Guarantees"): every handler is guarded (an error is logged, never fatal); state
// is kept per open document instance, and results are keyed by a hash of the text they were computed
// from, so neither a close/reopen nor a repeated version number can pair a result with another text;
// large drafts are linted in a worker that a newer edit cancels; requests after `shutdown` are refused.

import {
  CodeActionKind,
  Command,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createHash } from 'node:crypto';
import { realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { VERSION } from './cli/version.ts';
import { configDiagnostics, describeSources, relativeTo } from './lsp/reporting.ts';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import { fixUntilStable, type LintOptions, type LintResult } from './host/lint.ts';
import { DocumentState } from './engine/state.ts';
import { fixAllEdits } from './engine/edits.ts';
import { ignoredRules, resolveConfig } from './host/config-file.ts';
import type { Settings } from './host/settings.ts';
import type { Finding, Format, Problem } from './engine/types.ts';
import { formatForPath } from './engine/document.ts';
import { configWithIgnore, markdownSuppressions } from './engine/suppress.ts';
import { CONFIG_FILE } from './host/config-file.ts';
import { FIX_ALL_KIND, SOURCE, batchTitle, fixAllTitle, fixBatches, sameFinding, summaryDiagnostic, toCodeAction, toDiagnostic, toWorkspaceEdit, type EditOptions } from './lsp/convert.ts';
import { relativeInside } from './host/paths.ts';
import { RULES_BY_ID } from './rules/index.ts';
import { expandTargets } from './cli/files.ts';
import { LintRunner, WORKER_MIN_CHARS } from './host/lint-runner.ts';
import { MAX_CONFIG_BYTES, readTextSafely } from './host/safe-read.ts';
import { setFlagsFromString } from 'node:v8';
import { explainedAt, explainedFigures, explainsFigures, needsSourceHover, notFlaggedHover } from './lsp/figure-hovers.ts';
import type { ExplainedFigure } from './rules/unattributed-figure.ts';

// V8 lets the heap grow to several times its live data while a program allocates fast, as linting on
// every keystroke does: an editor's long-running server would hold hundreds of MB it does not use
// (docs/memory.md). Growing by half of the live data at most keeps it near what it needs, at the cost
// of slightly more frequent collections.
setFlagsFromString('--heap-growing-percent=50');

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

/** How long a `workspace/configuration` request may take before the defaults are used. */
const CONFIGURATION_TIMEOUT_MS = 3000;
const IGNORE_COMMAND = 'copydesk.ignoreInFile';
/** Files that change how drafts are linted: watched, and re-read when saved. */
const CONFIG_NAMES = [CONFIG_FILE, '.copydeskignore'];

let canPullConfiguration = false;
let canRegisterConfigurationChange = false;
let canRegisterFileWatchers = false;
let shuttingDown = false;
/** Source globs already watched (so the quote sources re-lint drafts when a transcript changes). */
const watchedSources = new Set<string>();
let editOptions: EditOptions = { snippets: false, documentChanges: false };
let ruleDocCommand: string | undefined;
/**
 * The client shows configuration and source problems itself (status item, Problems on the config
 * file), so they are logged, not popped up: a pop-up cannot be withdrawn once the problem is fixed.
 */
let clientShowsProblems = false;
/** Problems of each config file in use, published as diagnostics on that file (withdrawn when fixed). */
const configProblems = new Map<string, string[]>();
/** Lines already written to the output: each configuration problem, config file and source set once. */
const logged = new Set<string>();
/** Settings pushed by clients that can't be asked (no workspace/configuration). */
let pushedSettings: unknown;
/** Workspace folders (absolute paths): quote sources must stay inside the draft's folder. */
let workspaceRoots: string[] = [];
/** Bumped when settings or config files change: results computed before are dropped. */
let settingsEpoch = 0;

interface Linted {
  /** Hash of the text the result was computed from. */
  hash: string;
  epoch: number;
  result: LintResult;
  options: LintOptions;
  /**
   * The figures unattributed-figure left alone in `result`, and why (debug.explainFigures): worked
   * out on the first hover that asks, dropped with this result.
   */
  explained?: ExplainedFigure[];
}

/** Everything the server keeps about one open document, dropped with it on close. */
interface DocState {
  doc: TextDocument;
  /** Bumped on every change (the client's version number may repeat). */
  generation: number;
  hash?: { generation: number; value: string };
  opening: boolean;
  timer?: NodeJS.Timeout;
  settings?: Promise<Settings>;
  /** The .copydesk.json the settings came from (quote sources are relative to it). */
  configFile?: string;
  linted?: Linted;
  pending?: { hash: string; epoch: number; promise: Promise<LintResult | undefined> };
  /** The engine's state for this document (its last lint's matches), dropped with it. */
  engine: DocumentState;
}
const states = new Map<string, DocState>();
/** Messages already shown (and logged) this session, so a bad config or a refused file is reported once. */
const told = new Set<string>();

// The bundle (dist/server.js, from main.ts) is also the worker's script.
const runner = new LintRunner(typeof __filename === 'string' && __filename.endsWith('.js') ? __filename : undefined, (message) => connection.console.warn(message));

// ---------------------------------------------------------------------------------------------
// Guards: no input reaches an uncaught exception, and nothing is answered after shutdown.

let loggingError = false;
function logError(where: string, error: unknown): void {
  // A broken connection fails the log itself: never recurse on that.
  if (loggingError) return;
  loggingError = true;
  try {
    connection.console.error(`Copydesk: ${where} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } catch {
    // The connection itself is gone: nothing left to tell.
  } finally {
    loggingError = false;
  }
}

process.on('uncaughtException', (error) => logError('an uncaught exception', error));
process.on('unhandledRejection', (error) => logError('an unhandled promise', error));

function request<P, R, T = unknown>(name: string, fallback: R, handler: (params: P, token?: T) => R | Promise<R>): (params: P, token?: T) => Promise<R> {
  return async (params: P, token?: T) => {
    if (shuttingDown) throw new ResponseError(ErrorCodes.InvalidRequest, `The server is shutting down: ${name} is refused`);
    try {
      return await handler(params, token);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      logError(name, error);
      return fallback;
    }
  };
}

function notification<P>(name: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
  return (params: P) => {
    if (shuttingDown) return;
    try {
      const done = handler(params);
      if (done instanceof Promise) done.catch((error) => logError(name, error));
    } catch (error) {
      logError(name, error);
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Lifecycle

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities ?? {};
  canPullConfiguration = !!caps.workspace?.configuration;
  canRegisterConfigurationChange = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
  canRegisterFileWatchers = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  const workspaceEdit = caps.workspace?.workspaceEdit as { documentChanges?: boolean; snippetEditSupport?: boolean } | undefined;
  editOptions = { documentChanges: !!workspaceEdit?.documentChanges, snippets: !!workspaceEdit?.snippetEditSupport };
  pushedSettings = params.initializationOptions?.settings;
  // A client command that shows a rule's documentation (the VS Code extension has one): offered on each finding.
  ruleDocCommand = typeof params.initializationOptions?.ruleDocCommand === 'string' ? params.initializationOptions.ruleDocCommand : undefined;
  clientShowsProblems = params.initializationOptions?.showsProblems === true;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspaceRoots = folders.map((uri) => filePath(uri)).filter((path): path is string => !!path);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      hoverProvider: true,
      executeCommandProvider: { commands: [IGNORE_COMMAND] },
    },
    serverInfo: { name: 'copydesk', version: VERSION },
  };
});

connection.onInitialized(
  notification('initialized', () => {
    connection.console.info(`Copydesk ${VERSION} started (Node ${process.version}, process ${process.pid}); workspace folders: ${workspaceRoots.join(', ') || 'none'}`);
    if (canRegisterConfigurationChange) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'copydesk' }).catch((e) => logError('register', e));
    // Clients that watch files for us (VS Code, and any client with dynamic registration) report
    // config changes; others send didSave when the config is edited in the editor (see onDidSave).
    if (canRegisterFileWatchers) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_NAMES.map((name) => ({ globPattern: `**/${name}` })) })
        .catch((e) => logError('register', e));
    }
  }),
);

connection.onShutdown(() => {
  shuttingDown = true;
  for (const state of states.values()) clearTimeout(state.timer);
  runner.dispose();
});

connection.onDidChangeConfiguration(
  notification('didChangeConfiguration', (change) => {
    if (!canPullConfiguration) pushedSettings = (change.settings as { copydesk?: unknown } | undefined)?.copydesk ?? pushedSettings;
    relintAll();
  }),
);

connection.onDidChangeWatchedFiles(
  notification('didChangeWatchedFiles', () => {
    // A changed source set or config is worth a new line in the output.
    for (const key of logged) if (key.startsWith('sources\0') || key.startsWith('config\0')) logged.delete(key);
    relintAll();
  }),
);

documents.onDidOpen(
  notification('didOpen', (event) => {
    const previous = states.get(event.document.uri);
    if (previous) forget(previous);
    const state: DocState = { doc: event.document, generation: 0, opening: true, engine: new DocumentState() };
    states.set(event.document.uri, state);
    schedule(state, 0);
  }),
);

documents.onDidChangeContent(
  notification('didChange', (event) => {
    const state = states.get(event.document.uri);
    if (!state || state.doc !== event.document) return;
    // TextDocuments reports an open as a change too: the open has already scheduled its lint.
    if (state.opening) {
      state.opening = false;
      return;
    }
    state.generation++;
    // A lint of the previous text is of no use any more.
    runner.cancel(event.document.uri);
    schedule(state);
  }),
);

documents.onDidSave(
  notification('didSave', (event) => {
    if (isConfigUri(event.document.uri)) relintAll();
  }),
);

documents.onDidClose(
  notification('didClose', (event) => {
    const state = states.get(event.document.uri);
    if (state) forget(state);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  }),
);

function forget(state: DocState): void {
  clearTimeout(state.timer);
  if (states.get(state.doc.uri) === state) states.delete(state.doc.uri);
  runner.cancel(state.doc.uri);
}

function isConfigUri(uri: string): boolean {
  const name = decodeURIComponent(basename(uri));
  return CONFIG_NAMES.includes(name);
}

// ---------------------------------------------------------------------------------------------
// Requests

connection.onCodeAction(
  request('codeAction', [] as CodeAction[], async (params: CodeActionParams): Promise<CodeAction[]> => {
    const state = states.get(params.textDocument.uri);
    if (!state) return [];
    let result = await resultFor(state);
    // A settings change or an edit while that lint ran drops its result (fix on save right after a
    // settings change met this): ask again for the current text's result, a few times at most.
    for (let tries = 0; tries < 3 && states.get(params.textDocument.uri) === state && (!result || state.linted?.result !== result || state.linted?.hash !== contentHash(state)); tries++) {
      result = await resultFor(state);
    }
    const linted = state.linted;
    // Fixes are built only from the result of exactly this text (hash), whatever the version says.
    if (!result || !linted || linted.result !== result || linted.hash !== contentHash(state)) return [];
    const doc = state.doc;
    const only = params.context?.only;
    const wantsFixAll = only?.some((kind) => FIX_ALL_KIND.startsWith(kind)) ?? false;
    const wantsQuickFix = !only || only.some((kind) => CodeActionKind.QuickFix.startsWith(kind) || kind.startsWith(CodeActionKind.QuickFix));
    const actions: CodeAction[] = [];
    if (wantsQuickFix) {
      // Findings by start offset: a client may send back a thousand diagnostics for a draft with a
      // hundred thousand findings, and comparing every pair would block the server.
      const byStart = new Map<number, Finding[]>();
      if ((params.context?.diagnostics ?? []).length > 0) {
        for (const f of result.findings) {
          const list = byStart.get(f.start);
          if (list) list.push(f);
          else byStart.set(f.start, [f]);
        }
      }
      for (const diagnostic of params.context?.diagnostics ?? []) {
        if (diagnostic?.source !== SOURCE) continue;
        // Fixes are rebuilt from the current text: a diagnostic that no longer matches gets none.
        const finding = byStart.get(doc.offsetAt(diagnostic.range.start))?.find((f) => sameFinding(diagnostic, f, doc));
        if (!finding) continue;
        const from = doc.offsetAt(params.range.start);
        const to = doc.offsetAt(params.range.end);
        for (const fix of finding.fixes) {
          // "Delete only this paragraph" of a repeated block: only for the paragraph the cursor is in.
          if (fix.within && (to < fix.within.start || from > fix.within.end)) continue;
          actions.push(toCodeAction(fix, diagnostic, doc, editOptions));
        }
        actions.push(...suppressions(doc, diagnostic, finding, result));
        if (ruleDocCommand) {
          const title = `Show documentation for ${finding.rule}`;
          actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: Command.create(title, ruleDocCommand, finding.rule) });
        }
      }
    }
    mergeIdentical(actions);
    const safeEdits = fixAllEdits(result.findings);
    if (wantsFixAll && safeEdits.length > 0) {
      // Passes until nothing safe is left, as `copydesk check --fix` does, sent as edits to this version;
      // the title says what all the passes change. Each pass is a lint on this thread: a large draft
      // gets one pass (the worker's result), so fix-all on save never blocks the server for seconds.
      const fixed = doc.getText().length >= WORKER_MIN_CHARS ? { edits: safeEdits, passes: [result.findings] } : fixUntilStable(doc.getText(), result, linted.options);
      actions.push({ title: fixAllTitle(fixed.passes), kind: FIX_ALL_KIND, edit: toWorkspaceEdit(doc, fixed.edits, editOptions) });
    } else if (wantsQuickFix && actions.length > 0) {
      // Light-bulb requests come with every cursor move: one pass here, no re-lint. One action per kind
      // of fix, titled with what it does, when it does more than the finding's own fix.
      for (const batch of fixBatches(result.findings)) {
        if (batch.findings.length < 2 && batch.count < 2) continue;
        if (new Set(batch.findings.map((f) => JSON.stringify(f.fixes[0].edits))).size < 2) continue;
        actions.push({ title: batchTitle(batch.key, batch.count), kind: CodeActionKind.QuickFix, edit: toWorkspaceEdit(doc, fixAllEdits(batch.findings), editOptions) });
      }
    }
    return actions;
  }),
);

/**
 * Two findings at one place can offer the same edit (a mismatched mark that is also in the wrong
 * style): offer it once, for both diagnostics.
 */
function mergeIdentical(actions: CodeAction[]): void {
  const seen = new Map<string, CodeAction>();
  for (let i = 0; i < actions.length; i++) {
    // The same edit under two titles ("Close the quotation with ”", "Use a curly double quote (”)") is
    // still one change: key by the edit alone, and by title only for commands.
    const key = actions[i].edit ? JSON.stringify(actions[i].edit) : `${actions[i].title}\0${JSON.stringify(actions[i].command)}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, actions[i]);
      continue;
    }
    first.diagnostics = [...(first.diagnostics ?? []), ...(actions[i].diagnostics ?? [])];
    first.isPreferred ||= actions[i].isPreferred;
    actions.splice(i--, 1);
  }
}

/** "Disable for this line/file" in Markdown; "Ignore in this file" (.copydesk.json) for plain text in a workspace folder. */
function suppressions(doc: TextDocument, diagnostic: Diagnostic, finding: Finding, result: LintResult): CodeAction[] {
  if (formatOf(doc) === 'markdown') {
    if (!result.doc) return [];
    // A rule may offer the same directive as its own fix ("Ignore this figure"): offer it once.
    const offered = new Set(finding.fixes.map((fix) => JSON.stringify(fix.edits)));
    return markdownSuppressions(result.doc, finding)
      .filter((fix) => !offered.has(JSON.stringify(fix.edits)))
      .map((fix) => toCodeAction(fix, diagnostic, doc, editOptions));
  }
  if (!rootOf(filePath(doc.uri))) return [];
  const action: CodeAction = { title: `Ignore ${finding.rule} in this file`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] };
  action.command = Command.create(action.title, IGNORE_COMMAND, doc.uri, finding.rule);
  return [action];
}

connection.onExecuteCommand(
  request('executeCommand', undefined, async (params) => {
    if (params.command !== IGNORE_COMMAND) throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command ${JSON.stringify(params.command)}`);
    const [uri, rule] = (params.arguments ?? []) as unknown[];
    // Only an open draft in a workspace folder: the command writes a file, so it must never be aimed
    // at an arbitrary path.
    const state = typeof uri === 'string' ? states.get(uri) : undefined;
    const file = state ? filePath(state.doc.uri) : undefined;
    const root = rootOf(file);
    if (!state || !file || !root) {
      throw new ResponseError(ErrorCodes.InvalidParams, `${IGNORE_COMMAND}: ${describeArgument(uri)} is not an open draft inside a workspace folder`);
    }
    if (typeof rule !== 'string' || !RULES_BY_ID.has(rule)) {
      throw new ResponseError(ErrorCodes.InvalidParams, `${IGNORE_COMMAND}: unknown rule ${describeArgument(rule)} (known: ${[...RULES_BY_ID.keys()].join(', ')})`);
    }
    await settingsFor(state);
    const config = state.configFile ?? join(root, CONFIG_FILE);
    let current: string | undefined;
    const read = readTextSafely(config, { maxBytes: MAX_CONFIG_BYTES, root });
    if (read.ok) current = read.text;
    else if (!read.missing || relativeInside(root, config) === undefined) {
      void connection.window.showErrorMessage(`Copydesk: ${config} is not changed: ${read.reason}`);
      return;
    }
    try {
      const key = relativeInside(dirname(config), file) ?? file;
      writeFileSync(config, configWithIgnore(current, key, rule));
    } catch (error) {
      void connection.window.showErrorMessage(`Copydesk: could not update ${relativeMessage(config)}: ${(error as Error).message}`);
      return;
    }
    relintAll();
  }),
);

function describeArgument(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 200 ? value.slice(0, 200) + '…' : value);
  return value === undefined ? 'nothing' : `a ${typeof value}`;
}

connection.onRequest('copydesk/serverInfo', request('copydesk/serverInfo', null, () => ({ pid: process.pid, version: VERSION, memory: process.memoryUsage() })));

/**
 * "Copydesk: Check Workspace": every draft under each workspace folder (its include globs, minus
 * exclude and .copydeskignore) linted from disk, with findings published as for open drafts. Files
 * are read by the same rules as everywhere (regular files inside the folder, size-capped).
 */
connection.onRequest(
  'copydesk/checkWorkspace',
  request('copydesk/checkWorkspace', { files: 0, findings: 0, cancelled: false }, async (_params: unknown, token?: { isCancellationRequested: boolean }) => {
    const cancelled = () => !!token?.isCancellationRequested || shuttingDown;
    const targets: string[] = [];
    for (const root of workspaceRoots) {
      const probe = transientState(pathToFileURL(join(root, '.copydesk-check')).toString());
      const settings = await settingsFor(probe);
      try {
        for (const target of expandTargets([root], root, settings.include).targets) if (!target.missing) targets.push(target.absolutePath);
      } catch (error) {
        connection.console.warn(`Check Workspace: could not list the drafts in ${root}: ${(error as Error).message}`);
      }
    }
    let findings = 0;
    let files = 0;
    for (const [index, file] of targets.entries()) {
      if (cancelled()) break;
      void connection.sendNotification('copydesk/checkProgress', { done: index, total: targets.length, file: relativeMessage(file) });
      const uri = pathToFileURL(file).toString();
      const open = states.get(uri);
      let result: LintResult | undefined;
      let doc: TextDocument;
      if (open) {
        doc = open.doc;
        result = await resultFor(open);
      } else {
        const temp = transientState(uri);
        const settings = await settingsFor(temp);
        const read = readTextSafely(file, { maxBytes: 3 * settings.maxFileSize + 3, root: rootOf(file) });
        if (!read.ok) continue;
        doc = TextDocument.create(uri, formatForPath(file) === 'markdown' ? 'markdown' : 'plaintext', 0, read.text);
        temp.doc = doc;
        const format = formatOf(doc);
        if (!format) continue;
        result = await runner.lint(`check\0${uri}`, doc.getText(), { format, settings, file, configFile: temp.configFile, root: rootOf(file) });
      }
      if (!result || result.skipped) continue;
      files++;
      const diagnostics = diagnosticsOf(result, doc, open?.linted?.options.settings?.maxDiagnostics);
      findings += result.findings.filter((f) => !f.note).length;
      if (!open) void connection.sendDiagnostics({ uri, diagnostics });
      // Let other requests (typing in an open draft) through between files.
      await new Promise((resolve) => setImmediate(resolve));
    }
    connection.console.info(`Check Workspace: ${findings} finding${findings === 1 ? '' : 's'} in ${files} draft${files === 1 ? '' : 's'}`);
    return { files, findings, cancelled: cancelled() };
  }),
);

/** State for a file that is not open (Check Workspace): settings are loaded for it, nothing is kept. */
function transientState(uri: string): DocState {
  return { doc: TextDocument.create(uri, 'plaintext', 0, ''), generation: 0, opening: false, engine: new DocumentState() };
}

/** What the status item shows for a draft: the config file in use and what is wrong with the setup. */
connection.onRequest(
  'copydesk/documentStatus',
  request('copydesk/documentStatus', { linted: false } as Record<string, unknown>, async (params: { uri: string }) => {
    const state = states.get(params?.uri);
    if (!state) return { linted: false };
    const result = await resultFor(state);
    const configFile = state.configFile;
    const problems = [...(configFile ? (configProblems.get(configFile) ?? []) : []), ...(result?.problems ?? []).map((p) => relativeMessage(p.message))];
    return { linted: !!result && !result.skipped, skipped: result?.skipped, configFile, problems: [...new Set(problems)] };
  }),
);

connection.onHover(
  request('hover', null, async (params) => {
    const state = states.get(params.textDocument.uri);
    if (!state) return null;
    // A large draft's lint runs in the worker: answer from a finished result, never wait for one.
    const result = state.doc.getText().length >= WORKER_MIN_CHARS ? finishedResult(state) : await resultFor(state);
    if (!result || state.linted?.result !== result || state.linted.hash !== contentHash(state)) return null;
    const offset = state.doc.offsetAt(params.position);
    const here = result.findings.filter((f) => f.start <= offset && offset <= f.end);
    const notes = here.filter((f) => f.hover).map((f) => f.hover!);
    // Why a flagged figure needs a source: built from its finding now, not for every finding on every lint.
    for (const f of here) {
      const why = f.hover ? undefined : needsSourceHover(f);
      if (why) notes.push(why);
    }
    const unflagged = explainedFigureAt(state, result, offset);
    if (unflagged) notes.push(notFlaggedHover(unflagged.reason));
    return notes.length ? { contents: { kind: 'markdown' as const, value: notes.join('\n\n---\n\n') } } : null;
  }),
);

/**
 * With debug.explainFigures on, the figure under `offset` that unattributed-figure left alone, and why.
 * The rule's explanations are worked out once per lint result, on the first hover that needs them
 * (a walk over the rule's cached paragraph analyses), and kept only until the next result. Drafts
 * linted in the worker are not explained: their paragraphs stayed in the worker.
 */
function explainedFigureAt(state: DocState, result: LintResult, offset: number): ExplainedFigure | undefined {
  const linted = state.linted;
  const settings = linted?.options.settings;
  if (!linted || linted.result !== result || !result.doc || !settings || result.doc.text.length >= WORKER_MIN_CHARS) return undefined;
  if (!explainsFigures(settings, ignoredRules(settings, linted.options.file, linted.options.configFile))) return undefined;
  linted.explained ??= explainedFigures(result.doc, settings, result.currentYear);
  return explainedAt(linted.explained, offset);
}

// ---------------------------------------------------------------------------------------------
// Linting

function schedule(state: DocState, delay?: number): void {
  clearTimeout(state.timer);
  const run = () => {
    state.timer = undefined;
    lintAndPublish(state).catch((error) => logError('lint', error));
  };
  if (delay === 0) {
    run();
    return;
  }
  settingsFor(state).then(
    (settings) => {
      if (states.get(state.doc.uri) !== state || shuttingDown) return;
      clearTimeout(state.timer);
      state.timer = setTimeout(run, delay ?? settings.debounce);
    },
    (error) => logError('settings', error),
  );
}

function relintAll(): void {
  settingsEpoch++;
  for (const state of states.values()) {
    state.settings = undefined;
    state.linted = undefined;
    state.pending = undefined;
    runner.cancel(state.doc.uri);
    schedule(state, 0);
  }
}

async function lintAndPublish(state: DocState): Promise<void> {
  const result = await resultFor(state);
  const linted = state.linted;
  // Closed, or a newer edit arrived meanwhile: that edit's own lint will publish.
  if (!result || !linted || linted.result !== result || !isCurrent(state, linted.hash, linted.epoch)) return;
  await connection.sendDiagnostics({ uri: state.doc.uri, version: state.doc.version, diagnostics: diagnosticsOf(result, state.doc, linted.options.settings?.maxDiagnostics) });
}

/** At most `max` diagnostics, then one that says how many more there are. */
function diagnosticsOf(result: LintResult, doc: TextDocument, max = 1000): Diagnostic[] {
  // Notes (a quote found in the sources) are hover-only, never diagnostics.
  const shown = result.findings.filter((finding) => !finding.note);
  const diagnostics = shown.slice(0, max).map((finding) => toDiagnostic(finding, doc));
  if (shown.length > max) diagnostics.push(summaryDiagnostic(doc, shown[max], shown.length - max, max));
  return diagnostics;
}

/** A hash of the document's text, computed once per change. */
function contentHash(state: DocState): string {
  if (state.hash?.generation !== state.generation) {
    state.hash = { generation: state.generation, value: createHash('sha1').update(state.doc.getText()).digest('base64') };
  }
  return state.hash.value;
}

/** Is `state` still the open document, with the text of `hash`, under the settings of `epoch`? */
function isCurrent(state: DocState, hash: string, epoch: number): boolean {
  return states.get(state.doc.uri) === state && !shuttingDown && epoch === settingsEpoch && contentHash(state) === hash;
}

function finishedResult(state: DocState): LintResult | undefined {
  const linted = state.linted;
  return linted && linted.epoch === settingsEpoch && linted.hash === contentHash(state) ? linted.result : undefined;
}

/** The lint result for the document's current text, computed at most once per text. */
function resultFor(state: DocState): Promise<LintResult | undefined> {
  const format = formatOf(state.doc);
  if (!format) return Promise.resolve(undefined);
  const done = finishedResult(state);
  if (done) return Promise.resolve(done);
  const hash = contentHash(state);
  if (state.pending && state.pending.hash === hash && state.pending.epoch === settingsEpoch) return state.pending.promise;
  const pending = { hash, epoch: settingsEpoch, promise: computeResult(state, format, hash, settingsEpoch) };
  state.pending = pending;
  void pending.promise.finally(() => {
    if (state.pending === pending) state.pending = undefined;
  });
  return pending.promise;
}

async function computeResult(state: DocState, format: Format, hash: string, epoch: number): Promise<LintResult | undefined> {
  const settings = await settingsFor(state);
  // Closed, changed or reconfigured while the settings were fetched: this result is of no use.
  if (!isCurrent(state, hash, epoch)) return undefined;
  const doc = state.doc;
  const file = filePath(doc.uri);
  const options: LintOptions = { format, settings, file, configFile: state.configFile, root: rootOf(file), state: state.engine };
  const result = await runner.lint(doc.uri, doc.getText(), options);
  if (!result || !isCurrent(state, hash, epoch)) return undefined;
  state.linted = { hash, epoch, result, options };
  for (const problem of result.problems) tellOnce(relativeMessage(problem.message), 'warning');
  // Once per document: the message names the size, which changes with every keystroke.
  if (result.skipped && !result.excluded && !result.skipped.startsWith('Copydesk is disabled')) tellOnce(`${displayName(doc.uri)}: ${result.skipped}`, 'info', `${doc.uri}\0skipped`);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Settings

function settingsFor(state: DocState): Promise<Settings> {
  state.settings ??= loadSettings(state);
  return state.settings;
}

async function loadSettings(state: DocState): Promise<Settings> {
  const uri = state.doc.uri;
  const editorLayer = canPullConfiguration ? await editorSettings(uri) : pushedSettings;
  // A URI with no file path (untitled, virtual, or one we cannot map) is an unsaved draft: no
  // .copydesk.json, no sources.
  const file = filePath(uri);
  const root = rootOf(file);
  const { settings, problems, file: configFile } = resolveConfig(file, { root, layers: [{ layer: editorLayer ?? undefined, where: 'editor settings (copydesk.*)' }] });
  state.configFile = configFile;
  if (logOnce(`config\0${configFile ?? root}`)) {
    connection.console.info(configFile ? `Configuration: ${relativeMessage(configFile)}` : `Configuration: no .copydesk.json in ${root ?? 'this folder'}; defaults and editor settings`);
  }
  if (configFile) publishConfigProblems(configFile, problems.filter((p) => p.message.startsWith(configFile)));
  for (const problem of problems) tellOnce(relativeMessage(problem.message), 'warning', problem.message, !!configFile && problem.message.startsWith(configFile));
  const base = configFile ? dirname(configFile) : root;
  if (file) {
    watchSources(settings.sources, base, root);
    logSources(settings.sources, base, root ?? base);
  }
  return settings;
}

/** The client's `copydesk` settings, or the pushed ones when it does not answer in time (told once). */
async function editorSettings(uri: string): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), CONFIGURATION_TIMEOUT_MS)));
  try {
    const answer = await Promise.race([connection.workspace.getConfiguration({ scopeUri: uri, section: 'copydesk' }), timeout]);
    if (answer !== TIMED_OUT) return answer;
    tellOnce(`the editor did not answer the settings request within ${CONFIGURATION_TIMEOUT_MS / 1000} s; using .copydesk.json and the defaults`, 'warning', 'configuration timeout');
  } catch (error) {
    tellOnce(`could not read the editor settings (${(error as Error).message}); using .copydesk.json and the defaults`, 'warning', 'configuration error');
  } finally {
    clearTimeout(timer);
  }
  return pushedSettings;
}
const TIMED_OUT = Symbol('timed out');

/**
 * Asks the client to report changes to source files, so drafts quoting them are re-linted. Globs the
 * engine refuses (outside the workspace folder, or through a link leading out of it) are never watched.
 */
function watchSources(globs: string[], base: string | undefined, root: string | undefined): void {
  if (!canRegisterFileWatchers || !base) return;
  const fresh = globs.filter((glob) => !watchedSources.has(`${base}\0${glob}`) && staysInside(glob, base, root ?? base));
  if (fresh.length === 0) return;
  for (const glob of fresh) watchedSources.add(`${base}\0${glob}`);
  const baseUri = pathToFileURL(base).toString();
  void connection.client
    .register(DidChangeWatchedFilesNotification.type, { watchers: fresh.map((pattern) => ({ globPattern: { baseUri, pattern } })) })
    .catch((error) => logError('register', error));
}

/** Does a glob's fixed part (its folder before any wildcard) stay inside `root`, links resolved? */
function staysInside(glob: string, base: string, root: string): boolean {
  const fixed = resolve(base, picomatch.scan(glob).base || '.');
  if (relativeInside(root, fixed) === undefined) return false;
  try {
    return relativeInside(realpathSync(root), realpathSync(fixed)) !== undefined;
  } catch {
    // Not there yet: nothing to follow.
    return true;
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

/**
 * Logs a problem once (as a warning) and tells the user once per session. Clients that show problems
 * themselves (the VS Code extension's status item, diagnostics on the config file) get no pop-up.
 */
function tellOnce(message: string, level: 'warning' | 'info', key = message, shownElsewhere = false): void {
  if (told.has(key)) return;
  told.add(key);
  if (level === 'warning') connection.console.warn(message);
  else connection.console.info(message);
  if (clientShowsProblems && (level === 'warning' || shownElsewhere)) return;
  if (level === 'warning') void connection.window.showWarningMessage(`Copydesk: ${message}`);
  else void connection.window.showInformationMessage(`Copydesk: ${message}`);
}

function logOnce(key: string): boolean {
  if (logged.has(key)) return false;
  logged.add(key);
  return true;
}

/** A config file's problems as diagnostics on it: they go away by themselves once the file is fixed. */
function publishConfigProblems(file: string, problems: Problem[]): void {
  const messages = problems.map((p) => relativeMessage(p.message));
  const before = configProblems.get(file) ?? [];
  configProblems.set(file, messages);
  if (before.join('\0') === messages.join('\0')) return;
  void connection.sendDiagnostics({ uri: pathToFileURL(file).toString(), diagnostics: configDiagnostics(file, problems) });
}

/** Says once which quote sources a folder uses. */
function logSources(globs: string[], base: string | undefined, root: string | undefined): void {
  if (globs.length === 0 || !base || !logOnce(`sources\0${base}\0${globs.join('\0')}`)) return;
  connection.console.info(describeSources(globs, base, root, workspaceRoots));
}

function relativeMessage(message: string): string {
  return relativeTo(workspaceRoots, message);
}

function displayName(uri: string): string {
  const file = filePath(uri);
  return file ? relativeMessage(file) : basename(uri);
}

function formatOf(doc: TextDocument): Format | undefined {
  if (doc.languageId === 'markdown') return 'markdown';
  if (doc.languageId === 'plaintext') return 'plaintext';
  return formatForPath(doc.uri);
}

/** The file path of a `file:` URI, or undefined for any URI that is not one (UNC host, encoded slash, malformed). */
function filePath(uri: string): string | undefined {
  if (typeof uri !== 'string' || !uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The workspace folder holding a draft (the innermost one), if any. */
function rootOf(file: string | undefined): string | undefined {
  if (!file) return undefined;
  let best: string | undefined;
  for (const root of workspaceRoots) {
    if (relativeInside(root, file) !== undefined && (!best || root.length > best.length)) best = root;
  }
  return best;
}

function basename(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

documents.listen(connection);
connection.listen();
