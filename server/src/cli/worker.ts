// Worker-thread side of `copydesk check`: dist/cli.js started again as a worker (cli/pool.ts,
// cli/early-workers.ts) runs this instead of main(): it takes the check options in its first message
// (a worker started early exists before they are known), then checks the drafts the main thread
// hands it one at a time and sends each report back with its index so the output keeps the input
// order. One bundle serves both, so the engine ships once.

import { parentPort } from 'node:worker_threads';
import { checkFile, type CheckOptions, type Target } from './check-file.ts';
import type { FileReport } from './located.ts';

export type WorkRequest = { options: CheckOptions } | { index: number; target: Target };

export type WorkReply = { index: number; report: FileReport } | { index: number; error: string };

export function runWorker(): void {
  let options: CheckOptions | undefined;
  parentPort?.on('message', (request: WorkRequest) => {
    if ('options' in request) {
      options = request.options;
      return;
    }
    const { index, target } = request;
    let reply: WorkReply;
    try {
      if (!options) throw new Error('a draft arrived before the check options');
      reply = { index, report: checkFile(target, options) };
    } catch (error) {
      reply = { index, error: (error as Error).stack ?? String(error) };
    }
    parentPort!.postMessage(reply);
  });
}
