// The engine's vocabulary. Everything here is plain data with UTF-16 offsets into the draft, so the
// LSP server and the CLI only translate it (offsets → positions) and never interpret it.

export type Severity = 'off' | 'hint' | 'information' | 'warning' | 'error';
export const SEVERITIES: readonly Severity[] = ['off', 'hint', 'information', 'warning', 'error'];

export type Format = 'markdown' | 'plaintext';

export interface Span {
  start: number;
  end: number;
}

export interface Edit extends Span {
  text: string;
  /** The same insertion as an LSP snippet (`${1:placeholder}`), for clients that support snippet edits. */
  snippet?: string;
}

export interface Fix {
  title: string;
  edits: Edit[];
  preferred?: boolean;
  /** Safe to apply without looking: included in fix-all (`source.fixAll.copydesk`, `copydesk check --fix`). */
  safe?: boolean;
  /** How many things the fix changes (paragraphs deleted, marks changed), for fix-all titles; default 1. */
  count?: number;
  /**
   * Offered as a quick fix only when the cursor is inside this span: a finding spanning a repeated
   * block offers "Delete only this paragraph" for the paragraph the cursor is in, not for all of them.
   */
  within?: Span;
}

export interface Related extends Span {
  message: string;
  /** Another file (absolute path); absent means the same draft. */
  file?: string;
  /** For another file: its text is not loaded by the caller, so the finding carries 0-based positions. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/** Structured facts a rule gives about a finding (the message stays the prose a list shows). */
export interface FindingDetail {
  /** The rule's kind of finding (unattributed-figure: "casualty", "money", "survey", "placeholder", "strict"…). */
  kind: string;
  /** The text the finding is about, as its message shows it (a figure). */
  subject?: string;
  /** What the subject refers to (unattributed-figure: the figure a conversion converts). */
  refers?: string;
  /** Qualifiers of the kind (unattributed-figure: "reporter-present", "lower-confidence"). */
  notes?: string[];
  /** unattributed-figure's learned judge: its probability and threshold, the features that weighed most
   * (plain words), and the hand rules' reason when they would have left the figure alone. */
  learned?: { probability: number; threshold: number; reasons: string[]; handReason?: string; judge?: 'learned' | 'lexical' };
}

export interface Finding extends Span {
  rule: string;
  severity: Exclude<Severity, 'off'>;
  message: string;
  fixes: Fix[];
  related?: Related[];
  /** Text that is redundant (a repeat): editors grey it out. */
  unnecessary?: boolean;
  /**
   * The span is an exact repeat, about to be deleted: other rules' findings inside it are dropped (a
   * figure or a curly apostrophe in a repeated paragraph is not reported twice).
   */
  supersedes?: boolean;
  /** Extra markdown shown on hover (e.g. where a quote was found). */
  hover?: string;
  /** What the rule knows about the finding, for its hover to render without parsing the message. */
  detail?: FindingDetail;
  /**
   * A hover-only note, not a problem: the server serves its `hover` but never publishes it as a
   * diagnostic, and the CLI does not list it (e.g. a quote found verbatim in the sources).
   */
  note?: boolean;
}

/** Something the engine could not do (bad setting, unreadable source): reported, never thrown. */
export interface Problem {
  message: string;
  file?: string;
}
