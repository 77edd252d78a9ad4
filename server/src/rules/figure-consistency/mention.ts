// figure-consistency: one figure as read from its paragraph (FigureMention), with what it counts, what it
// measures and its frame; and the kinds of slip two values can be of each other (Confusion).

export type Confusion = 'transposed' | 'zero' | 'last digit' | 'digit dropped' | 'different';
/** A slip of the digits: the kinds reported by default (messages.ts, lowerConfidence), kept over any other (conflicts.ts). */
export const SLIP: ReadonlySet<string> = new Set<Confusion>(['transposed', 'zero']);

export interface FigureMention {
  /** Relative to the block's prose. */
  start: number;
  end: number;
  text: string;
  value: number;
  /** Significant digits as written: "6941", "582", "50". */
  digits: string;
  /** "%", a currency, a unit, or "count". */
  kind: string;
  /** The figure is a bound, an increment, a range or in brackets: never compared. */
  loose: boolean;
  /** A change ("fell 3.4%"): compared only with a change. */
  change: boolean;
  /** "about", "roughly": compared only with a slip of it that is not near it. */
  approx: boolean;
  /** "almost", "nearly", "just under": approximate from below, so no value well above it fits it. */
  approxBelow?: boolean;
  /** For a change: the words of its sentence before it (folded), where what moved is named ("Like-for-like sales, …, fell 3.4%"). */
  subject: string[];
  /** Which way it moved, when the words around it say so. */
  direction?: 'up' | 'down';
  /** All the digits as written, trailing zeros kept: "230", "499". */
  whole: string;
  /** "more than" / "at least" (lower) or "fewer than" / "up to" (upper) before it. */
  bound?: 'lower' | 'upper';
  /** Words near the figure (folded): what it counts. */
  near: string[];
  /** How many of `near` stand before it (the rest are after it). */
  nearBefore: number;
  /** What kind of value of its measure it is, when its clause says: a peak, a record, an average, a median, a total. */
  qualifier: string[];
  /** Referring back to a set already named: "the 68 people hurt", "all 45 people detained". */
  definite: boolean;
  /** Up to 80 characters of its sentence before it and after it (for a figure sameMeasure may compare): read by leadOf and clauseOf. */
  leadText?: string;
  clauseText?: string;
  /** The verb right before it. */
  verb?: string;
  /** Whose it is: the possessor right before it or after its noun ("the council's 2,600 spaces", "2,400 spaces in the council's car parks"). */
  owner?: string;
  /** A part of a whole it is limited to, by whose part it is: "city" for "in the city's precincts". */
  part?: string;
  /** Places and groups in a prepositional phrase of its clause ("in Lanzhen county", "across Wales"), or opening its sentence. */
  where: string[];
  /** The first content words after it in its clause (folded): what it counts, most of the time. */
  nouns: string[];
  /**
   * The noun it plainly counts, folded: a plural right after it ("41 patients", "played 140 times") or the unit of a
   * unit adjective ("a 14-point haul"). Read for a count only.
   */
  counts?: string;
  /** The word `counts` was folded from, as written (lower case): "partners" and "parties" fold alike, but are not one noun. */
  countsWord?: string;
  /** Capitalised words close to it, within its clause: a place or group it belongs to. */
  places: string[];
  /** Days and times of day close to it ("on Monday", "overnight"). */
  times: string[];
  /** Years and period words close to it ("in 2022", "last year", "a year earlier"). */
  frame: string[];
  /**
   * The time a sentence opened by "By" sets its count at ("by friday evening"): a running total then. It parts a
   * different value (or one apart in the last digit), never a slip of the digits (frameConflict).
   */
  asOf?: string;
  heading: boolean;

  /** The value of one in its last written digit (unitOfLast). */
  lastUnit: number;
  /** The first word of the compound noun whose head it measures ("fuel" of "a £2.4m fuel-card fraud"). */
  modifier?: string;
  /** What it measures (measureNoun): a known counted thing, the noun of its "of" phrase, or its first noun. */
  measure?: string;
  /** Its kind and measure, places aside: an upper bound meets a value above it here (see sameMeasure). */
  boundKey?: string;
  /** For a figure sameMeasure may compare: its kind, measure and places (`where`). */
  measureKey?: string;

  /** Its clause sets it against another figure, a part or a whole, a plan or a past ("up from", "including", "a target of", "would"). */
  contrast: boolean;
  /** Its clause is a condition or what would be ("would", "could", "might", "if"): a count that is not. */
  hypothetical?: boolean;
  /**
   * A level its clause says the measure moved to, and which way ("rose to 15", "falls to 7.4 million", "bringing the
   * toll to 10"): the measure had another value before, below it after a rise, above it after a fall.
   */
  reached?: 'up' | 'down' | 'either';
  /** A comparison sets it against another value ("from 4.3%", "higher than the 36.8%"). */
  compared?: boolean;
  /** A reference value named right after it: "the Bank's 2% target", "the 50% threshold", "a 2% inflation target". */
  reference?: boolean;
  /** Its own noun phrase is a superlative it stands in apposition to or completes ("The lowest rate, 3.7%,", "the highest of 6.3%"): the extreme of a set of values (places, groups), not the measure's one value. */
  extreme?: boolean;
  /** Inside a quotation of its paragraph (a double quotation mark open before it): someone's own words. */
  quoted?: boolean;
  /** Its sentence opens on another of a kind ("A second union, …", "Another 40 …"): a subject other than the story's. */
  another?: boolean;
  /** A part of a set named after it ("three of the deaths", "41 of the injured"). */
  partOf?: boolean;
  /** The span a tally was counted over ("five goals in seven games"): compared only with another such span. */
  spanOf?: boolean;
  /**
   * One side of a set divided in its own sentence: a share given to one party in a gapped conjunct ("the government
   * will free 150 detainees and the Front 80": both), or the other side of a tally ("by 36 votes to 31": 31).
   */
  split?: 'share' | 'other';
  /** One of a list of figures of several things, joined by "and" or a comma ("nine rebounds and eight assists"). */
  listed?: boolean;
  /** Which sentence of the block it is in (-1: the block is one sentence). */
  sentenceIndex: number;
  /** Unique per figure read, never reused: keys the cache of pair judgements. */
  id: number;
  /** Kind and value: figures that state the same. */
  valueKey: string;
  buckets: string[];
}

