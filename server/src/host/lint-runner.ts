// Where a lint runs. Small drafts are linted on the spot (a few milliseconds, warm caches). Drafts of
// WORKER_MIN_CHARS characters or more go to one worker thread, so a lint that takes seconds never
// blocks the server: hovers and code actions are answered meanwhile. A newer edit of the same draft
// cancels the running lint: its result is dropped at once, and the worker is let finish it (warming
// its caches, so the next lint is fast) unless it has already run for TERMINATE_AFTER_MS, in which
// case the worker is terminated and started afresh.

import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { lint, type LintOptions, type LintResult } from './lint.ts';
import { LineIndex } from '../engine/text.ts';
import type { DraftDocument } from '../engine/document.ts';
import type { LintJob } from './lint-worker.ts';

/** From this size a lint can take longer than a keystroke should wait (measured: docs/large-drafts.md). */
export const WORKER_MIN_CHARS = 200_000;
/** A cancelled lint that has run this long is stopped rather than finished. */
export const TERMINATE_AFTER_MS = 2000;

interface Job extends LintJob {
  resolve: (result: LintResult | undefined) => void;
  startedAt?: number;
  /** Cancelled while running: its result is dropped; the timer stops the worker if it runs on. */
  cancelled?: NodeJS.Timeout;
}

interface Reply {
  id: number;
  findings: LintResult['findings'];
  problems: LintResult['problems'];
  skipped?: string;
  excluded?: boolean;
  frontMatter?: DraftDocument['frontMatter'];
}

export class LintRunner {
  private worker?: Worker;
  private running?: Job;
  private readonly queue: Job[] = [];
  private nextId = 1;

  /** `workerFile`: the built worker script; without one every lint runs on the spot. */
  constructor(
    private readonly workerFile: string | undefined,
    private readonly log: (message: string) => void,
  ) {
    if (workerFile && !existsSync(workerFile)) this.workerFile = undefined;
  }

  /** Lints `text` for `key` (a document); resolves undefined when cancelled by a newer lint of the same key. */
  lint(key: string, text: string, options: LintOptions): Promise<LintResult | undefined> {
    this.cancel(key);
    if (!this.workerFile || text.length < WORKER_MIN_CHARS) return Promise.resolve(lint(text, options));
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, key, text, options, resolve });
      this.pump();
    });
  }

  /** Drops queued and running lints of `key`: their text is stale. */
  cancel(key: string): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].key !== key) continue;
      this.queue[i].resolve(undefined);
      this.queue.splice(i, 1);
    }
    const job = this.running;
    if (job?.key === key && !job.cancelled) {
      job.resolve(undefined);
      const left = TERMINATE_AFTER_MS - (Date.now() - (job.startedAt ?? 0));
      job.cancelled = setTimeout(() => this.stop(job), Math.max(0, left));
      job.cancelled.unref();
    }
  }

  /** Stops the worker if it is still busy with `job` (cancelled, and running too long). */
  private stop(job: Job): void {
    if (this.running !== job) return;
    this.running = undefined;
    this.stopWorker();
    this.pump();
  }

  dispose(): void {
    for (const job of this.queue.splice(0)) job.resolve(undefined);
    this.running?.resolve(undefined);
    clearTimeout(this.running?.cancelled);
    this.running = undefined;
    this.stopWorker();
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    this.running = job;
    job.startedAt = Date.now();
    // Only plain data crosses to the worker: anything the caller keeps per document in the options
    // (objects with methods) stays here; the worker lints with its thread's default state.
    const { state: _kept, ...options } = job.options as LintOptions & { state?: unknown };
    this.ensureWorker().postMessage({ id: job.id, key: job.key, text: job.text, options } satisfies LintJob);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile!);
    // The worker must not keep the process alive after the client says exit.
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const job = this.running;
      if (this.worker !== worker || !job || job.id !== reply.id) return;
      this.running = undefined;
      clearTimeout(job.cancelled);
      // A cancelled job has been resolved already: its result is of no use.
      if (!job.cancelled) job.resolve(toResult(reply, job));
      this.pump();
    });
    const failed = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const job = this.running;
      this.running = undefined;
      clearTimeout(job?.cancelled);
      this.log(`The lint worker stopped (${why}); it is restarted for the next lint`);
      job?.resolve({ findings: [], problems: [{ message: `Linting this draft failed (${why}); it is retried on the next edit` }], skipped: 'lint failed' });
      this.pump();
    };
    worker.on('error', (error) => failed(error.message));
    worker.on('exit', (code) => failed(`exit code ${code}`));
    this.worker = worker;
    return worker;
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }
}

function toResult(reply: Reply, job: Job): LintResult {
  const result: LintResult = { findings: reply.findings, problems: reply.problems, skipped: reply.skipped, excluded: reply.excluded };
  if (!reply.skipped) {
    // What the server's suppression fixes read (lines, front matter); the blocks stayed in the worker.
    result.doc = { text: job.text, format: job.options.format, lines: new LineIndex(job.text), blocks: [], comments: [], frontMatter: reply.frontMatter };
  }
  return result;
}
