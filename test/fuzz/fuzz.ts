// Shared by the fuzz layer: the run budget (fixed seed, bounded runs; longer on demand), the draft and
// settings generators, and the invariants every lint result must keep.
//
//   node --import tsx --test test/fuzz/*.test.ts                      default: fixed seed, small budget
//   FUZZ_RUNS=5000 FUZZ_SEED=123 node --import tsx --test test/fuzz/*.test.ts   a longer run
//   FUZZ_SEED=… FUZZ_PATH=… (printed by a failure) replays one failing case

import fc from 'fast-check';
import { lint, type LintResult } from '../../server/src/engine/lint.ts';
import { parseDraft, type Block } from '../../server/src/engine/document.ts';
import { applyLayer, defaultSettings, type Settings } from '../../server/src/engine/settings.ts';
import { RULES } from '../../server/src/rules/index.ts';
import type { OptionSpec } from '../../server/src/rules/rule.ts';
import { SEVERITIES, type Edit, type Finding, type Format, type Problem } from '../../server/src/engine/types.ts';

// ---------------------------------------------------------------------------------------------
// Budget

const DEFAULT_SEED = 20261122;

/**
 * fast-check parameters: `runs` is this property's default budget (FUZZ_RUNS overrides every
 * property's); `examples` are inputs that once failed, run first every time.
 */
// The examples' element types are checked by the property they are given to, at run time.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function budget(runs: number, examples: unknown[][] = []): fc.Parameters<any> {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : DEFAULT_SEED;
  const numRuns = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : runs;
  const path = process.env.FUZZ_PATH;
  return { seed, numRuns, examples, includeErrorInReport: true, ...(path ? { path } : {}), endOnFailure: !!path };
}

// ---------------------------------------------------------------------------------------------
// Text pieces

export const PEOPLE = ['Maria Okafor', 'David Brennan', 'Lena Fischer', 'Aisha Rahman', 'Ms Nand', 'the minister', 'a spokesperson', 'Cllr Jones', 'Ms Procter', 'Mr Proctor', 'Judge Müller', 'Mueller', 'al-Sisi', 'El-Sisi'];
const BODIES = ['the county council', 'the ONS', 'NHS England', 'the port authority', 'YouGov', 'police'];
const WORDS = (
  'the a an council budget cuts rose fell by to in of for and but with on at from people homes jobs ' +
  'prices rent year week plan scheme hospital school flood bypass project cost costs residents staff ' +
  'more than about around nearly almost over under up down were was is are has have had will would ' +
  'new old last next this that these those it they he she we us our their its'
).split(' ');
const CUES = ['said', 'told reporters', 'according to', 'figures from', 'a survey by', 'estimated', 'Source:', 'added', 'sources close to'];
const NEGATIONS = ['declined to say', 'did not say', 'has not confirmed', 'refused to'];
const FIGURES = [
  '£3.5m', '40%', '2,000', '$1.2bn', '9 per cent', '1,200 tonnes', '6,941', '2.1 million', '€300m', '38.5%',
  'two million', 'one in five', '3% to 5%', '20 to 30 people', '£5', '0.5', '1,000,000', '12', '100%',
  '2024', '1989', '3 March', 'March 3', '10.30am', '3-1', 'COVID-19', 'G7', 'Boeing 737', 'aged 67', '5\'10"',
  '24/7', '2023-24', '(2)', 'No. 10', '£1', '50p', '-3', '+5', '1.', '99.9%', '₹40 lakh', '4,000km', '15°C',
  // For the consistency rules: transposed figures, weekdays against dates, impossible dates.
  '6,491', '£1.3bn', '£13bn', 'seven missiles', 'Tuesday, 4 March 2026', 'Tue. Sept. 8', 'Monday 31 June', 'Friday the 29th of February',
];
const APOSTROPHES = ['don\u2019t', "don't", 'Iran\u2019s', "council's", 'students\u2019', "students'", '\u201990s', "'90s", 'rock \u2019n\u2019 roll', "o'clock", '\u2019em', "goin'"];
const INLINE_MD = ['*emphasis*', '**strong**', '_under_', '`code`', '[a link](https://example.org/x)', 'https://example.org', '<span>x</span>', '~~gone~~', '<!-- note -->', '\\*', '&amp;', '[ref][1]', '<https://e.x>', 'www.example.com'];
const DIRECTIVES = [
  '<!-- copydesk-disable -->',
  '<!-- copydesk-enable -->',
  '<!-- copydesk-disable unattributed-figure -->',
  '<!-- copydesk-enable unattributed-figure -->',
  '<!-- copydesk-disable-next-line -->',
  '<!-- copydesk-disable-next-line duplicate-paragraph, quote-style -->',
  '<!-- copydesk-disable-line quote-mismatch -->',
  '<!-- copydesk-disable no-such-rule -->',
  '<!-- copydesk-ignore "£3.5m" -->',
  '<!--copydesk-disable-->',
  '<!-- copydesk-disable-next-line unattributed-figure -->',
];
/** Characters that are hard on offsets and on regexes: astral, combining, zero-width, odd spaces and breaks. */
const AWKWARD = ['😀', '👩‍👩‍👧', '🇬🇧', 'e\u0301', '\u0301', '\u200d', '\u200b', '\ufeff', '\u00a0', '\u2028', '\u2029', '\u0085', '\u202e', '\t', '\f', '\v', 'İ', 'ß', 'Σ', '\u{1D400}', '\uFFFD'];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const emoji = fc.constantFrom('😀', '👍🏽', '🇫🇷', '👩‍💻', '𝔸', '🏴‍☠️');

