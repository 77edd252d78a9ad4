// unattributed-figure: what is a figure, what attributes it, the finding, its fixes and its options.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine/edits.ts';
import { parseDraft } from '../../server/src/engine/document.ts';
import { lint } from '../../server/src/host/lint.ts';
import type { Finding, Format } from '../../server/src/engine/types.ts';
import { figuresIn } from '../../server/src/rules/unattributed-figure/figures.ts';
import { unattributedFigure } from '../../server/src/rules/unattributed-figure.ts';
import { describeFinding, lintText, ofRule } from './helpers.ts';

const RULE = 'unattributed-figure';
// These tests pin strict mode (a source in the figure's own sentence, the rule's earlier judgement);
// desk mode, the default, has its own tests in unattributed-figure-desk.test.ts.
const found = (text: string, format: Format = 'plaintext', options?: Record<string, unknown>) =>
  ofRule(lintText(text, format, { rules: { [RULE]: { mode: 'strict', ...options } } }), RULE);
/** The flagged figures, as text. */
const flagged = (text: string, format: Format = 'plaintext', options?: Record<string, unknown>) =>
  found(text, format, options).map((f) => text.slice(f.start, f.end));
const figures = (prose: string) => figuresIn(prose).map((s) => prose.slice(s.start, s.end));
const fix = (text: string, finding: Finding, title: string) => {
  const chosen = finding.fixes.find((f) => f.title === title);
  assert.ok(chosen, `no fix "${title}" among ${finding.fixes.map((f) => f.title).join(', ')}`);
  return applyEdits(text, chosen.edits);
};

// ---------------------------------------------------------------------------------------------
// What is a figure

const IS_FIGURE: [string, string[]][] = [
  ['Over 50,000 people have been arrested.', ['50,000']],
  ['The plan costs £300m, or $11.2bn over a decade.', ['£300m', '$11.2bn']],
  ['Turnout was 38% and inflation 9 per cent.', ['38%', '9 per cent']],
  ['Some 2.1 million people and 1,200 tonnes of aid.', ['2.1 million', '1,200 tonnes']],
  ['The storm dumped 310mm of rain.', ['310mm']],
  ['Two million people live there, and half a million visit.', ['Two million', 'half a million']],
  ['Nine per cent said yes; forty-five percent said no.', ['Nine per cent', 'forty-five percent']],
  ['One in five children and 1 in 10 adults; eight out of 10 cats.', ['One in five', '1 in 10', 'eight out of 10']],
  ['Prices rose 3-5% and between £2m and £3m, from 20 to 30 people.', ['3-5%', '£2m and £3m', '20 to 30']],
  ['€2.3bn, US$5bn, Rs 500, ¥40bn and 20p.', ['€2.3bn', 'US$5bn', 'Rs 500', '¥40bn', '20p']],
  ['A 5,000-strong crowd and a 10-point lead after a 6.1-magnitude quake.', ['5,000', '10', '6.1']],
  ['Temperatures hit 40C, winds reached 90mph and the river rose 1.2 metres.', ['40C', '90mph', '1.2 metres']],
  ['More than 2000 people were evacuated.', ['2000']],
  ['The FTSE 100 fell 2 per cent to 4,000 points.', ['2 per cent', '4,000 points']],
  ['Crews waited an average of 47 minutes.', ['47']],
  ['100% of the funds went to charity.', ['100%']],
];

const NOT_A_FIGURE: string[] = [
  'In 1989, on 3 March, on March 3, 2024, and on 14 October.',
  'At 10:30, at 3pm, at 10.30am, at 0900 GMT and at 15:00.',
  'A 41-year-old farmer, Gareth Lewis, 67, and Ms Ahmed (34), aged 45, and children aged between 5 and 11.',
  'Mr Smith, 45, of Leeds, and his wife, 43, were unhurt.',
  'In the third week, the 21st century and the 1990s, in her 60s, for the under-18s, by mid-2020.',
  'The G7, COVID-19, Covid-19, a Boeing 737, Article 5, 10 Downing Street, an F-35, the A46, 5G masts.',
  'Page 12, chapter 3, the top 10, No 10 and No. 10, room 101, junctions 3 and 4, Platform 9.',
  'Three main facilities, thousands of troops, tens of thousands of people, a dozen boats, a thousand reasons.',
  'For 20 years, within 48 hours, a 90-minute meeting, a 24-hour strike, a 40-page report, the 2023-24 season.',
  'Leeds won 3-1 and drew 2-2, then a 0-0 draw; she won 6-4, 6-3.',
  'He was 100% committed. A £5 note. 30 miles north of Kyiv, 5km from the border.',
  'See https://example.com/report-2024/300 or call 01632 960 123.',
  'The FTSE 100, the S&P 500, Windows 11, Fortune 500, Section 18 of the Act 1861, Resolution 2231.',
  'One in a million, a million times.',
];

