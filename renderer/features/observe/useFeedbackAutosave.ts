// The teacher-facing feedback as it is typed: kept in the page at once (so
// exports and print show it) and saved 600 ms after typing stops, on leaving
// a field, before submitting, and when the screen goes (see useAutosave).
import { useCallback, useRef, useState } from 'react';
import type { Observation } from '../../../shared/observation.js';
import { useApi } from '../../appContext.js';
import { useAutosave } from '../../ui/useAutosave.js';

export type Feedback = Observation['feedback'];
export type FeedbackField = keyof Feedback;
export type { SaveState } from '../../ui/useAutosave.js';

const same = (a: Feedback, b: Feedback) => a.strengths === b.strengths && a.questions === b.questions && a.nextSteps === b.nextSteps;

export function useFeedbackAutosave(observationId: string, initial: Feedback) {
  const api = useApi();
  const [value, setValue] = useState(initial);
  const latest = useRef(initial);
  const stored = useRef(initial);
  const { state, error, flush, changed } = useAutosave(
    async () => {
      const next = latest.current;
      await api.saveFeedback({ id: observationId, ...next });
      stored.current = next;
    },
    () => !same(latest.current, stored.current),
  );

  const change = useCallback(
    (field: FeedbackField, text: string) => {
      latest.current = { ...latest.current, [field]: text };
      setValue(latest.current);
      changed();
    },
    [changed],
  );

  return { value, state, error, change, flush };
}
