// Settings: defaults come from the rules given (the registry, passed in by the host); user layers (.copydesk.json, VS Code settings, CLI
// flags) are validated key by key. A bad value never throws: it is reported and the default is used.

import * as Type from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { Options, type OptionSpec, type Rule } from '../rules/rule.ts';
import { SEVERITIES, type Problem, type Severity } from './types.ts';

export interface RuleSettings {
  severity: Severity;
  options: Record<string, unknown>;
}

/**
 * enable; debounce (ms between the last keystroke and a lint); maxFileSize (characters); maxSourceSize
 * (bytes); maxDiagnostics (per document); sources, include, exclude (globs, relative to the config
 * file); ignore (path → rule ids, "*" = every rule); quotes (which quotation marks pair);
 * debug.explainFigures (the server's hover on figures left alone); and each rule's severity and options.
 */
export type Settings = Static<typeof GLOBAL_OPTIONS> & { rules: Record<string, RuleSettings> };

/** Top-level settings, declared once (TypeBox, as the rules' options) for validation and the generated schemas. */
export const GLOBAL_OPTIONS = Options({
  enable: Type.Boolean({ default: true, description: 'Lint drafts with Copydesk.' }),
  debounce: Type.Integer({ default: 150, minimum: 0, maximum: 5000, description: 'Milliseconds to wait after a change before linting.' }),
  maxFileSize: Type.Integer({
    default: 4_000_000,
    minimum: 1000,
    description: 'Drafts larger than this many characters are not linted (you are told once).',
  }),
  maxSourceSize: Type.Integer({
    default: 20_000_000,
    minimum: 1000,
    description: 'Quote sources larger than this many bytes are not read (you are told once).',
  }),
  maxDiagnostics: Type.Integer({
    default: 1000,
    minimum: 1,
    description: 'At most this many problems are shown per draft, followed by one "and N more" (the CLI reports them all).',
  }),
  sources: Type.Array(Type.String(), {
    default: [],
    description: 'Globs of transcripts, notes and press releases that quotes are checked against (relative to the workspace or .copydesk.json).',
  }),
  include: Type.Array(Type.String(), {
    default: ['**/*.md', '**/*.markdown', '**/*.txt'],
    description: 'Globs of drafts: what the CLI checks in folders and, under a .copydesk.json, what the editor lints (read as in .gitignore, relative to .copydesk.json).',
  }),
  exclude: Type.Array(Type.String(), { default: [], description: 'Globs of files never linted (read as in .gitignore, relative to .copydesk.json: "archive" matches at any depth).' }),
  quotes: Type.String({
    default: 'auto',
    description:
      'Quotation marks of the drafts\' language: "auto" (read from each draft; English unless it uses „ « » or Swedish ”), a language tag ("en", "de", "de-CH", "fr", "da", "pl", "nl", "hu", "sv", "fi") or explicit pairs, outer first ("«» ‹›").',
  }),
  ignore: Type.Record(Type.String(), Type.Array(Type.String()), {
    default: {},
    description: 'Rules ignored in particular files: { "drafts/story.txt": ["unattributed-figure"] } (paths relative to .copydesk.json; "*" ignores every rule). Written by the quick fix "Ignore <rule> in this file".',
  }),
  // A dotted key is a group in the editor's settings ("copydesk.debug.explainFigures"); a layer may
  // write it nested ({ "debug": { "explainFigures": true } }), as VS Code and Neovim hand it over.
  'debug.explainFigures': Type.Boolean({
    default: false,
    description:
      'For checking unattributed-figure: hovering over a figure it did not flag says why (e.g. "attribution carried from line 4: ‘found’"), the reasons copydesk check --explain prints. Off: no such hover.',
  }),
});

export function defaultSettings(registry: readonly Rule[]): Settings {
  const rules: Record<string, RuleSettings> = {};
  for (const rule of registry) {
    const options: Record<string, unknown> = {};
    for (const [key, spec] of Object.entries(rule.options.properties)) options[key] = structuredClone(spec.default);
    rules[rule.id] = { severity: rule.defaultSeverity, options };
  }
  const settings = { rules } as Settings;
  for (const [key, spec] of Object.entries(GLOBAL_OPTIONS.properties)) (settings as unknown as Record<string, unknown>)[key] = structuredClone(spec.default);
  return settings;
}

/**
 * Applies one user layer on top of `base`. `where` names the layer in messages ("/repo/.copydesk.json",
 * "VS Code settings").
 */
export function applyLayer(base: Settings, layer: unknown, where: string, problems: Problem[], registry: readonly Rule[]): Settings {
  if (layer === undefined || layer === null) return base;
  const settings = structuredClone(base);
  if (!isObject(layer)) {
    problems.push({ message: `${where}: expected an object of settings, got ${describe(layer)}; using defaults`, file: where });
    return settings;
  }
  for (const [key, value] of entriesOf(layer)) {
    if (key === 'rules') {
      applyRules(settings, value, where, problems, registry);
    } else if (key === '$schema') {
      continue;
    } else if (Object.hasOwn(GLOBAL_OPTIONS.properties, key)) {
      const checked = checkValue(GLOBAL_OPTIONS.properties[key as keyof typeof GLOBAL_OPTIONS.properties], value);
      if (checked.ok) (settings as unknown as Record<string, unknown>)[key] = checked.value;
      else if (value !== null && value !== undefined) problems.push({ message: `${where}: "${key}" ${checked.expected}; using the default`, file: where });
    } else {
      problems.push({ message: `${where}: unknown setting "${key}" (known: ${[...Object.keys(GLOBAL_OPTIONS.properties), 'rules'].join(', ')})`, file: where });
    }
  }
  return settings;
}

