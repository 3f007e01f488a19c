// The persisted hybrid logical clock. Callers read and advance it inside the
// transaction that writes the ops, so the clock and the data commit together.
import { formatHlc, parseHlc, receive, tick, type HlcState } from '../shared/hlc.js';
import { getMeta, setMeta } from './meta.js';
import type { Db } from './sqlite.js';

export function loadClock(db: Db, nodeId: string): HlcState {
  const saved = getMeta(db, 'hlc');
  const parsed = saved ? parseHlc(saved) : null;
  // The node id may have changed (a copied file): keep the time, take the new id.
  return parsed ? { ms: parsed.ms, counter: parsed.counter, node: nodeId } : { ms: 0, counter: 0, node: nodeId };
}

export function saveClock(db: Db, state: HlcState): void {
  setMeta(db, 'hlc', formatHlc(state));
}

export function localTick(db: Db, nodeId: string, now: number): string {
  const next = tick(loadClock(db, nodeId), now);
  saveClock(db, next);
  return formatHlc(next);
}

/** Moves the clock past the latest remote timestamp; throws ClockDriftError if it is too far ahead. */
export function observeRemote(db: Db, nodeId: string, remoteHlc: string, now: number): void {
  const remote = parseHlc(remoteHlc);
  if (!remote) return;
  saveClock(db, receive(loadClock(db, nodeId), remote, now));
}
