// Only the copydesk.* values a user set (user, workspace or folder), nested the way the engine reads them.

import type { WorkspaceConfiguration } from 'vscode';

export function explicitSettings(config: WorkspaceConfiguration, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const fullKey of keys) {
    const key = fullKey.replace(/^copydesk\./, '');
    const inspected = config.inspect(key);
    const value = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
    if (value === undefined) continue;
    const path = key.split('.');
    // rules.<id>.<option>: rule ids contain dashes, never dots.
    let target = out;
    for (const part of path.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[path[path.length - 1]] = value;
  }
  return out;
}
