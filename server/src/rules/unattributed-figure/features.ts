// The learned judge's inputs: for every figure the desk judge considers, a small vector of principled
// features (what the judge decided and why, the kind of claim, where the nearest source is and whether
// the story stayed on its subject, quotation, hedges, modality, tense, place in the story). No phrase of
// any draft: the vocabulary is the judge's own classes and a few closed word classes of English.
// Pure and cheap: built only in learned mode (or by the trainer), from what deskPass already knows.

import { measureOf, type DeskFigure } from './desk.ts';
import type { Tense } from './tense.ts';

/**
 * Which branch of the desk judge decided a figure: its verdict and reason (judge() in desk.ts) and, for an
 * open claim, what the carry pass did with it (deskPass in ../unattributed-figure.ts).
 */
export const ROUTES = [
  // A cue governs it.
  'attributed-cue',
  'attributed-holder',
  'attributed-colon',
  'attributed-speech',
  'attributed-link',
  // A convention leaves it alone.
  'exempt-market',
  'exempt-sports',
  'exempt-event',
  'exempt-background',
  'exempt-own-forecast',
  'exempt-arithmetic',
  // An open claim, and what became of it.
  'open-convention-market',
  'open-convention-sports',
  'open-carried-same-paragraph',
  'open-carried-across-paragraph',
  'open-earlier-event',
  'open-consequence',
  'open-data-carried',
  'open-quote',
  'open-flagged-main',
  'open-flagged-other',
  // Fixed in learned mode: never a claim, the status of the figure converted, always flagged.
  'structural',
  'conversion',
  'placeholder',
] as const;
export type Route = (typeof ROUTES)[number];

/** Routes whose decision the model never overrides: number forms that are not claims, conversions, placeholders. */
export const FIXED_ROUTES: ReadonlySet<Route> = new Set<Route>(['structural', 'conversion', 'placeholder']);

/** The route of a figure judge() did not leave open (attributed, exempt, conversion, placeholder), from its verdict and reason. */
export function verdictRoute(figure: Pick<DeskFigure, 'verdict' | 'reason'>): Route {
  const { verdict, reason } = figure;
  if (verdict === 'conversion') return 'conversion';
  if (verdict === 'placeholder') return 'placeholder';
  if (verdict === 'attributed') {
    if (reason.startsWith('held by') || reason.startsWith('asked for by')) return 'attributed-holder';
    if (reason.startsWith('introduced by')) return 'attributed-colon';
    if (reason.startsWith('inside the reported speech')) return 'attributed-speech';
    if (reason === 'a link in its sentence') return 'attributed-link';
    return 'attributed-cue';
  }
  // Exempt: the convention named by the reason.
  if (reason === 'market data') return 'exempt-market';
  if (reason === 'a sports statistic') return 'exempt-sports';
  if (reason.startsWith('a fact of the event') || reason.startsWith('an election result')) return 'exempt-event';
  if (reason.startsWith('background')) return 'exempt-background';
  if (reason.startsWith('the issuer')) return 'exempt-own-forecast';
  if (reason.startsWith('arithmetic')) return 'exempt-arithmetic';
  // Compound adjectives, fractions, calibres, phone numbers, ages, standings places, minute marks,
  // tallies and scores, correction notes: number forms the issue says are never claims.
  return 'structural';
}

/** Everything the features are read from: the desk judge's figure and what deskPass knows around it. */
export interface FigureContext {
  figure: DeskFigure;
  route: Route;
  /** The figure as the prose shows it, its sentence's text, and its offset in that text (the same figure text may come twice). */
  shown: string;
  sentence: string;
  at: number;
  /** Declared by the settings or front matter, and recognised from the draft's language. */
  sportsSection: boolean;
  marketsSection: boolean;
  sportsDraft: boolean;
  marketsDraft: boolean;
  inQuote: boolean;
  /** The nearest sentence at or before this one that names a source (undefined: none so far in the draft). */
  cue?: { sentencesBack: number; paragraphsBack: number; shared: number; data: boolean; person: boolean };
  tense: Tense;
  /** Body paragraphs before this one, and of the draft; this sentence's index in its paragraph. */
  paragraph: number;
  paragraphs: number;
  sentenceIndex: number;
  figuresInSentence: number;
  reporterPresent: boolean;
  listItem: boolean;
}

