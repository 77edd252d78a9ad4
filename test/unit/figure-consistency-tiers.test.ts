// figure-consistency's two tiers (session 5, precision by mechanism on unseen copy): digits transposed and a
// zero dropped or added (and an age with its digits transposed) are reported at the rule's severity; every
// other match is a lower-confidence match, off by default, a hint or a flag by the option `otherMatches`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locate } from '../../server/src/cli/located.ts';
import { summarize } from '../../server/src/cli/summary.ts';
import { lintText, ofRule } from './helpers.ts';

// One apart in the last digit, in two body paragraphs neither of which states the story's set (no headline, lede (the first two paragraphs) or
// reference back): the lower tier. (The same pair between the headline and the lede restates the story's set plainly,
// noted "restates": reported by default in session 6 until its held-out check put it back in the lower tier; see
// figure-consistency-session6.test.ts.)
const HEADLINE_WORDS = 'Pit collapse halts production at Ridgeway\n\nThe owner of the Ridgeway pit said on Monday that production had stopped after a tunnel collapsed.\n\nRescue teams worked through the night at the site.\n\nFour miners were killed in the collapse, the company said.\n\nFive miners were killed, according to the union.';
const TRANSPOSED = 'Flood kills 2,174 in the delta\n\nThe floods have killed 2,714 people in the delta since Friday, officials said.';
const ZERO = 'The council will spend £50m on new roads over five years, its budget shows.\n\nCouncillors approved the £500m roads plan on Tuesday.';
const AGE_TRANSPOSED = 'Dr Amara Okafor, 34, leads the clinic.\n\nOkafor, 43, opened it in 2019.';
const AGE_DIFFERENT = 'Dr Amara Okafor, 34, leads the clinic.\n\nOkafor, 36, opened it in 2019.';

// The hand rule's tiers (`judge: "rules"`): the learned pair judge, on by default, is tested in
// figure-consistency-pair-judge.test.ts.
function found(text: string, otherMatches?: 'off' | 'hint' | 'flag') {
  const layer = { rules: { 'figure-consistency': otherMatches ? { otherMatches, judge: 'rules' } : { judge: 'rules' } } };
  return ofRule(lintText(text, 'plaintext', layer), 'figure-consistency');
}

test('main tier: a transposition, a zero and an age with its digits transposed are warnings whatever otherMatches says, tagged with their mechanism', () => {
  for (const [text, figure, kind] of [[TRANSPOSED, '2,714', 'transposed'], [ZERO, '£500m', 'zero'], [AGE_TRANSPOSED, '43', 'age']] as const) {
    for (const mode of [undefined, 'off', 'hint', 'flag'] as const) {
      const findings = found(text, mode);
      assert.deepEqual(findings.map((f) => [text.slice(f.start, f.end), f.severity, f.detail?.kind]), [[figure, 'warning', kind]], `${figure} with otherMatches ${mode}`);
      assert.doesNotMatch(findings[0].message, /lower-confidence/);
      assert.equal(findings[0].hover, undefined);
      assert.ok(!findings[0].detail?.notes?.includes('lower-confidence'));
    }
  }
  assert.deepEqual(found(TRANSPOSED)[0].detail?.notes, ['headline']);
});

test('lower tier, default "off": a different value one apart in the last digit, or a different age, is not reported', () => {
  assert.deepEqual(found(HEADLINE_WORDS), []);
  assert.deepEqual(found(HEADLINE_WORDS, 'off'), []);
  assert.deepEqual(found(AGE_DIFFERENT), []);
});

test('lower tier, "hint": a hint that says it is a lower-confidence match, with a hover naming the option', () => {
  const [five, ...rest] = found(HEADLINE_WORDS, 'hint');
  assert.deepEqual(rest, []);
  assert.equal(HEADLINE_WORDS.slice(five.start, five.end), 'Five');
  assert.equal(five.severity, 'hint');
  assert.equal(five.message, 'Five here, Four on line 7 (a different figure for the same thing?) — a lower-confidence match');
  assert.deepEqual(five.detail, { kind: 'last digit', subject: 'Five', refers: 'Four', notes: ['words', 'lower-confidence'] });
  assert.match(five.hover ?? '', /lower-confidence match/);
  assert.match(five.hover ?? '', /`otherMatches`/);
  // The fix is the same as at the rule's severity (capital at the sentence start).
  assert.deepEqual(five.fixes.map((f) => f.title), ["Use 'Four' (as on line 7)"]);
  const [age] = found(AGE_DIFFERENT, 'hint');
  assert.equal(age.severity, 'hint');
  assert.match(age.message, /^Aged 36 here, 34 on line 1 \(a different age for the same person\?\) — a lower-confidence match$/);
});

test('lower tier, "flag": reported at the rule\'s severity, like the main tier', () => {
  const [five] = found(HEADLINE_WORDS, 'flag');
  assert.equal(five.severity, 'warning');
  assert.equal(five.message, 'Five here, Four on line 7 (a different figure for the same thing?)');
  assert.equal(five.hover, undefined);
  assert.equal(found(AGE_DIFFERENT, 'flag')[0].severity, 'warning');
});

test('the CLI summary counts a lower-confidence match as a hint, apart from the problems', () => {
  const text = `${TRANSPOSED}\n\n${HEADLINE_WORDS}`;
  const findings = found(text, 'hint');
  assert.deepEqual(findings.map((f) => f.severity), ['warning', 'hint']);
  const summary = summarize([{ path: 'story.txt', status: 'checked', findings: locate(text, findings), problems: [] }]);
  assert.equal(summary.warnings, 1);
  assert.equal(summary.hints, 1);
  assert.equal(summary.total, 1);
});
