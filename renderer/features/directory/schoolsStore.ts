// The schools of the directory. All of them are loaded, archived ones too:
// the list is small (a district has dozens, not thousands), and the people
// screen needs archived schools' names for people who still belong to one.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, MethodInput } from '../../../shared/contract.js';
import type { School } from '../../../shared/domain.js';
import { messageOf } from '../../ui/errorMessage.js';

export type SchoolDraft = MethodInput<'saveSchool'>;

export interface SchoolsState {
  /** Every school, archived included, by name (the backend's order). */
  schools: School[];
  /** Whether the list shows archived schools too (they are always loaded). */
  showArchived: boolean;
  loaded: boolean;
  loadError: string | null;
  load(): Promise<void>;
  setShowArchived(show: boolean): void;
  /** Create or edit; throws the backend's error so the form can show it. */
  save(draft: SchoolDraft): Promise<School>;
  setArchived(id: string, archived: boolean): Promise<School>;
}

export type SchoolsStore = StoreApi<SchoolsState>;

export function createSchoolsStore(api: Api): SchoolsStore {
  let latestLoad = 0;
  return createStore<SchoolsState>()((set, get) => ({
    schools: [],
    showArchived: false,
    loaded: false,
    loadError: null,
    async load() {
      // Only the newest request may write the list, so a slow reply to an
      // older one cannot bring back a stale list.
      const ticket = ++latestLoad;
      try {
        const schools = await api.listSchools({ includeArchived: true });
        if (ticket === latestLoad) set({ schools, loaded: true, loadError: null });
      } catch (error) {
        if (ticket === latestLoad) set({ loaded: true, loadError: messageOf(error) });
      }
    },
    setShowArchived(showArchived) {
      set({ showArchived });
    },
    async save(draft) {
      const school = await api.saveSchool(draft);
      await get().load();
      return school;
    },
    async setArchived(id, archived) {
      const school = await api.setSchoolArchived({ id, archived });
      await get().load();
      return school;
    },
  }));
}
