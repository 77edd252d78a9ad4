// The language server: LSP wiring only. Linting, fixes and settings live in the engine; this file
// decides when to lint, pulls settings per document, and translates results.
//
// Transport comes from the command line (`--stdio`, `--node-ipc`, `--socket=N`), so any LSP client
// can run `node dist/server.js --stdio`.

import {
  CodeActionKind,
  Command,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
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
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { VERSION } from './cli/version.ts';
import { configDiagnostics, describeSources, relativeTo } from './lsp/reporting.ts';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lint, type LintOptions, type LintResult } from './engine/lint.ts';
import { fixUntilStable } from './engine/fix-all.ts';
import { fixAllEdits } from './engine/edits.ts';
import { resolveConfig } from './engine/config-file.ts';
import type { Settings } from './engine/settings.ts';
import type { Finding, Format, Problem } from './engine/types.ts';
import { formatForPath } from './engine/document.ts';
import { configWithIgnore, markdownSuppressions } from './engine/suppress.ts';
import { CONFIG_FILE } from './engine/config-file.ts';
import { FIX_ALL_KIND, SOURCE, batchTitle, fixAllTitle, fixBatches, sameFinding, toCodeAction, toDiagnostic, toWorkspaceEdit, type EditOptions } from './lsp/convert.ts';
import { relativeInside } from './engine/paths.ts';
import { expandTargets } from './cli/files.ts';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let canPullConfiguration = false;
let canRegisterConfigurationChange = false;
let canRegisterFileWatchers = false;
/** Source globs already watched (so the quote sources re-lint drafts when a transcript changes). */
const watchedSources = new Set<string>();
const IGNORE_COMMAND = 'copydesk.ignoreInFile';
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
/** The .copydesk.json each document's settings came from (quote sources are relative to it). */
const configFiles = new Map<string, string | undefined>();

interface Linted {
  version: number;
  result: LintResult;
  options: LintOptions;
}
const linted = new Map<string, Linted>();
const timers = new Map<string, NodeJS.Timeout>();
const settingsCache = new Map<string, Promise<Settings>>();
/** Messages already shown to the user, so a bad config or an oversized draft is reported once. */
const told = new Set<string>();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
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
  workspaceRoots = folders.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      hoverProvider: true,
      executeCommandProvider: { commands: [IGNORE_COMMAND] },
    },
    serverInfo: { name: 'copydesk', version: VERSION },
  };
});

connection.onInitialized(() => {
  connection.console.info(`Copydesk ${VERSION} started (Node ${process.version}, process ${process.pid}); workspace folders: ${workspaceRoots.join(', ') || 'none'}`);
  if (canRegisterConfigurationChange) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'copydesk' });
});

connection.onDidChangeConfiguration((change) => {
  if (!canPullConfiguration) pushedSettings = (change.settings as { copydesk?: unknown } | undefined)?.copydesk ?? pushedSettings;
  relintAll();
});

connection.onDidChangeWatchedFiles(() => {
  // A changed source set or config is worth a new line in the output.
  for (const key of logged) if (key.startsWith('sources\0') || key.startsWith('config\0')) logged.delete(key);
  relintAll();
});

