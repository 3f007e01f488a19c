// The people list: name, roles, school, title, email, and row actions named
// after the person they act on.
import { ROLES, ROLE_LABELS, type Person, type School } from '../../../shared/domain.js';

/** Roles in one fixed order (that of ROLES), however they were stored. */
function roleList(person: Person): string {
  return ROLES.filter((r) => person.roles.includes(r))
    .map((r) => ROLE_LABELS[r])
    .join(', ');
}

/** Lets a long address wrap after the "@" rather than at any letter. */
function EmailAddress({ email }: { email: string }) {
  const at = email.indexOf('@');
  if (at < 0) return <>{email}</>;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}

export function PeopleTable({
  people,
  schools,
  onEdit,
  onToggleArchived,
}: {
  people: readonly Person[];
  schools: readonly School[];
  onEdit(person: Person): void;
  onToggleArchived(person: Person): void;
}) {
  const schoolName = (id: string | null) => (id ? (schools.find((s) => s.id === id)?.name ?? '') : '');
  return (
    <table className="data-table">
      <caption className="visually-hidden">People</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Roles</th>
          <th scope="col">School</th>
          <th scope="col">Title</th>
          <th scope="col">Email</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {people.map((person) => (
          <tr key={person.id} className={person.archived ? 'is-archived' : undefined}>
            <th scope="row">
              {person.name}{' '}
              {person.archived ? <span className="badge badge--muted">Archived</span> : null}
            </th>
            <td>{roleList(person)}</td>
            <td>{person.schoolId ? schoolName(person.schoolId) : <span className="muted">District-wide</span>}</td>
            <td>{person.title}</td>
            <td className="data-table__email">
              <EmailAddress email={person.email} />
            </td>
            <td className="data-table__actions">
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={`Edit ${person.name}`}
                onClick={() => onEdit(person)}
              >
                Edit
              </button>
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={`${person.archived ? 'Unarchive' : 'Archive'} ${person.name}`}
                onClick={() => onToggleArchived(person)}
              >
                {person.archived ? 'Unarchive' : 'Archive'}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
