// What a rule is. A rule is a pure function from the document model to findings; its options are
// declared once with TypeBox (see OptionSpec) so their types, validation, the settings schema, the VS
// Code manifest and the docs' options tables are generated from them.

import * as Type from '@sinclair/typebox';
import type { Static, TObject, TProperties, TSchema, TUnsafe } from '@sinclair/typebox';
import type { DraftDocument } from '../engine/document.ts';
import type { Finding, Problem, Severity } from '../engine/types.ts';
import type { DocumentState } from '../engine/state.ts';
import type { Sources } from '../engine/source-index.ts';

/**
 * One option, declared once as a TypeBox schema (a JSON Schema object with a static type): its type,
 * runtime validation (engine/settings.ts), the VS Code settings, the .copydesk.json schema and the
 * options table in the rule's doc are all derived from it. Every option has a default and a description.
 */
export type OptionSpec = TSchema;

/**
 * A string option with a fixed set of values: a union of literals (so TypeBox types and checks it) that
 * also carries `type: "string"` and `enum`, the plain JSON Schema VS Code shows as a list.
 */
export function StringEnum<const T extends readonly string[]>(values: T, options: { default: T[number]; description: string }) {
  return Type.Union(
    values.map((value) => Type.Literal(value)),
    { type: 'string', enum: [...values], ...options },
  ) as unknown as TUnsafe<T[number]>;
}

/** A rule's options: an object schema whose properties are its options. */
export function Options<P extends TProperties>(properties: P): TObject<P> {
  return Type.Object(properties);
}

export type RuleFinding = Omit<Finding, 'rule' | 'severity'> & {
  /** Overrides the rule's configured severity for this finding (e.g. a rule option for a milder case). */
  severity?: Finding['severity'];
};

export interface RuleContext<O = Record<string, unknown>> {
  doc: DraftDocument;
  /** The rule's options, resolved against their defaults and validated (typed from its schema). */
  options: O;
  /** Whole-engine settings a rule may need (house style, sources). */
  shared: SharedContext;
  /** This document's state between lints (cross-paragraph rules keep their last matches here). */
  state?: DocumentState;
}

export interface SharedContext {
  /** Absolute path of the draft, when it has one. */
  file?: string;
  /** The draft's quote sources, found and read by the host (none in a browser or for an untitled draft). */
  sources?: Sources;
  /** The `quotes` setting: which quotation marks pair ("auto", a language tag, or pairs). */
  quotes?: string;
  /** The year it is now, from the host's clock (the engine never reads it); absent, no year is assumed. */
  currentYear?: number;
  /** Reports something a rule could not do (a refused or unreadable source) without failing the rule. */
  problem?: (problem: Problem) => void;
}

export interface Rule<P extends TProperties = TProperties> {
  id: string;
  /** One line: what the rule finds. */
  summary: string;
  defaultSeverity: Exclude<Severity, 'off'>;
  options: TObject<P>;
  check(context: RuleContext<Static<TObject<P>>>): RuleFinding[];
}

/** A rule, with its options' types inferred from their schema (no casts in `check`). */
export function defineRule<P extends TProperties>(rule: Rule<P>): Rule<P> {
  return rule;
}

export const REPOSITORY = 'https://github.com/copydesk/copydesk';

export function ruleDocUrl(id: string): string {
  return `${REPOSITORY}/blob/main/server/src/rules/${id}.md`;
}