/** One unit of noise: any code point, a lone surrogate, or a character with a meaning to some rule. */
const noiseUnit = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: emoji },
  { weight: 1, arbitrary: fc.constantFrom(...AWKWARD) },
  {
    weight: 4,
    arbitrary: fc.constantFrom('"', "'", '\u201C', '\u201D', '\u2018', '\u2019', '\n', '\r\n', '\r', ' ', ' ', '#', '-', '*', '>', '`', '```', '<!--', '-->', '[', ']', '(', ')', '%', '£', '.', ',', '!', '?', '…', '0', '1', '5', '1,000', 'said', '---', '|', '1. ', '\n\n'),
  },
);

/** Random text: mostly code points of any kind, with quote marks, breaks and Markdown syntax among them. */
export const noise = (maxLength = 60, size: fc.SizeForArbitrary = 'small') => fc.string({ unit: noiseUnit, maxLength, size });

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

const quoteStyles = [
  ['\u201C', '\u201D'],
  ['\u2018', '\u2019'],
  ['"', '"'],
  ["'", "'"],
  ['\u201C', '"'],
  ['\u201C', ''],
  ['', '\u201D'],
  ['\u2018', '\u201D'],
  ['"', ''],
  ['\u201C\u2018', '\u2019\u201D'],
  ['\u201C\u201C', '\u201D\u201D'],
] as const;

const phrase = fc.array(pick(WORDS), { minLength: 1, maxLength: 9 }).map((w) => w.join(' '));

const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: phrase },
  { weight: 4, arbitrary: pick(FIGURES) },
  { weight: 2, arbitrary: pick(PEOPLE) },
  { weight: 3, arbitrary: pick(CUES).chain((cue) => pick(BODIES).map((b) => `${cue} ${b}`)) },
  { weight: 1, arbitrary: pick(NEGATIONS) },
  { weight: 2, arbitrary: pick(APOSTROPHES) },
  {
    weight: 4,
    arbitrary: fc.tuple(pick(quoteStyles), phrase, fc.option(pick(FIGURES)), fc.constantFrom('', ',', '.')).map(
      ([[open, close], words, figure, punct]) => `${open}${words}${figure ? ' ' + figure : ''}${punct}${close}`,
    ),
  },
  { weight: 2, arbitrary: pick(INLINE_MD) },
  { weight: 1, arbitrary: pick(AWKWARD) },
  { weight: 1, arbitrary: emoji },
  { weight: 1, arbitrary: noise(6) },
);

