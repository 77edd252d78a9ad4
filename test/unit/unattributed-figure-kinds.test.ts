// unattributed-figure, session 5: the main tier by KIND of claim. On the untouched first runs of six
// unseen sets, money claims were right 5 times in 22 at the main tier (docs/held-out-log.md, session 5):
// by the rule written down before the change, a kind right less than half the time moves to the
// `otherClaims` tier. The kinds right at least half the time stay. Our own sentences throughout.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText, ofRule } from './helpers.ts';
import { explainFigures } from '../../server/src/rules/unattributed-figure.ts';
import { parseDraft } from '../../server/src/engine/document.ts';
import { applyLayer, defaultSettings } from '../../server/src/host/settings.ts';
import type { Finding } from '../../server/src/engine/types.ts';

const RULE = 'unattributed-figure';
type OtherClaims = 'off' | 'hint' | 'flag';

const findings = (text: string, otherClaims?: OtherClaims, mode: 'desk' | 'strict' = 'desk'): Finding[] =>
  ofRule(lintText(text, 'plaintext', { rules: { [RULE]: { mode, judge: 'rules', ...(otherClaims ? { otherClaims } : {}) } } }), RULE);
const at = (text: string, figure: string, otherClaims?: OtherClaims, mode?: 'desk' | 'strict') =>
  findings(text, otherClaims, mode).find((f) => text.slice(f.start, f.end) === figure);

const MONEY = [
  ['The orchestra now spends around £40,000 a month on hired players.', '£40,000'],
  ['Hauliers charge between 900 and 1,400 euros for each load.', '900 and 1,400 euros'],
  ['The parish hall’s new roof came to $85,000, paid from the reserve.', '$85,000'],
] as const;

test('money claims: not reported by default (the otherClaims tier), and --explain says why', () => {
  for (const [text, figure] of MONEY) {
    assert.equal(at(text, figure), undefined, text);
    const settings = applyLayer(defaultSettings(), { rules: { [RULE]: { judge: 'rules' } } }, 'test', []); // the hand rule's otherClaims tier
    const reasons = explainFigures(parseDraft(text, 'plaintext'), settings.rules[RULE].options, 2026);
    const reason = reasons.find((r) => text.slice(r.start, r.end) === figure)?.reason;
    assert.equal(reason, 'a lower-confidence query, not reported ("otherClaims": "off")', text);
  }
});

test('money claims at the otherClaims tier keep their kind and message: a hint with "hint", at the rule’s severity with "flag"', () => {
  for (const [text, figure] of MONEY) {
    const hint = at(text, figure, 'hint');
    assert.ok(hint, text);
    assert.equal(hint.severity, 'hint');
    assert.equal(hint.detail?.kind, 'money');
    assert.ok(hint.detail?.notes?.includes('lower-confidence'), text);
    assert.match(hint.message, /a money claim needs a source/);
    const flag = at(text, figure, 'flag');
    assert.ok(flag, text);
    assert.notEqual(flag.severity, 'hint');
    assert.equal(flag.detail?.kind, 'money');
  }
});

test('a conversion of a money claim takes its tier', () => {
  const text = 'The ferry operator paid £10m ($12.5m) for the second vessel.';
  assert.deepEqual(findings(text).map((f) => text.slice(f.start, f.end)), []);
  const hinted = findings(text, 'hint');
  assert.deepEqual(hinted.map((f) => [text.slice(f.start, f.end), f.severity]), [['£10m', 'hint'], ['$12.5m', 'hint']]);
});

/** Each sentence's figure is found, at the rule's severity (not a hint), and of the kind given. */
function assertMainTier(cases: readonly (readonly [text: string, figure: string, kind: string])[]): void {
  for (const [text, figure, kind] of cases) {
    const f = at(text, figure);
    assert.ok(f, text);
    assert.notEqual(f.severity, 'hint', text);
    assert.equal(f.detail?.kind, kind, text);
  }
}

test('money that is a damage, cost or loss, an estimate or a forecast, or has an unfilled placeholder stays in the main tier', () => {
  const cases = [
    ['The flooding caused £3m of damage across the estate.', '£3m', 'damage'],
    ['The storm is likely to cost insurers more than $40 million.', '$40 million', 'damage'],
    ['Transfer spending is expected to reach £600m this summer.', '£600m', 'estimate'],
    ['The scheme spends £2m a year on outreach, according to [source].', '£2m', 'placeholder'],
  ] as const;
  assertMainTier(cases);
});

test('the kinds right at least half the time on unseen copy stay in the main tier by default', () => {
  const cases = [
    ['The landslide buried 40 houses and killed 12 people.', '12', 'casualty'],
    ['Some 45% of tenants in the borough rent privately.', '45%', 'share'],
    ['About 64,000 tenants in the county are behind on their rent.', '64,000', 'population'],
    ['Turnout could reach 70% on Sunday.', '70%', 'estimate'],
  ] as const;
  assertMainTier(cases);
});

// Session 6, round 3: pooled over eleven untouched first runs (session 5's six, held-out-8 to -12), rates
// were right 10 times in 22 and changes of a count 2 in 5 at the main tier: by the same rule they move.
const MOVED = [
  ['Youth unemployment in the valley stood at 14.2 per cent.', '14.2 per cent', 'rate'],
  // Session 8 (fig22): in the simple past, a release's period; in the present or present perfect they are main.
  ['Membership of the club fell to 900 last year, from 1,400 in 2019.', '900', 'countChange'],
] as const;

test('rates and changes of a count are at the otherClaims tier: off by default, a hint with "hint", flagged with "flag", same kind', () => {
  for (const [text, figure, kind] of MOVED) {
    assert.equal(at(text, figure), undefined, text);
    const hint = at(text, figure, 'hint');
    assert.ok(hint, text);
    assert.equal(hint.severity, 'hint', text);
    assert.equal(hint.detail?.kind, kind, text);
    assert.ok(hint.detail?.notes?.includes('lower-confidence'), text);
    const flag = at(text, figure, 'flag');
    assert.ok(flag, text);
    assert.notEqual(flag.severity, 'hint', text);
    assert.equal(flag.detail?.kind, kind, text);
    // Strict mode has one tier.
    const strict = at(text, figure, 'off', 'strict');
    assert.ok(strict, text);
    assert.notEqual(strict.severity, 'hint', text);
  }
});

test('strict mode has one tier: a money claim with no source in its sentence is flagged at the rule’s severity', () => {
  const [text, figure] = MONEY[0];
  for (const otherClaims of ['off', 'hint'] as const) {
    const f = at(text, figure, otherClaims, 'strict');
    assert.ok(f, otherClaims);
    assert.notEqual(f.severity, 'hint');
  }
});
