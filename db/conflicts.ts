// Conflicts for the UI: a field edited on two devices at once. The field shows
// the newest edit meanwhile; the other value stays in the op log until a
// person chooses. The choice is written as a new edit over the shown value,
// which wins on every device it syncs to and settles the same conflict there
// (db/apply.ts).
import { AppError } from '../shared/errors.js';
import type { Conflict, ConflictChoice } from '../shared/domain.js';
import { isSyncedTable, type OpValue } from '../shared/registry.js';
import { writeChanges, type ApplyContext } from './apply.js';
import { describeConflictRecord } from './conflictRecord.js';

/** keptValue is what the field shows now (the kept edit, unless a third device's edit came since). */
const OPEN_CONFLICTS = `SELECT c.id, c.tbl AS "table", c.row_id AS rowId, c.col AS "column", v.value AS keptValue, o.value AS otherValue, c.detected_at AS detectedAt
  FROM conflicts c JOIN field_versions v ON v.tbl = c.tbl AND v.row_id = c.row_id AND v.col = c.col JOIN ops o ON o.op_id = c.other_op
  WHERE c.dismissed_at IS NULL`;

type ConflictRow = Omit<Conflict, 'record'>;

export function listOpenConflicts(ctx: ApplyContext): Conflict[] {
  const rows = ctx.db.prepare(`${OPEN_CONFLICTS} ORDER BY c.id`).all() as ConflictRow[];
  return rows.map((row) => ({ ...row, record: describeConflictRecord(ctx.db, row.table, row.rowId) }));
}

export function resolveConflict(ctx: ApplyContext, id: number, keep: ConflictChoice): void {
  ctx.db.transaction(() => {
    const conflict = ctx.db.prepare(`${OPEN_CONFLICTS} AND c.id = ?`).get(id) as ConflictRow | undefined;
    if (!conflict) throw new AppError('not_found', 'That conflict was already settled or does not exist.');
    // Either choice is written as an edit over the shown value, so that it
    // settles the same conflict on the other devices when it syncs.
    if (isSyncedTable(conflict.table)) {
      const value = (keep === 'other' ? conflict.otherValue : conflict.keptValue) as OpValue;
      writeChanges(ctx, [{ table: conflict.table, row: conflict.rowId, values: { [conflict.column]: value } }], true);
    }
    ctx.db.prepare('UPDATE conflicts SET dismissed_at = ? WHERE id = ?').run(new Date(ctx.now()).toISOString(), id);
  })();
}
