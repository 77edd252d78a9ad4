// Drafts checked on every core. node:worker_threads directly rather than a pool package: piscina and
// tinypool each start their workers through a file of their own inside node_modules, which the
// self-contained dist/ (the VS Code extension ships without node_modules) cannot carry; the
// scheduling needed here (each thread takes the next draft from a shared counter, results by index)
// is a few lines.
//
// Every thread, this one included, takes its next draft itself with Atomics.add on one shared
// counter. The workers never wait for this thread to hand them work: when drafts were handed out by
// message (two in flight per worker), a worker stood idle whenever its two drafts were done while
// this thread was busy with a long one, 13% of its time on `npm run bench:folder` (docs/benchmarks.md).

import { Worker } from 'node:worker_threads';
import { checkFile, type CheckOptions, type Target } from './check-file.ts';
import type { FileReport } from './located.ts';
import type { WorkReply, WorkRequest } from './worker.ts';
import { takeEarlyWorkers } from './early-workers.ts';

/**
 * Checks `targets` on `jobs` threads: this one and jobs − 1 workers. The main thread works too, so
 * it starts at once while the workers load the engine, and no core sits idle coordinating.
 */
export function checkInWorkers(file: string, targets: readonly Target[], options: CheckOptions, jobs: number, onProgress: (done: number) => void): Promise<FileReport[]> {
  return new Promise((resolvePool, rejectPool) => {
    const reports: FileReport[] = new Array(targets.length);
    const workers: Worker[] = [];
    // The index of the next draft to check, shared by every thread.
    const next = new Int32Array(new SharedArrayBuffer(4));
    let done = 0;
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      // Whatever a thread was about to take, nobody takes anything more.
      Atomics.store(next, 0, targets.length);
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
      worker.on('message', (reply: WorkReply) => {
        if ('error' in reply) return finish(new Error(`while checking ${targets[reply.index].path}: ${reply.error}`));
        completed(reply.index, reply.report);
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => finish(new Error(`a worker thread stopped before the drafts were checked (exit code ${code})`)));
      worker.postMessage({ options, targets, next } satisfies WorkRequest);
    }
    // The main thread's share: one draft per turn of the event loop, so workers' reports are read
    // between drafts.
    const step = () => {
      if (settled) return;
      const index = Atomics.add(next, 0, 1);
      if (index >= targets.length) return;
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
