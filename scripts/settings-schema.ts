// Builds, from the rule registry, the two descriptions of Copydesk's settings: the VS Code manifest's
// `contributes.configuration` and the JSON Schema of .copydesk.json. Both are generated, never edited.

import { RULES } from '../server/src/rules/index.ts';
import { ruleDocUrl, type OptionSpec } from '../server/src/rules/rule.ts';
import { GLOBAL_OPTIONS } from '../server/src/engine/settings.ts';
import { SEVERITIES } from '../server/src/engine/types.ts';

type Json = Record<string, unknown>;

function schemaOf(spec: OptionSpec): Json {
  if (spec.type === 'lists') {
    return { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } }, default: spec.default, description: spec.description };
  }
  const out: Json = { type: spec.type, default: spec.default, description: spec.description };
  if (spec.minimum !== undefined) out.minimum = spec.minimum;
  if (spec.maximum !== undefined) out.maximum = spec.maximum;
  if (spec.enum) out.enum = spec.enum;
  if (spec.items) out.items = spec.items;
  return out;
}

const severity = (defaultSeverity: string, ruleId: string): Json => ({
  type: 'string',
  enum: [...SEVERITIES],
  default: defaultSeverity,
  description: `Severity of ${ruleId} findings ("off" disables the rule).`,
});

export function vscodeConfiguration(): Json {
  const properties: Json = {};
  for (const [key, spec] of Object.entries(GLOBAL_OPTIONS)) {
    properties[`copydesk.${key}`] = { ...schemaOf(spec), scope: 'resource' };
  }
  for (const rule of RULES) {
    properties[`copydesk.rules.${rule.id}.severity`] = {
      ...severity(rule.defaultSeverity, rule.id),
      markdownDescription: `${rule.summary} [Docs](${ruleDocUrl(rule.id)})`,
      scope: 'resource',
    };
    for (const [key, spec] of Object.entries(rule.options)) {
      properties[`copydesk.rules.${rule.id}.${key}`] = { ...schemaOf(spec), scope: 'resource' };
    }
  }
  return { title: 'Copydesk', properties };
}

// In .copydesk.json "info" is accepted too (the CLI prints "info"); the editor's settings offer one name.
const FILE_SEVERITIES = [...SEVERITIES, 'info'];

export function configFileSchema(): Json {
  const rules: Json = {};
  for (const rule of RULES) {
    const options: Json = { severity: { ...severity(rule.defaultSeverity, rule.id), enum: FILE_SEVERITIES } };
    for (const [key, spec] of Object.entries(rule.options)) options[key] = schemaOf(spec);
    rules[rule.id] = {
      description: `${rule.summary} (${ruleDocUrl(rule.id)})`,
      oneOf: [
        { type: 'string', enum: FILE_SEVERITIES },
        { type: 'object', properties: options, additionalProperties: false },
      ],
    };
  }
  const properties: Json = { $schema: { type: 'string' } };
  for (const [key, spec] of Object.entries(GLOBAL_OPTIONS)) properties[key] = schemaOf(spec);
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
