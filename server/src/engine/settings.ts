// Settings: defaults come from the rule registry; user layers (.copydesk.json, VS Code settings, CLI
// flags) are validated key by key. A bad value never throws: it is reported and the default is used.

import { RULES, RULES_BY_ID } from '../rules/index.ts';
import type { OptionSpec } from '../rules/rule.ts';
import { SEVERITIES, type Problem, type Severity } from './types.ts';

export interface RuleSettings {
  severity: Severity;
  options: Record<string, unknown>;
}

export interface Settings {
  enable: boolean;
  /** Milliseconds between the last keystroke and a lint. */
  debounce: number;
  /** Drafts larger than this many characters are not linted. */
  maxFileSize: number;
  /** Quote sources larger than this many bytes are not read. */
  maxSourceSize: number;
  /** At most this many diagnostics are published per document (then one "and N more"). */
  maxDiagnostics: number;
  /** Globs of source files (transcripts, notes) for the quote rules, relative to the config file. */
  sources: string[];
  /** Globs of drafts to lint (CLI) and to skip. */
  include: string[];
  exclude: string[];
  /** Rules ignored per file: path relative to the .copydesk.json → rule ids ("*" = every rule). */
  ignore: Record<string, string[]>;
  /** Which quotation marks pair: "auto" (from the draft), a language tag ("de", "fr", …) or pairs ("«» ‹›"). */
  quotes: string;
  rules: Record<string, RuleSettings>;
}

/** Top-level settings, described once for validation and for the generated schemas. */
export const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  enable: { type: 'boolean', default: true, description: 'Lint drafts with Copydesk.' },
  debounce: { type: 'integer', default: 150, minimum: 0, maximum: 5000, description: 'Milliseconds to wait after a change before linting.' },
  maxFileSize: {
    type: 'integer',
    default: 4_000_000,
    minimum: 1000,
    description: 'Drafts larger than this many characters are not linted (you are told once).',
  },
  maxSourceSize: {
    type: 'integer',
    default: 20_000_000,
    minimum: 1000,
    description: 'Quote sources larger than this many bytes are not read (you are told once).',
  },
  maxDiagnostics: {
    type: 'integer',
    default: 1000,
    minimum: 1,
    description: 'At most this many problems are shown per draft, followed by one "and N more" (the CLI reports them all).',
  },
  sources: {
    type: 'array',
    items: { type: 'string' },
    default: [],
    description: 'Globs of transcripts, notes and press releases that quotes are checked against (relative to the workspace or .copydesk.json).',
  },
  include: { type: 'array', items: { type: 'string' }, default: ['**/*.md', '**/*.markdown', '**/*.txt'], description: 'Globs of drafts the CLI checks in folders.' },
  exclude: { type: 'array', items: { type: 'string' }, default: [], description: 'Globs of files never linted.' },
  quotes: {
    type: 'string',
    default: 'auto',
    description:
      'Quotation marks of the drafts\' language: "auto" (read from each draft; English unless it uses „ « » or Swedish ”), a language tag ("en", "de", "de-CH", "fr", "da", "pl", "nl", "hu", "sv", "fi") or explicit pairs, outer first ("«» ‹›").',
  },
  ignore: {
    type: 'lists',
    default: {},
    description: 'Rules ignored in particular files: { "drafts/story.txt": ["unattributed-figure"] } (paths relative to .copydesk.json; "*" ignores every rule). Written by the quick fix "Ignore <rule> in this file".',
  },
};

export function defaultSettings(): Settings {
  const rules: Record<string, RuleSettings> = {};
  for (const rule of RULES) {
    const options: Record<string, unknown> = {};
    for (const [key, spec] of Object.entries(rule.options)) options[key] = structuredClone(spec.default);
    rules[rule.id] = { severity: rule.defaultSeverity, options };
  }
  const settings = { rules } as Settings;
  for (const [key, spec] of Object.entries(GLOBAL_OPTIONS)) (settings as unknown as Record<string, unknown>)[key] = structuredClone(spec.default);
  return settings;
}

/**
 * Applies one user layer on top of `base`. `where` names the layer in messages ("/repo/.copydesk.json",
 * "VS Code settings").
 */
export function applyLayer(base: Settings, layer: unknown, where: string, problems: Problem[]): Settings {
  if (layer === undefined || layer === null) return base;
  const settings = structuredClone(base);
  if (!isObject(layer)) {
    problems.push({ message: `${where}: expected an object of settings, got ${describe(layer)}; using defaults`, file: where });
    return settings;
  }
  for (const [key, value] of Object.entries(layer)) {
    if (key === 'rules') {
      applyRules(settings, value, where, problems);
    } else if (key === '$schema') {
      continue;
    } else if (Object.hasOwn(GLOBAL_OPTIONS, key)) {
      const checked = checkValue(GLOBAL_OPTIONS[key], value);
      if (checked.ok) (settings as unknown as Record<string, unknown>)[key] = checked.value;
      else if (value !== null && value !== undefined) problems.push({ message: `${where}: "${key}" ${checked.expected}; using the default`, file: where });
    } else {
      problems.push({ message: `${where}: unknown setting "${key}" (known: ${[...Object.keys(GLOBAL_OPTIONS), 'rules'].join(', ')})`, file: where });
    }
  }
  return settings;
}

function applyRules(settings: Settings, value: unknown, where: string, problems: Problem[]): void {
  if (!isObject(value)) {
    problems.push({ message: `${where}: "rules" must be an object keyed by rule id, got ${describe(value)}`, file: where });
    return;
  }
  for (const [id, ruleValue] of Object.entries(value)) {
    const rule = RULES_BY_ID.get(id);
    if (!rule) {
      problems.push({ message: `${where}: unknown rule "${id}" (known: ${RULES.map((r) => r.id).join(', ')})`, file: where });
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
      const spec = Object.hasOwn(rule.options, key) ? rule.options[key] : undefined;
      if (!spec) {
        problems.push({ message: `${where}: rule "${id}" has no option "${key}" (options: ${['severity', ...Object.keys(rule.options)].join(', ')})`, file: where });
        continue;
      }
      const checked = checkValue(spec, optionValue);
      if (checked.ok) target.options[key] = checked.value;
      else if (optionValue !== null && optionValue !== undefined) problems.push({ message: `${where}: "rules.${id}.${key}" ${checked.expected}; using the default`, file: where });
    }
  }
}

type Checked = { ok: true; value: unknown } | { ok: false; expected: string };

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
    case 'lists':
      return isObject(value) && Object.values(value).every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string'))
        ? { ok: true, value: structuredClone(value) }
        : fail('an object whose values are lists of strings');
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
