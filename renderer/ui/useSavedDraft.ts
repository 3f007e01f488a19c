// A form that saves itself while it is edited (a cycle's or plan's fields,
// an observation's feedback): what was typed is kept here at once, and sent
// (the whole draft, by `send`) once typing pauses, at once for a choice, on
// leaving a field and when the screen goes (see useAutosave). A refused save
// keeps the draft and says why.
import { useCallback, useRef, useState } from 'react';
import { useAutosave } from './useAutosave.js';

/** Field by field: typing a field back to what was stored leaves nothing to save. */
function sameFields<T extends object>(a: T, b: T): boolean {
  return Object.keys(a).every((key) => a[key as keyof T] === b[key as keyof T]);
}

export function useSavedDraft<T extends object>(initial: T, send: (value: T) => Promise<void>) {
  const [value, setValue] = useState(initial);
  const latest = useRef(initial);
  const stored = useRef(initial);
  const { state, error, flush, changed } = useAutosave(
    async () => {
      const next = latest.current;
      await send(next);
      stored.current = next;
    },
    () => !sameFields(latest.current, stored.current),
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

  /** `flush` saves now and rejects with a refusal, for a step that must not go on without the save. */
  return { value, change, state, error, save, flush };
}
