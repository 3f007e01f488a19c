// GET /v1/pull and GET /v1/snapshot: pages of the ops in a device's scope.
// A pull page holds ops above the cursor in sequence order. Its next cursor
// is the district's counter read before the page when the page is not full
// (every op up to it has committed, since pushes commit in sequence order),
// so ops of other schools are skipped once, not re-read on every pull.
// A snapshot is a new device's starting state: only each field's winning op,
// up to the counter when the snapshot began; then the device pulls from there.
import type { Op } from '../db/ops.js';
import type { PullResponse, SnapshotResponse } from '../shared/sync/hubProtocol.js';
import { pullCursor, readPullCursor, readSnapshotCursor, snapshotCursor } from './cursor.js';
import { deviceScopes } from './scopeRules.js';
import type { DeviceRecord, HubStorage, StoredOp } from './storage/types.js';

export const DEFAULT_PAGE = 1000;
export const MAX_PAGE = 5000;

export function pageSize(limit: string | undefined): number {
  const n = Number(limit);
  return Number.isSafeInteger(n) && n > 0 ? Math.min(n, MAX_PAGE) : DEFAULT_PAGE;
}

function wireOp(op: StoredOp): Op {
  return { opId: op.opId, hlc: op.hlc, node: op.node, table: op.table, row: op.row, column: op.column, value: JSON.parse(op.valueJson) as Op['value'], base: op.base };
}

export async function pullOps(storage: HubStorage, device: DeviceRecord, cursor: string | undefined, limit: number): Promise<PullResponse> {
  const after = readPullCursor(cursor);
  const counter = await storage.districtSeq(device.districtId);
  const ops = await storage.readOps({ districtId: device.districtId, after, upTo: null, scopes: deviceScopes(device), limit, winnersOnly: false });
  const more = ops.length === limit;
  const last = ops.at(-1)?.seq ?? after;
  const next = more ? last : Math.max(last, counter, after);
  // Rubric versions placed in this page's stretch of the sequence come with it (each lies before the ops that use it).
  const rubrics = await storage.readRubrics(device.districtId, after, next);
  return { ops: ops.map(wireOp), rubrics, cursor: pullCursor(next), more };
}

export async function snapshotPage(storage: HubStorage, device: DeviceRecord, cursor: string | undefined, limit: number): Promise<SnapshotResponse> {
  const place = cursor ? readSnapshotCursor(cursor) : { upTo: await storage.districtSeq(device.districtId), after: 0 };
  const ops = await storage.readOps({ districtId: device.districtId, after: place.after, upTo: place.upTo, scopes: deviceScopes(device), limit, winnersOnly: true });
  const full = ops.length === limit;
  return {
    ops: ops.map(wireOp),
    // Every rubric version comes with the first page, before any op that uses one.
    rubrics: place.after === 0 ? await storage.readRubrics(device.districtId, 0, place.upTo) : [],
    next: full ? snapshotCursor({ upTo: place.upTo, after: ops.at(-1)!.seq }) : null,
    cursor: pullCursor(place.upTo),
  };
}
