// Drafts checked on every core. node:worker_threads directly rather than a pool package: piscina and
// tinypool each start their workers through a file of their own inside node_modules, which the
// self-contained dist/ (the VS Code extension ships without node_modules) cannot carry; the
// scheduling needed here (one draft at a time to whichever worker is free, results by index) is a
// few lines.

import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckOptions, Target } from './check-file.ts';
import type { FileReport } from './located.ts';
import type { WorkReply } from './worker.ts';

/** dist/cli-worker.js beside the bundled CLI; undefined when running from source (tsx). */
export function workerFile(): string | undefined {
  const dir = typeof __dirname === 'string' ? __dirname : undefined;
  if (!dir) return undefined;
  const file = join(dir, 'cli-worker.js');
  return existsSync(file) ? file : undefined;
}

export function checkInWorkers(file: string, targets: readonly Target[], options: CheckOptions, jobs: number, onProgress: (done: number) => void): Promise<FileReport[]> {
  return new Promise((resolvePool, rejectPool) => {
    const reports: FileReport[] = new Array(targets.length);
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let failed = false;
    const finish = (error?: Error) => {
      if (failed) return;
      if (error) failed = true;
      for (const w of workers) void w.terminate();
      if (error) rejectPool(error);
      else resolvePool(reports);
    };
    const feed = (worker: Worker) => {
      if (next < targets.length) {
        const index = next++;
        worker.postMessage({ index, target: targets[index] });
      }
    };
    const count = Math.max(1, Math.min(jobs, targets.length));
    for (let i = 0; i < count; i++) {
      const worker = new Worker(file, { workerData: options });
      workers.push(worker);
      worker.on('message', (reply: WorkReply) => {
        if ('error' in reply) return finish(new Error(`while checking ${targets[reply.index].path}: ${reply.error}`));
        reports[reply.index] = reply.report;
        done++;
        onProgress(done);
        if (done === targets.length) finish();
        else feed(worker);
      });
      worker.on('error', (error) => finish(error));
      // Two drafts in flight per worker, so a worker never waits on the main thread between drafts.
      feed(worker);
      feed(worker);
    }
  });
}
