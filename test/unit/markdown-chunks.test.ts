// The Markdown document model is built chunk by chunk (and plain paragraphs skip remark). These tests
// check that it gives exactly the blocks a whole-document remark parse gives.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDraft, parseMarkdownChunk, plainProseChunk } from '../../server/src/engine/document.ts';
import { markdownChunks } from '../../server/src/engine/markdown-chunks.ts';
import { generateDraft } from '../../bench/generate.ts';
import { fixture } from './helpers.ts';

const wholeDocument = (text: string) => parseMarkdownChunk(text).blocks;
const chunked = (text: string) => parseDraft(text, 'markdown').blocks;

const TRICKY = [
  fixture('near-repeat.md'),
  '# Title\n\nPara one with *emphasis* and `code`.\n\n```\nfenced\n\nstill fenced\n```\n\nAfter the fence.\n',
  '- item one is long enough\n\n- item two\n\n  continuation of item two\n\nA paragraph.\n',
  '> quoted paragraph one\n\n> quoted paragraph two\n\nNot quoted.\n',
  '<!-- a comment\n\nthat spans a blank line -->\n\nProse after the comment.\n',
  'Setext heading\n===\n\nA paragraph\n---\n\nFinal words here.\n',
  '<pre>\nraw\n\nhtml\n</pre>\n\nAfter raw HTML.\n',
  '1. first\n2. second\n\n10) tenth item\n\nPlain: a colon, a dash - and 50% of it.\n',
  'See https://example.org/x and www.example.com or mail a@b.co today.\n\nNext paragraph.\n',
  '    indented code\n\nText.\n\n\tTabbed code\n',
  '---\ntitle: x\n---\n\nBody text.\n',
  'Line with trailing spaces  \nand a hard break.\n\nTwo\nlines.\n',
];

test('chunked parse gives the same blocks as a whole-document parse', () => {
  for (const text of [...TRICKY, generateDraft(3000, 'markdown', 7), generateDraft(2000, 'markdown', 11)]) {
    assert.deepEqual(chunked(text), wholeDocument(text), JSON.stringify(text.slice(0, 80)));
  }
});

test('chunks cover the text exactly, in order', () => {
  for (const text of TRICKY) {
    assert.equal(markdownChunks(text).map((c) => c.text).join(''), text);
  }
});

test('plain prose chunks skip remark only when remark would give the same', () => {
  assert.ok(plainProseChunk('The council said 40% of the budget, £3m, had gone.\n'));
  for (const text of ['Has *emphasis*.', '# Heading', '- list', '1. list', 'a http://x.y link', 'Setext\n===', 'a <b>tag</b>', 'A & B', '    code']) {
    assert.equal(plainProseChunk(text), undefined, text);
  }
  for (const text of ['The council said 40% of the budget, £3m, had gone.\n', 'Two\nlines.\n', 'Trailing  \nbreak.\n']) {
    assert.deepEqual(plainProseChunk(text)!.blocks, parseMarkdownChunk(text).blocks, text);
  }
});
