// Opens the local store: the file in the data directory, refused if it comes
// from a newer Fieldbook, backed up and migrated if older, with this
// installation's node id.
import fs from 'node:fs';
import type { ApplyContext } from './apply.js';
import { createChangeFeed, type ChangeFeed } from './changeFeed.js';
import { migrate, refuseFutureDatabase, schemaVersion, type MigrationReport } from './migrate.js';
import { ensureNodeIdentity } from './nodeIdentity.js';
import { dbPath } from './paths.js';
import { ensureBuiltInRubrics } from './rubrics/builtIns.js';
import { applyPragmas, openConnection, type Db } from './sqlite.js';

export interface StoreOptions {
  dataDir: string;
  nativeBinding?: string;
  now?: () => number;
}

export interface Store extends ApplyContext {
  changes: ChangeFeed;
  dataDir: string;
  file: string;
  schemaVersion: number;
  migration: MigrationReport;
  /** Set when this file turned out to be a copy and got a new node id. */
  replacedNodeId: string | null;
  close(): void;
}

export function openStore(options: StoreOptions): Store {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const file = dbPath(options.dataDir);
  const db: Db = openConnection(file, { nativeBinding: options.nativeBinding });
  try {
    refuseFutureDatabase(db);
    applyPragmas(db);
    const migration = migrate(db, options.dataDir);
    const identity = ensureNodeIdentity(db, file);
    const now = options.now ?? Date.now;
    ensureBuiltInRubrics(db, now());
    return {
      db,
      dataDir: options.dataDir,
      file,
      nodeId: identity.nodeId,
      now,
      schemaVersion: schemaVersion(db),
      migration,
      replacedNodeId: identity.replaced,
      changes: createChangeFeed(),
      close: () => db.close(),
    };
  } catch (err) {
    db.close();
    throw err;
  }
}
