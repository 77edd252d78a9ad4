// unattributed-figure, session 5: the kind of a finding is set where the figure is judged, and every
// explanation (hover, `check --explain`) judges by the year the check itself used. Then the round on
// held-out-6's mistakes (one test per mechanism, in our own sentences).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint as lintEngine } from '../../server/src/engine/lint.ts';
import { RULES } from '../../server/src/rules/index.ts';
import { applyLayer, defaultSettings } from '../../server/src/host/settings.ts';
import { explainLines } from '../../server/src/cli/explain.ts';
import { explainedFigures } from '../../server/src/lsp/figure-hovers.ts';
import { CLAIMS, type ClaimKind } from '../../server/src/rules/unattributed-figure/desk.ts';
import { figureFindings } from './helpers.ts';

const RULE = 'unattributed-figure';

test('each flagged figure carries the kind its judgement decided, and its message says that kind\u2019s words', () => {
  const cases: [string, string, ClaimKind][] = [
    ['The landslide buried 40 houses and killed 12 people.', '12', 'casualty'],
    ['The fraud left investors with losses of $3m.', '$3m', 'damage'],
    ['Turnout could reach 70% on Sunday.', '70%', 'estimate'],
    ['Some 45% of tenants in the borough rent privately.', '45%', 'share'],
    ['The council spends £80m a year on care.', '£80m', 'money'],
    ['The lake rose by 2 metres over the winter.', '2 metres', 'measurement'],
    ['The ferry carried 300 passengers on its first crossing.', '300', 'claim'],
  ];
  for (const [text, figure, kind] of cases) {
    const finding = figureFindings(text).find((f) => text.slice(f.start, f.end) === figure);
    assert.ok(finding, `${figure} flagged in: ${text}`);
    assert.equal(finding.detail?.kind, kind, text);
    assert.ok(finding.message.includes(`: ${CLAIMS[kind]}`), finding.message);
  }
  // A part of a count takes its own kind, not its message's reverse.
  const text = 'The landslide killed 30 people. Some 12 of them were children.';
  assert.equal(figureFindings(text).find((f) => text.slice(f.start, f.end) === '12')?.detail?.kind, 'part');
});

test('--explain and the hover judge by the year of the check (LintResult.currentYear), never the clock', () => {
  // Dated 2029: an earlier event (background) when the check ran in 2031, a claim when it ran in 2026.
  const text = 'Floods in 2029 destroyed 300 homes in the valley.\n';
  const settings = applyLayer(defaultSettings(), { rules: { 'unattributed-figure': { judge: 'rules' } } }, 'test', []); // the hand rule's reasons
  const at = (currentYear: number) => lintEngine(text, { format: 'plaintext', rules: RULES, settings, currentYear });
  const later = at(2031);
  assert.equal(later.currentYear, 2031);
  assert.deepEqual(later.findings.filter((f) => f.rule === RULE), []);
  assert.deepEqual(explainLines('s.txt', later, { format: 'plaintext', settings }), ['s.txt:1:26  \u201C300\u201D  background: an earlier event (2029)']);
  assert.deepEqual(explainedFigures(later.doc!, settings, later.currentYear).map((e) => e.reason), ['background: an earlier event (2029)']);
  const earlier = at(2026);
  assert.equal(earlier.findings.filter((f) => f.rule === RULE).length, 1);
  assert.deepEqual(explainLines('s.txt', earlier, { format: 'plaintext', settings }), []);
  assert.deepEqual(explainedFigures(earlier.doc!, settings, earlier.currentYear), []);
});

const flagged = (text: string) => figureFindings(text, 'markdown').map((f) => text.slice(f.start, f.end));

test('the sentence right after a release\u2019s own goes on with it when it opens on a definite subject in the release\u2019s measure', () => {
  const release = 'Across the county, 31.5 per cent of pupils reached the higher standard, according to figures released by the education department.';
  assert.deepEqual(flagged(`${release} The pass rate in maths was unchanged at 71 per cent.`), []);
  // Not across a paragraph break with nothing in common, not in the reporter's present, not a new
  // (indefinite) subject, not another measure (a count after a rate), and never a casualty count.
  assert.deepEqual(flagged(`${release}\n\nThe pass rate in maths was unchanged at 71 per cent.`), ['71 per cent']);
  assert.deepEqual(flagged(`${release} The pass rate in maths is now 71 per cent.`), ['71 per cent']);
  assert.deepEqual(flagged(`${release} Rents in Leeds rose 9 per cent.`), ['9 per cent']);
  assert.deepEqual(flagged(`${release} The academy trust hired 40 teachers.`), ['40']);
  assert.deepEqual(flagged(`${release} The roof collapse hurt 40 pupils.`), ['40']);
  // A person's word is not a release: what follows it is not carried by this.
  assert.deepEqual(flagged('The head teacher said the school had done well. The pass rate in maths was unchanged at 71 per cent.'), ['71 per cent']);
});

