// The report a teacher is handed, on screen and on paper: the same content,
// in the same order, as the Markdown export (shared/observationReport.ts),
// built from the same model. A draft's copy is hidden on screen and shown
// only when printing, so "Print or save as PDF" works before submitting too.
import { formatClock } from '../../../shared/lessonClock.js';
import { evidenceLine, listsEveryNote, type ObservationReport } from '../../../shared/observationReport.js';
import { reportContext } from './reportText.js';

/** Each scored dimension: its lesson score, and the notes cited for it. */
export function EvidenceByDimension({ report }: { report: ObservationReport }) {
  return (
    <div className="report-evidence">
      {report.scores.map((s) => (
        <section key={s.dimension.id} className="report-evidence__dimension">
          <h3>
            {s.dimension.name}: {s.label}
          </h3>
          {s.notes.length === 0 ? (
            <p className="muted">No notes linked.</p>
          ) : (
            <ul className="report-evidence__notes">
              {s.notes.map((note) => (
                <li key={note.id}>{evidenceLine(report, note)}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}

function Written({ title, text }: { title: string; text: string }) {
  return (
    <section className="report-document__section">
      <h2>{title}</h2>
      {text.trim() ? <p className="report-document__text">{text.trim()}</p> : <p className="muted">Nothing written.</p>}
    </section>
  );
}

export function ReportDocument({ report, printOnly = false }: { report: ObservationReport; printOnly?: boolean }) {
  const o = report.observation;
  return (
    <article className="report-document" aria-label="Feedback report" hidden={printOnly}>
      <header className="report-document__masthead">
        <p className="report-document__title">Feedback for {report.teacherName}</p>
        <p>{reportContext(report)}</p>
        <p>Observer: {o.observerName || 'Not named'}</p>
        {o.status === 'submitted' ? null : <p>Draft: this observation has not been submitted yet.</p>}
        {o.supersedes ? <p>This is a correction of an earlier observation, which it replaces.</p> : null}
      </header>
      <Written title="Strengths" text={o.feedback.strengths} />
      <Written title="Questions to consider" text={o.feedback.questions} />
      <Written title="Next steps" text={o.feedback.nextSteps} />
      {report.scores.length > 0 ? (
        <>
          <section className="report-document__section">
            <h2>Scores</h2>
            <table className="data-table report-table" aria-label="Scores">
              <thead>
                <tr>
                  <th scope="col">Dimension</th>
                  <th scope="col">Lesson score</th>
                </tr>
              </thead>
              <tbody>
                {report.scores.map((s) => (
                  <tr key={s.dimension.id}>
                    <th scope="row">{s.dimension.name}</th>
                    <td>{s.label}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section className="report-document__section">
            <h2>Evidence</h2>
            <EvidenceByDimension report={report} />
          </section>
        </>
      ) : null}
      {listsEveryNote(report) ? (
        <section className="report-document__section">
          <h2>Notes</h2>
          <ul className="report-evidence__notes" aria-label="Notes">
            {report.notes.map((note) => (
              <li key={note.id}>{evidenceLine(report, note)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {report.episodes.length > 0 ? (
        <section className="report-document__section">
          <h2>Episodes</h2>
          <table className="data-table report-table" aria-label="Episodes">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Start</th>
                <th scope="col">Activity</th>
                <th scope="col">Length</th>
              </tr>
            </thead>
            <tbody>
              {report.episodes.map((e) => (
                <tr key={e.episode.id}>
                  <td>{e.number}</td>
                  <td className="report-table__time">{formatClock(e.episode.startMs)}</td>
                  <th scope="row">{e.typeName}</th>
                  <td className="report-table__time">{formatClock(e.durationMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </article>
  );
}
