// A part of a cycle or plan that saves itself while it is edited: what was
// typed is kept here at once, and sent (the whole draft, by `send`) once
// typing pauses, at once for a choice, on leaving a field (flush) and when the
// screen goes (see useAutosave). A refused save keeps the draft and says why.
import { useCallback, useRef, useState } from 'react';
import { useAutosave } from '../../ui/useAutosave.js';

export function useDraft<T extends object>(initial: T, send: (value: T) => Promise<void>) {
  const [value, setValue] = useState(initial);
  const latest = useRef(initial);
  const stored = useRef(initial);
  const { state, error, flush, changed } = useAutosave(
    async () => {
      const next = latest.current;
      await send(next);
      stored.current = next;
    },
    () => latest.current !== stored.current,
  );

  /** `typed`: text being written, saved once typing pauses; anything else is saved at once. */
  const change = useCallback(
    (patch: Partial<T>, typed = true) => {
      latest.current = { ...latest.current, ...patch };
      setValue(latest.current);
      changed(typed ? 'after_pause' : 'now');
    },
    [changed],
  );

  /** Save now, keeping a refusal on screen rather than throwing it. */
  const save = useCallback(() => void flush().catch(() => undefined), [flush]);

  return { value, change, state, error, save };
}
