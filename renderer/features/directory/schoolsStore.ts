// The schools of the directory. All of them are loaded, archived ones too:
// the list is small (a district has dozens, not thousands), and the people
// screen needs archived schools' names for people who still belong to one.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, MethodInput } from '../../../shared/contract.js';
import type { School } from '../../../shared/domain.js';
import { archivableList, type ArchivableListState } from './archivableList.js';

export type SchoolDraft = MethodInput<'saveSchool'>;

/** `schools`: every school, archived included, by name (the backend's order). */
export type SchoolsState = ArchivableListState<'schools', School, SchoolDraft> & {
  /** Whether the list shows archived schools too (they are always loaded). */
  showArchived: boolean;
  setShowArchived(show: boolean): void;
};

export type SchoolsStore = StoreApi<SchoolsState>;

export function createSchoolsStore(api: Api): SchoolsStore {
  return createStore<SchoolsState>()((set, get) => ({
    ...archivableList(
      'schools',
      {
        list: () => api.listSchools({ includeArchived: true }),
        save: (draft: SchoolDraft) => api.saveSchool(draft),
        setArchived: (input) => api.setSchoolArchived(input),
      },
      set,
      get,
    ),
    showArchived: false,
    setShowArchived(showArchived) {
      set({ showArchived });
    },
  }));
}