const sentence = fc
  .tuple(fc.array(fragment, { minLength: 1, maxLength: 8 }), fc.constantFrom('.', '.', '.', '!', '?', '', ':', '…', '."', '.\u201D', ' (Source: ONS).'))
  .map(([parts, end]) => {
    const s = parts.join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1) + end;
  });

const paragraph = fc
  .tuple(fc.array(sentence, { minLength: 1, maxLength: 5 }), fc.constantFrom(0, 0, 0, 40, 72))
  .map(([sentences, wrap]) => (wrap ? hardWrap(sentences.join(' '), wrap) : sentences.join(' ')));

function hardWrap(text: string, width: number): string {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join('\n');
}

type BlockSpec =
  | { kind: 'text'; text: string }
  | { kind: 'repeat'; of: number; change: 'exact' | 'case' | 'quotes' | 'word' | 'space' };

const markdownOnly = fc.oneof(
  fc.tuple(fc.constantFrom('# ', '## ', '### ', '#'), phrase).map(([h, t]) => h + t),
  fc.tuple(phrase, fc.constantFrom('\n===', '\n---')).map(([t, u]) => t + u),
  fc.array(fc.tuple(fc.constantFrom('- ', '* ', '1. ', '2) ', '  - ', '- [ ] '), sentence), { minLength: 1, maxLength: 4 }).map((items) => items.map(([m, s]) => m + s).join('\n')),
  fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.map((x) => '> ' + x).join('\n')),
  fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.array(sentence, { maxLength: 3 }), fc.boolean()).map(([f, body, closed]) => [f + 'js', ...body, ...(closed ? [f] : [])].join('\n')),
  pick(DIRECTIVES),
  fc.tuple(pick(DIRECTIVES), paragraph).map(([d, p]) => `${d}\n${p}`),
  fc.tuple(paragraph, pick(DIRECTIVES)).map(([p, d]) => `${p} ${d}`),
  fc.tuple(fc.constantFrom('<!-- ', '<!--\n'), phrase, fc.constantFrom(' -->', '\n\nstill in the comment -->', '')).map(([a, b, c]) => a + b + c),
  fc.tuple(sentence, sentence).map(([a, b]) => `| ${a} | ${b} |\n|---|---|\n| 40% | £3m |`),
  fc.constantFrom('***', '<div>', '</div>', '<pre>', '</pre>', '    indented code 40%', '[1]: https://example.org', '$$\n40%\n$$'),
);

const blockSpec = (markdown: boolean): fc.Arbitrary<BlockSpec> =>
  fc.oneof(
    { weight: 10, arbitrary: paragraph.map((text) => ({ kind: 'text' as const, text })) },
    { weight: 3, arbitrary: phrase.map((t) => ({ kind: 'text' as const, text: t.charAt(0).toUpperCase() + t.slice(1) })) },
    { weight: markdown ? 5 : 1, arbitrary: markdownOnly.map((text) => ({ kind: 'text' as const, text })) },
    { weight: 1, arbitrary: noise(40).map((text) => ({ kind: 'text' as const, text })) },
    {
      weight: 5,
      arbitrary: fc.record({ kind: fc.constant('repeat' as const), of: fc.nat(), change: fc.constantFrom('exact', 'exact', 'case', 'quotes', 'word', 'space') }),
    },
  );

function resolveBlocks(specs: BlockSpec[]): string[] {
  const out: string[] = [];
  for (const spec of specs) {
    if (spec.kind === 'text') {
      out.push(spec.text);
      continue;
    }
    if (out.length === 0) continue;
    const original = out[spec.of % out.length];
    out.push(changed(original, spec.change, spec.of));
  }
  return out;
}

