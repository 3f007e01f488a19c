// The observations behind a figure's cell, compactly: when (with the year,
// since figures span school years), who, where, and the way to the report.
import { shortDate } from '../../ui/dates.js';
import { OBSERVATION_KIND_LABELS, type ObservationSummary } from '../../../shared/observation.js';

export function DrillTable({ label, rows, onOpen }: { label: string; rows: readonly ObservationSummary[]; onOpen(row: ObservationSummary): void }) {
  return (
    <div className="table-scroll">
      <table className="data-table insight-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Teacher</th>
            <th scope="col">School</th>
            <th scope="col">Grade</th>
            <th scope="col">Subject</th>
            <th scope="col">Kind</th>
            <th scope="col">
              <span className="visually-hidden">Report</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{shortDate(row.startedAt)}</td>
              <th scope="row">{row.teacher}</th>
              <td>{row.school}</td>
              <td>{row.grade}</td>
              <td>{row.subject}</td>
              <td>{OBSERVATION_KIND_LABELS[row.kind]}</td>
              <td className="data-table__actions">
                <button type="button" className="button button--ghost button--small" aria-label={`Open report: ${row.teacher}, ${shortDate(row.startedAt)}`} onClick={() => onOpen(row)}>
                  Open report
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
