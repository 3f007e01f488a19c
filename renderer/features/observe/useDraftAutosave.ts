// Keeps the half-typed note on the device while it is typed, so a crash loses
// at most the last 300 ms. Sends at most one save per 300 ms (the latest text
// when the window closes), and whatever is still waiting when the screen goes.
import { useEffect, useRef } from 'react';
import { NOTE_MAX_CHARS } from '../../../shared/observation.js';
import { useApi } from '../../appContext.js';

const INTERVAL_MS = 300;

export function useDraftAutosave(observationId: string, text: string, enabled: boolean): void {
  const api = useApi();
  const latest = useRef(text);
  const sent = useRef<string | null>(null);
  const seeded = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const send = useRef(() => undefined as void);

  useEffect(() => {
    send.current = () => {
      timer.current = null;
      const value = latest.current;
      // Too long to keep: the composer says so, and the last fitting draft stays stored.
      if (value === sent.current || value.length > NOTE_MAX_CHARS) return;
      sent.current = value;
      void api.saveNoteDraft({ observationId, text: value }).catch(() => {
        sent.current = null;
      });
    };
  }, [api, observationId]);

  useEffect(() => {
    latest.current = text;
    if (!enabled) return;
    // The first text seen is what was restored: no need to save it back.
    if (!seeded.current) {
      seeded.current = true;
      sent.current = text;
      return;
    }
    if (timer.current === null) timer.current = setTimeout(() => send.current(), INTERVAL_MS);
  }, [text, enabled]);

  useEffect(
    () => () => {
      if (timer.current !== null) {
        clearTimeout(timer.current);
        send.current();
      }
    },
    [],
  );
}
