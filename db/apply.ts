// The one apply path. Local edits, bundle imports and hub pulls all end here:
// ops are checked against the registry, logged once by op id, and each field
// takes the value of its highest-HLC op (per-field last-writer-wins, done by
// the ops_apply trigger); then the touched rows of the synced tables are
// rebuilt from field_versions. Everything happens in one transaction, with the
// clock saved in it too.
import type BetterSqlite3 from 'better-sqlite3';
import { uuidv7 } from '../shared/ids.js';
import { ClockDriftError } from '../shared/hlc.js';
import { AppError } from '../shared/errors.js';
import { columnsOf, SYNCED_TABLE_NAMES, type OpValue, type SyncedTable } from '../shared/registry.js';
import { CONFLICTS } from '../shared/sync/dataChange.js';
import type { ChangeFeed } from './changeFeed.js';
import { localTick, observeRemote } from './clock.js';
import { createOpValidator, type Op } from './ops.js';
import type { Db } from './sqlite.js';

export interface ApplyContext {
  db: Db;
  nodeId: string;
  now: () => number;
  /** Told which tables each apply wrote, so open screens follow (absent where nothing listens). */
  changes?: ChangeFeed;
}

export interface ApplyResult {
  applied: number;
  alreadyHad: number;
  conflicts: number;
}

/** Two ops on one field are concurrent when they come from different devices and neither was written over the other. */
const CONCURRENT = `n.node <> v.node AND n.base IS NOT v.op_id AND v.base IS NOT n.op_id AND n.value IS NOT v.value`;
const NEWER = `(n.hlc, n.op_id) > (v.hlc, v.op_id)`;

interface Statements {
  insertOp: Statement;
  maxSeq: Statement;
  maxConflict: Statement;
  conflictsWithPrevious: Statement;
  takeFields: Statement;
  conflictsWithWinner: Statement;
  settleConflicts: Statement;
  currentField: Statement;
  materialize: Map<SyncedTable, Statement>;
}

type Statement = BetterSqlite3.Statement<unknown[]>;

const cache = new WeakMap<Db, Statements>();

/**
 * Rebuilds the given rows of one table from their winning field values.
 * Table and column names come from the registry, never from input.
 */
function materializeSql(table: SyncedTable): string {
  const cols = columnsOf(table);
  const picks = cols.map((c) => `max(CASE col WHEN '${c}' THEN value END)`).join(', ');
  const updates = cols.map((c) => `"${c}" = excluded."${c}"`).join(', ');
  return `INSERT INTO "${table}" (id, ${cols.map((c) => `"${c}"`).join(', ')})
    SELECT row_id, ${picks} FROM field_versions
    WHERE tbl = '${table}' AND row_id IN (SELECT value FROM json_each(?))
    GROUP BY row_id
    ON CONFLICT (id) DO UPDATE SET ${updates}`;
}

function conflictSql(extra: string): string {
  return `INSERT OR IGNORE INTO conflicts (tbl, row_id, col, kept_op, other_op, detected_at)
    SELECT n.tbl, n.row_id, n.col,
           CASE WHEN ${NEWER} THEN n.op_id ELSE v.op_id END,
           CASE WHEN ${NEWER} THEN v.op_id ELSE n.op_id END, ?
    FROM ops n JOIN field_versions v ON v.tbl = n.tbl AND v.row_id = n.row_id AND v.col = n.col
    WHERE n.seq > ? AND ${CONCURRENT} ${extra}`;
}