test('a bracketed to-come mark is a placeholder, and a sentence waiting for its source carries none forward', () => {
  // "[TK]", "[figure TK]", "[XX]": the writer's note in square brackets, with a word or two before the mark.
  const findings = (text: string) => figureFindings(text, 'markdown').map((f) => `${text.slice(f.start, f.end)} ${f.detail?.kind}`);
  assert.deepEqual(findings('The scheme is worth £40m according to [TK].'), ['£40m placeholder']);
  assert.deepEqual(findings('The canal repairs will cost £3m [figure XX], the trust said.'), ['£3m placeholder']);
  // Brackets that are not a to-come mark (a footnote) change nothing.
  assert.deepEqual(findings('The mill employed 400 people, the trust said [1].'), []);
  // The cue of a sentence with a placeholder does not carry into the next one.
  const said = 'The inspectorate said the queue of appeals grew to 3,400 in the year.';
  const tk = 'The inspectorate said the queue of appeals grew to 3,400 in the year [source TK].';
  const next = ' It cleared 2,900 appeals over the same period.';
  assert.deepEqual(findings(said + next), []);
  assert.deepEqual(findings(tk + next), ['3,400 placeholder', '2,900 claim']);
});

test('the magnitude of an earlier, dated event is background wherever it stands in the clause', () => {
  assert.deepEqual(flagged('The town lies on an active fault. A magnitude 6.9 earthquake in 1979 killed 410 people there.'), []);
  assert.deepEqual(flagged('The town lies on an active fault. A 6.4-magnitude quake in 1990 destroyed the old market.'), []);
  // The story's own event: its magnitude still needs a source.
  assert.deepEqual(flagged('A magnitude 6.1 earthquake struck the coast on Tuesday.'), ['6.1']);
});

test('what a decided budget or bill holds is an event fact, with an adverb between subject and verb too', () => {
  assert.deepEqual(flagged('Councillors approved the budget on Monday. The budget also includes £180,000 for bus shelters and 9 new crossings.'), []);
  assert.deepEqual(flagged('The bill passed its final vote. The bill still provides £6m for rural clinics.'), []);
  // A sum with no decided thing holding it is still a money claim.
  assert.deepEqual(flagged('Councillors met on Monday. The town will spend £180,000 on bus shelters.'), ['£180,000']);
});

test('in a sports report, money a competitor receives for a win is prize money; a fee received for a player is not', () => {
  const sport = (body: string) => `---\nsection: sport\n---\n\n${body}\n`;
  assert.deepEqual(flagged(sport('Okoro won the final in straight sets. She pockets £350,000 for her first major title. Lind receives £180,000.')), []);
  // Not for a win, and not paired with a prize: a transfer fee and a grant stay money claims.
  assert.deepEqual(flagged(sport('Dale Rovers sold their captain on Friday. Rovers receive £12m for the defender.')), ['£12m']);
  assert.deepEqual(flagged(sport('The academy receives £2m a year from the league.')), ['£2m']);
  // Outside a sports report, the same sentence is a money claim.
  assert.deepEqual(flagged('The charity ball was on Friday. She pockets £350,000 for her first major title.'), ['£350,000']);
});

test('"almost double the" is a multiple, as "almost twice the" is; "to double the" stays the verb it was', () => {
  assert.deepEqual(flagged('Bus fares in the valley are now nearly double the level of 2019.'), ['nearly double']);
  assert.deepEqual(flagged('Bus fares in the valley are now nearly double the level of 2019, the operator said.'), []);
  // Without a qualifier "double the" is read as before (a verb): no new figure.
  assert.deepEqual(flagged('Rivals double the pressure on the operator.'), []);
});

test('a change by a fraction is read in every form of its verb ("jump by a third" as "jumped by a third")', () => {
  assert.deepEqual(flagged('Villages that closed their tips saw dumping jump by a third.'), ['a third']);
  assert.deepEqual(flagged('Villages that closed their tips saw dumping climb by a quarter, the county survey found.'), []);
  // A fraction that is not a change or a share is still no figure.
  assert.deepEqual(flagged('The match was stopped in the third quarter.'), []);
});

test('an average given as a duration in words is a statistic, as it is in numerals', () => {
  assert.deepEqual(flagged('Waits for a hip operation at the clinic averaged almost nine months last year.'), ['almost nine months']);
  assert.deepEqual(flagged('Waits for a hip operation at the clinic averaged almost nine months last year, the trust said.'), []);
  // A duration that is not an average's value is still a time reference.
  assert.deepEqual(flagged('The operation took almost nine months to arrange.'), []);
});