for (const [text, expected] of IS_FIGURE) {
  test(`figures: ${text}`, () => assert.deepEqual(figures(text), expected));
}

for (const text of NOT_A_FIGURE) {
  test(`not figures: ${text}`, () => assert.deepEqual(figures(text), []));
}

// ---------------------------------------------------------------------------------------------
// What attributes a figure

const ATTRIBUTION: [string, string[]][] = [
  // A cue in the sentence, in any tense or voice, before or after the figure.
  ['Police said 300 people were arrested.', []],
  ['About 300 people were arrested, according to police.', []],
  ['The toll was estimated at 300. Rescuers have been told 40 are missing.', []],
  ['Unemployment rose to 5.2%, figures from the ONS show.', []],
  ['Turnout was 38% (source: Electoral Commission).', []],
  ['Officials put the death toll at 300.', []],
  ['The storm is expected to bring 200mm of rain.', []],
  ['The court heard that the victim needed 14 stitches.', []],
  ['No source at all: 300 people were arrested.', ['300']],
  // Negated cues are not attribution.
  ['The ministry declined to say how many of the 300 detainees had been charged.', ['300']],
  ['Officials have not commented on reports that 17 detainees died.', ['17']],
  ['The company did not disclose how many of its 21,000 staff would go.', ['21,000']],
  ['A spokesman declined to confirm reports that 200 posts are unfilled.', ['200']],
  ['There were no reported injuries among the 300 passengers.', ['300']],
  ['The figure of 300 could not be independently verified.', ['300']],
  // …but another cue in the same sentence still is.
  ['Rebels claimed 300 soldiers died, a figure that could not be independently verified.', []],
  // "added" reports; "added 200,000 jobs" does not.
  ['She added that a further 200 homes were without power.', []],
  ['The economy added 200,000 jobs in March.', ['200,000']],
  // "cut its profit forecast" is a noun, not a forecaster.
  ['Shares fell 8% after the company cut its profit forecast.', ['8%']],
  // Continuation sentences in the same paragraph.
  ['Police said 12 people were arrested. A further 30 were injured.', []],
  ['Police said 12 people were arrested. Of those, 3 were charged.', []],
  ['Police said 12 people were arrested. It added that 4 officers were hurt.', []],
  ['The survey found 34% backed Labour. The remaining 6% were undecided.', []],
  ['Police said 12 people were arrested. Over 50,000 people have been arrested this year.', ['50,000']],
  ['Police said 12 people were arrested.\n\nThat is up from 9 last year.', ['9']],
  ['This year, 300 people died on the roads.', ['300']],
  // Quotations that are attributed, wherever the cue is.
  ['“We have lost 300 jobs. We expect to lose 200 more,” she said.', []],
  ['She said: “We lost 40 goats. Another 300 trees are gone.”', []],
  ['“We have lost 300 jobs.” The factory is closing.', ['300']],
  // Sentence ends that parse-english misses: after a number and after "per cent.".
  ['The toll was 6,941. Police said so.', ['6,941']],
  ['Inflation was 9 per cent. The minister said it would fall.', ['9 per cent']],
];

for (const [text, expected] of ATTRIBUTION) {
  test(`attribution: ${text.replace(/\n/g, ' ')}`, () => assert.deepEqual(flagged(text), expected));
}

test('a source note under a paragraph or closing it attributes the paragraph', () => {
  assert.deepEqual(flagged('Unemployment was 4.5%. Inflation was 3%.\n\nSource: ONS'), []);
  assert.deepEqual(flagged('Unemployment was 4.5%. Inflation was 3%. (Source: ONS)'), []);
});

