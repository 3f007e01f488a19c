// Hybrid logical clock. A timestamp is a fixed-width string that sorts in
// causal order: 13 decimal digits of wall milliseconds, a 4-hex-digit counter
// and the node id, e.g. "1763884800000-0000-9f2c4a1b7d3e5f60". Fixed width lets
// SQLite compare timestamps as plain text.

export const NODE_ID_PATTERN = /^[0-9a-f]{16}$/;
const HLC_PATTERN = /^(\d{13})-([0-9a-f]{4})-([0-9a-f]{16})$/;
const MAX_COUNTER = 0xffff;

/**
 * Remote timestamps further ahead than this are refused. A day, because the
 * district hub accepts up to a day ahead: a device stricter than its hub would
 * refuse data the hub already took and stall sync for everyone.
 */
export const MAX_FORWARD_DRIFT_MS = 24 * 60 * 60 * 1000;

export interface HlcState {
  readonly ms: number;
  readonly counter: number;
  readonly node: string;
}

/**
 * A change dated too far ahead. `ownName`: the change carries this device's
 * own node id, so it is not another device's clock that is wrong: this one's
 * is, or the change was not made here.
 */
export class ClockDriftError extends Error {
  constructor(readonly remoteMs: number, readonly localMs: number, readonly ownName = false) {
    super(
      `Your clock is wrong, or ${ownName ? "the change is not this device's: a change made in this device's name" : "the other device's is: a change"} ` +
        `is dated ${new Date(remoteMs).toISOString()}, ` +
        `more than a day after this device's time (${new Date(localMs).toISOString()}). Set the correct date and time, then try again.`,
    );
    this.name = 'ClockDriftError';
  }
}

export function formatHlc(state: HlcState): string {
  return `${String(state.ms).padStart(13, '0')}-${state.counter.toString(16).padStart(4, '0')}-${state.node}`;
}

export function parseHlc(text: string): HlcState | null {
  const m = HLC_PATTERN.exec(text);
  if (!m) return null;
  return { ms: Number(m[1]), counter: parseInt(m[2]!, 16), node: m[3]! };
}

export function isHlc(text: string): boolean {
  return HLC_PATTERN.test(text);
}

/**
 * Advances the counter, or the milliseconds when the counter is full: a burst
 * of more than 65,536 events in one millisecond borrows time from the future
 * instead of throwing, and the wall clock catches up soon after.
 */
function bump(ms: number, counter: number): { ms: number; counter: number } {
  return counter >= MAX_COUNTER ? { ms: ms + 1, counter: 0 } : { ms, counter: counter + 1 };
}

/** The clock after a local event at wall time `now`. */
export function tick(state: HlcState, now: number): HlcState {
  if (now > state.ms) return { ms: now, counter: 0, node: state.node };
  return { ...bump(state.ms, state.counter), node: state.node };
}

/**
 * The clock after receiving a remote timestamp. Only forward drift is checked:
 * a remote clock that is behind is normal (a laptop that was offline for a week).
 */
export function receive(state: HlcState, remote: HlcState, now: number, maxDrift = MAX_FORWARD_DRIFT_MS): HlcState {
  if (remote.ms > now + maxDrift) throw new ClockDriftError(remote.ms, now, remote.node === state.node);
  const ms = Math.max(state.ms, remote.ms, now);
  if (ms === state.ms && ms === remote.ms) {
    return { ...bump(ms, Math.max(state.counter, remote.counter)), node: state.node };
  }
  if (ms === state.ms) return { ...bump(ms, state.counter), node: state.node };
  if (ms === remote.ms) return { ...bump(ms, remote.counter), node: state.node };
  return { ms, counter: 0, node: state.node };
}
