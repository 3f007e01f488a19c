// Ops from outside this device (a bundle, a hub page) go through the one apply
// path like a local edit, with one rule more: only this device makes ops in
// its own node id. Its own ops coming back (the hub's snapshot sends a device
// its own ops; a bundle may relay them) are already in its log, so they change
// nothing. An op in its own id that it does not hold is one it never made, a
// forgery, and the whole input is refused; one dated more than a day after
// this device's clock is refused as the clock rule refuses any other author's
// (applyOps checks theirs), so it can neither pin a field for ever nor make
// the hub refuse this device's later pushes. A local edit (writeChanges) calls
// applyOps directly and pays nothing for this.
import { AppError } from '../shared/errors.js';
import { ClockDriftError, MAX_FORWARD_DRIFT_MS, parseHlc } from '../shared/hlc.js';
import { applyOps, type ApplyContext, type ApplyResult } from './apply.js';

export type RemoteSource = 'bundle' | 'hub';

const NEVER_MADE: Record<RemoteSource, string> = {
  bundle: "This bundle holds changes made in this device's name that this device never made, so it may have been forged. Nothing was imported.",
  hub: "The hub sent changes made in this device's name that this device never made, so they may have been forged; none of them was applied.",
};

/** Applies ops from outside this device; all or nothing, like applyOps. */
export function applyRemoteOps(ctx: ApplyContext, rawOps: readonly unknown[], from: RemoteSource): ApplyResult {
  return ctx.db.transaction((): ApplyResult => {
    const seqBefore = ctx.db.prepare('SELECT coalesce(max(seq), 0) FROM ops').pluck().get() as number;
    const result = applyOps(ctx, rawOps);
    // The ops just logged are the ones this device did not hold ("+node": walk
    // them by sequence, not the node index); any in its own id is refused.
    const latestOwn = result.applied === 0 ? null : (ctx.db.prepare('SELECT max(hlc) FROM ops WHERE seq > ? AND +node = ?').pluck().get(seqBefore, ctx.nodeId) as string | null);
    if (latestOwn !== null) {
      const ms = parseHlc(latestOwn)!.ms;
      const now = ctx.now();
      if (ms > now + MAX_FORWARD_DRIFT_MS) throw new AppError('clock_wrong', new ClockDriftError(ms, now, true).message);
      throw new AppError('invalid_input', NEVER_MADE[from]);
    }
    return result;
  })();
}
