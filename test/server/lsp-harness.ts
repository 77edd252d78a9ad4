// Drives the real server binary (dist/server.js --stdio) over JSON-RPC, as an editor would.
// Waits are event-driven: a promise per expected notification, with a timeout that fails the test.

import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type {
  ClientCapabilities,
  CodeAction,
  Diagnostic,
  Hover,
  PublishDiagnosticsParams,
  Range,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const SERVER = resolve(import.meta.dirname, '../../dist/server.js');
const TIMEOUT = 15_000;

export interface HarnessOptions {
  capabilities?: ClientCapabilities;
  /** Answer to workspace/configuration for section "copydesk" (per scope URI); a promise delays the answer. */
  settings?: (scopeUri: string | undefined) => unknown;
  rootPath?: string;
}

export class LspHarness {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  readonly docs = new Map<string, TextDocument>();
  readonly messages: { type: number; message: string }[] = [];
  /** What the server wrote to its log (window/logMessage): type 1 error, 2 warning, 3 info, 4 log. */
  readonly logs: { type: number; message: string }[] = [];
  /** client/registerCapability registrations, in order. */
  readonly registrations: { id: string; method: string; registerOptions?: unknown }[] = [];
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  /** How many times diagnostics were published per document. */
  readonly publishCount = new Map<string, number>();
  private readonly waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  private readonly messageWaiters: { accept: (m: string) => boolean; resolve: (m: string) => void }[] = [];
  stderr = '';

  constructor(private readonly options: HarnessOptions = {}) {
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (chunk) => (this.stderr += chunk));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.latest.set(params.uri, params);
      this.publishCount.set(params.uri, (this.publishCount.get(params.uri) ?? 0) + 1);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.accept(params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    const onMessage = (params: { type: number; message: string }) => {
      this.messages.push(params);
      for (const waiter of [...this.messageWaiters]) {
        if (waiter.accept(params.message)) {
          this.messageWaiters.splice(this.messageWaiters.indexOf(waiter), 1);
          waiter.resolve(params.message);
        }
      }
    };
    this.connection.onNotification('window/showMessage', onMessage);
    this.connection.onRequest('window/showMessageRequest', (params: { type: number; message: string }) => {
      onMessage(params);
      return null;
    });
    this.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      this.logs.push(params);
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) =>
      Promise.all(params.items.map(async (item) => (item.section === 'copydesk' ? ((await this.options.settings?.(item.scopeUri)) ?? {}) : null))),
    );
    this.connection.onRequest('client/registerCapability', (params: { registrations: { id: string; method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    this.connection.listen();
  }

  async initialize(): Promise<void> {
    const capabilities: ClientCapabilities = this.options.capabilities ?? {
      workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
      textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true, tagSupport: { valueSet: [1, 2] } } },
    };
    const root = this.options.rootPath;
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: root ? pathToFileURL(root).toString() : null,
      workspaceFolders: root ? [{ uri: pathToFileURL(root).toString(), name: 'workspace' }] : null,
      capabilities,
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Opens a document and resolves with its first diagnostics. */
  open(uri: string, text: string, languageId = 'plaintext'): Promise<Diagnostic[]> {
    this.docs.set(uri, TextDocument.create(uri, languageId, 1, text));
    const published = this.nextDiagnostics(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return published;
  }

  /** Sends incremental changes (or a full text) and resolves with the diagnostics for the new version. */
  change(uri: string, edits: { range?: Range; text: string }[]): Promise<Diagnostic[]> {
    const doc = this.docs.get(uri)!;
    const version = doc.version + 1;
    const updated = TextDocument.update(doc, edits as never, version);
    this.docs.set(uri, updated);
    const published = this.nextDiagnostics(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: edits });
    return published;
  }

  /** Sends a change without waiting (for bursts). */
  changeNoWait(uri: string, edits: { range?: Range; text: string }[]): number {
    const doc = this.docs.get(uri)!;
    const version = doc.version + 1;
    this.docs.set(uri, TextDocument.update(doc, edits as never, version));
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: edits });
    return version;
  }

  nextDiagnostics(uri: string, version?: number, timeoutMs = TIMEOUT): Promise<Diagnostic[]> {
    return withTimeout(
      new Promise<PublishDiagnosticsParams>((resolve) =>
        this.waiters.push({ uri, accept: (p) => version === undefined || p.version === version, resolve }),
      ).then((p) => p.diagnostics),
      `diagnostics for ${uri}${version !== undefined ? ` v${version}` : ''}`,
      timeoutMs,
    );
  }

  nextMessage(accept: (message: string) => boolean): Promise<string> {
    const already = this.messages.find((m) => accept(m.message));
    if (already) return Promise.resolve(already.message);
    return withTimeout(new Promise<string>((resolve) => this.messageWaiters.push({ accept, resolve })), 'a window message');
  }

  latestVersion(uri: string): number | undefined {
    return this.latest.get(uri)?.version;
  }

  latestDiagnostics(uri: string): Diagnostic[] | undefined {
    return this.latest.get(uri)?.diagnostics;
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only ? { only } : {}) },
    }) as Promise<CodeAction[]>;
  }

  hover(uri: string, position: { line: number; character: number }): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }) as Promise<Hover | null>;
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  /** Applies a workspace edit to our copy of the document and tells the server, like an editor would. */
  async apply(uri: string, edit: WorkspaceEdit): Promise<Diagnostic[]> {
    const doc = this.docs.get(uri)!;
    const textEdits = editsFor(uri, edit, doc.version);
    const newText = TextDocument.applyEdits(doc, textEdits);
    return this.change(uri, [{ text: newText }]);
  }

  async close(): Promise<void> {
    try {
      await withTimeout(this.connection.sendRequest('shutdown'), 'shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // The process may already be gone; killing it below is enough.
    }
    this.connection.dispose();
    this.process.kill();
  }
}

/** The text edits of a workspace edit for one document; a versioned edit for another version is refused. */
export function editsFor(uri: string, edit: WorkspaceEdit, version?: number): TextEdit[] {
  if (edit.documentChanges) {
    const out: TextEdit[] = [];
    for (const change of edit.documentChanges) {
      if (!('textDocument' in change) || change.textDocument.uri !== uri) continue;
      if (version !== undefined && change.textDocument.version !== null && change.textDocument.version !== version) {
        throw new Error(`edit for version ${change.textDocument.version}, document is at ${version}`);
      }
      for (const e of change.edits as (TextEdit & { snippet?: { value: string } })[]) {
        out.push(e.snippet ? { range: e.range, newText: snippetText(e.snippet.value) } : e);
      }
    }
    return out;
  }
  return edit.changes?.[uri] ?? [];
}

/** A snippet as the plain text it inserts (placeholders keep their default text). */
export function snippetText(snippet: string): string {
  return snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
}

export function withTimeout<T>(promise: Promise<T>, what: string, ms = TIMEOUT): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
    }),
  ]);
}

export function fileUri(path: string): string {
  return pathToFileURL(path).toString();
}