function changed(text: string, change: 'exact' | 'case' | 'quotes' | 'word' | 'space', n: number): string {
  switch (change) {
    case 'exact':
      return text;
    case 'case':
      return text.toUpperCase();
    case 'quotes':
      return text.replace(/[\u201C\u201D]/g, '"').replace(/\u2019/g, "'");
    case 'space':
      return text.replace(/ /g, '  ');
    case 'word': {
      const words = text.split(' ');
      words[n % words.length] = 'changed';
      return words.join(' ');
    }
  }
}

const FRONT_MATTER = ['---\ntitle: A draft\n---', '---\nsources: [notes/*.txt]\n---', '---\nsources:\n  - "../outside.txt"\n  - 5\n---', '+++\ntitle = "x"\n+++', '---\nunclosed: front matter'];

/** Line endings for a whole draft: one style, or a mix. */
const lineEndings = fc.oneof(
  { weight: 4, arbitrary: fc.constant(['\n']) },
  { weight: 2, arbitrary: fc.constant(['\r\n']) },
  { weight: 1, arbitrary: fc.constant(['\r']) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 2, maxLength: 6 }) },
);

function withLineEndings(text: string, endings: readonly string[]): string {
  if (endings.length === 1 && endings[0] === '\n') return text;
  let i = 0;
  return text.replace(/\r\n|\r|\n/g, () => endings[i++ % endings.length]);
}

/** Splices noise into a text at the given relative positions (0–1). */
function spliced(text: string, insertions: [number, string][]): string {
  let out = text;
  for (const [at, piece] of insertions) {
    const i = Math.floor(at * out.length);
    out = out.slice(0, i) + piece + out.slice(i);
  }
  return out;
}

/** A news-like draft: headings, paragraphs with figures and quotes, repeats, and in Markdown the syntax around them. */
export const structuredDraft = (format: Format): fc.Arbitrary<string> =>
  fc
    .tuple(
      format === 'markdown' ? fc.option(pick(FRONT_MATTER), { freq: 5 }) : fc.constant(null),
      fc.array(blockSpec(format === 'markdown'), { minLength: 1, maxLength: 14 }),
      fc.constantFrom('\n\n', '\n\n', '\n', '\n\n\n', '\n \n'),
      lineEndings,
      fc.constantFrom('', '\n', '\n\n'),
    )
    .map(([front, specs, separator, endings, trailing]) => {
      const body = resolveBlocks(specs).join(separator);
      return withLineEndings((front ? front + '\n\n' : '') + body + trailing, endings);
    });

/** Structured text, structured text with noise spliced in, or noise alone. */
export const anyText = (format: Format): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 5, arbitrary: structuredDraft(format) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(structuredDraft(format), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), noise(12)), { minLength: 1, maxLength: 6 }))
        .map(([text, insertions]) => spliced(text, insertions)),
    },
    { weight: 1, arbitrary: noise(200) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  );

export const format: fc.Arbitrary<Format> = fc.constantFrom('plaintext', 'markdown');

/** A format and a text for it. */
export const draft = (textFor: (format: Format) => fc.Arbitrary<string> = anyText): fc.Arbitrary<{ format: Format; text: string }> =>
  format.chain((f) => textFor(f).map((text) => ({ format: f, text })));

// ---------------------------------------------------------------------------------------------
// Settings from the registry

/** Keys that an object's prototype already has: a layer naming them must still be read as data. */
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

/** A value of the wrong type for any option. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -1, 0, 1e21, 'loud', '', true, false, [], {}, [1, 2], ['ok', 3], { a: 1 }, '0.5', 'off '),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A valid value for a spec, or undefined when the generator does not know the spec's type. */
function validValue(spec: OptionSpec): fc.Arbitrary<unknown> | undefined {
  const min = spec.minimum ?? -1e6;
  const max = spec.maximum ?? 1e6;
  switch (spec.type as string) {
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.oneof(fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, min + 50)) }), fc.constantFrom(Math.ceil(min), Math.floor(max)));
    case 'number':
      return fc.oneof(fc.double({ min, max, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(min, max));
    case 'string':
      return spec.enum ? fc.constantFrom(...spec.enum) : fc.string({ maxLength: 20 });
    case 'array':
      return fc.array(fc.oneof(phrase, noise(12), fc.constantFrom('', ' ', '(', '[a-', '\\', '.*', 'a|b', '$', '(?<=x)', 'per')), { maxLength: 4 });
    case 'lists':
      return fc.dictionary(fc.string({ maxLength: 10 }), fc.array(fc.constantFrom('*', ...RULES.map((r) => r.id)), { maxLength: 3 }), { maxKeys: 3 });
    default:
      return undefined;
  }
}

