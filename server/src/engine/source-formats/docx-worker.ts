// Runs mammoth for docx.ts's synchronous docxToText: reads the bytes, posts the text (or the error)
// and wakes the waiting thread.

import { workerData, type MessagePort } from 'node:worker_threads';
import { docxToTextAsync } from './docx-extract.ts';

const { bytes, signal, port } = workerData as { bytes: Uint8Array; signal: Int32Array; port: MessagePort };

function done(message: { text?: string; error?: string }): void {
  port.postMessage(message);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}

docxToTextAsync(bytes).then(
  (text) => done({ text }),
  (error: unknown) => done({ error: plain(error) }),
);

function plain(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // JSZip's message for a file that is not a zip archive at all.
  if (/end of central directory|zip file|corrupted zip|end of data/i.test(message)) return 'it is not a valid .docx file (not a zip archive)';
  if (/word\/document\.xml|main document part/i.test(message)) return 'it is not a valid .docx file (no document in it)';
  return message.split('\n')[0];
}
