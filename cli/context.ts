// What every command gets: its parsed options, the data directory, and a way
// to open the store that always closes it again.
import fs from 'node:fs';
import { resolveDataDir } from '../db/paths.js';
import { openStore, type Store } from '../db/store.js';

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

export function withStore<T>(ctx: CommandContext, fn: (store: Store) => T): T {
  const store = openStore({ dataDir: ctx.dataDir });
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

/** A file's text, or a UsageError that names the file and why it cannot be read. */
export function readFileText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (err as Error).message;
    throw new UsageError(`Cannot read ${file}: ${reason}.`);
  }
}
