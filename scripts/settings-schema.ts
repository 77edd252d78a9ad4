// Builds, from the rule registry, the two descriptions of Copydesk's settings: the VS Code manifest's
// `contributes.configuration` and the JSON Schema of .copydesk.json. Both are generated, never edited.

import { RULES } from '../server/src/rules/index.ts';
import { ruleDocUrl, type OptionSpec, type Rule } from '../server/src/rules/rule.ts';
import { GLOBAL_OPTIONS } from '../server/src/host/settings.ts';
import { SEVERITIES } from '../server/src/engine/types.ts';

type Json = Record<string, unknown>;

function schemaOf(spec: OptionSpec): Json {
  if (spec.type === 'object') {
    return { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } }, default: spec.default, description: spec.description };
  }
  const out: Json = { type: spec.type, default: spec.default, description: spec.description };
  if (spec.minimum !== undefined) out.minimum = spec.minimum;
  if (spec.maximum !== undefined) out.maximum = spec.maximum;
  if (spec.enum) out.enum = spec.enum;
  if (spec.items) out.items = { type: spec.items.type };
  return out;
}

const severity = (defaultSeverity: string, ruleId: string): Json => ({
  type: 'string',
  enum: [...SEVERITIES],
  default: defaultSeverity,
  description: `Severity of ${ruleId} findings ("off" disables the rule).`,
});

/**
 * Settings only the VS Code extension reads (never handed to the engine): declared here so the
 * manifest is still generated in one place. `client/src/settings.ts` leaves them out of the settings
 * it sends to the server.
 */
export const CLIENT_SETTINGS: Record<string, Json> = {
  fixOnSave: {
    type: 'boolean',
    default: false,
    description: 'On save, apply the safe fixes (delete exact repeats; restyle quote marks when a house style is set), as "Fix all" would.',
  },
  'trace.server': {
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    default: 'off',
    description: 'Log the messages between VS Code and the Copydesk server in the Copydesk output (for bug reports).',
  },
  'server.path': {
    type: 'string',
    default: '',
    description: 'Path of the Copydesk language server module to run instead of the bundled one (for development). Empty: the bundled server.',
  },
};

/** The order of the general settings in the Settings editor: most used first. */
const GENERAL_ORDER = ['enable', 'fixOnSave', 'quotes', 'sources', 'exclude', 'include', 'ignore', 'maxFileSize', 'debounce', 'trace.server', 'server.path'];

/** Rules by importance to an editor, with the heading the Settings editor shows for each. */
const RULE_TITLES: Record<string, string> = {
  'duplicate-paragraph': 'Repeated paragraphs',
  'unattributed-figure': 'Figures without a source',
  'quote-mismatch': 'Unmatched quotation marks',
  'quote-style': 'Quote mark style: curly or straight',
  'quote-source': 'Quotes checked against sources',
  'quote-consistency': 'The same quote worded differently',
};

function ruleTitle(id: string): string {
  return RULE_TITLES[id] ?? id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');
}

/** In VS Code, `ignore` takes "rule, rule" strings so the Settings editor can edit it as a table. */
function vscodeSchemaOf(key: string, spec: OptionSpec): Json {
  if (spec.type !== 'object') return schemaOf(spec);
  return {
    type: 'object',
    additionalProperties: { type: 'string', description: 'Rule ids separated by commas ("*" ignores every rule).' },
    default: spec.default,
    markdownDescription:
      key === 'ignore'
        ? 'Rules ignored in particular files: file path (relative to the workspace folder or `.copydesk.json`) → rule ids separated by commas, e.g. `drafts/story.txt` → `unattributed-figure, quote-style` (`*` ignores every rule). In `.copydesk.json` the rules are a list.'
        : spec.description,
  };
}

/**
 * `contributes.configuration` as categories: general settings first, then one heading per rule (in
 * order of importance) with its severity first. Category ids are the settings' prefixes, so the
 * Settings editor labels them "Severity", "Min Words" under the rule's heading.
 */
export function vscodeConfiguration(): Json[] {
  const general: Json = {};
  const generalSpecs: Record<string, Json> = { ...Object.fromEntries(Object.entries(GLOBAL_OPTIONS.properties).map(([k, spec]) => [k, vscodeSchemaOf(k, spec)])), ...CLIENT_SETTINGS };
  const keys = [...GENERAL_ORDER.filter((k) => k in generalSpecs), ...Object.keys(generalSpecs).filter((k) => !GENERAL_ORDER.includes(k))];
  keys.forEach((key, order) => {
    // server.path runs code: only in trusted workspaces (package.json restrictedConfigurations).
    const scope = key === 'server.path' ? 'machine-overridable' : key === 'trace.server' ? 'window' : 'resource';
    general[`copydesk.${key}`] = { ...generalSpecs[key], order, scope };
  });
  const categories: Json[] = [{ id: 'copydesk', title: 'Copydesk', order: 0, properties: general }];
  const ranked = [...RULES].sort((a, b) => rank(a.id) - rank(b.id));
  ranked.forEach((rule, index) => {
    const properties: Json = {
      [`copydesk.rules.${rule.id}.severity`]: {
        ...severity(rule.defaultSeverity, rule.id),
        markdownDescription: `${rule.summary} [Docs](${ruleDocUrl(rule.id)})`,
        order: 0,
        scope: 'resource',
      },
    };
    Object.entries(rule.options.properties).forEach(([key, spec], order) => {
      properties[`copydesk.rules.${rule.id}.${key}`] = { ...vscodeSchemaOf(key, spec), order: order + 1, scope: 'resource' };
    });
    categories.push({ id: `copydesk.rules.${rule.id}`, title: `${ruleTitle(rule.id)} (${rule.id})`, order: index + 1, properties });
  });
  return categories;
}