test('a link in the sentence attributes it; the links option turns that off', () => {
  const text = 'Cancer referrals rose 12% in [the board papers](https://example.org/board).\n';
  assert.deepEqual(flagged(text, 'markdown'), []);
  assert.deepEqual(flagged(text, 'markdown', { links: false }), ['12%']);
  assert.deepEqual(flagged('Referrals rose 12% (https://example.org/board).'), []);
});

// ---------------------------------------------------------------------------------------------
// The finding

test('the finding: information severity, the figure as range, a message naming it', () => {
  const text = 'Talks continue\nHuman rights groups reported at least 6,941 deaths. Over 50,000 people have been arrested in the unrest.\n';
  const [finding, ...rest] = found(text);
  assert.equal(rest.length, 0);
  assert.equal(describeFinding(text, finding), '2:58-2:64 unattributed-figure: No source for “50,000” in this sentence');
  assert.equal(finding.severity, 'information');
  assert.equal(finding.rule, RULE);
  assert.deepEqual(
    finding.fixes.map((f) => ({ title: f.title, preferred: !!f.preferred, safe: !!f.safe })),
    [{ title: 'Add attribution', preferred: true, safe: false }],
  );
});

test('severity is settable like every rule', () => {
  const findings = ofRule(lintText('Over 50,000 people were arrested.', 'plaintext', { rules: { [RULE]: { severity: 'warning', judge: 'rules' } } }), RULE);
  assert.equal(findings[0].severity, 'warning');
  assert.deepEqual(ofRule(lintText('Over 50,000 people were arrested.', 'plaintext', { rules: { [RULE]: 'off' } }), RULE), []);
});

test('drafts without unattributed figures give nothing', () => {
  const drafts = [
    '',
    'No numbers here at all.',
    'The council said it would spend £2m. It added that 300 homes would benefit.',
    'Thousands marched through the city, and dozens were arrested in the third week of protests.',
    'The 24-year-old, from Leeds, joined in 2019 and wears the No 9 shirt.',
  ];
  for (const draft of drafts) assert.deepEqual(flagged(draft), [], draft);
  assert.deepEqual(flagged('---\ntoll: 300\n---\n\nThe code `rate = 38%` and\n\n```\n50,000\n```\n', 'markdown'), []);
});

test('headlines are skipped unless the headings option is on', () => {
  const text = '# Storm Leaves 300 Homes Without Power\n\nCrews worked through the night.\n';
  assert.deepEqual(flagged(text, 'markdown'), []);
  assert.deepEqual(flagged(text, 'markdown', { headings: true }), ['300']);
  const plain = 'Floods cut power to 12,000 homes\n\nCrews worked through the night.';
  assert.deepEqual(flagged(plain), []);
  assert.deepEqual(flagged(plain, 'plaintext', { headings: true }), ['12,000']);
});

// ---------------------------------------------------------------------------------------------
// Fixes

test('Add attribution: before the closing punctuation', () => {
  const text = 'Over 50,000 people have been arrested in the unrest. Talks went on.';
  const [finding] = found(text);
  const attribution = finding.fixes[0];
  assert.deepEqual(attribution.edits, [{ start: 51, end: 51, text: ', according to [source]', snippet: ', according to ${1:source}' }]);
  assert.equal(fix(text, finding, 'Add attribution'), 'Over 50,000 people have been arrested in the unrest, according to [source]. Talks went on.');
});

test('Add attribution: after a closing quote the stop becomes a comma inside it', () => {
  const text = 'Officials called it “a loss of 300 jobs.”';
  const [finding] = found(text);
  assert.equal(fix(text, finding, 'Add attribution'), 'Officials called it “a loss of 300 jobs,” according to [source].');
  const snippet = finding.fixes[0].edits.find((e) => e.snippet);
  assert.equal(snippet?.snippet, ' according to ${1:source}.');
  const british = 'Officials called it “a loss of 300 jobs”.';
  assert.equal(fix(british, found(british)[0], 'Add attribution'), 'Officials called it “a loss of 300 jobs”, according to [source].');
});

test('Add attribution: a sentence without a stop, a question, an ellipsis', () => {
  const cases: [string, string][] = [
    ['Some 300 people turned up', 'Some 300 people turned up, according to [source]'],
    ['Did 300 people really turn up?', 'Did 300 people really turn up, according to [source]?'],
    ['And then 300 people turned up...', 'And then 300 people turned up, according to [source]...'],
    ['About 300 people **turned up**.', 'About 300 people **turned up**, according to [source].'],
  ];
  // Markdown, where a line without a stop is still a paragraph (in plain text it reads as a headline).
  for (const [text, expected] of cases) assert.equal(fix(text, found(text, 'markdown')[0], 'Add attribution'), expected);
});

