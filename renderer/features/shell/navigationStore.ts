// Which section is on screen. The URL hash mirrors it (#/people) so that a
// reload or the browser's Back button lands where the person was; the store
// stays the one source the components read.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { secretInHash } from '../../hostConnection.js';
import { HOME_SECTION, hashOf, sectionFromHash, type SectionId } from './sections.js';

export interface NavigationState {
  section: SectionId;
  /** How many times a section's home was asked for (goHome), so the shell moves focus to it even when the section stays the same. */
  homeVisits: number;
  /** Go to a section and record it in the history (Back returns); a screen inside it that the section remembers stays. */
  go(section: SectionId): void;
  /** Go to a section's home, whatever screen inside it was open (a teacher's history, a round, a cycle…): the sidebar's links. */
  goHome(section: SectionId): void;
  /** Follow the URL after Back/Forward or a typed address. */
  syncFromLocation(): void;
}

export type NavigationStore = StoreApi<NavigationState>;

/** `showHome`: puts a section's own store back on its home screen (appContext.tsx knows each section's store). */
export function createNavigationStore(showHome: (section: SectionId) => void = () => undefined): NavigationStore {
  return createStore<NavigationState>()((set, get) => ({
    section: sectionFromHash(window.location.hash) ?? HOME_SECTION,
    homeVisits: 0,
    go(section) {
      if (window.location.hash !== hashOf(section)) window.history.pushState(null, '', hashOf(section));
      if (get().section !== section) set({ section });
    },
    goHome(section) {
      showHome(section);
      get().go(section);
      set((s) => ({ homeVisits: s.homeVisits + 1 }));
    },
    syncFromLocation() {
      // An address with the host's key pasted into the open tab (after a restart) is not a move: api.ts takes the key and puts the address back.
      if (secretInHash(window.location.hash)) return;
      // No section in the address (the page as first opened) means home.
      const section = sectionFromHash(window.location.hash) ?? HOME_SECTION;
      if (section !== get().section) set({ section });
    },
  }));
}
