// The schools list: dense, calm, one row per school, actions at the end of
// the row named after the school they act on.
import type { School } from '../../../shared/domain.js';

export function SchoolsTable({
  schools,
  onEdit,
  onToggleArchived,
}: {
  schools: readonly School[];
  onEdit(school: School): void;
  onToggleArchived(school: School): void;
}) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">Schools</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Code</th>
          <th scope="col">Grades</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {schools.map((school) => (
          <tr key={school.id} className={school.archived ? 'is-archived' : undefined}>
            <th scope="row">
              {school.name}{' '}
              {school.archived ? <span className="badge badge--muted">Archived</span> : null}
            </th>
            <td>{school.code}</td>
            <td>{school.grades}</td>
            <td className="data-table__actions">
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={`Edit ${school.name}`}
                onClick={() => onEdit(school)}
              >
                Edit
              </button>
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={`${school.archived ? 'Unarchive' : 'Archive'} ${school.name}`}
                onClick={() => onToggleArchived(school)}
              >
                {school.archived ? 'Unarchive' : 'Archive'}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
