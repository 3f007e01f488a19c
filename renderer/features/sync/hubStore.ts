// This device's standing with the district hub, for the Sync screen and the
// sidebar. The host syncs on its own and announces it (shared/sync/
// dataChange.ts), and the app asks for the status then; when it sees a sync
// it did not start, it reloads the conflicts, which arrive with other
// devices' changes.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../shared/contract.js';
import type { HubStatus, HubSyncResult } from '../../../shared/sync/hub.js';
import { messageOf } from '../../ui/errorMessage.js';

export interface HubState {
  status: HubStatus | null;
  error: string | null;
  refresh(): Promise<void>;
  /** Both throw the backend's sentence, for the form or button that asked. */
  enrol(hubUrl: string, code: string): Promise<void>;
  syncNow(): Promise<HubSyncResult>;
}

export type HubStore = StoreApi<HubState>;

export function createHubStore(api: Api, onSynced: () => void): HubStore {
  return createStore<HubState>()((set, get) => {
    const take = (status: HubStatus) => {
      const before = get().status;
      set({ status, error: null });
      if (before !== null && status.lastSyncAt !== before.lastSyncAt) onSynced();
    };
    return {
      status: null,
      error: null,
      async refresh() {
        try {
          take(await api.getHubStatus({}));
        } catch (error) {
          set({ error: messageOf(error) });
        }
      },
      async enrol(hubUrl, code) {
        take(await api.enrolWithHub({ hubUrl, code }));
      },
      async syncNow() {
        try {
          return await api.syncWithHub({});
        } finally {
          await get().refresh();
        }
      },
    };
  });
}
