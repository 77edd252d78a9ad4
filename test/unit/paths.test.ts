import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relativeInside } from '../../server/src/host/paths.ts';

test('relativeInside: forward slashes inside, undefined outside (a folder named "..x" is inside)', () => {
  assert.equal(relativeInside('/ws', '/ws/drafts/a.txt'), 'drafts/a.txt');
  assert.equal(relativeInside('/ws', '/ws'), '');
  assert.equal(relativeInside('/ws', '/ws/..notes/a.txt'), '..notes/a.txt');
  assert.equal(relativeInside('/ws', '/other/a.txt'), undefined);
  assert.equal(relativeInside('/ws/drafts', '/ws/a.txt'), undefined);
});
