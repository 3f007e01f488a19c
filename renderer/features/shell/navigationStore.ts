// Which section is on screen. The URL hash mirrors it (#/people) so that a
// reload or the browser's Back button lands where the person was; the store
// stays the one source the components read.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { HOME_SECTION, hashOf, sectionFromHash, type SectionId } from './sections.js';

export interface NavigationState {
  section: SectionId;
  /** Go to a section and record it in the history (Back returns). */
  go(section: SectionId): void;
  /** Follow the URL after Back/Forward or a typed address. */
  syncFromLocation(): void;
}

export type NavigationStore = StoreApi<NavigationState>;

export function createNavigationStore(): NavigationStore {
  return createStore<NavigationState>()((set, get) => ({
    section: sectionFromHash(window.location.hash) ?? HOME_SECTION,
    go(section) {
      if (window.location.hash !== hashOf(section)) window.history.pushState(null, '', hashOf(section));
      if (get().section !== section) set({ section });
    },
    syncFromLocation() {
      // No section in the address (the page as first opened) means home.
      const section = sectionFromHash(window.location.hash) ?? HOME_SECTION;
      if (section !== get().section) set({ section });
    },
  }));
}
