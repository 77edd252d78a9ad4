// Worker-thread side of `copydesk check`: dist/cli.js started again as a worker (cli/pool.ts) runs
// this instead of main(), checks the drafts the main thread hands it one at a time, and sends each
// report back with its index so the output keeps the input order. One bundle serves both, so the
// engine ships once.

import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type CheckOptions, type Target } from './check-file.ts';
import type { FileReport } from './located.ts';

export interface WorkRequest {
  index: number;
  target: Target;
}

export type WorkReply = { index: number; report: FileReport } | { index: number; error: string };

export function runWorker(): void {
  const options = workerData as CheckOptions;
  parentPort?.on('message', ({ index, target }: WorkRequest) => {
    let reply: WorkReply;
    try {
      reply = { index, report: checkFile(target, options) };
    } catch (error) {
      reply = { index, error: (error as Error).stack ?? String(error) };
    }
    parentPort!.postMessage(reply);
  });
}
