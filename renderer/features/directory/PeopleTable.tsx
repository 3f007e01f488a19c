// The people list: name, roles, school, title, email.
import { ROLES, ROLE_LABELS, type Person, type School } from '../../../shared/domain.js';
import { DirectoryRow, DirectoryTable } from './DirectoryTable.js';

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
    <DirectoryTable caption="People" columns={['Name', 'Roles', 'School', 'Title', 'Email']}>
      {people.map((person) => (
        <DirectoryRow key={person.id} record={person} onEdit={onEdit} onToggleArchived={onToggleArchived}>
          <td>{roleList(person)}</td>
          <td>{person.schoolId ? schoolName(person.schoolId) : <span className="muted">District-wide</span>}</td>
          <td>{person.title}</td>
          <td className="data-table__email">
            <EmailAddress email={person.email} />
          </td>
        </DirectoryRow>
      ))}
    </DirectoryTable>
  );
}
