// Settings with the registry's rules: the engine's settings functions (engine/settings.ts) bound to
// the one registry, for the host, the server, the CLI and the scripts.

import { RULES } from '../rules/index.ts';
import { applyLayer as applyLayerFor, defaultSettings as defaultSettingsFor, type Settings } from '../engine/settings.ts';
import type { Problem } from '../engine/types.ts';

export { GLOBAL_OPTIONS, asSeverity, checkValue, isSeverity, type RuleSettings, type Settings } from '../engine/settings.ts';

export function defaultSettings(): Settings {
  return defaultSettingsFor(RULES);
}

export function applyLayer(base: Settings, layer: unknown, where: string, problems: Problem[]): Settings {
  return applyLayerFor(base, layer, where, problems, RULES);
}
