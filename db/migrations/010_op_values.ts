// The op log and field_versions keep each value as it was given. Their value
// column was declared ANY, which a table that is not STRICT reads as NUMERIC
// affinity: text that looks like a number became a number ("007" became 7, a
// grade of "5" came back as 5), so a school code lost its zeros and every
// reader had to guess the type back. The column now has no declared type (no
// affinity). Rebuilding the two tables restores what can be restored: a number
// in a text or JSON column becomes the text SQLite's TEXT columns already hold
// for it. The registry is read as it is now: columns added later only ever
// get ops written after this migration.
import { SYNCED_TABLES } from '../../shared/registry.js';
import type { Migration } from './types.js';

function textColumnNames(): string {
  const names: string[] = [];
  for (const [table, columns] of Object.entries(SYNCED_TABLES)) {
    for (const [column, type] of Object.entries(columns)) if (type === 'text' || type === 'json') names.push(`${table}.${column}`);
  }
  return JSON.stringify(names);
}

const RESTORED = `CASE WHEN typeof(value) IN ('integer', 'real') AND tbl || '.' || col IN (SELECT value FROM json_each(@textColumns))
  THEN CAST(value AS TEXT) ELSE value END`;

export const migration010: Migration = {
  version: 10,
  name: 'op values keep their type',
  up(db) {
    db.exec(`
      CREATE TABLE ops_typed (
        seq INTEGER PRIMARY KEY,
        op_id TEXT NOT NULL UNIQUE,
        hlc TEXT NOT NULL,
        node TEXT NOT NULL,
        tbl TEXT NOT NULL,
        row_id TEXT NOT NULL,
        col TEXT NOT NULL,
        value,
        base TEXT
      );
      CREATE TABLE field_versions_typed (
        tbl TEXT NOT NULL,
        row_id TEXT NOT NULL,
        col TEXT NOT NULL,
        hlc TEXT NOT NULL,
        op_id TEXT NOT NULL,
        node TEXT NOT NULL,
        base TEXT,
        value,
        PRIMARY KEY (tbl, row_id, col)
      ) WITHOUT ROWID;
    `);
    const params = { textColumns: textColumnNames() };
    db.prepare(`INSERT INTO ops_typed SELECT seq, op_id, hlc, node, tbl, row_id, col, ${RESTORED}, base FROM ops`).run(params);
    db.prepare(`INSERT INTO field_versions_typed SELECT tbl, row_id, col, hlc, op_id, node, base, ${RESTORED} FROM field_versions`).run(params);
    db.exec(`
      DROP TABLE ops;
      ALTER TABLE ops_typed RENAME TO ops;
      CREATE INDEX ops_node_hlc ON ops (node, hlc);
      DROP TABLE field_versions;
      ALTER TABLE field_versions_typed RENAME TO field_versions;
    `);
  },
};
