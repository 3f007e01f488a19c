// The Research lesson tab: start this device's observation of the lesson (it
// opens in Observe, following the plan's steps with the focal students
// seated), the cycle's research lesson observations, one per observer, and
// the evidence they hold, grouped by plan step or by focal student.
import { useState } from 'react';
import { useApi, useStoreApi } from '../../appContext.js';
import { shortDate } from '../../ui/dates.js';
import { messageOf } from '../../ui/errorMessage.js';
import { ErrorAlert } from '../../ui/Notices.js';
import type { CycleTabProps } from './cycleTabProps.js';
import { ResearchEvidenceView } from './ResearchEvidenceView.js';
import { ColumnHeads } from '../../ui/ColumnHeads.js';

const STATUS_WORDS: Record<string, string> = { scheduled: 'Scheduled', draft: 'Being recorded', submitted: 'Submitted' };

export function ResearchLessonTab({ detail }: CycleTabProps) {
  const api = useApi();
  const observe = useStoreApi('observe');
  const navigation = useStoreApi('navigation');
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);

  const openInObserve = (id: string, status: string) => {
    if (status === 'submitted') observe.getState().openReport(id);
    else observe.getState().openCapture(id);
    navigation.getState().go('observe');
  };

  const start = async () => {
    setStarting(true);
    try {
      const observation = await api.startResearchLesson({ cycleId: detail.cycle.id });
      openInObserve(observation.id, observation.status);
    } catch (err) {
      setError(messageOf(err));
      setStarting(false);
    }
  };

  return (
    <div className="ls-research">
      <section className="panel" aria-labelledby="ls-research-title">
        <h2 id="ls-research-title">Observe the research lesson</h2>
        <p className="muted">
          Each observer records on their own device. Notes are tied to the step of the plan being taught and to the focal students, by code.
        </p>
        <ErrorAlert message={error} />
        <div className="form-actions">
          <button type="button" className="button button--primary" disabled={starting} onClick={() => void start()}>
            Start observing the research lesson
          </button>
        </div>
        {detail.researchLessons.length === 0 ? (
          <p className="empty-note">No one has observed the research lesson yet.</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">Research lesson observations</caption>
            <ColumnHeads columns={['Observer', 'Started', 'Status', 'Notes']} />
            <tbody>
              {detail.researchLessons.map((lesson) => (
                <tr key={lesson.id}>
                  <th scope="row">{lesson.observerName || 'An observer'}</th>
                  <td>{shortDate(lesson.startedAt)}</td>
                  <td>{STATUS_WORDS[lesson.status] ?? lesson.status}</td>
                  <td>{lesson.notes}</td>
                  <td className="data-table__actions">
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      aria-label={lesson.observerName ? `Open ${lesson.observerName}'s observation` : 'Open the observation'}
                      onClick={() => openInObserve(lesson.id, lesson.status)}
                    >
                      Open
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="panel">
        <ResearchEvidenceView detail={detail} />
      </section>
    </div>
  );
}
