// Reading a file the workspace names (.copydesk.json, a quote source, a draft for the CLI) without
// trusting it: a file can be committed as a symlink to /dev/zero, a FIFO, or a path outside the
// repository. We read only regular files, only when their real path stays inside the folder they
// belong to, and never more than a cap; anything else is refused with one message saying why.

import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { relativeInside } from '../engine/paths.ts';

export interface SafeReadOptions {
  /** Refuse files larger than this many bytes. */
  maxBytes: number;
  /** When given, the file's real path (symlinks resolved) must lie inside this folder's real path. */
  root?: string;
}

export type SafeBytes = { ok: true; bytes: Buffer; stat: Stats } | { ok: false; reason: string; missing?: boolean };
export type SafeText = { ok: true; text: string; stat: Stats } | { ok: false; reason: string; missing?: boolean };

/** Config files are small; one this large is a mistake or an attack. */
export const MAX_CONFIG_BYTES = 1_000_000;

/** Why `path` must not be read, or its stat when it may be (no bytes are read here). */
export function checkReadable(path: string, options: SafeReadOptions): { ok: true; stat: Stats; real: string } | { ok: false; reason: string; missing?: boolean } {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'it does not exist (or is a broken link)' : `it cannot be opened (${code ?? (error as Error).message})`, missing: code === 'ENOENT' };
  }
  let stat: Stats;
  try {
    stat = statSync(real);
  } catch (error) {
    return { ok: false, reason: `it cannot be opened (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  if (!stat.isFile()) return { ok: false, reason: `it is ${kindOf(stat)}, not a regular file` };
  if (options.root !== undefined && relativeInside(realRoot(options.root), real) === undefined) {
    return { ok: false, reason: `it leads to ${real}, outside the folder ${options.root}` };
  }
  if (stat.size > options.maxBytes) return { ok: false, reason: `it is larger than ${formatBytes(options.maxBytes)} (${formatBytes(stat.size)})` };
  return { ok: true, stat, real };
}

/** The file's bytes, if it is a regular file inside `root` of at most `maxBytes` bytes. Never blocks on a FIFO. */
export function readBytesSafely(path: string, options: SafeReadOptions): SafeBytes {
  const checked = checkReadable(path, options);
  if (!checked.ok) return checked;
  let fd: number;
  try {
    // O_NONBLOCK: should the path be swapped for a FIFO between the check and the open, the open
    // still returns at once (and the fstat below refuses it).
    fd = openSync(checked.real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, reason: `it cannot be opened (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: `it is ${kindOf(stat)}, not a regular file` };
    // One byte more than allowed tells a file that grew since the stat from one that fits.
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, options.maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) break;
    }
    if (length > options.maxBytes) return { ok: false, reason: `it is larger than ${formatBytes(options.maxBytes)}` };
    return { ok: true, bytes: buffer.subarray(0, length), stat };
  } catch (error) {
    return { ok: false, reason: `it cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  } finally {
    closeSync(fd);
  }
}

/** As readBytesSafely, decoded as UTF-8. */
export function readTextSafely(path: string, options: SafeReadOptions): SafeText {
  const read = readBytesSafely(path, options);
  return read.ok ? { ok: true, text: read.bytes.toString('utf8'), stat: read.stat } : read;
}

function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isDirectory()) return 'a folder';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${+(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${+(bytes / 1_000).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
