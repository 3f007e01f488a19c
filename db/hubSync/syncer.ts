// One sync with the hub at a time, by a person's "sync now" or on its own.
// The automatic part runs only in a host that starts it (the Electron shell,
// the browser host); the CLI and the tests sync when told. Timers and the
// random jitter are passed in, so tests drive the schedule without waiting.
import { AppError } from '../../shared/errors.js';
import { AUTO_SYNC_START_MS, isPassingFailure, nextAutoSyncDelay } from '../../shared/sync/autoSync.js';
import type { AutoSyncState, HubSyncResult } from '../../shared/sync/hub.js';
import type { Store } from '../store.js';
import { readHubState, readHubToken } from './state.js';
import { syncOnce } from './syncOnce.js';

export interface SyncTimers {
  /** Calls `run` after `ms`; returns a function that cancels it. */
  after(ms: number, run: () => void): () => void;
  now(): number;
  random(): number;
}

export const REAL_TIMERS: SyncTimers = {
  after(ms, run) {
    const timer = setTimeout(run, ms);
    // A pending sync never keeps the process alive on its own.
    timer.unref?.();
    return () => clearTimeout(timer);
  },
  now: Date.now,
  random: Math.random,
};

export interface HubSyncer {
  /** A sync now; waits for one already under way, then runs its own, so changes made meanwhile go too. */
  syncNow(): Promise<HubSyncResult>;
  /** Starts syncing on its own, soon. */
  startAutomatic(): void;
  stopAutomatic(): void;
  /** After enrolling: a fresh start with the new hub, soon (if syncing on its own). */
  enrolled(): void;
  state(): AutoSyncState;
}

export function createHubSyncer(store: Store, timers: SyncTimers = REAL_TIMERS, sync: (store: Store) => Promise<HubSyncResult> = syncOnce): HubSyncer {
  let automatic = false;
  let running: Promise<HubSyncResult> | null = null;
  let failures = 0;
  let paused = false;
  let nextAt: number | null = null;
  let cancel: (() => void) | null = null;

  const enrolled = () => readHubState(store.db) !== null && readHubToken(store.dataDir) !== null;

  function clear(): void {
    cancel?.();
    cancel = null;
    nextAt = null;
  }

  function schedule(ms: number): void {
    clear();
    // The Sync screen and the sidebar say what automatic sync does next.
    store.changes.announce({ hub: true });
    if (!automatic || paused) return;
    nextAt = timers.now() + ms;
    cancel = timers.after(ms, () => {
      cancel = null;
      nextAt = null;
      // Not enrolled (yet): nothing to do until enrolling calls enrolled().
      if (enrolled()) void run().catch(() => undefined);
    });
  }

  /** Every sync, automatic or not, goes through here, so the schedule follows the last outcome. */
  async function run(): Promise<HubSyncResult> {
    while (running) await running.catch(() => undefined);
    const attempt = sync(store);
    running = attempt;
    store.changes.announce({ hub: true });
    try {
      const result = await attempt;
      failures = 0;
      paused = false;
      return result;
    } catch (err) {
      const code = err instanceof AppError ? err.code : 'internal';
      if (isPassingFailure(code)) failures += 1;
      else paused = true;
      throw err;
    } finally {
      running = null;
      schedule(nextAutoSyncDelay(failures, timers.random()));
    }
  }

  return {
    syncNow: () => {
      // A person pressing "sync now" has acted on whatever paused it.
      paused = false;
      return run();
    },
    startAutomatic() {
      automatic = true;
      this.enrolled();
    },
    stopAutomatic() {
      automatic = false;
      clear();
    },
    enrolled() {
      paused = false;
      failures = 0;
      schedule(AUTO_SYNC_START_MS);
    },
    state: () => {
      const on = automatic && enrolled();
      return { automatic: !on ? 'off' : paused ? 'paused' : 'on', syncing: running !== null, nextSyncAt: on ? nextAt : null, failuresInARow: failures };
    },
  };
}
