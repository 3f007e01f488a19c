// The capture screen of one observation: who and which rubric, the lesson
// clock, the note field (focused, so the coach can type at once), what has
// been captured, and beside it the episodes, scores, seating chart and files.
// "Back to Observe" is the one way out that tells the backend the
// observation is no longer on screen; any other exit (a crash, a reload)
// leaves it remembered, so it comes back. A submitted observation is frozen:
// it is read in its report, not here. A lesson study research lesson also
// shows its plan's steps (each note names the step under way) and its focal
// students, and leads back to its cycle.
import { useState } from 'react';
import { useApi, useAppStore, useStoreApi } from '../../appContext.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { OBSERVATION_KIND_LABELS } from '../../../shared/observation.js';
import { CapturePanels } from './CapturePanels.js';
import { CaptureTimer } from './CaptureTimer.js';
import { FocalStudentPicker } from './FocalStudentPicker.js';
import { NoteComposer } from './NoteComposer.js';
import { PlanStepStrip } from './PlanStepStrip.js';
import { NotesTimeline } from './Timelines.js';
import { useCapture, type NoteToSave } from './useCapture.js';
import { useResearchLesson } from './useResearchLesson.js';

export function CaptureScreen({ id }: { id: string }) {
  const api = useApi();
  const observe = useStoreApi('observe');
  const lessonStudy = useStoreApi('lessonStudy');
  const navigation = useStoreApi('navigation');
  const notice = useAppStore('observe', (s) => s.notice);
  const { data, error, tools, saveNote, startEpisode, toggleTimer } = useCapture(id);
  const [chosenStudentId, setChosenStudentId] = useState<string | null>(null);
  const research = useResearchLesson(data?.observation ?? null);

  const leave = async () => {
    await api.setOpenObservation({ id: null }).catch(() => undefined);
    observe.getState().backHome();
  };
  const backToCycle = async (cycleId: string) => {
    await leave();
    lessonStudy.getState().open({ kind: 'cycle', cycleId, tab: 'lesson' });
    navigation.getState().go('lesson-study');
  };
  const openReport = () => observe.getState().openReport(id);
  /** The student picked on the chart is for one note: once it is stored, the next note starts without one. */
  const saveNoteForStudent = async (note: NoteToSave) => {
    const stored = await saveNote(note);
    if (stored) setChosenStudentId(null);
    return stored;
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
  const submitted = observation.status === 'submitted';
  const { lesson } = research;
  const cycleId = observation.cycleId;
  return (
    <section className={submitted ? 'screen' : 'screen capture'} aria-labelledby="capture-title">
      <header className="capture__header">
        <div className="capture__title">
          <ScreenHeading id="capture-title">{observation.teacherLabel}</ScreenHeading>
          <p className="capture__meta">
            {[rubric.name, OBSERVATION_KIND_LABELS[observation.kind], observation.grade && `Grade ${observation.grade}`, observation.subject].filter(Boolean).join(' · ')}
          </p>
        </div>
        {submitted ? null : (
          <>
            <CaptureTimer timer={observation.timer} onToggle={() => void toggleTimer()} />
            <button type="button" className="button button--primary" onClick={openReport}>
              Finish and submit
            </button>
          </>
        )}
        {cycleId ? (
          <button type="button" className="button button--secondary" onClick={() => void backToCycle(cycleId)}>
            Back to {lesson?.cycleTitle || 'the cycle'}
          </button>
        ) : null}
        {back}
      </header>
      <StatusNote>{notice}</StatusNote>
      <ErrorAlert message={error} />
      <ErrorAlert message={research.error} />
      {submitted ? (
        <div className="capture__submitted">
          <p>This observation has been submitted and is frozen, so it can no longer be changed here. Its report shows everything that was captured; a correction can be started from there.</p>
          <button type="button" className="button button--primary" onClick={openReport}>
            Open the report
          </button>
        </div>
      ) : (
        <div className="capture__layout">
          <div className="capture__notes">
            {lesson ? (
              <>
                <PlanStepStrip plan={lesson.plan} timer={observation.timer} chosenStepId={research.chosenStepId} onChoose={research.chooseStep} />
                <FocalStudentPicker
                  students={data.students}
                  notes={data.notes}
                  described={lesson.focalStudents}
                  chosenStudentId={chosenStudentId}
                  onChooseStudent={setChosenStudentId}
                />
              </>
            ) : null}
            <NoteComposer
              observationId={id}
              rubric={rubric}
              initialText={data.noteDraft}
              students={data.students}
              chosenStudent={data.students.find((s) => s.id === chosenStudentId) ?? null}
              onClearStudent={() => setChosenStudentId(null)}
              stepIdNow={() => research.stepIdNow(observation.timer)}
              onSave={saveNoteForStudent}
              onStartEpisode={(t) => void startEpisode(t)}
            />
            <h2>Notes</h2>
            <NotesTimeline notes={data.notes} rubric={rubric} students={data.students} stepNames={research.stepNames} />
          </div>
          <CapturePanels data={data} tools={tools} chosenStudentId={chosenStudentId} onChooseStudent={setChosenStudentId} />
        </div>
      )}
    </section>
  );
}
