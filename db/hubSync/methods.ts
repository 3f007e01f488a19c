// The hub in the backend (db/backend.ts spreads these in): status, enrol, sync now.
import type { Backend } from '../backend.js';
import type { Store } from '../store.js';
import { enrolWithHub } from './enrol.js';
import { hubStatus } from './status.js';
import type { HubSyncer } from './syncer.js';

export function hubMethods(store: Store, syncer: HubSyncer): Pick<Backend, 'getHubStatus' | 'enrolWithHub' | 'syncWithHub'> {
  return {
    getHubStatus: () => hubStatus(store, syncer.state()),
    enrolWithHub: async ({ hubUrl, code }) => {
      await enrolWithHub(store, hubUrl, code);
      syncer.enrolled();
      return hubStatus(store, syncer.state());
    },
    syncWithHub: () => syncer.syncNow(),
  };
}
