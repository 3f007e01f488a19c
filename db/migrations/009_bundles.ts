// Bundles: what this device exported and imported (its history), the devices
// it has received bundles from with the key each signs with, and what each of
// them is known to hold (its version vector: the union of the vectors of the
// bundles imported from it). All local, never synced. The index serves the
// vector ("highest HLC per node") and "the ops above a vector".
import type { Migration } from './types.js';

export const migration009: Migration = {
  version: 9,
  name: 'bundles',
  up(db) {
    db.exec(`
      CREATE INDEX ops_node_hlc ON ops (node, hlc);

      CREATE TABLE bundle_history (
        id INTEGER PRIMARY KEY,
        bundle_id TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('export', 'import')),
        at INTEGER NOT NULL,
        -- Import: the device that made it. Export: the device it was cut for, or NULL for everything.
        peer_node TEXT,
        peer_name TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL,
        ops INTEGER NOT NULL,
        rubrics INTEGER NOT NULL,
        applied INTEGER,
        already_had INTEGER,
        conflicts INTEGER
      );
      CREATE INDEX bundle_history_at ON bundle_history (at DESC);

      CREATE TABLE bundle_peers (
        node TEXT PRIMARY KEY,
        public_key TEXT NOT NULL,
        user_name TEXT NOT NULL,
        district TEXT NOT NULL,
        last_import_at INTEGER NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE bundle_peer_vectors (
        peer TEXT NOT NULL REFERENCES bundle_peers (node),
        node TEXT NOT NULL,
        hlc TEXT NOT NULL,
        PRIMARY KEY (peer, node)
      ) WITHOUT ROWID;
    `);
  },
};
