// POST /v1/push: a device's ops, stored all or nothing. Checked first (every
// op against the registry, the clock, the device's node), then inside the
// district's locked transaction: ops the hub already holds are skipped
// (duplicate delivery is a no-op), every other op must fall in the device's
// scope, and the new ops take the next sequence numbers in commit order.
import { MAX_FORWARD_DRIFT_MS, parseHlc } from '../shared/hlc.js';
import { createOpValidator, type Op } from '../db/ops.js';
import { HubError } from './errors.js';
import { deviceScopes } from './scopeRules.js';
import { scopesOfPush } from './scopeOfPush.js';
import { rubricKey, type DeviceRecord, type HubStorage, type StoredOp, type StoredRubric } from './storage/types.js';
import { admitRubrics, readPushedRubrics } from './pushRubrics.js';
import type { PushResponse } from '../shared/sync/hubProtocol.js';

export const MAX_PUSH_OPS = 5000;

function readOps(body: unknown): Op[] {
  const list = (body as { ops?: unknown } | null)?.ops;
  if (!Array.isArray(list)) throw new HubError(400, 'invalid_input', 'A push must hold a list of changes ("ops").');
  if (list.length > MAX_PUSH_OPS) throw new HubError(413, 'too_large', `A push may hold at most ${MAX_PUSH_OPS} changes; send them in smaller batches.`);
  const validate = createOpValidator();
  try {
    return list.map((op, i) => validate(op, i));
  } catch (err) {
    throw new HubError(400, 'invalid_input', `${(err as Error).message} Nothing was stored.`);
  }
}

function refuseClockAhead(ops: readonly Op[], now: number): void {
  for (const op of ops) {
    const ms = parseHlc(op.hlc)!.ms;
    if (ms > now + MAX_FORWARD_DRIFT_MS) {
      throw new HubError(
        400,
        'clock_ahead',
        `Your clock is wrong: this device dated a change ${new Date(ms).toISOString()}, more than a day after the hub's time (${new Date(now).toISOString()}). Set the correct date and time on this device, then sync again; nothing was stored.`,
      );
    }
  }
}

function outOfScope(table: string, known: boolean): HubError {
  return new HubError(
    403,
    'out_of_scope',
    known
      ? `This device may not change "${table}" rows of a school or team it is not enrolled for, so the hub stored nothing from this push. Ask the district office to enrol the device for that school or team.`
      : `The hub cannot tell which school or team a "${table}" row belongs to (its parent record never reached the hub), so it stored nothing from this push.`,
  );
}

export async function pushOps(storage: HubStorage, device: DeviceRecord, body: unknown, now: number): Promise<PushResponse> {
  const ops = readOps(body);
  const rubrics = readPushedRubrics(body);
  refuseClockAhead(ops, now);
  const allowed = deviceScopes(device);
  return storage.inPushTransaction(device.districtId, async (tx) => {
    const seq = await tx.lockDistrict();
    const held = await tx.heldOpIds(ops.map((op) => op.opId));
    const seen = new Set<string>();
    const fresh = ops.filter((op) => !held.has(op.opId) && !seen.has(op.opId) && seen.add(op.opId));
    const forged = fresh.find((op) => op.node !== device.node);
    if (forged) {
      throw new HubError(
        401,
        'forged_device',
        `This push holds changes made on another device (${forged.node}) that the hub has not received from it; a device sends only its own changes. Nothing was stored.`,
      );
    }
    const { scopes, newRowScopes } = await scopesOfPush(tx, fresh);
    fresh.forEach((op, i) => {
      const scope = scopes[i];
      if (scope === null || scope === undefined) throw outOfScope(op.table, false);
      if (allowed !== null && !allowed.includes(scope)) throw outOfScope(op.table, true);
    });
    // New rubric versions take their places before the ops that refer to them.
    const newRubrics: StoredRubric[] = admitRubrics(device, rubrics, await tx.heldRubrics(rubrics.map(rubricKey))).map((r, i) => ({ ...r, seq: seq + i + 1 }));
    const opsFrom = seq + newRubrics.length;
    const stored: StoredOp[] = fresh.map((op, i) => ({
      seq: opsFrom + i + 1,
      opId: op.opId,
      hlc: op.hlc,
      node: op.node,
      table: op.table,
      row: op.row,
      column: op.column,
      valueJson: JSON.stringify(op.value),
      base: op.base,
      scope: scopes[i]!,
    }));
    if (stored.length + newRubrics.length > 0) await tx.store({ rubrics: newRubrics, ops: stored, newRowScopes }, opsFrom + stored.length);
    return { accepted: stored.length, alreadyHad: ops.length - stored.length };
  });
}
