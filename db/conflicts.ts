// Conflicts for the UI: a field edited on two devices at once. The kept value
// is the one the field shows; the other value stays in the op log.
import { AppError } from '../shared/errors.js';
import type { Conflict } from '../shared/domain.js';
import type { ApplyContext } from './apply.js';

export function listOpenConflicts(ctx: ApplyContext): Conflict[] {
  const rows = ctx.db
    .prepare(
      `SELECT c.id, c.tbl AS "table", c.row_id AS rowId, c.col AS "column", k.value AS keptValue, o.value AS otherValue, c.detected_at AS detectedAt
       FROM conflicts c JOIN ops k ON k.op_id = c.kept_op JOIN ops o ON o.op_id = c.other_op
       WHERE c.dismissed_at IS NULL ORDER BY c.id`,
    )
    .all() as Conflict[];
  return rows;
}

export function dismissConflict(ctx: ApplyContext, id: number): void {
  const result = ctx.db
    .prepare('UPDATE conflicts SET dismissed_at = ? WHERE id = ? AND dismissed_at IS NULL')
    .run(new Date(ctx.now()).toISOString(), id);
  if (result.changes === 0) throw new AppError('not_found', 'That conflict was already dismissed or does not exist.');
}
