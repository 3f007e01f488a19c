// `fieldbook doctor`: is the store healthy? SQLite's integrity check, foreign
// keys, and the sync invariant that every synced row matches its winning ops.
import { columnsOf, SYNCED_TABLE_NAMES } from '../../shared/registry.js';
import { withStore, type CommandContext } from '../context.js';
import type { Store } from '../../db/store.js';

export function findProblems(store: Store): string[] {
  const problems: string[] = [];
  const integrity = store.db.pragma('integrity_check') as { integrity_check: string }[];
  for (const row of integrity) if (row.integrity_check !== 'ok') problems.push(`integrity: ${row.integrity_check}`);
  const fk = store.db.pragma('foreign_key_check') as unknown[];
  if (fk.length > 0) problems.push(`${fk.length} rows break foreign keys`);
  for (const table of SYNCED_TABLE_NAMES) {
    for (const col of columnsOf(table)) {
      const mismatched = Number(
        store.db
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

export function doctorCommand(ctx: CommandContext): boolean {
  const problems = withStore(ctx, findProblems);
  if (problems.length === 0) {
    ctx.out(`${ctx.dataDir}: healthy (integrity check ok, synced rows match the op log).`);
    return true;
  }
  for (const p of problems) ctx.out(`problem: ${p}`);
  return false;
}
