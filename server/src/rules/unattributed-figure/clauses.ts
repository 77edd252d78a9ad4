// Where a clause begins and ends: the one place that defines it for unattributed-figure's readers (desk.ts,
// tense.ts, lexical.ts). Three kinds of boundary, because the readers ask three different questions, built from
// one vocabulary (the conjunctions and the punctuation below):
//
// - a clause with a subject of its own (`clauseOf`): how far a cue governs and which clause a figure is in. Only a
//   semicolon, a spaced dash, "while"/"whereas", or a comma and a conjunction that is not followed by a verb
//   ("…, and was flying in…" goes on with the same subject) end it: a comma alone does not, or "said officials"
//   would lose every figure after an appositive.
// - the innermost clause before a word (`innermostClauseStart`): where a bare subject can begin, for the tense
//   reader. Any comma, colon, semicolon, dash or opening bracket, or any conjunction (subordinating ones too:
//   "because", "when", "that"), starts one: the subject of a verb is never further back.
// - the punctuated clause around a span (`punctuatedClause`): the lexical judge's window of words, from the
//   punctuation alone (quotation marks and both brackets too, a comma inside a number not), so that its trained
//   weights see what they were trained on.
//
// Session 8 (fig23) gathered them here from the three readers, unchanged: made into one, each reader's findings
// (or, for the lexical judge, its trained features) would change.

import type { Span } from '../../engine/types.ts';

/** Conjunctions that join or contrast two clauses. */
const JOINING = 'and|but|so|while|whereas|although|though';
/** …and those that only ever join clauses of equal rank with a comma before them ("…, yet the council…"). */
const COORDINATING = `${JOINING}|yet`;
/** …and the subordinating ones that open a clause of their own ("because", "when", "as", "that"). */
const OPENING = `${JOINING}|as|because|when|that`;
/** Marks that set a clause off inside a sentence (a comma aside). */
const PAUSE = ';:—–';

/** A clause with a subject of its own begins after one of these. */
const CLAUSE_BREAK = new RegExp(
  // ", and was flying in…" continues the same subject (a verb follows); ", and aid groups warned…" does not.
  `;|\\s[—–]\\s|,\\s+(?:${COORDINATING})\\s+(?!(?:is|was|were|are|has|had|have|will|would|could|can|may|might|should|said|says|also|then|that|not|still)(?![\\p{L}])|\\p{Ll}+(?:ed|ing)(?![\\p{L}]))|\\s+(?:while|whereas)\\s+`,
  'gu',
);

/** The clause of `text` holding `offset`: a clause with a subject of its own. */
export function clauseOf(text: string, offset: number): Span {
  let start = 0;
  let end = text.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    if (m.index + m[0].length <= offset) start = m.index + m[0].length;
    else if (m.index >= offset) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

const INNER_BREAK = `^|[,${PAUSE}(]|(?<![\\p{L}])(?:${OPENING})(?![\\p{L}])`;
/** The last place a clause (or a bare noun phrase as its subject) begins: its start, a comma, a conjunction. */
const INNERMOST_START = new RegExp(`(?:${INNER_BREAK})(?!.*(?:${INNER_BREAK}))`, 'su');

/**
 * Where the innermost clause of `before` (the words before a candidate verb) begins: the boundary found (its text:
 * "", ",", ":", "and" …), or undefined when there is none.
 */
export function innermostClauseStart(before: string): { index: number; text: string } | undefined {
  const m = INNERMOST_START.exec(before);
  return m ? { index: m.index, text: m[0] } : undefined;
}

/** Where the last clause set off by a comma, semicolon or colon in `before` begins (0 when none is). */
export function lastPunctuatedClauseStart(before: string): number {
  return Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
}

/** A clause's end by punctuation alone: a pause, a bracket, a quotation mark, or a comma not inside a number. */
const PUNCTUATION_BREAK = new RegExp(`[${PAUSE}()“”"]|,(?!\\d)`, 'g');

/** The punctuated clause of `text` around the span `at`…`until` (the figure's): from the break before to the break after. */
export function punctuatedClause(text: string, at: number, until: number): Span {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(PUNCTUATION_BREAK)) {
    if (m.index! < at) start = m.index! + 1;
    else if (m.index! >= until) {
      end = m.index!;
      break;
    }
  }
  return { start, end };
}
