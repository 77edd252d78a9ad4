// The worker thread that lints large drafts, so the server's event loop stays free for hovers,
// code actions and newer edits (which cancel a running lint by terminating this worker). It runs
// the same engine as the main thread, with its own caches that stay warm between lints.

import { parentPort } from 'node:worker_threads';
import { lint, type LintOptions } from '../engine/lint.ts';

export interface LintJob {
  id: number;
  /** The document (its URI): lints of one key follow each other, as the editor's lints of one draft. */
  key: string;
  text: string;
  options: LintOptions;
}

parentPort?.on('message', (job: LintJob) => {
  let reply;
  try {
    const result = lint(job.text, job.options);
    // The parsed draft stays here (it does not clone cheaply); the server rebuilds what it needs.
    reply = { id: job.id, findings: result.findings, problems: result.problems, skipped: result.skipped, excluded: result.excluded, frontMatter: result.doc?.frontMatter };
  } catch (error) {
    reply = { id: job.id, findings: [], problems: [{ message: `Linting failed: ${(error as Error).message}` }], skipped: 'lint failed' };
  }
  parentPort!.postMessage(reply);
});