test('after Add attribution the figure stays flagged until the placeholder is filled in', () => {
  const text = 'Prices rose 3.1 per cent on the year.';
  const fixed = fix(text, found(text)[0], 'Add attribution');
  assert.equal(fixed, 'Prices rose 3.1 per cent on the year, according to [source].');
  assert.deepEqual(found(fixed).map((f) => f.message), ['Attribution placeholder not filled in for “3.1 per cent”']);
  // The snippet's plain "source" is a placeholder too; a named source attributes.
  assert.deepEqual(flagged('Prices rose 3.1 per cent on the year, according to source.'), ['3.1 per cent']);
  assert.deepEqual(flagged('Prices rose 3.1 per cent on the year, according to the ONS.'), []);
  assert.deepEqual(flagged('Prices rose 3.1 per cent, according to TK.', 'plaintext', { placeholders: ['TK'] }), ['3.1 per cent']);
});

test('Ignore this figure (Markdown): a disable-next-line comment the engine honours', () => {
  const text = '# Storm\n\nAbout 300 people turned up.\n\nAnother paragraph.\n';
  const [finding] = found(text, 'markdown');
  assert.deepEqual(finding.fixes.map((f) => f.title), ['Add attribution', 'Ignore this figure']);
  const ignored = fix(text, finding, 'Ignore this figure');
  assert.equal(ignored, '# Storm\n\n<!-- copydesk-disable-next-line unattributed-figure "300" -->\nAbout 300 people turned up.\n\nAnother paragraph.\n');
  assert.deepEqual(found(ignored, 'markdown'), []);
  assert.deepEqual(lint(ignored, { format: 'markdown' }).problems, []);
});

test('Ignore this figure: a disable-line comment when the figure is not on the paragraph’s first line, or shares it with a list marker', () => {
  const wrapped = 'The crews worked all night and by\nmorning 300 people had turned up.\n';
  const [finding] = found(wrapped, 'markdown');
  const ignored = fix(wrapped, finding, 'Ignore this figure');
  assert.equal(ignored, 'The crews worked all night and by\nmorning 300 people had turned up. <!-- copydesk-disable-line unattributed-figure "300" -->\n');
  assert.deepEqual(found(ignored, 'markdown'), []);

  const list = '- About 300 people turned up.\n- Others stayed at home.\n';
  const listIgnored = fix(list, found(list, 'markdown')[0], 'Ignore this figure');
  assert.equal(listIgnored, '- About 300 people turned up. <!-- copydesk-disable-line unattributed-figure "300" -->\n- Others stayed at home.\n');
  assert.deepEqual(found(listIgnored, 'markdown'), []);
});

test('Ignore this figure extends a disable-next-line comment that is already there', () => {
  const text = '<!-- copydesk-disable-next-line duplicate-paragraph -->\nAbout 300 people turned up.\n';
  const ignored = fix(text, found(text, 'markdown')[0], 'Ignore this figure');
  assert.equal(ignored, '<!-- copydesk-disable-next-line duplicate-paragraph unattributed-figure "300" -->\nAbout 300 people turned up.\n');
  assert.deepEqual(found(ignored, 'markdown'), []);
});

test('Ignore this figure silences only that figure, not the others on its line', () => {
  const text = 'About 300 people turned up and 40 boats were out.\n';
  const [first, second] = found(text, 'markdown');
  assert.ok(first && second, 'two figures on one line');
  const ignored = fix(text, first, 'Ignore this figure');
  assert.equal(ignored, '<!-- copydesk-disable-next-line unattributed-figure "300" -->\nAbout 300 people turned up and 40 boats were out.\n');
  const left = found(ignored, 'markdown');
  assert.deepEqual(left.map((f) => ignored.slice(f.start, f.end)), [text.slice(second.start, second.end)]);
  // Ignoring the second one too extends the comment.
  const both = fix(ignored, left[0], 'Ignore this figure');
  assert.deepEqual(found(both, 'markdown'), []);
  assert.deepEqual(lint(both, { format: 'markdown' }).problems, []);
});

