// The state of one capture screen: the observation, its rubric, notes,
// episodes, scores, seating chart and attachments, and the actions a coach
// takes while watching a lesson. A note is listed the moment Enter is pressed
// (marked "saving"), then replaced by what the backend stored; the id is made
// here, so a retried save is the same note. Every other change goes through
// `change`: the backend's answer is applied, or its refusal shown.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { uuidv7 } from '../../../shared/ids.js';
import type { Episode, Note, ObservationDetail } from '../../../shared/observation.js';
import type { Rubric } from '../../../shared/rubric/format.js';
import { useApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { loadObservation } from './loadObservation.js';
import { timerReading } from '../../../shared/lessonClock.js';

export type ListedNote = Note & { pending?: boolean };

export interface CaptureData extends Omit<ObservationDetail, 'notes'> {
  rubric: Rubric;
  notes: ListedNote[];
}

export interface NoteToSave {
  text: string;
  dimensions: string[];
  tags: string[];
  /** The student on the seating chart the note is about. */
  studentId: string | null;
  /** In a research lesson, the plan step the note is about. */
  planStepId: string | null;
}

/** Runs one backend call; resolves with its answer, or null when refused (the screen shows why). */
export type Attempt = <T>(call: () => Promise<T>) => Promise<{ answer: T } | null>;
/** Runs one backend change and applies its answer to the screen; resolves true when stored, false when refused. */
export type Change = <T>(call: () => Promise<T>, apply: (data: CaptureData, answer: T) => CaptureData) => Promise<boolean>;

/** What the side panels change the observation with. */
export interface CaptureTools {
  attempt: Attempt;
  change: Change;
  update(change: (data: CaptureData) => CaptureData): void;
  setError(message: string | null): void;
}

function newestFirst(notes: ListedNote[]): ListedNote[] {
  return [...notes].sort((a, b) => b.atMs - a.atMs || b.createdAt - a.createdAt);
}

/** The episode under way: the one that started last. */
export function currentEpisode(episodes: Episode[]): Episode | null {
  return episodes.reduce<Episode | null>((last, e) => (last === null || e.startMs >= last.startMs ? e : last), null);
}

export function useCapture(id: string) {
  const api = useApi();
  const [data, setData] = useState<CaptureData | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    // Remembered so that a crash or a closed lid brings the coach back here.
    void api.setOpenObservation({ id }).catch(() => undefined);
    (async () => {
      const { detail, rubric } = await loadObservation(api, id);
      if (current) setData({ ...detail, rubric, notes: newestFirst(detail.notes) });
    })().catch((err: unknown) => current && setError(messageOf(err)));
    return () => {
      current = false;
    };
  }, [api, id]);

  const update = useCallback((change: (d: CaptureData) => CaptureData) => setData((d) => (d ? change(d) : d)), []);

  /** Shows a refusal; the observation is read again, since it may have been submitted elsewhere in the meantime. */
  const refused = useCallback(
    (err: unknown) => {
      setError(messageOf(err));
      api
        .getObservation({ id })
        .then((detail) => update((d) => ({ ...d, observation: detail.observation })))
        .catch(() => undefined);
    },
    [api, id, update],
  );

  // One change at a time, in the order the person made them: two calls in
  // flight at once (a level, then L to link a note) can reach the host in
  // either order, and the second was made against what the screen showed
  // before the first.
  const inOrder = useRef<Promise<unknown>>(Promise.resolve());
  const attempt: Attempt = useCallback(
    (call) => {
      const run = inOrder.current.then(async () => {
        try {
          const answer = await call();
          setError(null);
          return { answer };
        } catch (err) {
          refused(err);
          return null;
        }
      });
      inOrder.current = run;
      return run;
    },
    [refused],
  );

  const change: Change = useCallback(
    async (call, apply) => {
      const done = await attempt(call);
      if (done) update((d) => apply(d, done.answer));
      return done !== null;
    },
    [attempt, update],
  );

  /** Resolves true once stored; on refusal shows why and resolves false (the caller keeps the text). */
  const saveNote = useCallback(
    async (note: NoteToSave): Promise<boolean> => {
      if (!data) return false;
      const input = {
        ...note,
        id: uuidv7(),
        observationId: id,
        atMs: timerReading(data.observation.timer, Date.now()),
        episodeId: currentEpisode(data.episodes)?.id ?? null,
      };
      const pending: ListedNote = { ...input, createdAt: Date.now(), pending: true };
      update((d) => ({ ...d, notes: [pending, ...d.notes] }));
      const stored = await change(
        () => api.saveNote(input),
        (d, saved) => ({ ...d, notes: newestFirst(d.notes.map((n) => (n.id === saved.id ? saved : n))) }),
      );
      if (!stored) update((d) => ({ ...d, notes: d.notes.filter((n) => n.id !== pending.id) }));
      return stored;
    },
    [api, change, data, id, update],
  );

  const startEpisode = useCallback(
    async (typeId: string) => {
      if (!data) return;
      const atMs = timerReading(data.observation.timer, Date.now());
      await change(
        () => api.startEpisode({ observationId: id, typeId, atMs }),
        (d, episode) => ({ ...d, episodes: [...d.episodes, episode] }),
      );
    },
    [api, change, data, id],
  );

  const toggleTimer = useCallback(async () => {
    if (!data) return;
    const running = data.observation.timer.runningSince === null;
    await change(
      () => api.setObservationTimer({ id, running }),
      (d, observation) => ({ ...d, observation }),
    );
  }, [api, change, data, id]);

  const tools: CaptureTools = useMemo(() => ({ attempt, change, update, setError }), [attempt, change, update]);
  return { data, error, tools, saveNote, startEpisode, toggleTimer };
}
