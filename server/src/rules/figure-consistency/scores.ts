// figure-consistency: a result restated with another score. The shared figure reader takes "3-1" for a range and
// leaves it out; a score is read here only as a result ("beat Kolbrun 3-1", "a 3-1 win", "a 21-17 vote"), and a
// later score that refers back to the story's result ("the 3-2 win", "the 7-2 vote") must be that result.

import { paragraphCache } from '../../engine/cache.ts';
import type { DraftDocument } from '../../engine/document.ts';
import type { RuleFinding } from '../rule.ts';

export interface ScoreMention {
  /** Offsets of the score in its block's prose (in the draft, once located). */
  start: number;
  end: number;
  text: string;
  /** The two sides as written. */
  a: number;
  b: number;
  /** A result: a verb of winning or losing before it, or a result noun right after it. */
  result: boolean;
  /** "the 3-2 win", "Saturday's 1-0 defeat": refers back to a result already told. */
  definite: boolean;
}

/** Two numbers joined by a hyphen or a dash; not a date, a time, a range of years, nor one set of a tennis line ("6-4 3-6 7-6(5)"). */
const SCORE = /(?<![\p{L}\p{N}.,:/–-])(\d{1,3})[-–](\d{1,3})(?![\p{L}\p{N}.,:/(–-])(?!\s+\d{1,2}[-–]\d)/gu;
/** Before a score in its clause: a verb of a result, past the other side's name ("beat FC Kolbrun", "won", "passed it"). */
const RESULT_VERB = /\b(?:beat|beats|beating|won|win|wins|winning|lost|lose|loses|losing|defeated|defeating|edged?|edges|edging|thrashed|drew|draw|draws|drawing|passed|voted)\b(?:\s+[\p{L}'’.-]+){0,4}\s+$/iu;
/** Right after a score: what it is the score of. */
const RESULT_NOUN = /^\s+(?:(?:home|away)\s+)?(?:win|victory|defeat|loss|draw|triumph|success|vote)\b/i;
/** Before a result noun's score: a reference back ("the", "that", "Saturday's", "their"). */
const DEFINITE_BEFORE = /(?:^|[^\p{L}])(?:the|that|this|their|his|her|its|\p{L}+['’]s)\s+$/iu;
/** A score of a part or of another match: a half, an aggregate, a shoot-out, a set, a leg, another year. */
const NOT_THE_RESULT = /\b(?:aggregate|half-time|half\s+time|penalt\w*|shoot-out|sets?|legs?|tie-break|(?:19|20)\d{2})\b/i;
const NOT_THE_RESULT_BEFORE = /\b(?:aggregate|half-time|half\s+time|first-leg|second-leg|first\s+leg|second\s+leg|previous|last|earlier)\b[^.]{0,20}$/i;

const proseScores = paragraphCache<string, ScoreMention[]>('figure-consistency:scores');

function scoresIn(prose: string): ScoreMention[] {
  return proseScores.through(prose, readScores);
}

function readScores(prose: string): ScoreMention[] {
  if (!/\d[-–]\d/.test(prose)) return [];
  const out: ScoreMention[] = [];
  SCORE.lastIndex = 0;
  for (const m of prose.matchAll(SCORE)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = prose.slice(Math.max(0, start - 50), start).split(/[.;:!?]\s/).pop()!;
    const after = prose.slice(end, end + 40);
    // A score in a tennis line or a list of scores follows another one.
    if (/\d[-–]\d+\s*$/.test(before)) continue;
    const noun = RESULT_NOUN.test(after);
    const result = noun || RESULT_VERB.test(before);
    if (!result) continue;
    const partial = NOT_THE_RESULT.test(after.split(/[,;.]/)[0].split(/\b(?:as|after|when|to|and|with)\b/)[0]) || NOT_THE_RESULT_BEFORE.test(before);
    if (partial) continue;
    out.push({ start, end, text: m[0], a: Number(m[1]), b: Number(m[2]), result, definite: noun && DEFINITE_BEFORE.test(before) });
  }
  return out;
}

/** A score whichever side is written first (3-1 and 1-3 are one result told from either side). */
const key = (a: number, b: number) => `${Math.max(a, b)}-${Math.min(a, b)}`;

/**
 * A score referring back to the result ("the 3-2 win") against the story's result: the first result in the headline,
 * else in the first paragraph. A score stated anywhere else in the draft may be another match's, so only a score
 * found nowhere else is flagged.
 */
export function scoreFindingsOf(doc: DraftDocument, headline?: { start: number; prose: string }): RuleFinding[] {
  if (!/\d[-–]\d/.test(doc.text)) return [];
  const located: { score: ScoreMention; start: number; end: number; block: number }[] = [];
  const blocks = headline ? [{ ...headline, kind: 'heading' }, ...doc.blocks] : doc.blocks;
  blocks.forEach((block, i) => {
    for (const s of scoresIn(block.prose)) located.push({ score: s, start: block.start + s.start, end: block.start + s.end, block: i });
  });
  if (located.length < 2) return [];
  // The story's result: its headline's, else its lede's (the first paragraph after the headings).
  const firstParagraph = blocks.findIndex((b) => b.kind !== 'heading');
  const leading = blocks.map((b, i) => (b.kind === 'heading' && (firstParagraph < 0 || i < firstParagraph) ? i : -1)).filter((i) => i >= 0);
  const story = located.find((l) => leading.includes(l.block)) ?? located.find((l) => l.block === firstParagraph);
  if (!story) return [];
  const told = key(story.score.a, story.score.b);
  const count = new Map<string, number>();
  for (const match of doc.text.matchAll(/(?<![\p{N}])(\d{1,3})[-–](\d{1,3})(?![\p{N}])/gu)) {
    const k = key(Number(match[1]), Number(match[2]));
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  const findings: RuleFinding[] = [];
  for (const l of located) {
    if (l === story || !l.score.definite || l.block === story.block || l.start < story.start) continue;
    const k = key(l.score.a, l.score.b);
    if (k === told || (count.get(k) ?? 0) > 1) continue;
    const line = doc.lines.lineOf(story.start) + 1;
    // Written the way round the suspect is: the winner first, or the loser first as the writer put it.
    const [hi, lo] = [Math.max(story.score.a, story.score.b), Math.min(story.score.a, story.score.b)];
    const dash = l.score.text.includes('–') ? '–' : '-';
    const replacement = l.score.a >= l.score.b ? `${hi}${dash}${lo}` : `${lo}${dash}${hi}`;
    findings.push({
      start: l.start,
      end: l.end,
      message: `${l.score.text} here, ${story.score.text} on line ${line} (a different score for the same result?)`,
      related: [{ start: story.start, end: story.end, message: `${story.score.text} (line ${line})` }],
      detail: { kind: 'score', subject: l.score.text, refers: story.score.text },
      fixes: [{ title: `Use '${replacement}' (as on line ${line})`, edits: [{ start: l.start, end: l.end, text: replacement }], preferred: true }],
    });
  }
  return findings;
}
