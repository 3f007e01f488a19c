// What Insights is showing: the filter and the figure cell being drilled
// into. Kept in a store, not in the screen, so that opening an observation's
// report from the drill-down and coming back finds the dashboard as it was.
// The figures can be asked for as soon as the person heads for Insights, so
// the query runs while the screen's code is still loading.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../shared/contract.js';
import { InsightFilterSchema, type Insights, type InsightFilterValue } from '../../../shared/insights/schemas.js';
import type { DrillTarget } from './drillTargets.js';

export interface InsightsState {
  filter: InsightFilterValue;
  /** The figure cell whose observations are listed, or null. */
  drill: DrillTarget | null;
  /** Change part of the filter; what was drilled into no longer matches it, so it closes. */
  setFilter(patch: Partial<InsightFilterValue>): void;
  openDrill(target: DrillTarget): void;
  closeDrill(): void;
  /** Start loading the figures for the current filter, for the screen about to open. */
  prefetch(): void;
  /** The figures for the current filter: the prefetched ones if they are for it (once), else fresh. */
  figures(): Promise<Insights>;
}

export type InsightsStore = StoreApi<InsightsState>;

export function createInsightsStore(api: Api): InsightsStore {
  // Used once: figures asked for again later (another visit) must be fresh.
  let prefetched: { key: string; figures: Promise<Insights> } | null = null;
  return createStore<InsightsState>()((set, get) => ({
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
    prefetch() {
      const { filter } = get();
      const figures = api.getInsights(filter);
      // A prefetch nobody takes must not surface as an unhandled rejection; the screen asks again.
      figures.catch(() => undefined);
      prefetched = { key: JSON.stringify(filter), figures };
    },
    figures() {
      const { filter } = get();
      const ready = prefetched?.key === JSON.stringify(filter) ? prefetched.figures : null;
      prefetched = null;
      return ready ?? api.getInsights(filter);
    },
  }));
}
