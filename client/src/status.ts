// The Language Status items for Markdown and plain text: is Copydesk running, which configuration
// does this draft use, how many findings does it have. What they show is also readable as plain
// data (`snapshot`), for the extension's API and its end-to-end tests.

import * as vscode from 'vscode';

export type ServerState = 'starting' | 'ready' | 'error' | 'paused' | 'stopped';

export interface DocumentStatus {
  linted: boolean;
  skipped?: string;
  configFile?: string;
  problems?: string[];
}

export interface StatusSnapshot {
  state: ServerState;
  text: string;
  detail: string;
  severity: 'information' | 'warning' | 'error';
  command?: string;
  config: { text: string; detail: string; command?: string; file?: string; problems: string[] };
  findings?: number;
}

const SELECTOR: vscode.DocumentSelector = [{ language: 'markdown' }, { language: 'plaintext' }];
const SOURCE = 'copydesk';

const SEVERITY = {
  information: vscode.LanguageStatusSeverity.Information,
  warning: vscode.LanguageStatusSeverity.Warning,
  error: vscode.LanguageStatusSeverity.Error,
};

export class CopydeskStatus implements vscode.Disposable {
  private readonly server = vscode.languages.createLanguageStatusItem('copydesk.status', SELECTOR);
  private readonly config = vscode.languages.createLanguageStatusItem('copydesk.config', SELECTOR);
  private readonly subscriptions: vscode.Disposable[] = [];
  private state: ServerState = 'starting';
  private error?: string;
  private document?: DocumentStatus;
  private current: StatusSnapshot | undefined;
  private readonly changed = new vscode.EventEmitter<StatusSnapshot>();
  /** Fires whenever what the items show changes. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly ask: (uri: string) => Promise<DocumentStatus | undefined>) {
    this.server.name = 'Copydesk';
    this.config.name = 'Copydesk configuration';
    this.subscriptions.push(
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) void this.refresh();
      }),
    );
    this.render();
  }

  setState(state: ServerState, error?: string): void {
    this.state = state;
    this.error = error;
    if (state !== 'ready') this.document = undefined;
    this.render();
    if (state === 'ready') void this.refresh();
  }

  snapshot(): StatusSnapshot {
    return this.current!;
  }

  /** Asks the server about the active draft (config in use, problems) and redraws. */
  async refresh(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (this.state === 'ready' && doc && (doc.languageId === 'markdown' || doc.languageId === 'plaintext')) {
      try {
        this.document = await this.ask(doc.uri.toString());
      } catch {
        this.document = undefined;
      }
    }
    this.render();
  }

  private render(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const findings = doc ? vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === SOURCE).length : undefined;
    let snapshot: StatusSnapshot;
    const config = this.configView();
    switch (this.state) {
      case 'starting':
        snapshot = { state: 'starting', text: '$(sync~spin) Copydesk', detail: 'starting', severity: 'information', command: 'copydesk.showOutput', config };
        break;
      case 'error':
        snapshot = {
          state: 'error',
          text: '$(error) Copydesk',
          detail: `not running: ${this.error ?? 'the server could not start'}`,
          severity: 'error',
          command: 'copydesk.showOutput',
          config,
        };
        break;
      case 'paused':
        snapshot = { state: 'paused', text: '$(debug-pause) Copydesk', detail: 'paused for this workspace', severity: 'information', command: 'copydesk.resume', config };
        break;
      case 'stopped':
        snapshot = { state: 'stopped', text: 'Copydesk', detail: 'stopped', severity: 'information', command: 'copydesk.restartServer', config };
        break;
      default: {
        const skipped = this.document?.skipped;
        const count = findings ?? 0;
        snapshot = {
          state: 'ready',
          text: skipped ? '$(circle-slash) Copydesk' : `$(check) Copydesk: ${count} finding${count === 1 ? '' : 's'}`,
          detail: skipped ?? 'in this draft (server ready)',
          severity: 'information',
          command: 'copydesk.showOutput',
          config,
          findings: skipped ? undefined : count,
        };
      }
    }
    this.current = snapshot;
    this.server.text = snapshot.text;
    this.server.detail = snapshot.detail;
    this.server.severity = SEVERITY[snapshot.severity];
    this.server.busy = snapshot.state === 'starting';
    this.server.command = snapshot.command ? { title: snapshot.state === 'paused' ? 'Resume' : snapshot.state === 'stopped' ? 'Restart' : 'Show Output', command: snapshot.command } : undefined;
    this.config.text = config.text;
    this.config.detail = config.detail;
    this.config.severity = config.problems.length ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    this.config.command = config.command
      ? { title: config.file ? 'Open' : 'Create', command: config.command, arguments: config.file ? [vscode.Uri.file(config.file)] : [] }
      : undefined;
    this.changed.fire(snapshot);
  }

  private configView(): StatusSnapshot['config'] {
    const file = this.document?.configFile;
    const problems = this.document?.problems ?? [];
    const name = file ? vscode.workspace.asRelativePath(file) : undefined;
    const detail = problems.length
      ? `${problems.length} problem${problems.length === 1 ? '' : 's'}: ${problems[0]}`
      : file
        ? 'configuration in use'
        : 'defaults and editor settings';
    return {
      text: name ?? 'No .copydesk.json',
      detail,
      command: 'copydesk.openConfiguration',
      file,
      problems,
    };
  }

  dispose(): void {
    this.server.dispose();
    this.config.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
