// One sync with the hub: first this device's own changes the hub lacks, in
// batches (the local "sent up to" sequence moves after each accepted batch;
// a batch sent twice is harmless, the hub skips ops it holds), then what the
// hub has for this device: a new device takes the starting snapshot, then
// pulls pages from its cursor. Each page is applied through the one apply
// path (as ops from outside, ../remoteOps.ts) in one transaction together
// with the cursor that follows it, so a cut connection or a killed process
// repeats at most one page, which changes nothing the second time.
import { AppError } from '../../shared/errors.js';
import type { HubSyncResult } from '../../shared/sync/hub.js';
import { PULL_PAGE, PullResponseSchema, PUSH_BATCH, PUSH_ROW_SLACK, PushResponseSchema, SnapshotResponseSchema } from '../../shared/sync/hubProtocol.js';
import type { ApplyResult } from '../apply.js';
import { referencedRubrics, storeHubRubrics } from '../bundles/rubricsPart.js';
import type { Op } from '../ops.js';
import { applyRemoteOps } from '../remoteOps.js';
import type { Store } from '../store.js';
import { callHub } from './http.js';
import { readHubState, readHubToken, updateHubState, type HubState } from './state.js';

// "+node": walk the log from the sequence number on, rather than this node's
// (node, hlc) index and a sort of all its ops, which costs seconds per batch
// on a device with a million ops.
const SELECT_OWN = `SELECT seq, op_id AS opId, hlc, node, tbl AS "table", row_id AS row, col AS "column", value, base
  FROM ops WHERE +node = ? AND seq > ? ORDER BY seq LIMIT ?`;

type OwnRow = { seq: number; table: string; row: string } & Record<string, unknown>;

/** The batch to send: PUSH_BATCH ops, or more up to the end of the last row's run of ops (see PUSH_ROW_SLACK). */
function cutAtRowEnd(rows: readonly OwnRow[]): readonly OwnRow[] {
  if (rows.length <= PUSH_BATCH) return rows;
  for (let i = PUSH_BATCH; i < rows.length; i++) {
    if (rows[i]!.table !== rows[i - 1]!.table || rows[i]!.row !== rows[i - 1]!.row) return rows.slice(0, i);
  }
  return rows;
}

export const NOT_ENROLLED = 'This device is not enrolled with a district hub; enrol it with the hub address and a code from the district office.';

/** What the pages of one sync added up to, with the hub's rubric versions this device left out (in words). */
type PageTotals = ApplyResult & { skippedRubrics: string[] };

interface Session {
  store: Store;
  state: HubState;
  token: string;
}

function openSession(store: Store): Session {
  const state = readHubState(store.db);
  const token = readHubToken(store.dataDir);
  if (!state || !token) throw new AppError('invalid_input', NOT_ENROLLED);
  return { store, state, token };
}

async function pushOwnChanges(s: Session): Promise<number> {
  let sent = 0;
  const select = s.store.db.prepare(SELECT_OWN);
  for (;;) {
    const rows = cutAtRowEnd(select.all(s.store.nodeId, s.state.pushedSeq, PUSH_BATCH + PUSH_ROW_SLACK) as OwnRow[]);
    if (rows.length === 0) return sent;
    const ops = rows.map(({ seq: _seq, ...op }) => op) as unknown as Op[];
    // The rubric versions these ops refer to travel with them, as in a bundle.
    const rubrics = referencedRubrics(s.store.db, ops);
    const answer = await callHub({ baseUrl: s.state.url, path: 'v1/push', token: s.token, body: { ops, rubrics } }, PushResponseSchema);
    sent += answer.accepted;
    s.state = updateHubState(s.store.db, { pushedSeq: rows.at(-1)!.seq });
  }
}

function applyPage(s: Session, page: { ops: readonly unknown[]; rubrics: readonly unknown[] }, patch: Partial<HubState>, total: PageTotals): void {
  const result = s.store.db.transaction(() => {
    total.skippedRubrics.push(...storeHubRubrics(s.store.db, page.rubrics, s.store.now()));
    const applied = applyRemoteOps(s.store, page.ops, 'hub');
    s.state = updateHubState(s.store.db, patch);
    return applied;
  })();
  total.applied += result.applied;
  total.alreadyHad += result.alreadyHad;
  total.conflicts += result.conflicts;
}

async function takeSnapshot(s: Session, total: PageTotals): Promise<void> {
  let page = await callHub({ baseUrl: s.state.url, path: snapshotPath(s.state.snapshotNext), token: s.token }, SnapshotResponseSchema);
  for (;;) {
    const done = page.next === null;
    applyPage(s, page, done ? { cursor: page.cursor, snapshotNext: null, snapshotCursor: null } : { snapshotNext: page.next, snapshotCursor: page.cursor }, total);
    if (done) return;
    page = await callHub({ baseUrl: s.state.url, path: snapshotPath(page.next), token: s.token }, SnapshotResponseSchema);
  }
}

function snapshotPath(next: string | null): string {
  return next ? `v1/snapshot?limit=${PULL_PAGE}&cursor=${encodeURIComponent(next)}` : `v1/snapshot?limit=${PULL_PAGE}`;
}

async function pullPages(s: Session, total: PageTotals): Promise<void> {
  for (;;) {
    const page = await callHub({ baseUrl: s.state.url, path: `v1/pull?limit=${PULL_PAGE}&cursor=${encodeURIComponent(s.state.cursor ?? '')}`, token: s.token }, PullResponseSchema);
    applyPage(s, page, { cursor: page.cursor }, total);
    if (!page.more) return;
  }
}

export async function syncOnce(store: Store): Promise<HubSyncResult> {
  const s = openSession(store);
  try {
    const sent = await pushOwnChanges(s);
    const total: PageTotals = { applied: 0, alreadyHad: 0, conflicts: 0, skippedRubrics: [] };
    if (s.state.cursor === null) await takeSnapshot(s, total);
    await pullPages(s, total);
    // The sync went through; a rubric version left out is still worth a person's attention.
    updateHubState(store.db, { lastSyncAt: store.now(), lastError: total.skippedRubrics.length > 0 ? total.skippedRubrics.join(' ') : null });
    return { sent, received: total.applied, alreadyHad: total.alreadyHad, conflicts: total.conflicts };
  } catch (err) {
    updateHubState(store.db, { lastError: err instanceof AppError ? err.message : 'The last sync failed inside Fieldbook; try again.' });
    throw err;
  }
}
