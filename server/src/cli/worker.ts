// Worker-thread entry (bundled as dist/cli-worker.js): checks the drafts the main thread hands it,
// one at a time, and sends each report back with its index so the output keeps the input order.

import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type CheckOptions, type Target } from './check-file.ts';
import type { FileReport } from './located.ts';

export interface WorkRequest {
  index: number;
  target: Target;
}

export type WorkReply = { index: number; report: FileReport } | { index: number; error: string };

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
