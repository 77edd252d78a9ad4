// The VS Code extension: starts the language server over IPC and adds two commands. It loads no
// engine code, so activation stays cheap; everything else happens in the server process.

import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { explicitSettings } from './settings';

let client: LanguageClient | undefined;

/** What the extension exports to other extensions and to its own end-to-end tests. */
export interface CopydeskApi {
  /** The process id of the running language server. */
  serverPid(): Promise<number>;
}

export async function activate(context: vscode.ExtensionContext): Promise<CopydeskApi> {
  const output = vscode.window.createOutputChannel('Copydesk', { log: true });
  context.subscriptions.push(output);
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const crashes: number[] = [];
  const settingKeys = Object.keys(context.extension.packageJSON.contributes?.configuration?.properties ?? {});
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown' },
      { language: 'plaintext' },
    ],
    outputChannel: output,
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      // The server crashed: bring it back and say so, up to a limit so a crash loop stops.
      closed: () => {
        crashes.push(Date.now());
        const recent = crashes.filter((t) => Date.now() - t < 3 * 60_000).length;
        if (recent > 5) {
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
  client = new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('copydesk.restartServer', async () => {
      output.appendLine('Restarting the Copydesk server…');
      await client?.restart();
    }),
    vscode.commands.registerCommand('copydesk.showOutput', () => output.show(true)),
  );
  await client.start();
  return {
    serverPid: async () => ((await client!.sendRequest('copydesk/serverInfo')) as { pid: number }).pid,
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
