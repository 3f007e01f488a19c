// The people of the directory, filtered by school, role and archived state.
// Filtering happens in the backend (listPeople takes the same filters), so the
// list on screen is exactly what the database answers.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, MethodInput } from '../../../shared/contract.js';
import type { Person, Role } from '../../../shared/domain.js';
import { archivableList, type ArchivableListState } from './archivableList.js';

export type PersonDraft = MethodInput<'savePerson'>;

export interface PeopleFilter {
  schoolId: string | null;
  role: Role | null;
  includeArchived: boolean;
}

export type PeopleState = ArchivableListState<'people', Person, PersonDraft> & {
  filter: PeopleFilter;
  /** Filters change quickly (a select, a checkbox); each change reloads the list. */
  setFilter(patch: Partial<PeopleFilter>): Promise<void>;
};

export type PeopleStore = StoreApi<PeopleState>;

export function createPeopleStore(api: Api): PeopleStore {
  const listWithFilter = (filter: PeopleFilter) =>
    api.listPeople({
      includeArchived: filter.includeArchived,
      ...(filter.schoolId ? { schoolId: filter.schoolId } : {}),
      ...(filter.role ? { role: filter.role } : {}),
    });
  return createStore<PeopleState>()((set, get) => ({
    ...archivableList(
      'people',
      {
        list: () => listWithFilter(get().filter),
        save: (draft: PersonDraft) => api.savePerson(draft),
        setArchived: (input) => api.setPersonArchived(input),
      },
      set,
      get,
    ),
    filter: { schoolId: null, role: null, includeArchived: false },
    async setFilter(patch) {
      set({ filter: { ...get().filter, ...patch } });
      await get().load();
    },
  }));
}
