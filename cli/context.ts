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

/** A file's text, or a UsageError that names the file and why it cannot be read. */
export function readFileText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (err as Error).message;
    throw new UsageError(`Cannot read ${file}: ${reason}.`);
  }
}
