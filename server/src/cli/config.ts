// The CLI's door to configuration discovery (.copydesk.json walking up, --config). Discovery and
// parsing live in the host layer (host/config-file.ts), shared with the server.

import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_FILE, resolveConfig, type ResolvedConfig } from '../host/config-file.ts';

export { CONFIG_FILE };

export interface ConfigFor {
  config: ResolvedConfig;
  /** Problems as the CLI tells them (the CLI does not lint drafts whose configuration is broken). */
  problems: string[];
}

/** Settings for a draft (or for the folder `cwd` when there is no draft): file, then command-line rules. */
export function configFor(absolutePath: string | undefined, rules: Record<string, string>, configFile: string | undefined, cwd?: string): ConfigFor {
  const layers = Object.keys(rules).length ? [{ layer: { rules }, where: 'command line' }] : [];
  const config = resolveConfig(absolutePath ?? resolve(cwd ?? process.cwd(), CONFIG_FILE), { layers, configFile });
  return { config, problems: config.problems.map((p) => cliMessage(p.message)) };
}

/** The engine writes for the editor, which carries on with defaults; the CLI stops instead. */
function cliMessage(message: string): string {
  return message.replace(/; using [^;]*$/, '');
}

/** Why a --config path cannot be used, in words, or undefined when it can. */
export function configPathProblem(path: string): string | undefined {
  if (!existsSync(path)) return `the configuration file given with --config does not exist: ${path}; check the path`;
  if (!statSync(path).isFile()) return `--config must name a file (a .copydesk.json), but ${path} is a folder`;
  return undefined;
}
