// The two lists of Observe home: what is on today (to continue or begin) and
// the recent observations. A submitted row opens its report; one replaced by
// a correction says so in words ("Corrected"), not only by colour.
import type { ObservationSummary } from '../../../shared/observation.js';
import { OBSERVATION_KIND_LABELS } from '../../../shared/observation.js';
import { formatStarted } from './clock.js';
import { ColumnHeads } from '../../ui/ColumnHeads.js';

export const STATUS_LABELS: Record<ObservationSummary['status'], string> = {
  scheduled: 'Scheduled',
  draft: 'In progress',
  submitted: 'Submitted',
};

export function TodayList({ rows, onOpen }: { rows: ObservationSummary[]; onOpen(row: ObservationSummary): void }) {
  if (rows.length === 0) return <p className="empty-note">Nothing scheduled or in progress today.</p>;
  return (
    <ul className="observe-today" aria-label="Today">
      {rows.map((row) => {
        const action = row.status === 'scheduled' ? 'Begin' : 'Continue';
        return (
          <li key={row.id} className="observe-today__item">
            <span>
              <strong>{row.teacher}</strong>
              <span className="muted">
                {' '}
                · {[row.school, row.grade, row.subject].filter(Boolean).join(' · ')} · {STATUS_LABELS[row.status]}
              </span>
            </span>
            <button type="button" className="button button--secondary" aria-label={`${action} observation of ${row.teacher}`} onClick={() => onOpen(row)}>
              {action}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function RecentStatus({ row }: { row: ObservationSummary }) {
  if (row.status === 'scheduled') return <>Scheduled for {row.scheduledFor}</>;
  if (row.supersededBy === null) return <>{STATUS_LABELS[row.status]}</>;
  return (
    <>
      {STATUS_LABELS[row.status]} <span className="badge badge--muted">Corrected</span>
    </>
  );
}

interface RecentTableProps {
  rows: ObservationSummary[];
  onOpen(row: ObservationSummary): void;
  /** What to say when there are no rows (none at all, or none matching the filters). */
  empty: string;
}

export function RecentTable({ rows, onOpen, empty }: RecentTableProps) {
  if (rows.length === 0) return <p className="empty-note">{empty}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table" aria-label="Recent observations">
        <ColumnHeads columns={['Teacher', 'School', 'Rubric', 'Kind', 'Status', 'Started', 'Notes']} />
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.teacher}</th>
              <td>{row.school}</td>
              <td>{row.rubricName}</td>
              <td>{OBSERVATION_KIND_LABELS[row.kind]}</td>
              <td>
                <RecentStatus row={row} />
              </td>
              <td>{formatStarted(row.startedAt)}</td>
              <td>{row.noteCount}</td>
              <td className="data-table__actions">
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={`${row.status === 'submitted' ? 'Open report' : 'Open observation'} of ${row.teacher}`}
                  onClick={() => onOpen(row)}
                >
                  {row.status === 'submitted' ? 'Open report' : 'Open'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
