// A simulated device for the hub load benchmark: its own node id, an
// observation in its school with notes (100 valid ops, made up front), and
// the app's own HTTP client (callHub) to enrol, push and pull, each request
// timed. It keeps no store: 200 SQLite replicas applying every page would
// measure the clients, not the hub.
import { callHub } from '../db/hubSync/http.js';
import type { Op } from '../db/ops.js';
import { formatHlc, type HlcState } from '../shared/hlc.js';
import { randomHex, uuidv7 } from '../shared/ids.js';
import type { OpValue } from '../shared/registry.js';
import { EnrolResponseSchema, PullResponseSchema, PushResponseSchema } from '../shared/sync/hubProtocol.js';

/** A walk-through: an observation of 16 fields and 12 notes of 7 fields each (no student, episode or plan step). */
export const OPS_PER_DEVICE = 100;
const NOTES = 12;
const LOOK_FORS = ['students explain their reasoning', 'teacher presses for evidence', 'pairs compare solution paths', 'exit ticket checks the goal'];

export interface SimulatedDevice {
  node: string;
  role: 'principal' | 'coach';
  school: string;
  ops: Op[];
}

export interface DevicePull {
  /** Milliseconds per page. */
  pageMs: number[];
  /** Op ids of every page, in order. */
  pulled: string[];
}

function changeOps(clock: HlcState, table: string, row: string, values: Record<string, OpValue>): Op[] {
  const hlc = formatHlc(clock);
  return Object.entries(values).map(([column, value]) => ({ opId: uuidv7(clock.ms), hlc, node: clock.node, table, row, column, value, base: null }));
}

/** The device's own ops: an observation that names its school (so the hub scopes it there) and notes under it. */
export function newDevice(role: SimulatedDevice['role'], school: string, startMs: number): SimulatedDevice {
  const node = randomHex(8);
  let clock: HlcState = { ms: startMs, counter: 0, node };
  const observation = uuidv7(clock.ms);
  const ops = changeOps(clock, 'observations', observation, {
    school_id: school,
    teacher_label: `Room ${(startMs / 10_000) % 40}`,
    grade: '7',
    subject: 'Mathematics',
    kind: 'walk_through',
    observer_name: `${role} ${node.slice(0, 4)}`,
    status: 'submitted',
    focus: '["discourse"]',
    started_at: clock.ms,
    timer_ms: 15 * 60_000,
    timer_since: null,
    submitted_at: clock.ms + NOTES * 1_000,
    strengths: 'Every pair explained a strategy aloud.',
    questions: 'How do you choose which pairs share?',
    next_steps: 'Try a gallery walk before the exit ticket.',
    deleted: 0,
  });
  for (let i = 0; i < NOTES; i++) {
    clock = { ...clock, ms: clock.ms + 1_000 };
    ops.push(
      ...changeOps(clock, 'notes', uuidv7(clock.ms), {
        text: `${LOOK_FORS[i % LOOK_FORS.length]} (minute ${i + 1})`,
        observation_id: observation,
        tags: '["look-for"]',
        dimensions: '[]',
        at_ms: (i + 1) * 60_000,
        created_at: clock.ms,
        deleted: 0,
      }),
    );
  }
  if (ops.length !== OPS_PER_DEVICE) throw new Error(`A simulated device made ${ops.length} ops, not ${OPS_PER_DEVICE}.`);
  return { node, role, school, ops };
}

/** Enrols the device through the hub's /v1/enrol with a code from the district office; its token. */
export async function enrol(device: SimulatedDevice, hubUrl: string, code: string): Promise<string> {
  return (await callHub({ baseUrl: hubUrl, path: 'v1/enrol', body: { code, node: device.node } }, EnrolResponseSchema)).token;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** The device's ops in one push (100 is well under PUSH_BATCH); its milliseconds. A refusal or a timeout (callHub's 30 s per request) throws. */
export async function pushOwnOps(device: SimulatedDevice, token: string, hubUrl: string): Promise<number> {
  const push = await timed(() => callHub({ baseUrl: hubUrl, token, path: 'v1/push', body: { ops: device.ops, rubrics: [] } }, PushResponseSchema));
  if (push.value.accepted !== OPS_PER_DEVICE) throw new Error(`The hub accepted ${push.value.accepted} of a device's ${OPS_PER_DEVICE} ops (already had ${push.value.alreadyHad}).`);
  return push.ms;
}

/** Pulls pages from the start until the hub says there are no more. */
export async function pullToEnd(token: string, hubUrl: string): Promise<DevicePull> {
  const pageMs: number[] = [];
  const pulled: string[] = [];
  let cursor = '';
  for (;;) {
    const page = await timed(() => callHub({ baseUrl: hubUrl, token, path: `v1/pull?cursor=${encodeURIComponent(cursor)}` }, PullResponseSchema));
    pageMs.push(page.ms);
    for (const op of page.value.ops) pulled.push((op as Op).opId);
    cursor = page.value.cursor;
    if (!page.value.more) return { pageMs, pulled };
  }
}
