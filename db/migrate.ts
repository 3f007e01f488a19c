// Migration runner: PRAGMA user_version is the schema version. A database
// from a newer Fieldbook is refused before anything touches it; an older one
// is backed up, then migrated one numbered step at a time, each step in its
// own transaction with the version bump inside it.
import { AppError } from '../shared/errors.js';
import { backupBeforeMigration } from './backup.js';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index.js';
import type { Migration } from './migrations/types.js';
import type { Db } from './sqlite.js';

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Throws, changing nothing, when the file was written by a newer Fieldbook. */
export function refuseFutureDatabase(db: Db, latest = LATEST_VERSION): void {
  const version = schemaVersion(db);
  if (version > latest) {
    throw new AppError(
      'database_from_future',
      `This data was saved by a newer version of Fieldbook (database version ${version}; this app knows up to ${latest}). ` +
        'Install the newer Fieldbook to open it; nothing was changed.',
    );
  }
}

export interface MigrationReport {
  from: number;
  to: number;
  backup: string | null;
}

export function migrate(db: Db, dataDir: string, migrations: readonly Migration[] = MIGRATIONS): MigrationReport {
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  refuseFutureDatabase(db, latest);
  const from = schemaVersion(db);
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from, backup: null };
  // A brand-new file has nothing to lose; anything else is copied first.
  const backup = from > 0 ? backupBeforeMigration(db, dataDir, from) : null;
  for (const m of pending) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return { from, to: schemaVersion(db), backup };
}
