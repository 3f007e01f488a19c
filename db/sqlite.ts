// Opens a SQLite connection with Fieldbook's settings. Callers pass the
// native binding when they run under a different ABI (Electron uses its own
// copy of better-sqlite3's .node file; Node tests use the installed one).
import Database from 'better-sqlite3';

export type Db = Database.Database;

export interface OpenOptions {
  nativeBinding?: string;
  readonly?: boolean;
}

export function openConnection(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
  });
  db.pragma('busy_timeout = 5000');
  return db;
}

/**
 * Pragmas for a writable store, applied after the version check so that a
 * database we refuse is never modified (journal_mode=WAL is written into the
 * file header).
 */
export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // synchronous=FULL: in WAL mode NORMAL may lose the last transactions on a
  // power cut (the WAL is not fsynced at each commit). A coach's note must
  // survive a dead battery the moment Enter is pressed, and the extra fsync
  // per commit costs far less than that 100 ms budget, so we pay for FULL.
  db.pragma('synchronous = FULL');
  db.pragma('temp_store = MEMORY');
  // A 32 MiB page cache: a bundle import touches the op log, its op_id index
  // and field_versions at once, and the 2 MiB default spills them mid-transaction.
  db.pragma('cache_size = -32768');
}
