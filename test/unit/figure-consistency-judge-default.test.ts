// figure-consistency with its default judge ("learned", held-out log session 8 item 8): a finding only the learned
// pair judge makes is as explainable and fixable as the hand rule's: the message names both places, the other
// figure is related information, the quick fix writes the draft's other figure, fix-all never applies it (only the
// writer knows which is right), and no fix is offered inside a quotation. Sentences of our own.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, fixAllEdits } from '../../server/src/engine/edits.ts';
import { describeFinding, lintText, ofRule } from './helpers.ts';

const RULE = 'figure-consistency';
const BARRIER = [
  'Harbour council backs £2.6bn flood barrier',
  'Councillors in Portlow voted on Tuesday to build a £2.6bn flood barrier across the harbour mouth.',
  'The vote followed two years of consultation with residents and fishing crews.',
  // Session 9: the retrained judge leaves "The £2.9bn barrier" below its threshold (0.77 against 0.8 on 24 sets) and reports the
  // restatement that names the barrier in full.
  'The £2.9bn flood barrier is due to be finished in 2031, the council said.',
].join('\n\n') + '\n';

const found = (text: string, judge?: 'rules' | 'learned') => ofRule(lintText(text, 'plaintext', judge ? { rules: { [RULE]: { judge } } } : undefined), RULE);

test('by default the learned judge reports a pair the hand rule alone leaves', () => {
  assert.deepEqual(found(BARRIER, 'rules'), []);
  assert.deepEqual(found(BARRIER).map((f) => describeFinding(BARRIER, f)), found(BARRIER, 'learned').map((f) => describeFinding(BARRIER, f)));
  assert.deepEqual(found(BARRIER).map((f) => BARRIER.slice(f.start, f.end)), ['£2.9bn']);
});

test("the judge's finding names both places, relates the other figure and notes that the judge made it", () => {
  const [f] = found(BARRIER);
  assert.equal(f.severity, 'warning');
  // Which of the draft's two £2.6bn the judge pairs depends on its weights (session 8's paired both, session 9's
  // retrain the body's only); the body's is always named, and every place named is related.
  assert.match(describeFinding(BARRIER, f), /^7:5-7:11 figure-consistency: £2\.9bn here, £2\.6bn on line (?:1, )?3 \(a different figure for the same thing\?\)$/);
  const related = f.related!.map((r) => [BARRIER.slice(r.start, r.end), r.message]);
  assert.ok(related.some(([, m]) => m === '£2.6bn (line 3)'), JSON.stringify(related));
  for (const [text, m] of related) assert.ok(text === '£2.6bn' && /^£2\.6bn \(line [13]\)$/.test(m), m);
  assert.ok(f.detail?.notes?.includes('learned'), JSON.stringify(f.detail));
});

test("the quick fix writes the draft's other figure and nothing else; fix-all leaves it to the writer", () => {
  const [f] = found(BARRIER);
  const [fix] = f.fixes;
  assert.match(fix.title, /^Use '£2\.6bn' \(as on line [13]\)$/);
  assert.equal(fix.safe, undefined, 'only the writer knows which figure is right');
  assert.equal(applyEdits(BARRIER, fix.edits), BARRIER.replace('£2.9bn', '£2.6bn'));
  assert.deepEqual(fixAllEdits(found(BARRIER)), []);
  // Once fixed, nothing is left to report.
  assert.deepEqual(found(applyEdits(BARRIER, fix.edits)), []);
});

test('inside a quotation the finding stays and no figure is written into the quote', () => {
  const text = BARRIER.replace('The £2.9bn flood barrier is due to be finished in 2031, the council said.', '"The £2.9bn flood barrier will be finished in 2031," the council leader said.');
  const flagged = found(text);
  assert.deepEqual(flagged.map((f) => text.slice(f.start, f.end)), ['£2.9bn']);
  assert.deepEqual(flagged[0].fixes.filter((x) => x.title.startsWith('Use ')), []);
});
