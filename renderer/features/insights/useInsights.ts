// The dashboard's figures for the filter. The last figures stay on screen
// while a new filter loads (no flash of empty charts), and `busy` says the
// figures on screen are not yet the ones for this filter.
import type { Insights, InsightFilterValue } from '../../../shared/insights/schemas.js';
import { useStoreApi } from '../../appContext.js';
import { useLoaded } from '../../ui/useLoaded.js';

export interface LoadedInsights {
  data: Insights | null;
  error: string | null;
  busy: boolean;
}

export function useInsights(filter: InsightFilterValue): LoadedInsights {
  const insights = useStoreApi('insights');
  const key = JSON.stringify(filter);
  const loaded = useLoaded(async () => ({ key, insights: await insights.getState().figures() }), key);
  return { data: loaded.data?.insights ?? null, error: loaded.error, busy: loaded.error === null && loaded.data?.key !== key };
}
