// Turning the stores' rows into records: both stores select the same column
// names (as below), so one mapping serves SQLite and PostgreSQL. PostgreSQL
// hands BIGINT back as text; Number() reads both.
import type { DeviceRecord, RubricListing, StoredOp } from './types.js';

export const DEVICE_COLUMNS = 'id, district_id, node, user_name, role, schools, teams, enrolled_at, revoked_at';
export const OP_COLUMNS = 'seq, op_id, hlc, node, tbl, row_id, col, value, base, scope';
/** A rubric version as a CarriedRubric (db/bundles/rubricsPart.ts). */
export const RUBRIC_COLUMNS = 'rubric_id AS id, version, content_hash AS "contentHash", content';
export const RUBRIC_LISTING_COLUMNS = 'rubric_id, version, content_hash, seq, withdrawn_at';

export interface RubricListingRow {
  rubric_id: string;
  version: number;
  content_hash: string;
  seq: number | string;
  withdrawn_at: number | string | null;
}

export function toRubricListing(row: RubricListingRow): RubricListing {
  return {
    id: row.rubric_id,
    version: row.version,
    contentHash: row.content_hash,
    seq: Number(row.seq),
    withdrawnAt: row.withdrawn_at === null ? null : Number(row.withdrawn_at),
  };
}

export interface DeviceRow {
  id: string;
  district_id: string;
  node: string;
  user_name: string;
  role: string;
  schools: string;
  teams: string;
  enrolled_at: number | string;
  revoked_at: number | string | null;
}

export interface OpRow {
  seq: number | string;
  op_id: string;
  hlc: string;
  node: string;
  tbl: string;
  row_id: string;
  col: string;
  value: string;
  base: string | null;
  scope: string;
}

export function toDevice(row: DeviceRow): DeviceRecord {
  return {
    id: row.id,
    districtId: row.district_id,
    node: row.node,
    userName: row.user_name,
    role: row.role,
    schools: JSON.parse(row.schools) as string[],
    teams: JSON.parse(row.teams) as string[],
    enrolledAt: Number(row.enrolled_at),
    revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
  };
}

export function toStoredOp(row: OpRow): StoredOp {
  return {
    seq: Number(row.seq),
    opId: row.op_id,
    hlc: row.hlc,
    node: row.node,
    table: row.tbl,
    row: row.row_id,
    column: row.col,
    valueJson: row.value,
    base: row.base,
    scope: row.scope,
  };
}

/** The columns of an op row, in OP_COLUMNS order, for inserting. */
export function opRowOf(districtId: string, op: StoredOp): Record<string, string | number | null> {
  return {
    district_id: districtId,
    seq: op.seq,
    op_id: op.opId,
    hlc: op.hlc,
    node: op.node,
    tbl: op.table,
    row_id: op.row,
    col: op.column,
    value: op.valueJson,
    base: op.base,
    scope: op.scope,
  };
}

/**
 * The WHERE clause of an op query, the same in both stores but for how a
 * list parameter is spelled. A winning op is one no later op on its field
 * beats, among the ops up to the snapshot's end. "+n.seq" keeps SQLite on
 * the field's index (ops_field) for that check instead of walking the
 * district's whole log by its primary key, which took minutes on a million
 * ops; in PostgreSQL the unary plus changes nothing.
 */
export function opQueryWhere(options: { scoped: boolean; upTo: boolean; winnersOnly: boolean; p: (name: string) => string; inList: (param: string) => string }): string {
  const { p } = options;
  const parts = ['o.district_id = ' + p('district'), 'o.seq > ' + p('after')];
  if (options.upTo) parts.push('o.seq <= ' + p('upTo'));
  if (options.scoped) parts.push('o.scope ' + options.inList(p('scopes')));
  if (options.winnersOnly) {
    parts.push(`NOT EXISTS (SELECT 1 FROM ops n WHERE n.district_id = o.district_id AND n.tbl = o.tbl AND n.row_id = o.row_id AND n.col = o.col
      AND +n.seq <= ${p('upTo')} AND (n.hlc > o.hlc OR (n.hlc = o.hlc AND n.op_id > o.op_id)))`);
  }
  return parts.join(' AND ');
}