function rank(id: string): number {
  const order = Object.keys(RULE_TITLES).indexOf(id);
  return order === -1 ? Object.keys(RULE_TITLES).length : order;
}

// In .copydesk.json "info" is accepted too (the CLI prints "info"); the editor's settings offer one name.
const FILE_SEVERITIES = [...SEVERITIES, 'info'];

export function configFileSchema(): Json {
  const rules: Json = {};
  for (const rule of RULES) {
    const options: Json = { severity: { ...severity(rule.defaultSeverity, rule.id), enum: FILE_SEVERITIES } };
    for (const [key, spec] of Object.entries(rule.options.properties)) options[key] = schemaOf(spec);
    rules[rule.id] = {
      description: `${rule.summary} (${ruleDocUrl(rule.id)})`,
      oneOf: [
        { type: 'string', enum: FILE_SEVERITIES },
        { type: 'object', properties: options, additionalProperties: false },
      ],
    };
  }
  const properties: Json = { $schema: { type: 'string' } };
  for (const [key, spec] of Object.entries(GLOBAL_OPTIONS.properties)) {
    // A dotted setting ("debug.explainFigures") is written nested in .copydesk.json, as in JSON generally.
    const [group, inner] = key.split('.');
    if (inner === undefined) {
      properties[key] = schemaOf(spec);
      continue;
    }
    const object = (properties[group] ??= { type: 'object', properties: {}, additionalProperties: false }) as { properties: Json };
    object.properties[inner] = schemaOf(spec);
  }
  properties.rules = { type: 'object', description: 'Rule severities and options, keyed by rule id.', properties: rules, additionalProperties: false };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/copydesk/copydesk/schemas/copydesk.schema.json',
    title: 'Copydesk configuration (.copydesk.json)',
    type: 'object',
    properties,
    additionalProperties: false,
  };
}

/** Config files validate against the bundled schema with no `$schema` line (which breaks when a file is copied). */
export const JSON_VALIDATION = [{ fileMatch: ['.copydesk.json', '.copydeskrc'], url: './schemas/copydesk.schema.json' }];

const OPTIONS_START = '<!-- options: generated by npm run gen:settings from the rule\'s option schemas; do not edit -->';
const OPTIONS_END = '<!-- /options -->';

function shown(value: unknown): string {
  return '`' + JSON.stringify(value) + '`';
}

function valuesOf(spec: OptionSpec): string {
  if (spec.enum) return (spec.enum as string[]).map((v) => '`' + v + '`').join(', ');
  if (spec.type === 'array') return 'list of strings';
  if (spec.type === 'boolean') return '`true`, `false`';
  if (spec.type === 'number' || spec.type === 'integer') {
    const kind = spec.type === 'integer' ? 'whole number' : 'number';
    if (spec.minimum !== undefined && spec.maximum !== undefined) return `${kind} ${spec.minimum}–${spec.maximum}`;
    if (spec.minimum !== undefined) return `${kind} ≥ ${spec.minimum}`;
    return kind;
  }
  return String(spec.type);
}

/** A rule's options as a Markdown table (with its severity), between markers in its doc. */
export function optionsTable(rule: Rule): string {
  const rows = [
    '| option | default | values | meaning |',
    '|---|---|---|---|',
    `| \`severity\` | ${shown(rule.defaultSeverity)} | ${SEVERITIES.map((s) => '`' + s + '`').join(', ')} | severity of its findings (\`off\` disables the rule) |`,
    ...Object.entries(rule.options.properties).map(([key, spec]) => `| \`${key}\` | ${shown(spec.default)} | ${valuesOf(spec)} | ${String(spec.description).replace(/\|/g, '\\|')} |`),
  ];
  return [OPTIONS_START, '', ...rows, '', OPTIONS_END].join('\n');
}

/** A rule doc with its options table regenerated (inserted after "## Options" when it has none yet). */
export function docWithOptions(doc: string, rule: Rule): string {
  const table = optionsTable(rule);
  const start = doc.indexOf(OPTIONS_START);
  const end = doc.indexOf(OPTIONS_END);
  if (start >= 0 && end > start) return doc.slice(0, start) + table + doc.slice(end + OPTIONS_END.length);
  const heading = doc.indexOf('\n## Options\n');
  if (heading < 0) return doc.trimEnd() + '\n\n## Options\n\n' + table + '\n';
  const at = heading + '\n## Options\n'.length;
  return doc.slice(0, at) + '\n' + table + '\n' + doc.slice(at);
}
