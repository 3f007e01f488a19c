// When this device next syncs with its hub on its own. After a sync that went
// through, again in a minute (so new work reaches the district soon, and a
// pull is one small request when there is nothing new). After a failure that
// time can mend (no network, the hub down or busy), back off: 15 s, 30 s,
// 1 min, ... up to 15 min, each spread by ±20% so a school's laptops coming
// back on the network together do not all knock at once. After a refusal
// that needs a person (access withdrawn, the clock wrong, out of scope),
// stop trying until that person acts: retrying cannot succeed.
import type { ErrorCode } from '../errors.js';

export const AUTO_SYNC_INTERVAL_MS = 60_000;
export const AUTO_SYNC_FIRST_RETRY_MS = 15_000;
export const AUTO_SYNC_MAX_RETRY_MS = 15 * 60_000;
/** Soon after the app opens (or the device enrols), but not in the middle of drawing the first screen. */
export const AUTO_SYNC_START_MS = 3_000;

/** Failures a later attempt may get past on its own. */
const PASSING: readonly ErrorCode[] = ['hub_unreachable', 'internal'];

export function isPassingFailure(code: ErrorCode): boolean {
  return PASSING.includes(code);
}

/**
 * Milliseconds until the next automatic sync, after `failures` failures in a
 * row (0: the last sync went through). `jitter` is a random number in [0, 1).
 */
export function nextAutoSyncDelay(failures: number, jitter: number): number {
  if (failures === 0) return AUTO_SYNC_INTERVAL_MS;
  const base = Math.min(AUTO_SYNC_MAX_RETRY_MS, AUTO_SYNC_FIRST_RETRY_MS * 2 ** (failures - 1));
  return Math.round(base * (0.8 + 0.4 * jitter));
}