/** Each feature's name and its meaning in plain words (for a hover's "why"). */
export const FEATURES: readonly (readonly [string, string])[] = [
  ...ROUTES.filter((r) => !FIXED_ROUTES.has(r)).map((r) => [`route:${r}`, ROUTE_WORDS(r)] as const),
  ['kind:casualty', 'a count of dead, injured, displaced, struck or arrested'],
  ['kind:damage', 'damage, losses or an alleged sum'],
  ['kind:estimate', 'an estimate, forecast, survey result or unconfirmed report'],
  ['kind:money', 'a money claim'],
  ['kind:statistic', 'a share, rate, ratio, measurement or average'],
  ['kind:change', 'a change in a count or a tally over a period'],
  ['kind:population', 'a count of a population'],
  ['kind:part', 'a part of a count'],
  ['kind:claim', 'a claim of no particular kind'],
  ['sensitive', 'a claim the desk always wants sourced'],
  ['main', 'a claim in the main tier'],
  ['forecast', 'a forecast with no agent'],
  ['convention', 'a figure a sports or market report leaves alone'],
  ['measure:percent', 'a percentage'],
  ['measure:money', 'an amount of money'],
  ['section:sports', 'a sports section declared'],
  ['section:markets', 'a markets section declared'],
  ['draft:sports', 'a match report by its language'],
  ['draft:markets', 'a market report by its language'],
  ['quoted', 'inside a quotation'],
  ['cue:own', 'a source named in its own sentence'],
  ['cue:back1', 'a source named one sentence back'],
  ['cue:back2-3', 'a source named two or three sentences back'],
  ['cue:back4+', 'a source named four or more sentences back'],
  ['cue:none', 'no source named anywhere before it'],
  ['cue:same-paragraph', 'the nearest source in the same paragraph'],
  ['cue:previous-paragraph', 'the nearest source in the paragraph before'],
  ['cue:far-paragraph', 'the nearest source two or more paragraphs back'],
  ['cue:shares-1', 'its sentence shares a content word with the source\u2019s'],
  ['cue:shares-2', 'its sentence shares two or more content words with the source\u2019s'],
  ['cue:data', 'the nearest source names a body of data'],
  ['cue:person', 'the nearest source is a person'],
  ['hedge', 'a hedge before it (about, some, up to, more than…)'],
  ['modal', 'a modal or forecast word in its sentence'],
  ['tense:past', 'its sentence is in the past'],
  ['tense:present', 'its sentence is in the present'],
  ['lede', 'in the story\u2019s first paragraph'],
  ['second-paragraph', 'in the story\u2019s second paragraph'],
  ['late', 'in the last third of the story'],
  ['first-sentence', 'in its paragraph\u2019s first sentence'],
  ['words', 'written in words'],
  ['size:small', 'a number under 10'],
  ['size:thousands', 'a number in the thousands or more'],
  ['size:millions', 'a number in the millions or more'],
  ['reporter-present', 'in the present after a source that spoke in the past'],
  ['figures:2', 'one of two or more figures in its sentence'],
  ['figures:4', 'one of four or more figures in its sentence'],
  ['list-item', 'in a list'],
  ['event-year', 'dated to a year'],
  ['long-sentence', 'in a sentence of more than 35 words'],
];

function ROUTE_WORDS(route: Route): string {
  return {
    'attributed-cue': 'a source named in its clause',
    'attributed-holder': 'who holds or asks for it named in its sentence',
    'attributed-colon': 'introduced by a source and a colon',
    'attributed-speech': 'inside a source\u2019s reported speech',
    'attributed-link': 'a link in its sentence',
    'exempt-market': 'market data',
    'exempt-sports': 'a sports statistic',
    'exempt-event': 'a fact of the event on the record',
    'exempt-background': 'background',
    'exempt-own-forecast': 'the issuer\u2019s own forecast',
    'exempt-arithmetic': 'arithmetic on the story\u2019s figures',
    'open-convention-market': 'a claim in a market report',
    'open-convention-sports': 'a claim in a match report',
    'open-carried-same-paragraph': 'a source carried within the paragraph',
    'open-carried-across-paragraph': 'a source carried from an earlier paragraph',
    'open-earlier-event': 'an earlier event\u2019s figure',
    'open-consequence': 'a decision on the record taking effect',
    'open-data-carried': 'a body of data carried from before',
    'open-quote': 'inside an attributed quotation',
    'open-flagged-main': 'the hand rules query it',
    'open-flagged-other': 'the hand rules query it at the lower tier',
    structural: 'not a claim',
    conversion: 'a conversion',
    placeholder: 'an unfilled placeholder',
  }[route];
}

export const FEATURE_NAMES: readonly string[] = FEATURES.map(([name]) => name);
/** A feature's meaning in plain words, by its name. */
export const FEATURE_WORDS: ReadonlyMap<string, string> = new Map(FEATURES.map(([name, words]) => [name, words]));
const INDEX = new Map(FEATURE_NAMES.map((n, i) => [n, i]));

const KIND_GROUP: Record<string, string> = {
  casualty: 'casualty',
  struck: 'casualty',
  damage: 'damage',
  estimate: 'estimate',
  unconfirmed: 'estimate',
  unnamedForecast: 'estimate',
  survey: 'estimate',
  money: 'money',
  share: 'statistic',
  ratio: 'statistic',
  rate: 'statistic',
  measurement: 'statistic',
  average: 'statistic',
  perHead: 'statistic',
  countChange: 'change',
  countLevel: 'change',
  tally: 'change',
  population: 'population',
  part: 'part',
  claim: 'claim',
};

