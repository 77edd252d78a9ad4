// The one registry of rules. The engine, the server, the CLI, the settings schema, the VS Code
// manifest and the README's rule table are all derived from this list.

import { duplicateParagraph } from './duplicate-paragraph.ts';
import type { Rule } from './rule.ts';

export const RULES: readonly Rule[] = [duplicateParagraph];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
