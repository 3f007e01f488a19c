// Which Lesson study screen is showing: the home (teams, cycles, search) or one
// cycle on one of its tabs. Kept in a store so other sections can open a cycle
// (the research lesson's capture screen links back to it) and so a notice
// ("Plan version 2 made from 3 revisions") reaches the screen that opens next.
import { createStore, type StoreApi } from 'zustand/vanilla';

export const CYCLE_TABS = ['overview', 'study', 'plan', 'students', 'lesson', 'discussion', 'lite', 'measures', 'report'] as const;
export type CycleTab = (typeof CYCLE_TABS)[number];

export type LessonStudyScreen = { kind: 'home' } | { kind: 'cycle'; cycleId: string; tab: CycleTab };

export interface LessonStudyState {
  screen: LessonStudyScreen;
  /** A sentence for the status region of the screen that opens next. */
  notice: string | null;
  open(screen: LessonStudyScreen, notice?: string | null): void;
}

export type LessonStudyStore = StoreApi<LessonStudyState>;

export function createLessonStudyStore(): LessonStudyStore {
  return createStore<LessonStudyState>()((set) => ({
    screen: { kind: 'home' },
    notice: null,
    open(screen, notice = null) {
      set({ screen, notice });
    },
  }));
}
