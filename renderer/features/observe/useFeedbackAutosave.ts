// The teacher-facing feedback as it is typed: kept in the page at once (so
// exports and print show it) and saved 600 ms after typing stops, on leaving
// a field, before submitting, and when the screen goes. Saves run one after
// another, each sending the latest text, so an older one never lands last.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Observation } from '../../../shared/observation.js';
import { useApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';

export type Feedback = Observation['feedback'];
export type FeedbackField = keyof Feedback;
/** 'changed': typed since the last save. */
export type SaveState = 'unchanged' | 'changed' | 'saving' | 'saved';

const DELAY_MS = 600;

const same = (a: Feedback, b: Feedback) => a.strengths === b.strengths && a.questions === b.questions && a.nextSteps === b.nextSteps;

export function useFeedbackAutosave(observationId: string, initial: Feedback) {
  const api = useApi();
  const [value, setValue] = useState(initial);
  const [state, setState] = useState<SaveState>('unchanged');
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(initial);
  const stored = useRef(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());

  /** Saves what is typed, if it differs from what is stored; rejects with the backend's refusal. */
  const flush = useCallback((): Promise<void> => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const run = queue.current
      .catch(() => undefined)
      .then(async () => {
        const next = latest.current;
        if (same(next, stored.current)) return;
        setState('saving');
        try {
          await api.saveFeedback({ id: observationId, ...next });
        } catch (err) {
          setError(messageOf(err));
          setState('changed');
          throw err;
        }
        stored.current = next;
        setError(null);
        setState(latest.current === next ? 'saved' : 'changed');
      });
    queue.current = run;
    return run;
  }, [api, observationId]);

  const change = useCallback(
    (field: FeedbackField, text: string) => {
      latest.current = { ...latest.current, [field]: text };
      setValue(latest.current);
      setState('changed');
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush().catch(() => undefined), DELAY_MS);
    },
    [flush],
  );

  const flushOnLeave = useRef(flush);
  useEffect(() => {
    flushOnLeave.current = flush;
  }, [flush]);
  useEffect(
    () => () => {
      if (timer.current !== null) void flushOnLeave.current().catch(() => undefined);
    },
    [],
  );

  return { value, state, error, change, flush };
}
