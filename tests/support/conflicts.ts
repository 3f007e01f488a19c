// Stages a real "edited on two devices" conflict in a data directory: another
// device's op on the same field, written over the same version as the local
// one (so neither saw the other), applied through the real apply path.
import { applyOps } from '../../db/apply.js';
import { openStore } from '../../db/store.js';
import { formatHlc, parseHlc } from '../../shared/hlc.js';
import { uuidv7 } from '../../shared/ids.js';
import type { OpValue, SyncedTable } from '../../shared/registry.js';

export const OTHER_DEVICE = 'dddddddddddddddd';

export function seedConflict(
  dataDir: string,
  field: { table: SyncedTable; row: string; column: string },
  otherValue: OpValue,
  otherWins: boolean,
): void {
  const store = openStore({ dataDir });
  try {
    const local = store.db
      .prepare('SELECT hlc, base FROM field_versions WHERE tbl = ? AND row_id = ? AND col = ?')
      .get(field.table, field.row, field.column) as { hlc: string; base: string | null } | undefined;
    if (!local) throw new Error(`${field.table}.${field.column} of ${field.row} has no value to conflict with`);
    const ms = parseHlc(local.hlc)!.ms + (otherWins ? 1 : -1);
    const result = applyOps(store, [
      {
        opId: uuidv7(ms),
        hlc: formatHlc({ ms, counter: 0, node: OTHER_DEVICE }),
        node: OTHER_DEVICE,
        table: field.table,
        row: field.row,
        column: field.column,
        value: otherValue,
        base: local.base,
      },
    ]);
    if (result.conflicts !== 1) throw new Error('the staged edit did not make a conflict');
  } finally {
    store.close();
  }
}
