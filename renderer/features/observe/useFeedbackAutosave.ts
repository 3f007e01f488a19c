// The teacher-facing feedback as it is typed: kept in the page at once (so
// exports and print show it) and saved 600 ms after typing stops, on leaving
// a field, before submitting, and when the screen goes (see useSavedDraft).
import { useCallback } from 'react';
import type { Observation } from '../../../shared/observation.js';
import { useApi } from '../../appContext.js';
import { useSavedDraft } from '../../ui/useSavedDraft.js';

export type Feedback = Observation['feedback'];
export type FeedbackField = keyof Feedback;
export type { SaveState } from '../../ui/useAutosave.js';

export function useFeedbackAutosave(observationId: string, initial: Feedback) {
  const api = useApi();
  const draft = useSavedDraft(initial, async (next, seen) => {
    await api.saveFeedback({ id: observationId, ...next, seen });
  });
  const { change: changeDraft } = draft;
  const change = useCallback((field: FeedbackField, text: string) => changeDraft({ [field]: text }), [changeDraft]);
  return { value: draft.value, state: draft.state, error: draft.error, change, flush: draft.flush };
}
