// The hub's status in words, for the Sync screen and the one line in the
// sidebar: when it last synced, what is waiting, and what syncing on its own
// is doing (on, retrying, or paused until a person acts).
import { ROLE_LABELS, type Role } from '../../../shared/domain.js';
import type { HubStatus } from '../../../shared/sync/hub.js';
import { timeAgo, waitWords } from '../../ui/dates.js';

export function changesWords(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'change' : 'changes'}`;
}

export function roleWords(role: string): string {
  return ROLE_LABELS[role as Role] ?? role;
}

export function lastSyncWords(status: HubStatus, now: number): string {
  return status.lastSyncAt === null ? 'Not yet' : `${timeAgo(status.lastSyncAt, now)} (${new Date(status.lastSyncAt).toLocaleString('en-US')})`;
}

export function autoSyncWords(status: HubStatus, now: number): string {
  const { auto } = status;
  if (auto.syncing) return 'Syncing now…';
  if (auto.automatic === 'paused') return 'Paused: the hub refused for a reason only a person can put right (see above). Sync now once it is put right.';
  if (auto.automatic === 'off' || auto.nextSyncAt === null) return 'Off in this window: use Sync now.';
  const wait = waitWords(auto.nextSyncAt - now);
  return auto.failuresInARow > 0 ? `Trying again in ${wait} (${auto.failuresInARow} ${auto.failuresInARow === 1 ? 'try' : 'tries'} failed)` : `On: next sync in ${wait}`;
}

/** The sidebar's one line; null on a device not enrolled. */
export function hubSummary(status: HubStatus | null, now: number): string | null {
  if (!status?.enrolled) return null;
  if (status.auto.syncing) return 'Hub: syncing…';
  if (status.lastError) return status.pendingOps > 0 ? `Hub: not reached, ${changesWords(status.pendingOps)} waiting` : 'Hub: not reached';
  if (status.pendingOps > 0) return `Hub: ${changesWords(status.pendingOps)} waiting`;
  return status.lastSyncAt === null ? 'Hub: not synced yet' : `Hub: synced ${timeAgo(status.lastSyncAt, now)}`;
}
