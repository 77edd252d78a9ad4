// Only the copydesk.* values a user set (user, workspace or folder), nested the way the engine reads them.

import type { WorkspaceConfiguration } from 'vscode';

/** Settings the extension reads itself; the engine would call them unknown. */
const CLIENT_ONLY = /^copydesk\.(fixOnSave|trace\.|server\.)/;

/** The engine's setting keys in the manifest (its `configuration` is a list of categories). */
export function settingKeysOf(packageJSON: { contributes?: { configuration?: unknown } }): string[] {
  const configuration = packageJSON.contributes?.configuration;
  const categories = (Array.isArray(configuration) ? configuration : [configuration]) as { properties?: Record<string, unknown> }[];
  return categories.flatMap((c) => Object.keys(c?.properties ?? {})).filter((key) => !CLIENT_ONLY.test(key));
}

export function explicitSettings(config: WorkspaceConfiguration, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const fullKey of keys) {
    const key = fullKey.replace(/^copydesk\./, '');
    const inspected = config.inspect(key);
    let value = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
    if (value === undefined) continue;
    if (key === 'ignore') value = ignoreLists(value);
    const path = key.split('.');
    // rules.<id>.<option>: rule ids contain dashes, never dots.
    let target = out;
    for (const part of path.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[path[path.length - 1]] = value;
  }
  return out;
}

/**
 * `copydesk.ignore` is edited in the Settings editor as file → "rule, rule" (it cannot edit lists
 * inside an object); the engine takes lists, as in .copydesk.json. Lists are passed through.
 */
export function ignoreLists(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([file, rules]) => [
      file,
      typeof rules === 'string'
        ? rules
            .split(',')
            .map((rule) => rule.trim())
            .filter(Boolean)
        : rules,
    ]),
  );
}
