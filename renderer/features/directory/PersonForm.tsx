// Add or edit a person: name, roles (at least one), school, title, email.
import { useState } from 'react';
import type { Person, Role, School } from '../../../shared/domain.js';
import { useStoreApi } from '../../appContext.js';
import { SelectField, TextField } from '../../ui/Fields.js';
import { SidePanelForm } from '../../ui/SidePanelForm.js';
import { RolesFieldset } from './RolesFieldset.js';

export interface PersonFormDefaults {
  schoolId: string | null;
  roles: Role[];
}

export function PersonForm({
  person,
  defaults,
  schools,
  onSaved,
  onCancel,
}: {
  /** The person to edit, or null for a new one. */
  person: Person | null;
  /** For a new person: taken from the list's filters, which is usually who is being added. */
  defaults: PersonFormDefaults;
  /** Every school, archived included (a person may still belong to one). */
  schools: readonly School[];
  onSaved(person: Person, created: boolean): void;
  onCancel(): void;
}) {
  const people = useStoreApi('people');
  const [name, setName] = useState(person?.name ?? '');
  const [email, setEmail] = useState(person?.email ?? '');
  const [title, setTitle] = useState(person?.title ?? '');
  const [schoolId, setSchoolId] = useState(person?.schoolId ?? defaults.schoolId ?? '');
  const [roles, setRoles] = useState<Role[]>(person?.roles ?? defaults.roles);

  // Archived schools are offered only when the person already belongs to one.
  const schoolOptions = [
    { value: '', label: 'No school (district-wide)' },
    ...schools
      .filter((s) => !s.archived || s.id === schoolId)
      .map((s) => ({ value: s.id, label: s.archived ? `${s.name} (archived)` : s.name })),
  ];

  const save = () =>
    people.getState().save({
      ...(person ? { id: person.id } : {}),
      name,
      email: email.trim(),
      title,
      schoolId: schoolId === '' ? null : schoolId,
      roles,
      // What this form loaded: only the fields changed here are written (shared/domain.ts, PersonDraftSchema).
      ...(person ? { seen: { name: person.name, email: person.email, title: person.title, schoolId: person.schoolId, roles: person.roles } } : {}),
    });

  return (
    <SidePanelForm
      heading={person ? `Edit ${person.name}` : 'New person'}
      submitLabel={person ? 'Save changes' : 'Add person'}
      save={save}
      onSaved={(saved) => onSaved(saved, person === null)}
      onCancel={onCancel}
    >
      {(invalidField) => (
        <>
          <TextField label="Name" name="name" required autoFocus autoComplete="off" invalid={invalidField === 'name'} value={name} onChange={setName} />
          <RolesFieldset roles={roles} onChange={setRoles} invalid={invalidField === 'roles'} />
          <SelectField label="School" name="schoolId" value={schoolId} options={schoolOptions} onChange={setSchoolId} />
          <TextField label="Title" name="title" invalid={invalidField === 'title'} value={title} onChange={setTitle} hint="For example: Grade 4 teacher, Math coach." />
          <TextField label="Email" name="email" type="email" autoComplete="off" invalid={invalidField === 'email'} value={email} onChange={setEmail} />
        </>
      )}
    </SidePanelForm>
  );
}
