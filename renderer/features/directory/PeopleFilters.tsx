// Filters for the people list. They are applied by the backend (listPeople
// takes the same three), so what is shown is exactly what the database holds.
import { ROLES, ROLE_LABELS, type Role, type School } from '../../../shared/domain.js';
import { useAppStore, useStoreApi } from '../../appContext.js';
import { Checkbox, SelectField } from '../../ui/Fields.js';

export function PeopleFilters({ schools }: { schools: readonly School[] }) {
  const filter = useAppStore('people', (s) => s.filter);
  const people = useStoreApi('people');
  const setFilter = people.getState().setFilter;

  const schoolOptions = [
    { value: '', label: 'All schools' },
    ...schools
      .filter((s) => !s.archived || s.id === filter.schoolId)
      .map((s) => ({ value: s.id, label: s.archived ? `${s.name} (archived)` : s.name })),
  ];
  const roleOptions = [{ value: '', label: 'All roles' }, ...ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))];

  return (
    <div className="filters" role="group" aria-label="Filter people">
      <SelectField
        label="Filter by school"
        value={filter.schoolId ?? ''}
        options={schoolOptions}
        onChange={(schoolId) => void setFilter({ schoolId: schoolId || null })}
      />
      <SelectField
        label="Filter by role"
        value={filter.role ?? ''}
        options={roleOptions}
        onChange={(role) => void setFilter({ role: (role || null) as Role | null })}
      />
      <Checkbox
        label="Show archived"
        checked={filter.includeArchived}
        onChange={(includeArchived) => void setFilter({ includeArchived })}
      />
    </div>
  );
}
