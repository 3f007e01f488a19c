// Syncing on its own, against a real hub over HTTP: a device enrolled with the
// hub syncs soon after the app opens, then every minute; when the hub cannot
// be reached it says so in words and backs off (15 s, 30 s, 1 min...), and
// syncs again by itself once the hub is back; a refusal that needs a person
// (access withdrawn) stops the retries until they act. The timers are driven
// by the test; the syncs, the store and the hub are real.
import { describe, expect, it } from 'vitest';
import { callMethod, createBackend } from '../../db/backend.js';
import { enrolWithHub } from '../../db/hubSync/enrol.js';
import { createHubSyncer, type HubSyncer, type SyncTimers } from '../../db/hubSync/syncer.js';
import { AUTO_SYNC_INTERVAL_MS, AUTO_SYNC_MAX_RETRY_MS, AUTO_SYNC_START_MS, nextAutoSyncDelay } from '../../shared/sync/autoSync.js';
import type { HubStatus } from '../../shared/sync/hub.js';
import { hubDatabases, startTestHub } from '../support/hub.js';
import { noteInput, setUpBackend, startTestObservation, type TestBackend } from '../support/observationBackend.js';

/** Timers the test fires one at a time; random() is 0.5, so there is no spread. */
function steppedTimers() {
  let now = 1_000_000;
  const pending: { at: number; run: () => void }[] = [];
  const timers: SyncTimers = {
    after(ms, run) {
      const timer = { at: now + ms, run };
      pending.push(timer);
      return () => pending.splice(pending.indexOf(timer), 1);
    },
    now: () => now,
    random: () => 0.5,
  };
  return {
    timers,
    /** Milliseconds until the one pending timer, or null when none is set. */
    waiting: () => (pending.length === 0 ? null : pending[0]!.at - now),
    count: () => pending.length,
    /** Fires the pending timer and waits for the sync it starts to finish. */
    async fire(syncer: HubSyncer) {
      const timer = pending.shift()!;
      now = timer.at;
      timer.run();
      await expect.poll(() => syncer.state().syncing).toBe(false);
    },
  };
}

async function status(t: TestBackend, syncer: HubSyncer): Promise<HubStatus> {
  const result = await callMethod(createBackend(t.store, syncer), 'getHubStatus', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as HubStatus;
}

describe('the automatic sync schedule', () => {
  it('waits a minute after a sync that went through, and backs off by doubling up to 15 minutes after failures', () => {
    expect(nextAutoSyncDelay(0, 0.5)).toBe(AUTO_SYNC_INTERVAL_MS);
    expect([1, 2, 3, 4].map((n) => nextAutoSyncDelay(n, 0.5))).toEqual([15_000, 30_000, 60_000, 120_000]);
    expect(nextAutoSyncDelay(20, 0.5)).toBe(AUTO_SYNC_MAX_RETRY_MS);
    // Spread by ±20% so devices back on the network together do not retry together.
    expect([nextAutoSyncDelay(1, 0), nextAutoSyncDelay(1, 0.999999)]).toEqual([12_000, 18_000]);
  });
});

describe('syncing on its own with a real hub', () => {
  const newDatabase = hubDatabases('sqlite');

  /** A device enrolled with a fresh hub, syncing on its own on the test's timers. */
  async function enrolledDevice() {
    const hub = await startTestHub(await newDatabase());
    const t = setUpBackend();
    await enrolWithHub(t.store, hub.url, await hub.code({ userName: 'Dana Cruz', role: 'district_leader' }));
    const clock = steppedTimers();
    const syncer = createHubSyncer(t.store, clock.timers);
    syncer.startAutomatic();
    return { hub, t, clock, syncer };
  }

  it('does nothing on a device that is not enrolled, and asks nothing of the store until it is time', async () => {
    const clock = steppedTimers();
    const t = setUpBackend();
    const syncer = createHubSyncer(t.store, clock.timers);
    syncer.startAutomatic();
    expect(syncer.state()).toEqual({ automatic: 'off', syncing: false, nextSyncAt: null, failuresInARow: 0 });
    await clock.fire(syncer);
    expect(clock.count()).toBe(0);
    expect(await status(t, syncer)).toMatchObject({ enrolled: false, lastError: null, auto: { automatic: 'off' } });
  });

  it('syncs soon after starting, then every minute; backs off while the hub is down and catches up by itself when it is back', async () => {
    const { hub, t, clock, syncer } = await enrolledDevice();
    expect(clock.waiting()).toBe(AUTO_SYNC_START_MS);

    const observation = await startTestObservation(t);
    await clock.fire(syncer);
    expect(await status(t, syncer)).toMatchObject({ pendingOps: 0, lastError: null, auto: { automatic: 'on', failuresInARow: 0 } });
    expect(clock.waiting()).toBe(AUTO_SYNC_INTERVAL_MS);
    const seq = await hub.storage.districtSeq(hub.districtId);
    expect(seq).toBeGreaterThan(0);

    await hub.kill();
    await t.value('saveNote', noteInput(observation.id, 'written while the hub is down'));
    const delays: number[] = [];
    for (let i = 0; i < 3; i++) {
      await clock.fire(syncer);
      delays.push(clock.waiting()!);
    }
    expect(delays).toEqual([15_000, 30_000, 60_000]);
    const down = await status(t, syncer);
    expect(down.lastError).toMatch(/^Fieldbook could not reach the hub at .* \(nothing answers there\)\. Check the network connection/);
    expect(down.pendingOps).toBeGreaterThan(0);
    expect(down.auto).toMatchObject({ automatic: 'on', failuresInARow: 3, nextSyncAt: expect.any(Number) });

    await hub.restart();
    await clock.fire(syncer);
    expect(await status(t, syncer)).toMatchObject({ pendingOps: 0, lastError: null, auto: { failuresInARow: 0 } });
    expect(await hub.storage.districtSeq(hub.districtId)).toBeGreaterThan(seq);
    expect(clock.waiting()).toBe(AUTO_SYNC_INTERVAL_MS);
  });

  it('stops retrying when access is withdrawn, until a person syncs by hand; a sync by hand waits for one under way', async () => {
    const { hub, t, clock, syncer } = await enrolledDevice();
    const [device] = await hub.storage.listDevices();
    await hub.storage.revokeDevice(device!.id, Date.now());
    await clock.fire(syncer);
    expect(clock.count()).toBe(0);
    const paused = await status(t, syncer);
    expect(paused.auto).toEqual({ automatic: 'paused', syncing: false, nextSyncAt: null, failuresInARow: 0 });
    expect(paused.lastError).toMatch(/withdrawn this device.s access/);

    // The office enrols the device again; "sync now" twice at once runs two syncs one after the other.
    await enrolWithHub(t.store, hub.url, await hub.code({ userName: 'Dana Cruz', role: 'district_leader' }));
    await startTestObservation(t);
    const [first, second] = await Promise.all([syncer.syncNow(), syncer.syncNow()]);
    expect(first.sent).toBeGreaterThan(0);
    expect(second.sent).toBe(0);
    expect(syncer.state()).toMatchObject({ automatic: 'on', failuresInARow: 0 });
    expect(clock.waiting()).toBe(AUTO_SYNC_INTERVAL_MS);
  });
});
