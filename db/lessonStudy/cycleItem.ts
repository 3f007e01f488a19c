// An edit names the item it changes and the cycle it belongs to: both must
// agree, so an id from another cycle (or one removed on another device) is
// refused instead of being moved into this cycle.
import { AppError } from '../../shared/errors.js';
import type { Db } from '../sqlite.js';
import { liveRow, type LsTable } from './rows.js';

export function requireCycleItem<T extends { cycle_id: string | null }>(db: Db, table: LsTable, id: string, cycleId: string, what: string): T {
  const row = liveRow<T>(db, table, id);
  if (!row || row.cycle_id !== cycleId) throw new AppError('not_found', `That ${what} is not part of this cycle (it may have been removed on another device).`);
  return row;
}
