// One place the components take their Api and stores from. The stores are
// made per app instance (not module singletons), so each test renders an app
// on its own backend with nothing left over from the test before it.
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { Api } from '../shared/contract.js';
import { CONFLICTS, touches } from '../shared/sync/dataChange.js';
import { NO_DATA_CHANGES, type DataChanges } from './dataChanges.js';
import type { HostConnection } from './hostConnection.js';
import { createNavigationStore, type NavigationStore } from './features/shell/navigationStore.js';
import type { SectionId } from './features/shell/sections.js';
import { createConflictsStore, type ConflictsStore } from './features/shell/conflictsStore.js';
import { createSettingsStore, type SettingsStore } from './features/settings/settingsStore.js';
import { createSchoolsStore, type SchoolsStore } from './features/directory/schoolsStore.js';
import { createPeopleStore, type PeopleStore } from './features/directory/peopleStore.js';
import { createRubricsStore, type RubricsStore } from './features/rubrics/rubricsStore.js';
import { createObserveStore, type ObserveStore } from './features/observe/observeStore.js';
import { createCalibrateStore, type CalibrateStore } from './features/calibrate/calibrateStore.js';
import { createInsightsStore, type InsightsStore } from './features/insights/insightsStore.js';
import { createLessonStudyStore, type LessonStudyStore } from './features/lessonStudy/lessonStudyStore.js';
import { createHubStore, type HubStore } from './features/sync/hubStore.js';

export interface AppStores {
  navigation: NavigationStore;
  conflicts: ConflictsStore;
  settings: SettingsStore;
  schools: SchoolsStore;
  people: PeopleStore;
  rubrics: RubricsStore;
  observe: ObserveStore;
  calibrate: CalibrateStore;
  insights: InsightsStore;
  lessonStudy: LessonStudyStore;
  hub: HubStore;
}

export function createAppStores(api: Api): AppStores {
  const schools = createSchoolsStore(api);
  const people = createPeopleStore(api);
  // The directory is on screen beside the conflict banner and in most forms:
  // it reloads when a conflict's choice or a sync changed its rows.
  const reloadDirectory = () => {
    void schools.getState().load();
    void people.getState().load();
  };
  const conflicts = createConflictsStore(api, reloadDirectory);
  const hub = createHubStore(api, () => {
    void conflicts.getState().load();
    reloadDirectory();
  });
  const rubrics = createRubricsStore(api);
  const observe = createObserveStore(api);
  const calibrate = createCalibrateStore();
  const lessonStudy = createLessonStudyStore();
  // Each section that remembers a screen inside it, and its home. Insights is
  // not here: its drill-down is a list on its one screen, kept on purpose.
  const sectionHomes: Partial<Record<SectionId, () => void>> = {
    observe: () => observe.getState().backHome(),
    calibrate: () => calibrate.getState().open({ kind: 'home' }),
    'lesson-study': () => lessonStudy.getState().open({ kind: 'home' }),
    rubrics: () => rubrics.getState().show({ kind: 'library' }),
  };
  return {
    navigation: createNavigationStore((section) => sectionHomes[section]?.()),
    conflicts,
    settings: createSettingsStore(api),
    schools,
    people,
    rubrics,
    observe,
    calibrate,
    insights: createInsightsStore(api),
    lessonStudy,
    hub,
  };
}

/**
 * What the shell announces, for the lists every screen shares (screens follow
 * what they show with useDataChanges). Returns the function that stops.
 */
function followDataChanges(stores: AppStores, changes: DataChanges): () => void {
  const { conflicts, schools, people, hub } = stores;
  let hubRefresh: ReturnType<typeof setTimeout> | null = null;
  const stop = changes.subscribe((change) => {
    if (touches(change, [CONFLICTS])) void conflicts.getState().load();
    if (touches(change, ['schools'])) void schools.getState().load();
    if (touches(change, ['people'])) void people.getState().load();
    // A sync began or ended (at once), or edits added to what waits to be sent (once a second at most, while typing).
    if (hubRefresh !== null && !change.hub) return;
    if (hubRefresh !== null) clearTimeout(hubRefresh);
    hubRefresh = setTimeout(
      () => {
        hubRefresh = null;
        void hub.getState().refresh();
      },
      change.hub ? 0 : 1000,
    );
  });
  return () => {
    stop();
    if (hubRefresh !== null) clearTimeout(hubRefresh);
  };
}

interface AppContextValue {
  api: Api;
  changes: DataChanges;
  /** The browser host's key in this tab and what the host made of it; none in Electron and in tests on a backend. */
  connection: HostConnection | null;
  stores: AppStores;
}

const AppContext = createContext<AppContextValue | null>(null);

/** Give the app its Api, the store's announcements and the host connection (the real transport in main.tsx, a test backend in tests). */
export function ApiProvider({ api, changes = NO_DATA_CHANGES, connection = null, children }: { api: Api; changes?: DataChanges; connection?: HostConnection | null; children: ReactNode }) {
  const [value] = useState<AppContextValue>(() => ({ api, changes, connection, stores: createAppStores(api) }));
  useEffect(() => followDataChanges(value.stores, value.changes), [value]);
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('Fieldbook components must be rendered inside <ApiProvider>.');
  return value;
}

export function useApi(): Api {
  return useAppContext().api;
}

/** The browser host's connection, or null where there is none to watch (Electron, tests on a backend). */
export function useHostConnection(): HostConnection | null {
  return useAppContext().connection;
}

/** Calls `onChange` whenever the store announces a change to one of `tables`, while the component is on screen. */
export function useDataChanges(tables: readonly string[], onChange: () => void): void {
  const { changes } = useAppContext();
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  const key = tables.join(',');
  useEffect(
    () => changes.subscribe((change) => touches(change, key.split(',')) && latest.current()),
    [changes, key],
  );
}

type StateOf<S> = S extends StoreApi<infer T> ? T : never;

/** Read one store of the app: useAppStore('people', (s) => s.people). */
export function useAppStore<K extends keyof AppStores, T>(key: K, selector: (state: StateOf<AppStores[K]>) => T): T {
  const store = useAppContext().stores[key] as unknown as StoreApi<StateOf<AppStores[K]>>;
  return useStore<StoreApi<StateOf<AppStores[K]>>, T>(store, selector);
}

/** The store object itself, for calling actions from event handlers. */
export function useStoreApi<K extends keyof AppStores>(key: K): AppStores[K] {
  return useAppContext().stores[key];
}
