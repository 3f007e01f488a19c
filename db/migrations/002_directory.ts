// The directory: schools and people (teachers, observers, leaders). Synced
// tables are materialised from field_versions by the apply path, so their
// columns carry no NOT NULL or foreign-key constraints: fields of one row may
// arrive from different devices in any order.
import type { Migration } from './types.js';

export const migration002: Migration = {
  version: 2,
  name: 'directory',
  up(db) {
    db.exec(`
      CREATE TABLE schools (
        id TEXT PRIMARY KEY,
        name TEXT,
        code TEXT,
        grades TEXT,
        archived INTEGER,
        deleted INTEGER
      );
      CREATE TABLE people (
        id TEXT PRIMARY KEY,
        name TEXT,
        email TEXT,
        school_id TEXT,
        roles TEXT,
        title TEXT,
        archived INTEGER,
        deleted INTEGER
      );
      CREATE INDEX people_school ON people (school_id);
    `);
  },
};
