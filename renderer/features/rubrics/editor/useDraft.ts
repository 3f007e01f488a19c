// Loading a draft, and keeping it saved: changes are saved 600 ms after the
// last one (typing does not send a request per keystroke), at once when a
// field loses focus or the editor closes, and always in order, one request at
// a time, so an older save can never land after a newer one.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RubricDraft } from '../../../../shared/rubric/records.js';
import { AppError } from '../../../../shared/errors.js';
import { useApi } from '../../../appContext.js';
import { messageOf } from '../../../ui/errorMessage.js';
import { readWorkingCopy, toContent, type WorkingRubric } from './workingCopy.js';

export const AUTOSAVE_DELAY_MS = 600;

export type SaveState = { kind: 'idle' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

export type DraftLoad = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; draft: RubricDraft };

export interface Draft {
  load: DraftLoad;
  working: WorkingRubric | null;
  saveState: SaveState;
  update(change: (working: WorkingRubric) => WorkingRubric): void;
  /** Saves anything not yet saved; true when everything is. */
  flush(): Promise<boolean>;
  /** Saves, then publishes; the published version number. Throws the backend's error. */
  publish(): Promise<number>;
  discard(): Promise<void>;
}

export function useDraft(id: string): Draft {
  const api = useApi();
  const [load, setLoad] = useState<DraftLoad>({ kind: 'loading' });
  const [working, setWorking] = useState<WorkingRubric | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  // Refs, not state: the save chain runs outside rendering and must see the newest copy.
  const latest = useRef<WorkingRubric | null>(null);
  const dirty = useRef(false);
  /** The last save's error sentence, or null when it went through. */
  const failed = useRef<string | null>(null);
  // Once published or discarded there is no draft left to save into.
  const closed = useRef(false);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let current = true;
    api.getRubricDraft({ id }).then(
      (draft) => {
        if (!current) return;
        const copy = readWorkingCopy(draft.content);
        latest.current = copy;
        setWorking(copy);
        setLoad({ kind: 'ready', draft });
      },
      (err: unknown) => current && setLoad({ kind: 'failed', message: messageOf(err) }),
    );
    return () => {
      current = false;
    };
  }, [api, id]);

  const saveIfDirty = useCallback(async () => {
    if (!dirty.current || closed.current || !latest.current) return;
    dirty.current = false;
    setSaveState({ kind: 'saving' });
    try {
      await api.saveRubricDraft({ id, content: toContent(latest.current) });
      failed.current = null;
      setSaveState(dirty.current ? { kind: 'pending' } : { kind: 'saved' });
    } catch (err) {
      // Still unsaved: the next change, blur or close tries again.
      dirty.current = true;
      failed.current = messageOf(err);
      setSaveState({ kind: 'failed', message: failed.current });
    }
  }, [api, id]);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = chain.current.then(saveIfDirty);
    chain.current = next;
    await next;
    return !dirty.current && failed.current === null;
  }, [saveIfDirty]);

  const update = useCallback(
    (change: (working: WorkingRubric) => WorkingRubric) => {
      if (!latest.current || closed.current) return;
      const next = change(latest.current);
      if (next === latest.current) return;
      latest.current = next;
      dirty.current = true;
      setWorking(next);
      setSaveState({ kind: 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  // Leaving the editor (closing it, moving to another screen) saves what is pending.
  useEffect(
    () => () => {
      void flush();
    },
    [flush],
  );

  const publish = useCallback(async () => {
    if (!(await flush())) throw new AppError('internal', `The draft could not be saved, so nothing was published. ${failed.current ?? ''}`.trim());
    const published = await api.publishRubricDraft({ id });
    closed.current = true;
    return published.version;
  }, [api, flush, id]);

  const discard = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    dirty.current = false;
    await chain.current;
    await api.discardRubricDraft({ id });
    closed.current = true;
  }, [api, id]);

  return { load, working, saveState, update, flush, publish, discard };
}
