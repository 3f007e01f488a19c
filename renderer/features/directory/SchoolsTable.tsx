// The schools list: dense, calm, one row per school.
import type { School } from '../../../shared/domain.js';
import { DirectoryRow, DirectoryTable } from './DirectoryTable.js';

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
    <DirectoryTable caption="Schools" columns={['Name', 'Code', 'Grades']}>
      {schools.map((school) => (
        <DirectoryRow key={school.id} record={school} onEdit={onEdit} onToggleArchived={onToggleArchived}>
          <td>{school.code}</td>
          <td>{school.grades}</td>
        </DirectoryRow>
      ))}
    </DirectoryTable>
  );
}
