// Add or edit a school: name, code and grades; an existing school shows its
// id, which the district office needs for `hub admin add-school`.
import { useState } from 'react';
import type { School } from '../../../shared/domain.js';
import { useStoreApi } from '../../appContext.js';
import { CopyId } from '../../ui/CopyId.js';
import { TextField } from '../../ui/Fields.js';
import { SidePanelForm } from '../../ui/SidePanelForm.js';

export function SchoolForm({
  school,
  onSaved,
  onCancel,
}: {
  /** The school to edit, or null for a new one. */
  school: School | null;
  onSaved(school: School, created: boolean): void;
  onCancel(): void;
}) {
  const schools = useStoreApi('schools');
  const [name, setName] = useState(school?.name ?? '');
  const [code, setCode] = useState(school?.code ?? '');
  const [grades, setGrades] = useState(school?.grades ?? '');

  return (
    <SidePanelForm
      heading={school ? `Edit ${school.name}` : 'New school'}
      submitLabel={school ? 'Save changes' : 'Add school'}
      // With what this form loaded, so only the fields changed here are written (shared/domain.ts, SchoolDraftSchema).
      save={() => schools.getState().save({ ...(school ? { id: school.id, seen: { name: school.name, code: school.code, grades: school.grades } } : {}), name, code, grades })}
      onSaved={(saved) => onSaved(saved, school === null)}
      onCancel={onCancel}
    >
      {(invalidField) => (
        <>
          <TextField label="School name" name="name" required autoFocus invalid={invalidField === 'name'} value={name} onChange={setName} />
          <TextField label="Code" name="code" invalid={invalidField === 'code'} value={code} onChange={setCode} hint="The district's short code for the school, if it has one." />
          <TextField label="Grades" name="grades" invalid={invalidField === 'grades'} value={grades} onChange={setGrades} hint="For example K-5 or 6-8." />
          {/* The district office adds the school to the hub by this id (hub admin add-school ID). */}
          {school ? <CopyId id={school.id} of={school.name} /> : null}
        </>
      )}
    </SidePanelForm>
  );
}
