// Word documents (.docx): their text through mammoth (a well-kept .docx reader), then read as a
// plain-text source (paragraphs, "NAME:" labels).
//
// mammoth only has an asynchronous API, while lint() is synchronous (one call per keystroke, no
// awaiting in the rules). docxToText runs mammoth in a worker thread and waits for it with
// Atomics.wait; it is called once per changed file (results are cached by the caller), so the
// worker's start-up cost is paid only when a .docx source changes. A host that can await may call
// docxToTextAsync (docx-extract.ts) directly; mammoth is bundled only into the worker.
//
// Pure apart from the worker: bytes in, text out.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';

const TIMEOUT_MS = 15_000;

/** The worker script: dist/docx-worker.js beside the bundle, or the TypeScript source under tsx. */
function workerPath(): string {
  const candidates = [join(__dirname, 'docx-worker.js'), join(__dirname, 'docx-worker.ts'), join(__dirname, 'source-formats', 'docx-worker.ts')];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('the .docx reader (docx-worker.js) is missing from this installation');
  return found;
}

/** The text of a .docx file (paragraphs separated by blank lines); throws with a readable message. */
export function docxToText(bytes: Uint8Array): string {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const path = workerPath();
  const workerData = { bytes, signal, port: port2 };
  // Under tsx (tests, scripts) a worker does not inherit its loader: register it in the worker first.
  const worker = path.endsWith('.ts')
    ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(path)});`, { eval: true, workerData, transferList: [port2] })
    : new Worker(path, { workerData, transferList: [port2] });
  worker.unref();
  try {
    const waited = Atomics.wait(signal, 0, 0, TIMEOUT_MS);
    if (waited === 'timed-out') throw new Error(`reading it took longer than ${TIMEOUT_MS / 1000} s`);
    const message = receiveMessageOnPort(port1)?.message as { text?: string; error?: string } | undefined;
    if (!message) throw new Error('the .docx reader stopped without an answer');
    if (message.error !== undefined) throw new Error(message.error);
    return message.text ?? '';
  } finally {
    port1.close();
    void worker.terminate();
  }
}
