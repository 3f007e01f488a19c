// What every command gets: its parsed options and the data directory. Light
// on purpose (no store, no packages): cli/main.ts loads it before it knows the
// command, so `fieldbook --help` starts at once. cli/withStore.ts opens the store.
import fs from 'node:fs';
import { resolveDataDir } from '../db/paths.js';

export interface CommandContext {
  args: string[];
  dataDir: string;
  out: (text: string) => void;
  /** Where problem lists go (stderr), apart from results on stdout. */
  err: (text: string) => void;
}

export class UsageError extends Error {}

export function dataDirFrom(flag: string | undefined): string {
  return resolveDataDir(flag);
}

/** The most a command reads from one kind of file, and what to say when a file is bigger. */
export interface FileLimit {
  maxBytes: number;
  /** The kind of file, as in "a rubric file". */
  kind: string;
  /** What did not happen, after "it was not read": ", and nothing was stored". */
  nothing?: string;
}

const MiB = 1024 * 1024;

function cannotRead(file: string, err: unknown): UsageError {
  const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (err as Error).message;
  return new UsageError(`Cannot read ${file}: ${reason}.`);
}

/** One sentence: the file's size when it is known (a regular file), else only that it passed the limit (a pipe, or a file that grew). */
function tooBig(file: string, size: number | null, limit: FileLimit): UsageError {
  const most = `the ${limit.maxBytes.toLocaleString('en-US')} bytes (${limit.maxBytes / MiB} MiB) ${limit.kind} can be`;
  const what = size === null ? `is larger than ${most}; reading it stopped there` : `is ${size.toLocaleString('en-US')} bytes, more than ${most}; it was not read`;
  return new UsageError(`${file} ${what}${limit.nothing ?? ''}.`);
}

/**
 * A file's bytes, or one sentence. A file over the limit is refused by its
 * size before any of it is read; what has no size (a pipe) or grows while it
 * is read is read to one byte past the limit at most, so memory never holds more.
 */
export function readFileBytes(file: string, limit: FileLimit): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    throw cannotRead(file, err);
  }
  try {
    const { size } = fs.fstatSync(fd);
    if (size > limit.maxBytes) throw tooBig(file, size, limit);
    let buffer = Buffer.allocUnsafe(Math.min(Math.max(size, 64 * 1024), limit.maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit.maxBytes) throw tooBig(file, null, limit);
        const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit.maxBytes + 1));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) return buffer.subarray(0, length);
      length += read;
    }
  } catch (err) {
    throw err instanceof UsageError ? err : cannotRead(file, err);
  } finally {
    fs.closeSync(fd);
  }
}

/** A file's text (UTF-8), or one sentence naming the file and why it cannot be read. */
export function readFileText(file: string, limit: FileLimit): string {
  return readFileBytes(file, limit).toString('utf8');
}
