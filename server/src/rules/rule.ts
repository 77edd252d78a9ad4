// What a rule is. A rule is a pure function from the document model to findings; its options are
// declared here so the settings schema, the VS Code manifest and the docs are generated from them.

import type { DraftDocument } from '../engine/document.ts';
import type { Finding, Problem, Severity } from '../engine/types.ts';

export interface OptionSpec {
  /** 'lists': an object whose values are lists of strings (e.g. file → rules ignored in it). */
  type: 'number' | 'integer' | 'boolean' | 'string' | 'array' | 'lists';
  default: unknown;
  description: string;
  minimum?: number;
  maximum?: number;
  enum?: string[];
  items?: { type: 'string' };
}

export type RuleFinding = Omit<Finding, 'rule' | 'severity'> & {
  /** Overrides the rule's configured severity for this finding (e.g. a rule option for a milder case). */
  severity?: Finding['severity'];
};

export interface RuleContext {
  doc: DraftDocument;
  /** The rule's options, resolved against their defaults and validated. */
  options: Record<string, unknown>;
  /** Whole-engine settings a rule may need (house style, sources). */
  shared: SharedContext;
}

export interface SharedContext {
  /** Absolute path of the draft, when it has one. */
  file?: string;
  /** The global `sources` globs and the folder they are relative to (the config file's, else the workspace root). */
  sources?: { globs: string[]; base?: string; /** Sources larger than this many bytes are not read (setting maxSourceSize). */ maxBytes?: number };
  /** Files outside this folder are never read (the workspace folder, else the config file's or the draft's folder). */
  root?: string;
  /** The `quotes` setting: which quotation marks pair ("auto", a language tag, or pairs). */
  quotes?: string;
  /** Reports something a rule could not do (a refused or unreadable source) without failing the rule. */
  problem?: (problem: Problem) => void;
}

export interface Rule {
  id: string;
  /** One line: what the rule finds. */
  summary: string;
  defaultSeverity: Exclude<Severity, 'off'>;
  options: Record<string, OptionSpec>;
  /**
   * Keep reporting inside an exact repeat (other rules go quiet there, as the repeat is about to be
   * deleted): for rules whose messages count the whole draft, so the squiggles match the count.
   */
  reportsInsideRepeats?: boolean;
  check(context: RuleContext): RuleFinding[];
}

export const REPOSITORY = 'https://github.com/copydesk/copydesk';

export function ruleDocUrl(id: string): string {
  return `${REPOSITORY}/blob/main/server/src/rules/${id}.md`;
}
