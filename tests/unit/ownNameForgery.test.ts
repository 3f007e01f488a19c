// Changes in the importer's own name (issue #17, item 6), on real stores,
// real bundle files and a real hub: only this device authors ops in its own
// node id, so one arriving from outside (a bundle, a hub page) that this
// device never made is a forgery, and one dated more than a day after this
// device's clock would pin its field and stop its hub sync for good. Each is
// refused whole in one sentence with the digest unchanged; this device's own
// changes relayed back to it stay "already here".
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../db/bundles/exportBundle.js';
import { importBundle } from '../../db/bundles/importBundle.js';
import { enrolWithHub } from '../../db/hubSync/enrol.js';
import { readHubState, readHubToken } from '../../db/hubSync/state.js';
import { syncOnce } from '../../db/hubSync/syncOnce.js';
import type { Op } from '../../db/ops.js';
import type { Store } from '../../db/store.js';
import type { HubSyncResult } from '../../shared/sync/hub.js';
import { formatHlc } from '../../shared/hlc.js';
import { uuidv7 } from '../../shared/ids.js';
import { coachWork, digestOf, forge, otherWork, refused } from '../support/bundles.js';
import { HUB_BACKENDS, hubDatabases, startTestHub, type TestHub } from '../support/hub.js';
import { noteInput, setUpBackend, startTestObservation, type TestBackend } from '../support/observationBackend.js';
import { readOps, tempDir } from '../support/stores.js';

/** The test devices' clock (observationBackend's setUpBackend). */
const T = Date.UTC(2026, 10, 23, 9, 0, 0);
const DAY = 86_400_000;
const YEAR_2286 = Date.UTC(2286, 0, 1);

const NEVER_MADE_BY_BUNDLE = "This bundle holds changes made in this device's name that this device never made, so it may have been forged. Nothing was imported.";
const CLOCK_WRONG_OWN_NAME = /^Your clock is wrong, or the change is not this device's: a change made in this device's name is dated (\S+), more than a day after this device's time \((\S+)\)\. Set the correct date and time, then try again\.$/;

/** A new value for the teacher label of this device's observation, in this device's node id, dated `ms`: a change this device never made. */
function inOwnName(store: Store, ms: number): Op {
  const label = readOps(store).findLast((op) => op.table === 'observations' && op.column === 'teacher_label' && op.node === store.nodeId)!;
  return { ...label, opId: uuidv7(), hlc: formatHlc({ ms, counter: 0, node: store.nodeId }), value: 'Forged room', base: label.opId };
}

function exportFrom(store: Store): Buffer {
  return exportBundle(store, path.join(tempDir(), 'out.fbundle'), { sincePeer: null }).bytes;
}

describe("a bundle holding changes in the importer's own name", () => {
  it('refuses one dated 2286 with "your clock is wrong", saying it is in this device\'s name, and changes nothing', async () => {
    const [a, b] = [setUpBackend(), setUpBackend()];
    await coachWork(a, 'Ana Ruiz');
    await otherWork(b, 'Ken Ito');
    const fromB = exportFrom(b.store);
    const forged = forge(fromB, b.dataDir, { ops: [...readOps(b.store), inOwnName(a.store, YEAR_2286)] });
    const digest = digestOf(a.store);
    const message = await refused(a.store, forged);
    const [, dated, local] = CLOCK_WRONG_OWN_NAME.exec(message) ?? [];
    expect([dated, local], message).toEqual([new Date(YEAR_2286).toISOString(), new Date(T).toISOString()]);
    await expect(importBundle(a.store, forged, 'b.fbundle')).rejects.toMatchObject({ code: 'clock_wrong' });
    expect(digestOf(a.store)).toBe(digest);
    // The bundle as B made it imports.
    expect(await importBundle(a.store, fromB, 'b.fbundle')).toMatchObject({ applied: readOps(b.store).length, alreadyHad: 0 });
  });

  it("refuses a change in this device's name that it never made, in one sentence, and changes nothing; its own changes relayed back are already here", async () => {
    const [a, b] = [setUpBackend(), setUpBackend()];
    await coachWork(a, 'Ana Ruiz');
    await otherWork(b, 'Ken Ito');
    await importBundle(b.store, exportFrom(a.store), 'a.fbundle');
    // B's bundle relays A's changes back to A, with B's own.
    const relay = exportFrom(b.store);
    const forged = forge(relay, b.dataDir, { ops: [...readOps(b.store), inOwnName(a.store, T + 1_000)] });
    const digest = digestOf(a.store);
    expect(await refused(a.store, forged)).toBe(NEVER_MADE_BY_BUNDLE);
    await expect(importBundle(a.store, forged, 'b.fbundle')).rejects.toMatchObject({ code: 'invalid_input' });
    expect(digestOf(a.store)).toBe(digest);

    const ownOps = readOps(a.store).length;
    expect(await importBundle(a.store, relay, 'b.fbundle')).toMatchObject({ applied: readOps(b.store).length - ownOps, alreadyHad: ownOps });
    expect(digestOf(a.store)).toBe(digestOf(b.store));
  });
});

