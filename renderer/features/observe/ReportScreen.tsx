// The report screen of one observation: where a visit is finished and
// shared. For a draft, the coach writes the teacher's feedback with the
// evidence of each dimension beside it, sees what still blocks submitting,
// and submits (which freezes it). A submitted observation shows the report
// the teacher gets, read-only, with its exports and the way to correct it.
import { useEffect, useMemo, useRef, useState } from 'react';
import { buildReport, evidenceLine, type ObservationReport } from '../../../shared/observationReport.js';
import { submissionProblems } from '../../../shared/observationScoring.js';
import { useApi, useAppStore, useStoreApi } from '../../appContext.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { FeedbackForm } from './FeedbackForm.js';
import { ReportActions } from './ReportActions.js';
import { EvidenceByDimension, ReportDocument } from './ReportDocument.js';
import { reportContext, statusInWords, unscoredWarning } from './reportText.js';
import { SubmitPanel } from './SubmitPanel.js';
import { useFeedbackAutosave } from './useFeedbackAutosave.js';
import { useReport, type ReportData } from './useReport.js';

const TITLE_ID = 'report-title';

export function ReportScreen({ id }: { id: string }) {
  const { data, error, setObservation } = useReport(id);
  if (!data) {
    return (
      <section className="screen" aria-label="Feedback report">
        <ErrorAlert message={error} />
        <BackToObserve />
      </section>
    );
  }
  return <LoadedReport data={data} onSubmitted={setObservation} />;
}

function BackToObserve() {
  const api = useApi();
  const observe = useStoreApi('observe');
  const leave = async () => {
    // Off screen now: a restart should not bring this observation back.
    await api.setOpenObservation({ id: null }).catch(() => undefined);
    observe.getState().backHome();
  };
  return (
    <button type="button" className="button button--secondary" onClick={() => void leave()}>
      Back to Observe
    </button>
  );
}

function LoadedReport({ data, onSubmitted }: { data: ReportData; onSubmitted: ReturnType<typeof useReport>['setObservation'] }) {
  const api = useApi();
  const observe = useStoreApi('observe');
  const greeting = useAppStore('observe', (s) => s.notice);
  const [notice, setNotice] = useState<string | null>(greeting);
  const [error, setError] = useState<string | null>(null);
  const { detail, rubric, teacherName, schoolName, plan, loadedAt } = data;
  const observation = detail.observation;
  const draft = observation.status !== 'submitted';
  const feedback = useFeedbackAutosave(observation.id, observation.feedback);
  const report = useMemo(
    () => buildReport({ detail: { ...detail, observation: { ...observation, feedback: feedback.value } }, rubric, teacherName, schoolName, plan, now: loadedAt }),
    [detail, observation, feedback.value, rubric, teacherName, schoolName, plan, loadedAt],
  );

  // After submitting, the form is gone: focus goes to the top of the read-only report.
  const wasDraft = useRef(draft);
  useEffect(() => {
    if (wasDraft.current && !draft) document.getElementById(TITLE_ID)?.focus();
    wasDraft.current = draft;
  }, [draft]);

  const submit = async () => {
    await feedback.flush();
    onSubmitted(await api.submitObservation({ id: observation.id }));
    setError(null);
    setNotice('Submitted.');
  };

  const showNotice = (text: string) => {
    setError(null);
    setNotice(text);
  };

  // Above a submitted report (what the coach came for); below a draft's form.
  const actions = <ReportActions report={report} canCorrect={!draft && detail.supersededBy === null} onNotice={showNotice} onError={setError} />;

  return (
    <section className="screen report" aria-labelledby={TITLE_ID}>
      <header className="report__header">
        <div className="report__title">
          <ScreenHeading id={TITLE_ID}>Feedback: {teacherName}</ScreenHeading>
          <p className="report__meta">{reportContext(report)}</p>
          <p className="report__status">
            <span className={draft ? 'badge badge--muted' : 'badge'}>{statusInWords(observation, detail.supersededBy)}</span>
            {observation.supersedes ? <span className="badge badge--muted">Correction of an earlier observation</span> : null}
            {detail.supersededBy ? (
              <button type="button" className="button button--ghost button--small" onClick={() => observe.getState().openReport(detail.supersededBy!)}>
                Open the correction
              </button>
            ) : null}
          </p>
        </div>
        <div className="report__nav">
          {draft ? (
            <button type="button" className="button button--secondary" onClick={() => observe.getState().openCapture(observation.id)}>
              Back to notes
            </button>
          ) : null}
          <BackToObserve />
        </div>
      </header>
      <StatusNote>{notice}</StatusNote>
      <ErrorAlert message={error} />
      {draft ? null : actions}
      {draft ? (
        <div className="report__layout">
          <div className="report__main">
            <FeedbackForm
              value={feedback.value}
              state={feedback.state}
              error={feedback.error}
              onChange={feedback.change}
              onLeaveField={() => void feedback.flush().catch(() => undefined)}
            />
            <SubmitPanel problems={submissionProblems(rubric, detail)} warning={unscoredWarning(report)} submit={submit} />
          </div>
          <DraftEvidence report={report} />
        </div>
      ) : (
        <ReportDocument report={report} />
      )}
      {draft ? (
        <>
          {actions}
          <ReportDocument report={report} printOnly />
        </>
      ) : null}
    </section>
  );
}

/** Beside the feedback form: what was seen, per dimension (or every note, for a rubric without scores). */
function DraftEvidence({ report }: { report: ObservationReport }) {
  return (
    <aside className="report__evidence" aria-labelledby="report-evidence-title">
      <h2 id="report-evidence-title">Evidence</h2>
      {report.scores.length > 0 ? (
        <EvidenceByDimension report={report} />
      ) : report.notes.length > 0 ? (
        <ul className="report-evidence__notes">
          {report.notes.map((note) => (
            <li key={note.id}>{evidenceLine(report, note)}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">No notes were taken.</p>
      )}
    </aside>
  );
}
