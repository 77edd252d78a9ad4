// The one place the CLI reads a draft from disk. It opens without blocking (so a FIFO is refused,
// not waited on), reads regular files only, under a size cap, and returns a plain-English reason
// instead of throwing. The server's reads of config and sources go through host/safe-read.ts.

import { openSync, fstatSync, readSync, closeSync, constants } from 'node:fs';

export type ReadResult = { buffer: Buffer } | { error: string };

/** Above this many bytes a file is not read at all (the engine's own limit is in characters). */
const MAX_BYTES = 64 * 1024 * 1024;

export function readDraft(absolutePath: string, shownPath: string): ReadResult {
  let fd: number | undefined;
  try {
    // Non-blocking, so opening a FIFO returns at once (and is then refused) instead of waiting for a writer.
    fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { error: `${shownPath} is a folder, not a file` };
    // A FIFO or device would block or never end: only regular files are drafts.
    if (!stat.isFile()) return { error: `${shownPath} is not a regular file (a pipe, socket or device); pass its contents with "-" instead` };
    if (stat.size > MAX_BYTES) return { error: `${shownPath} is ${Math.round(stat.size / 1048576)} MB, too large to be a draft; it was not read` };
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { buffer: buffer.subarray(0, read) };
  } catch (error) {
    return { error: explainFsError(error, shownPath) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A file-system error as a sentence saying what went wrong and what to do, without errno jargon. */
export function explainFsError(error: unknown, shownPath: string): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return `${shownPath} does not exist (it may have been moved or deleted); check the path`;
    case 'EACCES':
    case 'EPERM':
      return `${shownPath} cannot be read: permission denied; check the file's permissions`;
    case 'EISDIR':
      return `${shownPath} is a folder, not a file`;
    case 'ELOOP':
      return `${shownPath} is a symbolic link that points to itself; fix or remove the link`;
    case 'EMFILE':
    case 'ENFILE':
      return `${shownPath} could not be opened: too many files are open; try again with fewer --jobs`;
    default:
      return `${shownPath} could not be read (${(error as Error).message.split(',')[0]}); check the file`;
  }
}
