// The one registry of rules. The engine, the server, the CLI, the settings schema, the VS Code
// manifest and the README's rule table are all derived from this list.

import { duplicateParagraph } from './duplicate-paragraph.ts';
import { quoteConsistency } from './quote-consistency.ts';
import { quoteMismatch } from './quote-mismatch.ts';
import { quoteSource } from './quote-source.ts';
import { quoteStyle } from './quote-style.ts';
import type { Rule } from './rule.ts';
import { unattributedFigure } from './unattributed-figure.ts';

export const RULES: readonly Rule[] = [duplicateParagraph, quoteMismatch, quoteStyle, quoteConsistency, quoteSource, unattributedFigure];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
