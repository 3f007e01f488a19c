// Fields that were edited on two devices at once. The backend keeps both
// values; the app's job is to make sure a person sees them rather than having
// one silently win.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../shared/contract.js';
import type { Conflict, ConflictChoice } from '../../../shared/domain.js';
import { messageOf } from '../../ui/errorMessage.js';

export interface ConflictsState {
  conflicts: Conflict[];
  error: string | null;
  load(): Promise<void>;
  /** Keeps the shown value or uses the other device's; throws the backend's error so the banner can show it. */
  resolve(id: number, keep: ConflictChoice): Promise<void>;
}

export type ConflictsStore = StoreApi<ConflictsState>;

/** `onResolved`: a choice changed a field, so lists on screen reload. */
export function createConflictsStore(api: Api, onResolved: () => void): ConflictsStore {
  return createStore<ConflictsState>()((set, get) => ({
    conflicts: [],
    error: null,
    async load() {
      try {
        set({ conflicts: await api.listConflicts({}), error: null });
      } catch (error) {
        set({ error: messageOf(error) });
      }
    },
    async resolve(id, keep) {
      await api.resolveConflict({ id, keep });
      set({ conflicts: get().conflicts.filter((c) => c.id !== id) });
      onResolved();
    },
  }));
}