documents.onDidOpen((event) => schedule(event.document, 0));
documents.onDidChangeContent((event) => schedule(event.document));
documents.onDidClose((event) => {
  clearTimeout(timers.get(event.document.uri));
  timers.delete(event.document.uri);
  linted.delete(event.document.uri);
  settingsCache.delete(event.document.uri);
  configFiles.delete(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

connection.onCodeAction(async (params: CodeActionParams): Promise<CodeAction[]> => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const result = await resultFor(doc);
  if (!result) return [];
  const only = params.context.only;
  const wantsFixAll = only?.some((kind) => FIX_ALL_KIND.startsWith(kind)) ?? false;
  const wantsQuickFix = !only || only.some((kind) => CodeActionKind.QuickFix.startsWith(kind) || kind.startsWith(CodeActionKind.QuickFix));
  const actions: CodeAction[] = [];
  if (wantsQuickFix) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      // Fixes are rebuilt from the current text: a diagnostic that no longer matches gets none.
      const finding = result.findings.find((f) => sameFinding(diagnostic, f, doc));
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
  if (wantsFixAll && fixAllEdits(result.findings).length > 0) {
    // Passes until nothing safe is left, as `copydesk check --fix` does, sent as edits to this version;
    // the title says what all the passes change.
    const fixed = fixUntilStable(doc.getText(), result, linted.get(doc.uri)!.options);
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
});

/**
 * Two findings at one place can offer the same edit (a mismatched mark that is also in the wrong
 * style): offer it once, for both diagnostics.
 */
function mergeIdentical(actions: CodeAction[]): void {
  const seen = new Map<string, CodeAction>();
  for (let i = 0; i < actions.length; i++) {
    const key = `${actions[i].title}\0${JSON.stringify(actions[i].edit ?? actions[i].command)}`;
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

/** "Disable for this line/file" in Markdown; "Ignore in this file" (.copydesk.json) for plain text on disk. */
function suppressions(doc: TextDocument, diagnostic: Diagnostic, finding: Finding, result: LintResult): CodeAction[] {
  if (formatOf(doc) === 'markdown') {
    // A rule may offer the same directive as its own fix ("Ignore this figure"): offer it once.
    const offered = new Set(finding.fixes.map((fix) => JSON.stringify(fix.edits)));
    return markdownSuppressions(result.doc!, finding)
      .filter((fix) => !offered.has(JSON.stringify(fix.edits)))
      .map((fix) => toCodeAction(fix, diagnostic, doc, editOptions));
  }
  if (!filePath(doc.uri)) return [];
  const action: CodeAction = { title: `Ignore ${finding.rule} in this file`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] };
  action.command = Command.create(action.title, IGNORE_COMMAND, doc.uri, finding.rule);
  return [action];
}

connection.onExecuteCommand(async (params) => {
  if (params.command !== IGNORE_COMMAND) return;
  const [uri, rule] = (params.arguments ?? []) as [string, string];
  const file = filePath(uri);
  if (!file || typeof rule !== 'string') return;
  await settingsFor(uri);
  const config = configFiles.get(uri) ?? join(rootOf(file) ?? dirname(file), CONFIG_FILE);
  let current: string | undefined;
  try {
    current = readFileSync(config, 'utf8');
  } catch {
    current = undefined;
  }
  try {
    const key = relativeInside(dirname(config), file) ?? file;
    writeFileSync(config, configWithIgnore(current, key, rule));
  } catch (error) {
    void connection.window.showErrorMessage(`Copydesk: could not update ${relativeMessage(config)}: ${(error as Error).message}`);
    return;
  }
  relintAll();
});

connection.onRequest('copydesk/serverInfo', () => ({ pid: process.pid, version: VERSION }));

/**
 * "Copydesk: Check Workspace": every draft under each workspace folder (its include globs, minus
 * exclude and .copydeskignore) linted from disk, with findings published as for open drafts.
 */
connection.onRequest('copydesk/checkWorkspace', async (_params: unknown, token) => {
  const targets: string[] = [];
  for (const root of workspaceRoots) {
    const probe = pathToFileURL(join(root, '.copydesk-check')).toString();
    const settings = await settingsFor(probe);
    settingsCache.delete(probe);
    configFiles.delete(probe);
    try {
      for (const target of expandTargets([root], root, settings.include, settings.exclude).targets) if (!target.missing) targets.push(target.absolutePath);
    } catch (error) {
      connection.console.warn(`Check Workspace: could not list the drafts in ${root}: ${(error as Error).message}`);
    }
  }
  let findings = 0;
  let files = 0;
  for (const [index, file] of targets.entries()) {
    if (token.isCancellationRequested) break;
    void connection.sendNotification('copydesk/checkProgress', { done: index, total: targets.length, file: relativeMessage(file) });
    const uri = pathToFileURL(file).toString();
    const open = documents.get(uri);
    const doc = open ?? TextDocument.create(uri, formatForPath(file) === 'markdown' ? 'markdown' : 'plaintext', 0, readText(file));
    const format = formatOf(doc);
    if (!format) continue;
    const settings = await settingsFor(uri);
    if (!open) settingsCache.delete(uri);
    const result = open ? await resultFor(open) : lint(doc.getText(), { format, settings, file, configFile: configFiles.get(uri), root: rootOf(file) });
    if (!open) configFiles.delete(uri);
    if (!result || result.skipped) continue;
    files++;
    const diagnostics = result.findings.filter((f) => !f.note).map((f) => toDiagnostic(f, doc));
    findings += diagnostics.length;
    if (!open) void connection.sendDiagnostics({ uri, diagnostics });
    // Let other requests (typing in an open draft) through between files.
    await new Promise((resolve) => setImmediate(resolve));
  }
  connection.console.info(`Check Workspace: ${findings} finding${findings === 1 ? '' : 's'} in ${files} draft${files === 1 ? '' : 's'}`);
  return { files, findings, cancelled: token.isCancellationRequested };
});

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** What the status item shows for a draft: the config file in use and what is wrong with the setup. */
connection.onRequest('copydesk/documentStatus', async (params: { uri: string }) => {
  const doc = documents.get(params.uri);
  if (!doc) return { linted: false };
  const result = await resultFor(doc);
  const configFile = configFiles.get(doc.uri);
  const problems = [...(configFile ? (configProblems.get(configFile) ?? []) : []), ...(result?.problems ?? []).map((p) => relativeMessage(p.message))];
  return { linted: !!result && !result.skipped, skipped: result?.skipped, configFile, problems: [...new Set(problems)] };
});

connection.onHover(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  const result = await resultFor(doc);
  if (!result) return null;
  const offset = doc.offsetAt(params.position);
  const notes = result.findings.filter((f) => f.hover && f.start <= offset && offset <= f.end).map((f) => f.hover!);
  return notes.length ? { contents: { kind: 'markdown', value: notes.join('\n\n---\n\n') } } : null;
});

function schedule(doc: TextDocument, delay?: number): void {
  clearTimeout(timers.get(doc.uri));
  const run = async () => {
    timers.delete(doc.uri);
    await lintAndPublish(doc.uri);
  };
  if (delay === 0) {
    void run();
    return;
  }
  void settingsFor(doc.uri).then((settings) => {
    clearTimeout(timers.get(doc.uri));
    timers.set(doc.uri, setTimeout(run, delay ?? settings.debounce));
  });
}

function relintAll(): void {
  settingsCache.clear();
  linted.clear();
  for (const doc of documents.all()) schedule(doc, 0);
}

async function lintAndPublish(uri: string): Promise<void> {
  const doc = documents.get(uri);
  if (!doc) return;
  const result = await resultFor(doc);
  // A newer edit arrived while settings were fetched: its own lint will publish.
  if (!result || documents.get(uri)?.version !== doc.version) return;
  // Notes (a quote found in the sources) are hover-only, never diagnostics.
  const diagnostics = result.findings.filter((finding) => !finding.note).map((finding) => toDiagnostic(finding, doc));
  await connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
}

/** The lint result for the document's current version, computed at most once per version. */
async function resultFor(doc: TextDocument): Promise<LintResult | undefined> {
  const format = formatOf(doc);
  if (!format) return undefined;
  const cached = linted.get(doc.uri);
  if (cached && cached.version === doc.version) return cached.result;
  const settings = await settingsFor(doc.uri);
  const current = documents.get(doc.uri);
  // A newer edit arrived while the settings were fetched: this version's result is of no use.
  if (!current || current.version !== doc.version) return undefined;
  const file = filePath(doc.uri);
  const options: LintOptions = { format, settings, file, configFile: configFiles.get(doc.uri), root: rootOf(file) };
  const result = lint(doc.getText(), options);
  linted.set(doc.uri, { version: doc.version, result, options });
  for (const problem of result.problems) tellOnce(relativeMessage(problem.message), 'warning');
  // Once per document: the message names the size, which changes with every keystroke.
  if (result.skipped && !result.excluded && !result.skipped.startsWith('Copydesk is disabled')) tellOnce(`${displayName(doc.uri)}: ${result.skipped}`, 'info', `${doc.uri}\0skipped`);
  return result;
}

function settingsFor(uri: string): Promise<Settings> {
  let pending = settingsCache.get(uri);
  if (!pending) {
    pending = loadSettings(uri);
    settingsCache.set(uri, pending);
  }
  return pending;
}

async function loadSettings(uri: string): Promise<Settings> {
  let editorLayer: unknown = pushedSettings;
  if (canPullConfiguration) {
    try {
      editorLayer = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'copydesk' });
    } catch (error) {
      connection.console.warn(`Could not read editor settings: ${(error as Error).message}`);
    }
  }
  const { settings, problems, file } = resolveConfig(filePath(uri), { root: rootOf(filePath(uri)), layers: [{ layer: editorLayer ?? undefined, where: 'editor settings (copydesk.*)' }] });
  configFiles.set(uri, file);
  const folder = rootOf(filePath(uri));
  if (logOnce(`config\0${file ?? folder}`)) {
    connection.console.info(file ? `Configuration: ${relativeMessage(file)}` : `Configuration: no .copydesk.json in ${folder ?? 'this folder'}; defaults and editor settings`);
  }
  if (file) publishConfigProblems(file, problems.filter((p) => p.message.startsWith(file)));
  for (const problem of problems) tellOnce(relativeMessage(problem.message), 'warning', problem.message, !!file && problem.message.startsWith(file));
  const base = file ? dirname(file) : folder;
  watchSources(settings.sources, base);
  logSources(settings.sources, base, folder ?? base);
  return settings;
}

/** Asks the client to report changes to source files, so drafts quoting them are re-linted. */
function watchSources(globs: string[], base: string | undefined): void {
  if (!canRegisterFileWatchers || !base) return;
  const fresh = globs.filter((glob) => !watchedSources.has(`${base}\0${glob}`));
  if (fresh.length === 0) return;
  for (const glob of fresh) watchedSources.add(`${base}\0${glob}`);
  const baseUri = pathToFileURL(base).toString();
  void connection.client.register(DidChangeWatchedFilesNotification.type, {
    watchers: fresh.map((pattern) => ({ globPattern: { baseUri, pattern } })),
  });
}

/**
 * Logs a problem once (as a warning) and tells the user once. Clients that show problems themselves
 * (the VS Code extension's status item, diagnostics on the config file) get no pop-up for them.
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

function filePath(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

/** The workspace folder holding a draft (the innermost one), if any. */
function rootOf(file: string | undefined): string | undefined {
  if (!file) return undefined;
  let best: string | undefined;
  for (const root of workspaceRoots) {
    if (relativeInside(root, file) && (!best || root.length > best.length)) best = root;
  }
  return best;
}

function basename(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

documents.listen(connection);
connection.listen();
