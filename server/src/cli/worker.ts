// Worker-thread side of `copydesk check`: dist/cli.js started again as a worker (cli/pool.ts,
// cli/early-workers.ts) runs this instead of main(). Its one message holds the check options, the
// drafts and the shared counter of the next draft; it takes drafts from the counter until none are
// left and sends each report back with its index, so the output keeps the input order. A worker
// started early exists before any of that is known, hence a message rather than workerData. One
// bundle serves both, so the engine ships once.

import { parentPort } from 'node:worker_threads';
import { checkFile, type CheckOptions, type Target } from './check-file.ts';
import type { FileReport } from './located.ts';

export interface WorkRequest {
  options: CheckOptions;
  targets: readonly Target[];
  /** The index of the next draft to check (Int32Array over a SharedArrayBuffer), shared by every thread. */
  next: Int32Array;
}

export type WorkReply = { index: number; report: FileReport } | { index: number; error: string };

export function runWorker(): void {
  // `on`, not `once`: the listener keeps the worker alive until the pool terminates it, so a worker
  // that runs out of drafts while others still work does not exit (which the pool treats as a crash).
  parentPort?.on('message', ({ options, targets, next }: WorkRequest) => {
    for (let index = Atomics.add(next, 0, 1); index < targets.length; index = Atomics.add(next, 0, 1)) {
      let reply: WorkReply;
      try {
        reply = { index, report: checkFile(targets[index], options) };
      } catch (error) {
        parentPort!.postMessage({ index, error: (error as Error).stack ?? String(error) } satisfies WorkReply);
        return;
      }
      parentPort!.postMessage(reply);
    }
  });
}
