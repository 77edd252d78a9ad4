// Newsroom situations, in our own sentences, each labelled (flagged or clean) before the rules ran on
// it: British and US order, possessives of plural nouns inside quotes, dropped g, decades, elisions,
// numbers before closing marks, and the mistakes a desk catches.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/lint.ts';

const cases: ['clean' | 'flag', string][] = [
  ['clean', "‘I’m proud of the girls’ efforts,’ the coach said."],
  ['clean', "‘It’s the players’,’ he said, ‘not mine.’"],
  ['clean', "The Times’ reporter asked: ‘Was it the ministers’ decision?’"],
  ['clean', "“It’s the ‘new normal’, they say,” Ms Diaz said. “I don’t buy it.”"],
  ['clean', "Guns N’ Roses played the ’80s hits."],
  ['clean', "\"It's a 65\" TV,\" he said."],
  ['clean', "She finished \"number 1\" on the list."],
  ['clean', "\"We were—\" he stopped. \"We were lucky.\""],
  ['clean', "“The phrase ‘moving forward’ means nothing,” he said."],
  ['clean', "‘…and then it stopped,’ she said."],
  ['clean', "‘’90s nostalgia is big business,’ she said."],
  ['clean', "'Round here, nobody locks their doors,' she said."],
  ['clean', "The 1970s' oil crisis hit the Joneses' farm."],
  ['clean', "Ms Ruiz’ car was found in the Thames."],
  ['clean', "‘We’ve been fishin’ here since the ’60s,’ said Mr O’Neill."],
  ['clean', "\"I told him, 'You're fired,'\" Trump said."],
  ['clean', "He said he was \"gutted\" and \"devastated\" by the club's decision."],
  ['clean', "'We need more police officers', said the commissioner."],
  ['clean', "“Don’t call it a comeback,” the rapper said of his album, “Mama Said Knock You Out”."],
  ['clean', "The show, ‘Strictly’, returns in the autumn."],
  ['clean', "Officials said the 6ft 2in suspect fled."],
  ['clean', "The sign read: \"Closed 'til further notice.\""],
  ['clean', "‘Our kids’ futures are at stake,’ said one parent. ‘And the teachers’ too.’"],
  ['clean', "The parents' association called the cuts 'a scandal'."],
  ['clean', "“It was a ‘once in a generation’ flood,” the mayor said. “We weren’t ready.”"],
  ['clean', "He described the '08 crash as 'a wake-up call'."],
  ['flag', "‘We are not going anywhere,” the protesters chanted."],
  ['flag', "“The deal is done,’ the minister said."],
  ['flag', "The minister said it was “a good day for the country."],
  ['flag', "He called the move 'reckless and left the room."],
  ['flag', "\"We will appeal, the lawyer said."],
  ['flag', "“She said “go home” and we did,” he said."],
  ['flag', "The mayor said the plan was \"on track\"\" despite delays."],
  ['flag', "It happened in the ‘90s."],
  ['flag', "‘I told them ‘no’ twice,’ she said."],
  ['flag', "The council‘s budget was cut."],
  ['flag', "He said: ‘We’re leavin’ tomorrow.” Then he left."],
  ['flag', "''We lost everything,'' she said."],
];

test('newsroom situations: quote-mismatch and quote-style flag exactly the labelled mistakes', () => {
  const wrong = cases.flatMap(([expect, text]) => {
    const found = lint(text, { format: 'plaintext' }).findings.filter((f) => f.rule === 'quote-mismatch' || f.rule === 'quote-style');
    const got = found.length ? 'flag' : 'clean';
    return got === expect ? [] : [`${expect} but ${got}: ${text} — ${found.map((f) => f.message).join(' | ')}`];
  });
  assert.deepEqual(wrong, []);
});
