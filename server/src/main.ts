// The entry of dist/server.js. The same file is the language server on the main thread and the lint
// worker in a worker thread (host/lint-runner.ts starts it), so the package ships the engine once.

import { isMainThread } from 'node:worker_threads';

if (isMainThread) void import('./server.ts');
else void import('./host/lint-worker.ts');
