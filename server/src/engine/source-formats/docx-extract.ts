// The text of a .docx through mammoth (asynchronous). Loaded by the worker (docx-worker.ts) only, so
// mammoth is bundled into dist/docx-worker.js and not into the server or the CLI.

import mammoth from 'mammoth';

export async function docxToTextAsync(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return result.value;
}
