// Quotation marks of other newsroom languages, in our own sentences: each language's pairs and nesting,
// the `quotes` setting ("auto", a language tag, explicit pairs), and the fixes in those languages.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lintQuotes, quoteFindings, show } from './quote-helpers.ts';

const withQuotes = (quotes: unknown) => ({ quotes });

function clean(text: string, layer?: unknown) {
  assert.deepEqual(show(text, quoteFindings(text, false, layer)), [], text);
}

test('German „…“ and ‚…‘ pair, with apostrophes; “ closes there and is never an English opener', () => {
  clean('Die Bürgermeisterin sagte: „Wir bauen die Brücke ‚so schnell wie möglich‘ wieder auf“, und ging.');
  clean('„Geht’s morgen weiter?“, fragte der Fahrer. „Ja“, sagte sie.');
  clean('Er nannte das Urteil »ein Signal« und den Plan ›mutig‹.');
  // Read as English, the same draft would be wrong: the setting decides.
  const german = '„Wir kommen morgen wieder“, sagte der Sprecher.';
  clean(german, withQuotes('de'));
  assert.ok(quoteFindings(german, false, withQuotes('en')).length > 0, 'read as English, “ opens a quote that never closes');
});

test('German problems: unclosed „, a Polish closing mark, „ inside „ — with fixes', () => {
  const unclosed = '„Wir kommen morgen wieder, sagte der Sprecher.';
  const [a] = quoteFindings(unclosed, false, withQuotes('de'));
  assert.equal(a.message, 'Quotation not closed: opened with a low double quote („), which closes with “');
  assert.equal(applyFix(unclosed, a), '„Wir kommen morgen wieder, sagte der Sprecher.“');

  const wrong = '„Wir kommen morgen wieder”, sagte der Sprecher.';
  const [b] = quoteFindings(wrong, false, withQuotes('de'));
  assert.equal(b.message, "Closing mark doesn't match: opened with a low double quote („), closed with a double quote (”) instead of “");
  assert.equal(applyFix(wrong, b), '„Wir kommen morgen wieder“, sagte der Sprecher.');

  const nested = 'Sie sagte: „Er rief „Halt“ und lief weg“, und schwieg.';
  const [c] = quoteFindings(nested, false, withQuotes('de'));
  assert.match(c.message, /^Double quote \(„\) inside a double-quoted passage: a quote within a quote takes single quotes/);
  assert.equal(applyFix(nested, c), 'Sie sagte: „Er rief ‚Halt‘ und lief weg“, und schwieg.');
});

test('auto: an unclosed „ with no closing mark anywhere is read as German', () => {
  const text = 'Der Sprecher sagte, man werde „alles prüfen. Mehr sagte er nicht.';
  assert.deepEqual(quoteFindings(text).map((f) => f.message), ['Quotation not closed: opened with a low double quote („), which closes with “']);
});

test('French and Swiss «…» (with or without spaces) and ‹…›', () => {
  clean('Le maire a dit : « Nous reconstruirons le pont », puis il est parti.');
  clean('Elle a ajouté : « Le panneau disait ‹ route fermée › depuis lundi. »');
  clean('Die Gemeinde schrieb: «Wir öffnen die ‹neue› Halle am Montag.»');
  const unclosed = 'Le maire a dit : « Nous reconstruirons le pont.';
  const [f] = quoteFindings(unclosed);
  assert.equal(f.message, 'Quotation not closed: opened with a guillemet («), which closes with »');
  const crossed = 'Elle a dit : « Le panneau disait ‹ route fermée » hier.';
  assert.ok(quoteFindings(crossed).some((x) => x.rule === 'quote-mismatch'));
});

test('Danish and German »…« with ›…‹ inside', () => {
  clean('»Vi kommer igen i morgen«, sagde borgmesteren, »og ›måske‹ på fredag.«');
  const text = '»Vi kommer igen i morgen, sagde borgmesteren.';
  assert.deepEqual(show(text, quoteFindings(text)), ['1:1-1:2 quote-mismatch: Quotation not closed: opened with a guillemet (»), which closes with «']);
});

test('Polish, Dutch, Hungarian „…”; Swedish and Finnish ”…”', () => {
  clean('„Przyjdziemy jutro” – powiedział rzecznik.');
  clean('„Dit is het plan van de gemeente,” zei de wethouder, „en het is ‚definitief’.”');
  clean('Han sa: ”Vi kommer tillbaka i morgon”, och gick.', withQuotes('sv'));
  clean('Hän sanoi: ”Tulemme huomenna takaisin.”');
  const open = '„Przyjdziemy jutro – powiedział rzecznik.';
  assert.deepEqual(show(open, quoteFindings(open, false, withQuotes('pl'))), ['1:1-1:2 quote-mismatch: Quotation not closed: opened with a low double quote („), which closes with ”']);
});

test('explicit pairs, and a bad setting falls back to English with a message', () => {
  clean('Il a dit «oui» puis ‹non›.', withQuotes('«» ‹›'));
  const { findings, problems } = lintQuotes('He said “yes”.', { layer: withQuotes('klingon') });
  assert.deepEqual(findings, []);
  assert.ok(problems.some((p) => p.message.includes('"quotes" must be "auto", a language tag')), JSON.stringify(problems));
});

test('English stays the default: a draft with only “ ” ‘ ’ reads as English', () => {
  clean('“We’ll be back,” she said. ‘Fine,’ he said.');
  const text = '“We’ll be back,” she said. “Fine, he said.';
  assert.equal(quoteFindings(text).length, 1);
});

test('auto: an English draft quoting one German phrase stays English, and a German draft may quote English', () => {
  clean('The poster read „Wir schaffen das“ in red. “We can do it,” the mayor said. “It was ‘hard’ work,” she added.');
  clean('Die Zeitung titelte „Wir schaffen das“. Der Sender zeigte damals “Yes we can”.');
  // In a German draft a Polish-style closing ” is still caught.
  const text = '„Wir kommen morgen”, sagte er. „Ja“, sagte sie.';
  assert.deepEqual(show(text, quoteFindings(text)), ["1:19-1:20 quote-mismatch: Closing mark doesn't match: opened with a low double quote („), closed with a double quote (”) instead of “"]);
});
