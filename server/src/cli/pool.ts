// Drafts checked on every core. node:worker_threads directly rather than a pool package: piscina and
// tinypool each start their workers through a file of their own inside node_modules, which the
// self-contained dist/ (the VS Code extension ships without node_modules) cannot carry; the
// scheduling needed here (one draft at a time to whichever worker is free, results by index) is a
// few lines.

import { Worker } from 'node:worker_threads';
import { checkFile, type CheckOptions, type Target } from './check-file.ts';
import type { FileReport } from './located.ts';
import type { WorkReply, WorkRequest } from './worker.ts';
import { takeEarlyWorkers } from './early-workers.ts';

export { workerFile } from './early-workers.ts';

/**
 * Checks `targets` on `jobs` threads: this one and jobs − 1 workers. The main thread works too, so
 * it starts at once while the workers load the engine, and no core sits idle coordinating.
 */
export function checkInWorkers(file: string, targets: readonly Target[], options: CheckOptions, jobs: number, onProgress: (done: number) => void): Promise<FileReport[]> {
  return new Promise((resolvePool, rejectPool) => {
    const reports: FileReport[] = new Array(targets.length);
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error) rejectPool(error);
      else resolvePool(reports);
    };
    const completed = (index: number, report: FileReport) => {
      reports[index] = report;
      done++;
      onProgress(done);
      if (done === targets.length) finish();
    };
    const feed = (worker: Worker) => {
      if (next < targets.length) {
        const index = next++;
        worker.postMessage({ index, target: targets[index] } satisfies WorkRequest);
      }
    };
    const count = Math.max(0, Math.min(jobs - 1, targets.length - 1));
    // Workers started while the engine loaded (cli/early-workers.ts) first, then new ones.
    const early = takeEarlyWorkers(count);
    workers.push(...early.map((e) => e.worker));
    const failed = early.find((e) => e.failure);
    if (failed) return finish(failed.failure);
    for (let i = 0; i < count; i++) {
      const worker = early[i]?.worker ?? new Worker(file);
      if (!early[i]) workers.push(worker);
      worker.ref();
      worker.postMessage({ options } satisfies WorkRequest);
      worker.on('message', (reply: WorkReply) => {
        if ('error' in reply) return finish(new Error(`while checking ${targets[reply.index].path}: ${reply.error}`));
        completed(reply.index, reply.report);
        if (!settled) feed(worker);
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => finish(new Error(`a worker thread stopped before the drafts were checked (exit code ${code})`)));
      // Two drafts in flight per worker, so a worker never waits on the main thread between drafts.
      feed(worker);
      feed(worker);
    }
    // The main thread's share: one draft per turn of the event loop, so workers' replies are read
    // (and the workers fed) between drafts.
    const step = () => {
      if (settled || next >= targets.length) return;
      const index = next++;
      try {
        completed(index, checkFile(targets[index], options));
      } catch (error) {
        return finish(error as Error);
      }
      setImmediate(step);
    };
    setImmediate(step);
  });
}
