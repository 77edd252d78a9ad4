// The server process dies: the client must restart it and diagnostics must come back.

import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { CopydeskApi } from '../../../client/src/extension';
import { activateCopydesk, openFreshCopy, waitForDiagnostics } from './helpers';

/** Longer than the usual wait: the client must notice the dead server, start a new one, and that one must lint again. */
const WAIT_MS = 30_000;

export function registerRecoveryTests(): void {
  describe('server recovery', () => {
    let api: CopydeskApi;

    before(async () => {
      api = await activateCopydesk<CopydeskApi>();
    });

    it('restarts a killed server and publishes diagnostics again', async () => {
      const editor = await openFreshCopy('repeats.txt');
      const uri = editor.document.uri;
      await waitForDiagnostics(uri, (d) => d.some((x) => x.message === 'Lines 5–6 repeat lines 2–3'), 'first diagnostics', WAIT_MS);

      const before = await api.serverPid();
      process.kill(before, 'SIGKILL');

      // Edit while the server is down or restarting: the new server must lint the new text, where the
      // exact repeat on line 5 has become a near repeat (so the block is a near repeat too).
      await editor.edit((b) => b.insert(new vscode.Position(4, 0), 'Meanwhile, '));
      await waitForDiagnostics(
        uri,
        (d) => d.some((x) => x.range.start.line === 4 && x.message === 'Lines 5–6 nearly repeat lines 2–3'),
        'diagnostics from the restarted server for the edited text',
        WAIT_MS,
      );
      const after = await api.serverPid();
      assert.notEqual(after, before, 'a new server process runs');
    });
  });
}
