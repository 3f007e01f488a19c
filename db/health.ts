// Is a Fieldbook database healthy? One answer for every place that asks:
// `fieldbook doctor` on the open store, and `fieldbook restore` on a backup
// before the backup replaces anything. SQLite's integrity check, foreign keys,
// and the sync invariant that every synced row holds its winning op's value
// (a value changed behind the op log passes SQLite's own checks).
//
// It only reads, so it runs on a read-only connection to a backup as it is:
// never migrated, never changed. A backup from an older Fieldbook lacks the
// tables and columns added since, so only those it has are compared.
import { columnsOf, SYNCED_TABLE_NAMES } from '../shared/registry.js';
import type { Db } from './sqlite.js';

function columnsPresent(db: Db, table: string): Set<string> {
  return new Set(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]);
}

/** Each problem as a short phrase ("people.name: 1 rows differ from their winning ops"); none for a healthy database. */
export function findProblems(db: Db): string[] {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
  for (const row of integrity) if (row.integrity_check !== 'ok') problems.push(`integrity: ${row.integrity_check}`);
  const fk = db.pragma('foreign_key_check') as unknown[];
  if (fk.length > 0) problems.push(`${fk.length} rows break foreign keys`);
  for (const table of SYNCED_TABLE_NAMES) {
    const present = columnsPresent(db, table);
    for (const col of columnsOf(table)) {
      if (!present.has(col)) continue;
      const mismatched = Number(
        db
          .prepare(
            `SELECT count(*) FROM field_versions v JOIN "${table}" t ON t.id = v.row_id
             WHERE v.tbl = ? AND v.col = ? AND t."${col}" IS NOT v.value`,
          )
          .pluck()
          .get(table, col),
      );
      if (mismatched > 0) problems.push(`${table}.${col}: ${mismatched} rows differ from their winning ops`);
    }
  }
  return problems;
}
