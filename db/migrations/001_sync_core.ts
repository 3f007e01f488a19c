// The sync core: installation metadata, the op log, the winning version of
// each field, conflicts for the UI, and device-local settings.
import type { Migration } from './types.js';

export const migration001: Migration = {
  version: 1,
  name: 'sync core',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;

      -- The op log. seq is this replica's receive order (a cursor for "what a
      -- peer has not seen"); op_id makes every op apply at most once.
      CREATE TABLE ops (
        seq INTEGER PRIMARY KEY,
        op_id TEXT NOT NULL UNIQUE,
        hlc TEXT NOT NULL,
        node TEXT NOT NULL,
        tbl TEXT NOT NULL,
        row_id TEXT NOT NULL,
        col TEXT NOT NULL,
        value ANY,
        base TEXT
      );

      -- The op that currently holds each field (highest HLC, then op id).
      CREATE TABLE field_versions (
        tbl TEXT NOT NULL,
        row_id TEXT NOT NULL,
        col TEXT NOT NULL,
        hlc TEXT NOT NULL,
        op_id TEXT NOT NULL,
        node TEXT NOT NULL,
        base TEXT,
        value ANY,
        PRIMARY KEY (tbl, row_id, col)
      ) WITHOUT ROWID;

      -- Two ops on one field from different devices where neither was written
      -- over the other: "edited on two devices". Both values stay in the log.
      CREATE TABLE conflicts (
        id INTEGER PRIMARY KEY,
        tbl TEXT NOT NULL,
        row_id TEXT NOT NULL,
        col TEXT NOT NULL,
        kept_op TEXT NOT NULL,
        other_op TEXT NOT NULL,
        detected_at TEXT NOT NULL,
        dismissed_at TEXT,
        UNIQUE (kept_op, other_op)
      );

      -- Settings of this device (who uses it). Not synced.
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
