// The saving half of a form that saves itself: `send` stores whatever is
// pending (the caller keeps what was typed, and says what is pending), a
// pause in typing or `flush` runs it, and saves run one after another so an
// older one never lands last. What is still pending when the screen goes is
// saved then. A refusal is kept as one sentence, and `flush` rejects with it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from './errorMessage.js';

/** 'changed': typed since the last save. */
export type SaveState = 'unchanged' | 'changed' | 'saving' | 'saved';

const DELAY_MS = 600;

export function useAutosave(send: () => Promise<void>, pending: () => boolean) {
  const [state, setState] = useState<SaveState>('unchanged');
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  // The latest closures, so flush stays one function for the screen's life.
  const calls = useRef({ send, pending });
  useEffect(() => {
    calls.current = { send, pending };
  });

  /** Saves what is pending now; rejects with the backend's refusal. */
  const flush = useCallback((): Promise<void> => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const run = queue.current
      .catch(() => undefined)
      .then(async () => {
        if (!calls.current.pending()) return;
        setState('saving');
        try {
          await calls.current.send();
        } catch (err) {
          setError(messageOf(err));
          setState('changed');
          throw err;
        }
        setError(null);
        setState(calls.current.pending() ? 'changed' : 'saved');
      });
    queue.current = run;
    return run;
  }, []);

  /** After a change: save once typing pauses, or at once (a choice, not typing). */
  const changed = useCallback(
    (when: 'after_pause' | 'now' = 'after_pause') => {
      setState('changed');
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      if (when === 'now') void flush().catch(() => undefined);
      else timer.current = setTimeout(() => void flush().catch(() => undefined), DELAY_MS);
    },
    [flush],
  );

  useEffect(
    () => () => {
      if (calls.current.pending()) void flush().catch(() => undefined);
    },
    [flush],
  );

  return { state, error, flush, changed };
}
