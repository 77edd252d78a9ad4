// The VS Code extension: starts the language server over IPC, shows its state in a Language Status
// item, and adds the commands. It loads no engine code, so activation stays cheap; everything else
// happens in the server process.

import * as vscode from 'vscode';
import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { explicitSettings, settingKeysOf } from './settings';
import { CopydeskStatus, type DocumentStatus, type StatusSnapshot } from './status';
import { registerFixOnSave } from './fix-on-save';
import { checkWorkspace, type CheckResult } from './check-workspace';
import { openConfiguration, showRuleDocumentation } from './commands';

let client: LanguageClient | undefined;
const PAUSED = 'copydesk.paused';

/** What the extension exports to other extensions and to its own end-to-end tests. */
export interface CopydeskApi {
  /** The process id of the running language server. */
  serverPid(): Promise<number>;
  /** What the status items show now. */
  status(): StatusSnapshot;
  /** Fires when the status items change. */
  onDidChangeStatus: vscode.Event<StatusSnapshot>;
  /** The lines written to the Copydesk output so far (the output channel cannot be read back). */
  outputLines(): string[];
  /** Runs "Check Workspace" and resolves with what it found. */
  checkWorkspace(): Promise<CheckResult | undefined>;
}

export async function activate(context: vscode.ExtensionContext): Promise<CopydeskApi> {
  const channel = vscode.window.createOutputChannel('Copydesk', { log: true });
  const lines: string[] = [];
  const output = recorded(channel, lines);
  context.subscriptions.push(channel);
  output.info(`Copydesk ${String(context.extension.packageJSON.version)} activated (VS Code ${vscode.version})`);
  const settingKeys = settingKeysOf(context.extension.packageJSON);
  const version = String(context.extension.packageJSON.version);
  const crashes: number[] = [];
  const status = new CopydeskStatus(async (uri) => (client?.state === State.Running ? ((await client.sendRequest('copydesk/documentStatus', { uri })) as DocumentStatus) : undefined));
  context.subscriptions.push(status);

  /** Builds a new client (the server path may have changed) and starts it; the status says how it went. */
  const start = async (): Promise<void> => {
    if (context.workspaceState.get<boolean>(PAUSED)) {
      status.setState('paused');
      output.info('Copydesk is paused for this workspace ("Copydesk: Resume" turns it back on).');
      return;
    }
    const configured = vscode.workspace.getConfiguration('copydesk').get<string>('server.path', '').trim();
    const module = configured ? (isAbsolute(configured) ? configured : context.asAbsolutePath(configured)) : context.asAbsolutePath('dist/server.js');
    output.info(`Starting Copydesk ${version} (server ${configured ? module : 'bundled'})`);
    if (!existsSync(module)) {
      const message = `the server module ${module} does not exist (setting copydesk.server.path)`;
      output.error(`Copydesk could not start: ${message}`);
      status.setState('error', message);
      return;
    }
    status.setState('starting');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ language: 'markdown' }, { language: 'plaintext' }],
      outputChannel: output,
      initializationOptions: { ruleDocCommand: 'copydesk.showRuleDocumentation', showsProblems: true },
      errorHandler: {
        error: () => ({ action: ErrorAction.Continue }),
        // The server crashed: bring it back and say so, up to a limit so a crash loop stops.
        closed: () => {
          crashes.push(Date.now());
          const recent = crashes.filter((t) => Date.now() - t < 3 * 60_000).length;
          if (recent > 5) {
            status.setState('error', 'the server stopped 5 times in 3 minutes');
            return { action: CloseAction.DoNotRestart, message: 'The Copydesk server stopped 5 times in 3 minutes and will not be restarted. Run "Copydesk: Restart Server" to try again.' };
          }
          output.warn('The Copydesk server stopped unexpectedly; restarting it.');
          void vscode.window.showWarningMessage('Copydesk: the server stopped unexpectedly and was restarted.');
          return { action: CloseAction.Restart, handled: true };
        },
      },
      synchronize: {
        configurationSection: 'copydesk',
        fileEvents: vscode.workspace.createFileSystemWatcher('**/{.copydesk.json,.copydeskignore}'),
      },
      middleware: {
        workspace: {
          // Hand the server only the settings a user actually set, so defaults come from the engine and
          // .copydesk.json is not overridden by the manifest's defaults.
          configuration: async (params, token, next) => {
            const answers = await next(params, token);
            if (!Array.isArray(answers)) return answers;
            return params.items.map((item, index) =>
              item.section === 'copydesk'
                ? explicitSettings(vscode.workspace.getConfiguration('copydesk', item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined), settingKeys)
                : answers[index],
            );
          },
        },
      },
    };
    const fresh = new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
    client = fresh;
    fresh.onDidChangeState((event) => {
      if (client !== fresh) return;
      if (event.newState === State.Running) status.setState('ready');
      else if (event.newState === State.Starting) status.setState('starting');
    });
    try {
      await fresh.start();
      status.setState('ready');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      output.error(`Copydesk could not start: ${message}`);
      status.setState('error', message);
    }
  };

  const stop = async (): Promise<void> => {
    const old = client;
    client = undefined;
    if (old) {
      try {
        await old.stop();
      } catch {
        // A client that never started cannot stop; nothing is left running.
      }
    }
  };

  const restart = async (): Promise<void> => {
    output.info('Restarting the Copydesk server…');
    await stop();
    crashes.length = 0;
    await start();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('copydesk.restartServer', restart),
    vscode.commands.registerCommand('copydesk.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('copydesk.pause', async () => {
      await context.workspaceState.update(PAUSED, true);
      await stop();
      status.setState('paused');
      output.info('Copydesk paused for this workspace.');
    }),
    vscode.commands.registerCommand('copydesk.resume', async () => {
      await context.workspaceState.update(PAUSED, undefined);
      output.info('Copydesk resumed for this workspace.');
      if (!client) await start();
    }),
    vscode.commands.registerCommand('copydesk.checkWorkspace', () => checkWorkspace(client, output)),
    vscode.commands.registerCommand('copydesk.showRuleDocumentation', (rule?: string) => showRuleDocumentation(context, rule)),
    vscode.commands.registerCommand('copydesk.openConfiguration', (uri?: vscode.Uri) => openConfiguration(context, uri, status.snapshot().config.file)),
    registerFixOnSave(output),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('copydesk.server.path')) void restart();
    }),
    { dispose: () => void stop() },
  );
  await start();
  return {
    serverPid: async () => ((await client!.sendRequest('copydesk/serverInfo')) as { pid: number }).pid,
    status: () => status.snapshot(),
    onDidChangeStatus: status.onDidChange,
    outputLines: () => [...lines],
    checkWorkspace: () => checkWorkspace(client, output),
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/**
 * The output channel, also keeping every line written to it (by the extension and by the language
 * client on the server's behalf), so the extension's API and its tests can read them back.
 */
function recorded(channel: vscode.LogOutputChannel, lines: string[]): vscode.LogOutputChannel {
  const writers = new Set(['info', 'warn', 'error', 'debug', 'trace', 'append', 'appendLine']);
  return new Proxy(channel, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (typeof property === 'string' && writers.has(property)) {
        return (...args: unknown[]) => {
          if (lines.length < 5000) lines.push(`${property} ${String(args[0])}`);
          return value.apply(target, args);
        };
      }
      return value.bind(target);
    },
  });
}
