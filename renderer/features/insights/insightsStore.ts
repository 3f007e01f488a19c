// What Insights is showing: the filter and the figure cell being drilled
// into. Kept in a store, not in the screen, so that opening an observation's
// report from the drill-down and coming back finds the dashboard as it was.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { InsightFilterSchema, type InsightFilterValue } from '../../../shared/insights/schemas.js';
import type { DrillTarget } from './drillTargets.js';

export interface InsightsState {
  filter: InsightFilterValue;
  /** The figure cell whose observations are listed, or null. */
  drill: DrillTarget | null;
  /** Change part of the filter; what was drilled into no longer matches it, so it closes. */
  setFilter(patch: Partial<InsightFilterValue>): void;
  openDrill(target: DrillTarget): void;
  closeDrill(): void;
}

export type InsightsStore = StoreApi<InsightsState>;

export function createInsightsStore(): InsightsStore {
  return createStore<InsightsState>()((set) => ({
    filter: InsightFilterSchema.parse({}),
    drill: null,
    setFilter(patch) {
      set((s) => ({ filter: { ...s.filter, ...patch }, drill: null }));
    },
    openDrill(drill) {
      set({ drill });
    },
    closeDrill() {
      set({ drill: null });
    },
  }));
}
