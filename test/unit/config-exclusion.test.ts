import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../../server/src/host/lint.ts';
import { resolveConfig } from '../../server/src/host/config-file.ts';
import { fixture } from './helpers.ts';

test('files matching "exclude" or "sources" in .copydesk.json are not drafts: not linted, quietly', () => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-exclude-'));
  mkdirSync(join(dir, 'transcripts'));
  mkdirSync(join(dir, 'archive'));
  writeFileSync(join(dir, '.copydesk.json'), JSON.stringify({ sources: ['transcripts/**/*.txt'], exclude: ['archive/**'] }));
  const text = fixture('seed-like.txt');
  const run = (relative: string) => {
    const file = join(dir, relative);
    const config = resolveConfig(file);
    return lint(text, { format: 'plaintext', settings: config.settings, file, configFile: config.file });
  };
  const transcript = run('transcripts/interview.txt');
  assert.equal(transcript.excluded, true);
  assert.deepEqual(transcript.findings, []);
  assert.match(transcript.skipped!, /a source file \("sources" in .*\.copydesk\.json\), not a draft/);
  assert.match(run('archive/old.txt').skipped!, /excluded by "exclude"/);
  const draft = run('story.txt');
  assert.equal(draft.excluded, undefined);
  assert.ok(draft.findings.length > 0);
});