test('plain text has no comments, so no Ignore fix', () => {
  assert.deepEqual(found('About 300 people turned up.')[0].fixes.map((f) => f.title), ['Add attribution']);
});

// ---------------------------------------------------------------------------------------------
// Options

test('the cues option extends the attribution words', () => {
  const text = 'Some 300 people turned up, per the organisers. Another 40 came via the council.';
  assert.deepEqual(flagged(text), ['300', '40']);
  assert.deepEqual(flagged(text, 'plaintext', { cues: ['per', 'via'] }), []);
  // A cue never matches inside the figure it would attribute.
  assert.deepEqual(flagged('Inflation was 9 per cent.', 'plaintext', { cues: ['per'] }), ['9 per cent']);
});

test('the negations option extends the words that cancel a cue', () => {
  const text = 'The agency would rather not confirm that 300 jobs will go. It hardly said 40 would stay.';
  assert.deepEqual(flagged(text), ['300']);
  assert.deepEqual(flagged(text, 'plaintext', { negations: ['hardly'] }), ['300', '40']);
});

test('option specs have defaults and descriptions', () => {
  for (const [key, spec] of Object.entries(unattributedFigure.options.properties)) {
    assert.ok(String(spec.description).length > 40, key);
  }
  assert.deepEqual(
    Object.fromEntries(Object.entries(unattributedFigure.options.properties).map(([k, s]) => [k, s.default])),
    { cues: [], negations: [], headings: false, links: true, mode: 'desk', sections: [], placeholders: [], otherClaims: 'off', judge: 'lexical' },
  );
  assert.equal(unattributedFigure.defaultSeverity, 'information');
});

// ---------------------------------------------------------------------------------------------
// Cost

test('linear and cached: a 130k-word draft cold, then again as on the next keystroke', () => {
  const paragraph =
    'The council said it would spend £2.5m on repairs after 310mm of rain fell on 3 March. About 12,000 homes lost power. ' +
    'Ms Hale, 74, said the water rose 2ft in 20 minutes. Roughly 40% of the farmland, 1,200 hectares, is under water.';
  const draft = Array.from({ length: 2500 }, (_, i) => `${paragraph} Road ${i} stayed shut.`).join('\n\n');
  const doc = parseDraft(draft, 'markdown');
  const options = { ...Object.fromEntries(Object.entries(unattributedFigure.options.properties).map(([k, spec]) => [k, spec.default])), mode: 'strict' } as Parameters<typeof unattributedFigure.check>[0]['options'];
  const run = () => {
    const started = performance.now();
    const findings = unattributedFigure.check({ doc, options, shared: {} });
    return { findings, ms: performance.now() - started };
  };
  const cold = run();
  const warm = run();
  // Per paragraph: 12,000, 40% and 1,200 hectares.
  assert.equal(cold.findings.length, 2500 * 3);
  assert.equal(warm.findings.length, 2500 * 3);
  // Timings are the benchmark's business (npm run bench); here they are only shown.
  console.log(`unattributed-figure on 2,500 paragraphs: cold ${Math.round(cold.ms)} ms, warm ${Math.round(warm.ms)} ms`);
});

