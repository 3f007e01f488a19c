// What the schools and people stores have in common: a list loaded from the
// backend, where only the newest request may write (so a slow reply to an
// older one cannot bring back a stale list), and save / archive calls that
// reload it so the screen shows exactly what the database now holds.
import { messageOf } from '../../ui/errorMessage.js';

/** The list under the store's own name for it (`schools`, `people`). */
export type NamedList<K extends string, R> = { [P in K]: R[] };

interface LoadStatus {
  loaded: boolean;
  loadError: string | null;
}

export type ArchivableListState<K extends string, R, D> = NamedList<K, R> &
  LoadStatus & {
  load(): Promise<void>;
  /** Create or edit; throws the backend's error so the form can show it. */
  save(draft: D): Promise<R>;
  setArchived(id: string, archived: boolean): Promise<R>;
};

/** The three backend calls a list needs (e.g. listSchools, saveSchool, setSchoolArchived). */
export interface ArchivableListBackend<R, D> {
  list(): Promise<R[]>;
  save(draft: D): Promise<R>;
  setArchived(input: { id: string; archived: boolean }): Promise<R>;
}

function namedList<K extends string, R>(key: K, records: R[]): NamedList<K, R> {
  // TypeScript widens a computed key to `string`; here it is K by construction.
  return { [key]: records } as NamedList<K, R>;
}

/** The shared part of a store's initial state; spread it into createStore's initializer. */
export function archivableList<K extends string, R, D>(
  key: K,
  backend: ArchivableListBackend<R, D>,
  /** The store's setState: a load writes the list and its status in one update. */
  set: (patch: LoadStatus | (NamedList<K, R> & LoadStatus)) => void,
  get: () => ArchivableListState<K, R, D>,
): ArchivableListState<K, R, D> {
  let latestLoad = 0;
  return {
    ...namedList(key, []),
    loaded: false,
    loadError: null,
    async load() {
      const ticket = ++latestLoad;
      try {
        const records = await backend.list();
        if (ticket === latestLoad) set({ ...namedList(key, records), loaded: true, loadError: null });
      } catch (error) {
        if (ticket === latestLoad) set({ loaded: true, loadError: messageOf(error) });
      }
    },
    async save(draft) {
      const saved = await backend.save(draft);
      await get().load();
      return saved;
    },
    async setArchived(id, archived) {
      const updated = await backend.setArchived({ id, archived });
      await get().load();
      return updated;
    },
  };
}