const leader = { userName: 'Dana Cruz', role: 'district_leader' };

async function enrolled(hub: TestHub): Promise<TestBackend> {
  const t = setUpBackend();
  await enrolWithHub(t.store, hub.url, await hub.code(leader));
  return t;
}

/** A device's observation with a note, synced to the hub. */
async function syncedWork(t: TestBackend): Promise<HubSyncResult> {
  const observation = await startTestObservation(t, { teacherLabel: 'Room 12' });
  await t.value('saveNote', noteInput(observation.id, 'pairs compare strategies'));
  return syncOnce(t.store);
}

/** Stores ops on the hub as pushed with this device's token (as anyone holding the token could). */
async function pushAs(hub: TestHub, t: TestBackend, ops: Op[]): Promise<void> {
  const response = await fetch(`${hub.url}/v1/push`, {
    method: 'POST',
    headers: { authorization: `Bearer ${readHubToken(t.dataDir)!}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ops }),
  });
  expect(await response.json()).toEqual({ accepted: ops.length, alreadyHad: 0 });
}

/** Syncs and expects the pages to be refused: the error, with the digest, the log and the cursor unchanged. */
async function refusedSync(t: TestBackend): Promise<{ code: string; message: string }> {
  const [digest, ops, cursor] = [digestOf(t.store), readOps(t.store).length, readHubState(t.store.db)!.cursor];
  const error = (await syncOnce(t.store).then(
    () => null,
    (err: unknown) => err,
  )) as { code: string; message: string } | null;
  expect(error, 'the sync should have been refused').not.toBeNull();
  expect([digestOf(t.store), readOps(t.store).length, readHubState(t.store.db)!.cursor]).toEqual([digest, ops, cursor]);
  expect(readHubState(t.store.db)!.lastError).toBe(error!.message);
  return error!;
}

describe.each(HUB_BACKENDS)("hub pages holding changes in the device's own name, over %s", (backend) => {
  const newDatabase = hubDatabases(backend);

  it("refuses a change in this device's name that it never made, in one sentence, and applies nothing; its own changes sent back are already here", async () => {
    const hub = await startTestHub(await newDatabase());
    const a = await enrolled(hub);
    // The hub's snapshot sends A its own changes back: already here.
    const own = await syncedWork(a);
    expect(own).toEqual({ sent: readOps(a.store).length, received: 0, alreadyHad: own.sent, conflicts: 0 });

    await pushAs(hub, a, [inOwnName(a.store, T + 1_000)]);
    const error = await refusedSync(a);
    expect(error).toEqual(expect.objectContaining({ code: 'invalid_input', message: "The hub sent changes made in this device's name that this device never made, so they may have been forged; none of them was applied." }));
  });

  it(`refuses a change in this device's name dated more than a day after its clock with "your clock is wrong", and applies nothing`, async () => {
    const hub = await startTestHub(await newDatabase());
    const a = await enrolled(hub);
    // A's clock is three days behind the hub's: the hub takes a change dated
    // by its own clock, which is too far ahead for A.
    a.advance(Date.now() - T - 3 * DAY);
    await syncedWork(a);
    const now = Date.now();
    await pushAs(hub, a, [inOwnName(a.store, now)]);
    const error = await refusedSync(a);
    expect(error.code).toBe('clock_wrong');
    const [, dated] = CLOCK_WRONG_OWN_NAME.exec(error.message) ?? [];
    expect(dated, error.message).toBe(new Date(now).toISOString());
  });
});