/**
 * A layer's entries, with a group of dotted settings written nested ({ "debug": { "explainFigures":
 * true } }) read as its dotted keys ("debug.explainFigures"); anything else in the group is unknown.
 */
function entriesOf(layer: Record<string, unknown>): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [key, value] of Object.entries(layer)) {
    const grouped = isObject(value) && !Object.hasOwn(GLOBAL_OPTIONS.properties, key) && Object.keys(GLOBAL_OPTIONS.properties).some((k) => k.startsWith(`${key}.`));
    if (grouped) for (const [inner, v] of Object.entries(value)) out.push([`${key}.${inner}`, v]);
    else out.push([key, value]);
  }
  return out;
}

function applyRules(settings: Settings, value: unknown, where: string, problems: Problem[], registry: readonly Rule[]): void {
  if (!isObject(value)) {
    problems.push({ message: `${where}: "rules" must be an object keyed by rule id, got ${describe(value)}`, file: where });
    return;
  }
  for (const [id, ruleValue] of Object.entries(value)) {
    const rule = registry.find((r) => r.id === id);
    if (!rule) {
      problems.push({ message: `${where}: unknown rule "${id}" (known: ${registry.map((r) => r.id).join(', ')})`, file: where });
      continue;
    }
    const target = settings.rules[id];
    // Shorthand: "rule": "off" sets only the severity.
    if (typeof ruleValue === 'string') {
      const severity = asSeverity(ruleValue);
      if (severity) target.severity = severity;
      else problems.push({ message: `${where}: "rules.${id}" must be one of ${SEVERITIES.join(', ')} or an object, got "${ruleValue}"`, file: where });
      continue;
    }
    if (!isObject(ruleValue)) {
      problems.push({ message: `${where}: "rules.${id}" must be an object, got ${describe(ruleValue)}`, file: where });
      continue;
    }
    for (const [key, optionValue] of Object.entries(ruleValue)) {
      if (key === 'severity') {
        const severity = asSeverity(optionValue);
        if (severity) target.severity = severity;
        else problems.push({ message: `${where}: "rules.${id}.severity" must be one of ${SEVERITIES.join(', ')}, got ${describe(optionValue)}; using ${target.severity}`, file: where });
        continue;
      }
      // Own keys only: "constructor" or "__proto__" in a layer are unknown options, not Object's.
      const spec: OptionSpec | undefined = Object.hasOwn(rule.options.properties, key) ? (rule.options.properties[key] as OptionSpec) : undefined;
      if (!spec) {
        problems.push({ message: `${where}: rule "${id}" has no option "${key}" (options: ${['severity', ...Object.keys(rule.options.properties)].join(', ')})`, file: where });
        continue;
      }
      const checked = checkValue(spec, optionValue);
      if (checked.ok) target.options[key] = checked.value;
      else if (optionValue !== null && optionValue !== undefined) problems.push({ message: `${where}: "rules.${id}.${key}" ${checked.expected}; using the default`, file: where });
    }
  }
}

type Checked = { ok: true; value: unknown } | { ok: false; expected: string };

/** Validates a value against an option's schema, saying in words what was expected when it fails. */
export function checkValue(spec: OptionSpec, value: unknown): Checked {
  const fail = (what: string): Checked => ({ ok: false, expected: `must be ${what}, got ${describe(value)}` });
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : fail('true or false');
    case 'number':
    case 'integer': {
      const range = `${spec.minimum !== undefined ? ` ≥ ${spec.minimum}` : ''}${spec.maximum !== undefined ? ` ≤ ${spec.maximum}` : ''}`;
      const what = `${spec.type === 'integer' ? 'a whole number' : 'a number'}${range}`;
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail(what);
      if (spec.type === 'integer' && !Number.isInteger(value)) return fail(what);
      if (spec.minimum !== undefined && value < spec.minimum) return fail(what);
      if (spec.maximum !== undefined && value > spec.maximum) return fail(what);
      return { ok: true, value };
    }
    case 'string':
      if (typeof value !== 'string') return fail(spec.enum ? `one of ${spec.enum.join(', ')}` : 'a string');
      if (spec.enum && !spec.enum.includes(value)) return fail(`one of ${spec.enum.join(', ')}`);
      return { ok: true, value };
    case 'array':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? { ok: true, value: [...value] } : fail('a list of strings');
    case 'object': // a record of lists of strings (`ignore`)
      return isObject(value) && Object.values(value).every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string'))
        ? { ok: true, value: structuredClone(value) }
        : fail('an object whose values are lists of strings');
    default:
      return fail(`a valid value (unsupported option type ${String(spec.type)})`);
  }
}

/** A severity as written by a person: "info" is another name for "information" (the CLI prints "info"). */
export function asSeverity(value: unknown): Severity | undefined {
  if (value === 'info') return 'information';
  return isSeverity(value) ? value : undefined;
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}