function statements(db: Db): Statements {
  let s = cache.get(db);
  if (!s) {
    s = {
      insertOp: db.prepare(
        'INSERT OR IGNORE INTO ops (op_id, hlc, node, tbl, row_id, col, value, base) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      maxSeq: db.prepare('SELECT coalesce(max(seq), 0) FROM ops').pluck(),
      maxConflict: db.prepare('SELECT coalesce(max(id), 0) FROM conflicts').pluck(),
      // Before the new ops take their fields: each against the op holding it now.
      conflictsWithPrevious: db.prepare(conflictSql('')),
      // Per-field last-writer-wins: the highest (hlc, op_id) holds the field.
      takeFields: db.prepare(
        `INSERT INTO field_versions (tbl, row_id, col, hlc, op_id, node, base, value)
         SELECT tbl, row_id, col, hlc, op_id, node, base, value FROM ops WHERE seq > ?
         ON CONFLICT (tbl, row_id, col) DO UPDATE SET
           hlc = excluded.hlc, op_id = excluded.op_id, node = excluded.node, base = excluded.base, value = excluded.value
         WHERE (excluded.hlc, excluded.op_id) > (field_versions.hlc, field_versions.op_id)`,
      ),
      // After: new ops that lost, against the op that won (several ops on one field in one batch).
      conflictsWithWinner: db.prepare(conflictSql('AND v.op_id <> n.op_id')),
      // An edit written over either value of an open conflict settles it, on
      // every device it reaches: someone saw a value and chose what follows
      // (a person's choice in the conflict list is such an edit).
      settleConflicts: db.prepare(
        `UPDATE conflicts SET dismissed_at = ? WHERE dismissed_at IS NULL AND (
           kept_op IN (SELECT base FROM ops WHERE seq > ? AND base IS NOT NULL) OR other_op IN (SELECT base FROM ops WHERE seq > ? AND base IS NOT NULL))`,
      ),
      currentField: db.prepare('SELECT op_id AS opId, value FROM field_versions WHERE tbl = ? AND row_id = ? AND col = ?'),
      materialize: new Map(SYNCED_TABLE_NAMES.map((t) => [t, db.prepare(materializeSql(t))])),
    };
    cache.set(db, s);
  }
  return s;
}

/**
 * The log's value column has no type affinity (migration 010), so SQLite keeps
 * what it is given, and better-sqlite3 gives every number as a REAL. A whole
 * number goes in as an INTEGER, as small and as exact as before.
 */
function storedValue(value: OpValue): OpValue | bigint {
  return typeof value === 'number' && Number.isSafeInteger(value) ? BigInt(value) : value;
}

/** Applies ops from any source. Idempotent by op id; all or nothing. */
export function applyOps(ctx: ApplyContext, rawOps: readonly unknown[]): ApplyResult {
  const validate = createOpValidator();
  const ops = rawOps.map((op, i) => validate(op, i));
  const s = statements(ctx.db);
  let settled = 0;
  const run = ctx.db.transaction((): ApplyResult => {
    observeLatestRemote(ctx, ops);
    const seqBefore = Number(s.maxSeq.get());
    const conflictsBefore = Number(s.maxConflict.get());
    for (const op of ops) s.insertOp.run(op.opId, op.hlc, op.node, op.table, op.row, op.column, storedValue(op.value), op.base);
    const applied = Number(s.maxSeq.get()) - seqBefore;
    if (applied > 0) {
      const detectedAt = new Date(ctx.now()).toISOString();
      s.conflictsWithPrevious.run(detectedAt, seqBefore);
      s.takeFields.run(seqBefore);
      const { rowsByTable, someFieldTwice } = touchedRows(ops);
      if (someFieldTwice) s.conflictsWithWinner.run(detectedAt, seqBefore);
      settled = s.settleConflicts.run(detectedAt, seqBefore, seqBefore).changes;
      for (const [table, rows] of rowsByTable) s.materialize.get(table)!.run(JSON.stringify([...rows]));
    }
    return {
      applied,
      alreadyHad: ops.length - applied,
      conflicts: Number(s.maxConflict.get()) - conflictsBefore,
    };
  });
  try {
    const result = run();
    // The conflict list only when it changed: a note typed is no reason for every screen to read it again.
    if (result.applied > 0) ctx.changes?.announce({ tables: [...new Set(ops.map((op) => op.table)), ...(result.conflicts + settled > 0 ? [CONFLICTS] : [])] });
    return result;
  } catch (err) {
    if (err instanceof ClockDriftError) throw new AppError('clock_wrong', err.message);
    throw err;
  }
}

/** The rows each table must rebuild, and whether any field got more than one op (only then can ops of this batch conflict with each other). */
function touchedRows(ops: readonly Op[]): { rowsByTable: Map<SyncedTable, Set<string>>; someFieldTwice: boolean } {
  const rowsByTable = new Map<SyncedTable, Set<string>>();
  const fields = new Set<string>();
  let someFieldTwice = false;
  for (const op of ops) {
    const table = op.table as SyncedTable;
    let rows = rowsByTable.get(table);
    if (!rows) rowsByTable.set(table, (rows = new Set()));
    rows.add(op.row);
    if (!someFieldTwice) {
      const field = `${op.table}.${op.row}.${op.column}`;
      someFieldTwice = fields.has(field);
      fields.add(field);
    }
  }
  return { rowsByTable, someFieldTwice };
}

function observeLatestRemote(ctx: ApplyContext, ops: readonly Op[]): void {
  let latest: string | null = null;
  for (const op of ops) {
    if (op.node !== ctx.nodeId && (latest === null || op.hlc > latest)) latest = op.hlc;
  }
  if (latest !== null) observeRemote(ctx.db, ctx.nodeId, latest, ctx.now());
}

export interface RowChange {
  table: SyncedTable;
  row: string;
  values: Record<string, OpValue>;
  /**
   * What the screen showed of these fields when it loaded (column → value),
   * for an edit of a row a person saw. A field whose new value is what the
   * screen showed was not changed by the person and is not written, whatever
   * it holds now. A field the person changed that another edit changed since
   * the screen loaded is written over what the screen saw, not over that
   * edit: the two are concurrent, so the field is listed as edited on two
   * devices (with the other value kept) instead of being silently overwritten.
   */
  seen?: Record<string, OpValue>;
}

/** What to write for one field: nothing, or the op's base (the op it is written over; null when that is not the op now holding the field). */
function fieldWrite(current: { opId: string; value: OpValue } | undefined, value: OpValue, seen: Record<string, OpValue> | undefined, column: string, confirm: boolean): { base: string | null } | null {
  if (seen && column in seen) {
    const shown = seen[column];
    if (shown === value) return null;
    if (current && current.value !== shown) return current.value === value ? null : { base: null };
  }
  if (current && current.value === value && !confirm) return null;
  return { base: current?.opId ?? null };
}

/**
 * A local edit: turns changed fields into ops stamped with one tick of the
 * clock (each op based on the op it overwrites) and applies them through the
 * same path as remote ops. Fields whose value is unchanged make no op, unless
 * `confirm` is set: a person confirming the shown value over another
 * device's, which other devices must hear about too. With `seen`, only the
 * fields the person changed are written (see RowChange).
 */
export function writeChanges(ctx: ApplyContext, changes: readonly RowChange[], confirm = false): ApplyResult {
  const s = statements(ctx.db);
  return ctx.db.transaction((): ApplyResult => {
    const now = ctx.now();
    const hlc = localTick(ctx.db, ctx.nodeId, now);
    const ops: Op[] = [];
    for (const change of changes) {
      for (const [column, value] of Object.entries(change.values)) {
        const current = s.currentField.get(change.table, change.row, column) as { opId: string; value: OpValue } | undefined;
        const write = fieldWrite(current, value, change.seen, column, confirm);
        if (write) ops.push({ opId: uuidv7(now), hlc, node: ctx.nodeId, table: change.table, row: change.row, column, value, base: write.base });
      }
    }
    return applyOps(ctx, ops);
  })();
}
