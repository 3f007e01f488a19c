// A form that saves itself while it is edited (a cycle's or plan's fields,
// an observation's feedback): what was typed is kept here at once, and sent
// (the whole draft, by `send`) once typing pauses, at once for a choice, on
// leaving a field and when the screen goes (see useAutosave). A refused save
// keeps the draft and says why. Every save carries what the screen saw (the
// draft as it was loaded or last saved), so the backend writes only the
// fields changed here and never reverts another device's edit of the others
// (db/apply.ts, RowChange.seen). A save may have found a field edited on two
// devices, so the list of those is read again after it. When the screen reads
// the record again (another device's edit arrived), the fields not being
// edited here show the new values; a field being edited keeps what is typed,
// and its save is then an edit over what the screen saw.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useStoreApi } from '../appContext.js';
import { useAutosave } from './useAutosave.js';

/** Lists and groups of fields are compared by what they hold. */
function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));
}

/** Field by field: typing a field back to what was stored leaves nothing to save. */
function sameFields<T extends object>(a: T, b: T): boolean {
  return Object.keys(a).every((key) => sameValue(a[key as keyof T], b[key as keyof T]));
}

export function useSavedDraft<T extends object>(initial: T, send: (value: T, seen: T) => Promise<void>) {
  const conflicts = useStoreApi('conflicts');
  const [value, setValue] = useState(initial);
  const latest = useRef(initial);
  const stored = useRef(initial);
  const loaded = useRef(initial);
  const { state, error, flush, changed } = useAutosave(
    async () => {
      const next = latest.current;
      await send(next, stored.current);
      stored.current = next;
      void conflicts.getState().load();
    },
    () => !sameFields(latest.current, stored.current),
  );

  useEffect(() => {
    if (sameFields(initial, loaded.current)) return;
    // A field still as the last read showed it was not touched here: it shows what the new read brought.
    // (A field edited here may come back from its own save in another form, trimmed or without an empty line: it keeps the draft's.)
    const before = loaded.current;
    const adopted: Partial<T> = {};
    for (const key of Object.keys(initial) as (keyof T)[]) {
      if (sameValue(latest.current[key], before[key])) adopted[key] = initial[key];
    }
    stored.current = { ...stored.current, ...adopted };
    latest.current = { ...latest.current, ...adopted };
    loaded.current = initial;
    setValue(latest.current);
  }, [initial]);

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
