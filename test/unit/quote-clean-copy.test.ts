// Clean published-style copy gives no quote finding: four stories we wrote, US and British order,
// curly and straight, with nested quotes, plural possessives, decades, rock 'n' roll, dropped-g
// dialogue and a multi-paragraph quote.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoteFindings, quoteFixture, show } from './quote-helpers.ts';

for (const name of ['clean-us.txt', 'clean-uk.txt', 'clean-wire.txt', 'clean-feature.md']) {
  test(`no quote finding on ${name}`, () => {
    const text = quoteFixture(name);
    assert.deepEqual(show(text, quoteFindings(text, name.endsWith('.md'))), []);
  });
}