test('re-linting after edits (warm per-block cache) gives exactly a cold lint, fixes included', async () => {
  const { clearCaches } = await import('../../server/src/engine/cache.ts');
  const { generateDraft } = await import('../../bench/generate.ts');
  let seed = 23;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  for (const format of ['markdown', 'plaintext'] as Format[]) {
    const separator = format === 'markdown' ? '\n\n' : '\n';
    const paragraphs = generateDraft(4000, format, 8).trimEnd().split(separator);
    const at = () => Math.floor(random() * paragraphs.length);
    const edits: (() => void)[] = [
      // A word changed, a cue added or removed, a figure typed in: the paragraph's own findings change.
      () => {
        const i = at();
        const w = paragraphs[i].split(' ');
        w[Math.floor(random() * w.length)] = pick(['said', 'meanwhile', '40%', '£3.5m', 'It', 'not', '1,200 tonnes', 'https://example.org']);
        paragraphs[i] = w.join(' ');
      },
      // A source note under a paragraph sources it; removing one unsources it (the paragraph is unchanged).
      () => paragraphs.splice(at(), 0, pick(['Source: ONS', '(Figures: the county council)'])),
      () => {
        const i = paragraphs.findIndex((p) => /^\(?(?:Source|Figures):/.test(p));
        if (i >= 0) paragraphs.splice(i, 1);
      },
      // The same paragraph as a list item or a quote block, or back: the block no longer starts its line.
      () => {
        const i = at();
        paragraphs[i] = /^(?:- |> |1\. )/.test(paragraphs[i]) ? paragraphs[i].slice(paragraphs[i].indexOf(' ') + 1) : pick(['- ', '> ', '1. ']) + paragraphs[i];
      },
      // A directive or a line above a paragraph: its "Ignore this figure" fix changes, its text does not.
      () => paragraphs.splice(at(), 0, pick(['<!-- copydesk-disable-next-line quote-style -->', 'Advertisement', '<!-- a note -->'])),
      // A paragraph moved, or repeated elsewhere (the same text at other offsets, before other blocks).
      () => {
        const [moved] = paragraphs.splice(at(), 1);
        paragraphs.splice(at(), 0, moved);
      },
      () => paragraphs.splice(at(), 0, paragraphs[at()]),
      // A paragraph made a heading or back.
      () => {
        const i = at();
        paragraphs[i] = paragraphs[i].startsWith('## ') ? paragraphs[i].slice(3) : `## ${paragraphs[i]}`;
      },
      // Figures sourced only by a setting (a link, an extra cue), a headline checked only with `headings`,
      // and in Markdown the same prose with or without a URL in inline HTML (blanked in the prose, read as a link).
      () =>
        paragraphs.splice(at(), 0, pick([
          'Some 4,000 jobs were lost, per the union.',
          'Some 4,000 jobs were lost (https://example.org/jobs).',
          'Some 4,000 jobs were lost <span title="https://example.org/x"></span>.',
          'Some 4,000 jobs were lost <span title="no link in this one!!"></span>.',
          'Storm Leaves 300 Homes Dark',
        ])),
      () => {
        const i = paragraphs.findIndex((p) => p.includes('<span title='));
        const [link, none] = ['"https://example.org/x"', '"no link in this one!!"'];
        if (i >= 0) paragraphs[i] = paragraphs[i].includes(link) ? paragraphs[i].replace(link, none) : paragraphs[i].replace(none, link);
      },
    ];
    paragraphs.splice(3, 0, 'Some 4,000 jobs were lost <span title="https://example.org/x"></span>.');
    const layers = [
      { rules: { [RULE]: { mode: 'strict' } } },
      { rules: { [RULE]: { mode: 'strict', headings: true, links: false, cues: ['per'] } } },
      undefined,
      // In a sports report only money is left to query, and money claims are in the otherClaims tier
      // (session 5): asked for as hints here, so this layer has findings and the hint tier is cached too.
      { rules: { [RULE]: { headings: true, links: false, cues: ['per'], sections: ['sport'], otherClaims: 'hint' } } },
    ];
    const key = (text: string, layer: unknown) => ofRule(lintText(text, format, layer), RULE).map((f) => JSON.stringify(f));
    lintText(paragraphs.join(separator), format);
    for (let step = 0; step < 50; step++) {
      pick(edits)();
      const text = paragraphs.join(separator);
      // Strict and desk mode, default and other settings, in turns (desk mode carries a source across
      // paragraphs, and that must be as incremental-safe as the per-block findings).
      const layer = layers[step % 4];
      const warm = key(text, layer);
      clearCaches();
      const cold = key(text, layer);
      assert.ok(cold.length > [10, 10, 2, 0][step % 4], `the draft has unattributed figures (${cold.length})`);
      assert.deepEqual(warm, cold, `${format}, step ${step}`);
      if (step % 3 === 0) lintText(text, format, layer); // leave caches warm for the next step
    }
  }
});

test('word rates survive odd spacing: two spaces, or a hard-wrapped line between the words', async () => {
  const { figuresIn } = await import('../../server/src/rules/unattributed-figure/figures.ts');
  for (const prose of ['Now one out  of five homes has no heating.', 'Now one out\nof five homes has no heating.']) {
    const found = figuresIn(prose).map((s) => prose.slice(s.start, s.end).replace(/\s+/g, ' '));
    assert.deepEqual(found, ['one out of five'], JSON.stringify(prose));
  }
});
