// The state of one capture screen: the observation, its rubric, notes and
// episodes, and the actions a coach takes while watching a lesson. A note is
// listed the moment Enter is pressed (marked "saving"), then replaced by what
// the backend stored; the id is made here, so a retried save is the same note.
import { useCallback, useEffect, useState } from 'react';
import { uuidv7 } from '../../../shared/ids.js';
import type { Episode, Note, Observation } from '../../../shared/observation.js';
import type { Rubric } from '../../../shared/rubric/format.js';
import { useApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { timerReading } from '../../../shared/lessonClock.js';

export type ListedNote = Note & { pending?: boolean };

export interface CaptureData {
  observation: Observation;
  rubric: Rubric;
  notes: ListedNote[];
  episodes: Episode[];
  /** The note being typed when the screen last closed. */
  noteDraft: string;
}

export interface NoteToSave {
  text: string;
  dimensions: string[];
  tags: string[];
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
      const detail = await api.getObservation({ id });
      const { rubric } = await api.getRubricVersion({ id: detail.observation.rubricId, version: detail.observation.rubricVersion });
      if (current) setData({ ...detail, rubric, notes: newestFirst(detail.notes) });
    })().catch((err: unknown) => current && setError(messageOf(err)));
    return () => {
      current = false;
    };
  }, [api, id]);

  const update = useCallback((change: (d: CaptureData) => CaptureData) => setData((d) => (d ? change(d) : d)), []);

  /** Resolves true once stored; on refusal shows why and resolves false (the caller keeps the text). */
  const saveNote = useCallback(
    async (note: NoteToSave): Promise<boolean> => {
      if (!data) return false;
      const input = {
        ...note,
        id: uuidv7(),
        observationId: id,
        atMs: timerReading(data.observation.timer, Date.now()),
        studentId: null,
        episodeId: currentEpisode(data.episodes)?.id ?? null,
      };
      const pending: ListedNote = { ...input, createdAt: Date.now(), pending: true };
      update((d) => ({ ...d, notes: [pending, ...d.notes] }));
      try {
        const saved = await api.saveNote(input);
        update((d) => ({ ...d, notes: newestFirst(d.notes.map((n) => (n.id === saved.id ? saved : n))) }));
        setError(null);
        return true;
      } catch (err) {
        update((d) => ({ ...d, notes: d.notes.filter((n) => n.id !== pending.id) }));
        setError(messageOf(err));
        return false;
      }
    },
    [api, data, id, update],
  );

  const startEpisode = useCallback(
    async (typeId: string) => {
      if (!data) return;
      try {
        const episode = await api.startEpisode({ observationId: id, typeId, atMs: timerReading(data.observation.timer, Date.now()) });
        update((d) => ({ ...d, episodes: [...d.episodes, episode] }));
        setError(null);
      } catch (err) {
        setError(messageOf(err));
      }
    },
    [api, data, id, update],
  );

  const toggleTimer = useCallback(async () => {
    if (!data) return;
    try {
      const observation = await api.setObservationTimer({ id, running: data.observation.timer.runningSince === null });
      update((d) => ({ ...d, observation }));
    } catch (err) {
      setError(messageOf(err));
    }
  }, [api, data, id, update]);

  return { data, error, setError, saveNote, startEpisode, toggleTimer };
}