/** Whether a value is acceptable for a spec: the oracle for the settings property, written apart from checkValue. */
export function acceptable(spec: OptionSpec, value: unknown): boolean | undefined {
  const inRange = (v: number) => (spec.minimum === undefined || v >= spec.minimum) && (spec.maximum === undefined || v <= spec.maximum);
  switch (spec.type as string) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && inRange(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && inRange(value);
    case 'string':
      return typeof value === 'string' && (!spec.enum || spec.enum.includes(value));
    case 'array':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'lists':
      return (
        typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string'))
      );
    default:
      return undefined;
  }
}

const optionValue = (spec: OptionSpec): fc.Arbitrary<unknown> => {
  const valid = validValue(spec);
  return valid ? fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: junk }) : junk;
};

/** Builds an object the way JSON.parse does: every key an own property, "__proto__" included. */
export function jsonObject(entries: [string, unknown][]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

const severity: fc.Arbitrary<unknown> = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SEVERITIES) }, { weight: 1, arbitrary: junk });

const ruleLayer = (rule: (typeof RULES)[number]): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 1, arbitrary: severity },
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          fc.option(severity, { nil: undefined }),
          fc.subarray(Object.keys(rule.options)).chain((keys) => fc.tuple(...keys.map((key) => optionValue(rule.options[key]).map((v) => [key, v] as [string, unknown])))),
          fc.subarray(['bogus', ...PROTOTYPE_KEYS], { maxLength: 2 }).chain((keys) => fc.tuple(...keys.map((k) => junk.map((v) => [k, v] as [string, unknown])))),
        )
        .map(([sev, options, extra]) => jsonObject([...(sev !== undefined ? [['severity', sev] as [string, unknown]] : []), ...options, ...extra])),
    },
  );

// Globals the fuzz drafts would be refused by (enable: false, a tiny maxFileSize) are drawn rarely.
const GLOBAL_VALUES: Record<string, fc.Arbitrary<unknown>> = {
  enable: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: junk }),
  debounce: fc.oneof(fc.integer({ min: 0, max: 5000 }), junk),
  maxFileSize: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 100_000, max: 10_000_000 }) }, { weight: 1, arbitrary: fc.constantFrom(1000, 999) }, { weight: 1, arbitrary: junk }),
  sources: fc.oneof(fc.array(fc.constantFrom('sources/*.txt', '../outside/*.txt', '/etc/passwd', '**', '', '[', 'notes/**/*.md'), { maxLength: 3 }), junk),
  include: fc.oneof(fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }), junk),
  exclude: fc.oneof(fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }), junk),
  ignore: fc.oneof(fc.dictionary(fc.string({ maxLength: 8 }), fc.array(fc.constantFrom('*', ...RULES.map((r) => r.id)), { maxLength: 2 }), { maxKeys: 2 }), junk),
};

