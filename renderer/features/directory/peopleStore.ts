// The people of the directory, filtered by school, role and archived state.
// Filtering happens in the backend (listPeople takes the same filters), so the
// list on screen is exactly what the database answers.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, MethodInput } from '../../../shared/contract.js';
import type { Person, Role } from '../../../shared/domain.js';
import { messageOf } from '../../ui/errorMessage.js';

export type PersonDraft = MethodInput<'savePerson'>;

export interface PeopleFilter {
  schoolId: string | null;
  role: Role | null;
  includeArchived: boolean;
}

export interface PeopleState {
  people: Person[];
  filter: PeopleFilter;
  loaded: boolean;
  loadError: string | null;
  load(): Promise<void>;
  setFilter(patch: Partial<PeopleFilter>): Promise<void>;
  /** Create or edit; throws the backend's error so the form can show it. */
  save(draft: PersonDraft): Promise<Person>;
  setArchived(id: string, archived: boolean): Promise<Person>;
}

export type PeopleStore = StoreApi<PeopleState>;

export function createPeopleStore(api: Api): PeopleStore {
  let latestLoad = 0;
  return createStore<PeopleState>()((set, get) => ({
    people: [],
    filter: { schoolId: null, role: null, includeArchived: false },
    loaded: false,
    loadError: null,
    async load() {
      // Filters change quickly (a select, a checkbox): only the newest
      // request may write the list.
      const ticket = ++latestLoad;
      const { schoolId, role, includeArchived } = get().filter;
      try {
        const people = await api.listPeople({
          includeArchived,
          ...(schoolId ? { schoolId } : {}),
          ...(role ? { role } : {}),
        });
        if (ticket === latestLoad) set({ people, loaded: true, loadError: null });
      } catch (error) {
        if (ticket === latestLoad) set({ loaded: true, loadError: messageOf(error) });
      }
    },
    async setFilter(patch) {
      set({ filter: { ...get().filter, ...patch } });
      await get().load();
    },
    async save(draft) {
      const person = await api.savePerson(draft);
      await get().load();
      return person;
    },
    async setArchived(id, archived) {
      const person = await api.setPersonArchived({ id, archived });
      await get().load();
      return person;
    },
  }));
}
