// The capture screen of one observation: who and which rubric, the lesson
// clock, the note field (focused, so the coach can type at once), and what
// has been captured. "Back to Observe" is the one way out that tells the
// backend the observation is no longer on screen; any other exit (a crash, a
// reload) leaves it remembered, so it comes back.
import { useApi, useAppStore, useStoreApi } from '../../appContext.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { OBSERVATION_KIND_LABELS } from '../../../shared/observation.js';
import { CaptureTimer } from './CaptureTimer.js';
import { NoteComposer } from './NoteComposer.js';
import { EpisodeTimeline, NotesTimeline } from './Timelines.js';
import { useCapture } from './useCapture.js';

export function CaptureScreen({ id }: { id: string }) {
  const api = useApi();
  const observe = useStoreApi('observe');
  const notice = useAppStore('observe', (s) => s.notice);
  const { data, error, saveNote, startEpisode, toggleTimer } = useCapture(id);

  const leave = async () => {
    await api.setOpenObservation({ id: null }).catch(() => undefined);
    observe.getState().backHome();
  };

  const back = (
    <button type="button" className="button button--secondary" onClick={() => void leave()}>
      Back to Observe
    </button>
  );
  if (!data) {
    return (
      <section className="screen" aria-label="Observation">
        <ErrorAlert message={error} />
        {back}
      </section>
    );
  }
  const { observation, rubric } = data;
  return (
    <section className="screen" aria-labelledby="capture-title">
      <header className="capture__header">
        <div className="capture__title">
          <ScreenHeading id="capture-title">{observation.teacherLabel}</ScreenHeading>
          <p className="capture__meta">
            {[rubric.name, OBSERVATION_KIND_LABELS[observation.kind], observation.grade && `Grade ${observation.grade}`, observation.subject].filter(Boolean).join(' · ')}
          </p>
        </div>
        <CaptureTimer timer={observation.timer} onToggle={() => void toggleTimer()} />
        {back}
      </header>
      <StatusNote>{notice}</StatusNote>
      <ErrorAlert message={error} />
      <div className="capture__layout">
        <div className="capture__notes">
          <NoteComposer observationId={id} rubric={rubric} initialText={data.noteDraft} onSave={saveNote} onStartEpisode={(t) => void startEpisode(t)} />
          <h2>Notes</h2>
          <NotesTimeline notes={data.notes} rubric={rubric} />
        </div>
        <aside className="capture__side" aria-label="Episodes of the lesson">
          <h2>Episodes</h2>
          <EpisodeTimeline episodes={data.episodes} rubric={rubric} />
        </aside>
      </div>
    </section>
  );
}
