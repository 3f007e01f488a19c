// Opening an observation from any list (recent, history, a note found by
// search) goes where its status says: a submitted one to its report, a draft
// to capture, and a scheduled visit begins (a draft with its timer running)
// and then captures. One rule, so every list behaves the same.
import { useCallback, useState } from 'react';
import type { ObservationStatus } from '../../../shared/observation.js';
import { useApi, useStoreApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';

export interface OpenObservation {
  /** Without a status (a search hit knows only the id), the observation is read first. */
  open(id: string, status?: ObservationStatus): Promise<void>;
  error: string | null;
}

export function useOpenObservation(): OpenObservation {
  const api = useApi();
  const observe = useStoreApi('observe');
  const [error, setError] = useState<string | null>(null);

  const open = useCallback(
    async (id: string, known?: ObservationStatus) => {
      try {
        const status = known ?? (await api.getObservation({ id })).observation.status;
        if (status === 'submitted') return observe.getState().openReport(id);
        if (status === 'scheduled') await api.beginObservation({ id });
        observe.getState().openCapture(id);
      } catch (err) {
        setError(messageOf(err));
      }
    },
    [api, observe],
  );
  return { open, error };
}
