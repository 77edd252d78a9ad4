// Worker threads started before the engine loads. cli.ts imports this module first, so its body runs
// before the rules are evaluated: when the command line asks for a folder or a glob on more than one
// job, the workers boot (a fresh V8 isolate, dist/cli.js parsed and evaluated again) on the idle cores
// while this thread loads the engine, reads the configuration and lists the drafts, instead of after.
// cli/pool.ts takes them; those it does not need (a folder of a few drafts, a usage error) are
// terminated. Nothing here may import the engine: that would load it before the workers start.

import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, Worker } from 'node:worker_threads';
import { OPTIONS, PARALLEL_MIN } from './args.ts';
import { tuneV8ForBatch } from './v8-flags.ts';

/** The bundled CLI itself (dist/cli.js), which runs as a worker when started as one; undefined when
 * running from source (tsx), where everything runs on the main thread. */
export function workerFile(): string | undefined {
  const file = typeof __filename === 'string' ? __filename : undefined;
  return file && file.endsWith('.js') && existsSync(file) ? file : undefined;
}

export interface EarlyWorker {
  worker: Worker;
  /** Set if the worker failed or stopped before the pool took it. */
  failure?: Error;
}

let early: EarlyWorker[] = [];

/** How many workers the command line will most likely use: 0 unless it is a check of a folder or a
 * glob (or of PARALLEL_MIN files or more) on more than one job. */
function likelyWorkers(argv: readonly string[], cwd: string): number {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch {
    return 0;
  }
  const { values, positionals } = parsed;
  const [command, ...paths] = positionals;
  if (command !== 'check' || values.help || values.version) return 0;
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 2) return 0;
  const named = paths.filter((p) => p !== '-');
  // No path: the current folder, unless a draft is piped in (a usage error or standard input alone).
  if (named.length === 0) return values['stdin-filename'] === undefined && !paths.includes('-') ? jobs - 1 : 0;
  if (named.length >= PARALLEL_MIN) return jobs - 1;
  const many = named.some((p) => {
    if (/[*?[\]{}!]/.test(p)) return true;
    try {
      return statSync(resolve(cwd, p)).isDirectory();
    } catch {
      return false;
    }
  });
  return many ? jobs - 1 : 0;
}

/** Starts the workers the command line will most likely use (main thread of the bundled CLI only). */
function startEarlyWorkers(argv: readonly string[], cwd: string): void {
  const file = workerFile();
  if (!isMainThread || !file) return;
  const count = likelyWorkers(argv, cwd);
  for (let i = 0; i < count; i++) {
    const entry: EarlyWorker = { worker: new Worker(file) };
    entry.worker.on('error', (error) => (entry.failure ??= error));
    entry.worker.on('exit', (code) => (entry.failure ??= new Error(`a worker thread stopped (exit code ${code})`)));
    // Until the pool takes it, a worker must not keep the process alive (a usage error exits at once).
    entry.worker.unref();
    early.push(entry);
  }
}

/** Up to `count` of the workers started early, for the pool to use; the caller owns them. */
export function takeEarlyWorkers(count: number): EarlyWorker[] {
  const taken = early.slice(0, count);
  early = early.slice(count);
  return taken;
}

/** Terminates the early workers nobody took. */
export function dropEarlyWorkers(): void {
  for (const { worker } of early) void worker.terminate();
  early = [];
}

/** How many early workers are waiting (for the debug line). */
export function earlyWorkerCount(): number {
  return early.length;
}

if (isMainThread) {
  // Before any worker starts and before any draft is linted: the flags are process-wide, and a
  // worker's isolate reads them as it starts.
  tuneV8ForBatch();
  startEarlyWorkers(process.argv.slice(2), process.cwd());
}