const HEDGE = /(?<![\p{L}])(?:about|around|roughly|approximately|some|nearly|almost|up\s+to|as\s+many\s+as|as\s+much\s+as|more\s+than|less\s+than|fewer\s+than|at\s+least|over|under|estimated|an\s+estimated|close\s+to|upwards\s+of)\s+$/iu;
const MODAL = /(?<![\p{L}])(?:will|would|could|may|might|should|expected|expects|likely|set\s+to|forecast|forecasts|projected|predicted|on\s+course)(?![\p{L}])/iu;

/** The feature vector of one figure (0/1 values, in FEATURE_NAMES order). */
export function featureVector(ctx: FigureContext): Float64Array {
  const x = new Float64Array(FEATURE_NAMES.length);
  const on = (name: string, value = true) => {
    if (value) x[INDEX.get(name)!] = 1;
  };
  const f = ctx.figure;
  on(`route:${ctx.route}`, !FIXED_ROUTES.has(ctx.route));
  if (f.verdict === 'open' && f.kind) on(`kind:${KIND_GROUP[f.kind] ?? 'claim'}`);
  on('sensitive', f.sensitive);
  on('main', f.main === true);
  on('forecast', f.forecast === true);
  on('convention', f.verdict === 'open' && f.convention !== undefined && !f.sensitive);
  const measure = measureOf(ctx.shown);
  on('measure:percent', measure === 'percent');
  on('measure:money', measure === 'money');
  on('section:sports', ctx.sportsSection);
  on('section:markets', ctx.marketsSection);
  on('draft:sports', ctx.sportsDraft);
  on('draft:markets', ctx.marketsDraft);
  on('quoted', ctx.inQuote);
  const cue = ctx.cue;
  if (!cue) on('cue:none');
  else {
    if (cue.sentencesBack === 0) on('cue:own');
    else if (cue.sentencesBack === 1) on('cue:back1');
    else if (cue.sentencesBack <= 3) on('cue:back2-3');
    else on('cue:back4+');
    if (cue.paragraphsBack === 0) on('cue:same-paragraph');
    else if (cue.paragraphsBack === 1) on('cue:previous-paragraph');
    else on('cue:far-paragraph');
    on('cue:shares-1', cue.sentencesBack > 0 && cue.shared >= 1);
    on('cue:shares-2', cue.sentencesBack > 0 && cue.shared >= 2);
    on('cue:data', cue.data);
    on('cue:person', cue.person);
  }
  const at = ctx.at;
  on('hedge', at > 0 && HEDGE.test(ctx.sentence.slice(Math.max(0, at - 24), at)));
  on('modal', MODAL.test(ctx.sentence));
  on('tense:past', ctx.tense === 'past');
  on('tense:present', ctx.tense === 'present');
  on('lede', ctx.paragraph === 0);
  on('second-paragraph', ctx.paragraph === 1);
  on('late', ctx.paragraphs > 2 && ctx.paragraph >= (2 * ctx.paragraphs) / 3);
  on('first-sentence', ctx.sentenceIndex === 0);
  const digits = /\d/.test(ctx.shown);
  on('words', !digits);
  if (digits) {
    const n = magnitude(ctx.shown);
    on('size:small', n < 10);
    on('size:thousands', n >= 1000);
    on('size:millions', n >= 1e6);
  }
  on('reporter-present', ctx.reporterPresent);
  on('figures:2', ctx.figuresInSentence >= 2);
  on('figures:4', ctx.figuresInSentence >= 4);
  on('list-item', ctx.listItem);
  on('event-year', f.eventYear !== undefined);
  on('long-sentence', ctx.sentence.split(/\s+/).length > 35);
  return x;
}

function magnitude(shown: string): number {
  const n = Number(/\d[\d,]*(?:\.\d+)?/.exec(shown)?.[0]?.replace(/,/g, '') ?? NaN);
  if (/(?<![\p{L}])(?:billion|bn|trillion)(?![\p{L}])/iu.test(shown)) return n * 1e9;
  if (/(?<![\p{L}])(?:million|m)(?![\p{L}])|\dm(?![\p{L}])/iu.test(shown)) return n * 1e6;
  return Number.isFinite(n) ? n : 0;
}

/** A trained model: one weight per feature (FEATURE_NAMES order), a bias, and the threshold a finding needs. */
export interface FigureModel {
  features: readonly string[];
  weights: readonly number[];
  bias: number;
  threshold: number;
}

/** The model's probability that the figure needs a source. */
export function probability(model: FigureModel, x: Float64Array): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) if (x[i] !== 0) z += model.weights[i] * x[i];
  return 1 / (1 + Math.exp(-z));
}

/** The features that pushed hardest towards the decision taken, in plain words ("a source carried …"). */
export function topReasons(model: FigureModel, x: Float64Array, towards: boolean, count = 3): string[] {
  const contributions: [number, string][] = [];
  for (let i = 0; i < x.length; i++) {
    if (x[i] === 0) continue;
    const w = model.weights[i] * x[i];
    if (towards ? w > 0 : w < 0) contributions.push([Math.abs(w), FEATURES[i][1]]);
  }
  return contributions
    .sort((a, b) => b[0] - a[0])
    .slice(0, count)
    .map(([, words]) => words);
}
