// This device's standing with its hub, for the Sync screen and `hub-sync`.
import type { AutoSyncState, HubStatus } from '../../shared/sync/hub.js';
import type { Store } from '../store.js';
import { readHubState, readHubToken } from './state.js';

// "+node": count from the sent-up-to sequence number on (few rows), not through this node's index.
export function hubStatus(store: Store, auto: AutoSyncState): HubStatus {
  const state = readHubState(store.db);
  const pendingOps = Number(store.db.prepare('SELECT count(*) FROM ops WHERE +node = ? AND seq > ?').pluck().get(store.nodeId, state?.pushedSeq ?? 0));
  return {
    hubUrl: state?.url ?? null,
    enrolled: state !== null && readHubToken(store.dataDir) !== null,
    districtName: state?.districtName ?? '',
    userName: state?.userName ?? '',
    role: state?.role ?? '',
    lastSyncAt: state?.lastSyncAt ?? null,
    pendingOps,
    lastError: state?.lastError ?? null,
    auto,
  };
}
