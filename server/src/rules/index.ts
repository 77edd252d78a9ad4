// The one registry of rules. The engine, the server, the CLI (and its SARIF rule list), the settings
// schema and the VS Code manifest are derived from this list; test/unit/registry.test.ts checks that
// the generated files, the README and each rule's doc keep up with it.

import { dateConsistency } from './date-consistency.ts';
import { duplicateParagraph } from './duplicate-paragraph.ts';
import { figureConsistency } from './figure-consistency.ts';
import { nameConsistency } from './name-consistency.ts';
import { quoteConsistency } from './quote-consistency.ts';
import { quoteMismatch } from './quote-mismatch.ts';
import { quoteSource } from './quote-source.ts';
import { quoteStyle } from './quote-style.ts';
import type { Rule } from './rule.ts';
import { unattributedFigure } from './unattributed-figure.ts';

export const RULES: readonly Rule[] = [duplicateParagraph, quoteMismatch, quoteStyle, quoteConsistency, quoteSource, unattributedFigure, nameConsistency, figureConsistency, dateConsistency];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
