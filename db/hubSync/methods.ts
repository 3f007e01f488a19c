// The hub in the backend (db/backend.ts spreads these in): status, enrol, sync now.
import type { Backend } from '../backend.js';
import type { Store } from '../store.js';
import { enrolWithHub } from './enrol.js';
import { hubStatus } from './status.js';
import { syncOnce } from './syncOnce.js';

export function hubMethods(store: Store): Pick<Backend, 'getHubStatus' | 'enrolWithHub' | 'syncWithHub'> {
  return {
    getHubStatus: () => hubStatus(store),
    enrolWithHub: async ({ hubUrl, code }) => {
      await enrolWithHub(store, hubUrl, code);
      return hubStatus(store);
    },
    syncWithHub: () => syncOnce(store),
  };
}