/** One user layer (as in .copydesk.json or VS Code settings): mostly well-formed, with wrong types, unknown keys and prototype keys among them. */
export const settingsLayer: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .tuple(
        fc.subarray(RULES.map((r) => r.id)).chain((ids) => fc.tuple(...ids.map((id) => ruleLayer(RULES.find((r) => r.id === id)!).map((v) => [id, v] as [string, unknown])))),
        fc.subarray(['no-such-rule', ...PROTOTYPE_KEYS], { maxLength: 2 }).map((ids) => ids.map((id) => [id, 'off'] as [string, unknown])),
        fc.subarray(Object.keys(GLOBAL_VALUES)).chain((keys) => fc.tuple(...keys.map((key) => GLOBAL_VALUES[key].map((v) => [key, v] as [string, unknown])))),
        fc.subarray(['bogus', '$schema', ...PROTOTYPE_KEYS], { maxLength: 2 }).chain((keys) => fc.tuple(...keys.map((k) => junk.map((v) => [k, v] as [string, unknown])))),
        fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      )
      .map(([rules, unknownRules, globals, extra, rulesJunk]) =>
        jsonObject([['rules', rulesJunk ? 'all' : jsonObject([...rules, ...unknownRules])], ...globals, ...extra]),
      ),
  },
  { weight: 1, arbitrary: junk },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null) },
);

/** Settings through the engine's own validation, as the server and the CLI build them. */
export function settingsFrom(layer: unknown, problems: Problem[] = []): Settings {
  return applyLayer(defaultSettings(), layer, 'fuzz', problems);
}

/** Layers whose drafts would not be linted at all, which would make a property vacuous. */
export function lintsAnything(settings: Settings): boolean {
  return settings.enable && settings.maxFileSize >= 100_000 && Object.values(settings.rules).some((r) => r.severity !== 'off');
}

// ---------------------------------------------------------------------------------------------
// Invariants

/** lint() plus the engine's own report of a rule that threw (caught by lint, but a bug all the same). */
export function lintChecked(text: string, format: Format, settings?: Settings, extra: Partial<Parameters<typeof lint>[1]> = {}): LintResult {
  const result = lint(text, { format, settings, ...extra });
  const failures = result.problems.filter((p) => /failed on this draft|Could not parse/.test(p.message));
  if (failures.length) throw new Error(failures.map((p) => p.message).join('\n'));
  return result;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether an offset is a place an editor can put a cursor: inside the text and not inside a surrogate pair. */
export function onBoundary(text: string, offset: number): boolean {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return false;
  if (offset === 0 || offset === text.length) return true;
  return !(isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)));
}

function checkSpan(text: string, span: { start: number; end: number }, what: string): void {
  if (!onBoundary(text, span.start) || !onBoundary(text, span.end) || span.start > span.end) {
    throw new Error(`${what}: bad range ${span.start}–${span.end} in a text of ${text.length} (${JSON.stringify(text.slice(Math.max(0, span.start - 5), span.end + 5))})`);
  }
}

/** Every finding's range, every related range in the draft and every edit's range lie inside the text, on code-point boundaries. */
export function checkRanges(text: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    const what = `${f.rule} "${f.message}"`;
    checkSpan(text, f, what);
    for (const r of f.related ?? []) if (!r.file) checkSpan(text, r, `${what}, related "${r.message}"`);
    for (const fix of f.fixes) {
      const edits = [...fix.edits].sort((a, b) => a.start - b.start);
      edits.forEach((e, i) => {
        checkSpan(text, e, `${what}, fix "${fix.title}"`);
        if (typeof e.text !== 'string') throw new Error(`${what}, fix "${fix.title}": edit without text`);
        if (i > 0 && e.start < edits[i - 1].end) throw new Error(`${what}, fix "${fix.title}": overlapping edits`);
      });
    }
  }
}

/** Where the character at `offset` of the original text lands after non-overlapping edits that leave it alone. */
export function mapOffset(edits: readonly Edit[], offset: number): number {
  let delta = 0;
  for (const e of edits) if (e.end <= offset) delta += e.text.length - (e.end - e.start);
  return offset + delta;
}

/** Whether no edit changes a character of the span (insertions at its ends leave it whole). */
export function untouched(edits: readonly Edit[], span: { start: number; end: number }): boolean {
  return edits.every((e) => e.end <= span.start || e.start >= span.end);
}

export function blocksOf(text: string, format: Format): Block[] {
  return parseDraft(text, format).blocks;
}
