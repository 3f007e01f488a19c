// Add or edit a person: name, roles (at least one), school, title, email. The
// form owns what was typed, so an error from the backend (shown beside the
// form) never throws it away.
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ROLES, ROLE_LABELS, type Person, type Role, type School } from '../../../shared/domain.js';
import { useStoreApi } from '../../appContext.js';
import { describeError, type ErrorDetails } from '../../ui/errorMessage.js';
import { focusField } from '../../ui/focusField.js';
import { SelectField, TextField } from '../../ui/Fields.js';
import { ErrorAlert } from '../../ui/Notices.js';

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
  const titleId = useId();
  const rolesLegendId = useId();
  const [name, setName] = useState(person?.name ?? '');
  const [email, setEmail] = useState(person?.email ?? '');
  const [title, setTitle] = useState(person?.title ?? '');
  const [schoolId, setSchoolId] = useState(person?.schoolId ?? defaults.schoolId ?? '');
  const [roles, setRoles] = useState<Role[]>(person?.roles ?? defaults.roles);
  const [error, setError] = useState<ErrorDetails | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [saving, setSaving] = useState(false);

  // Archived schools are offered only when the person already belongs to one.
  const schoolOptions = [
    { value: '', label: 'No school (district-wide)' },
    ...schools
      .filter((s) => !s.archived || s.id === schoolId)
      .map((s) => ({ value: s.id, label: s.archived ? `${s.name} (archived)` : s.name })),
  ];

  const toggleRole = (role: Role, on: boolean) =>
    // Kept in the order of ROLES, so the list reads the same everywhere.
    setRoles((current) => ROLES.filter((r) => (r === role ? on : current.includes(r))));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const saved = await people.getState().save({
        ...(person ? { id: person.id } : {}),
        name,
        email: email.trim(),
        title,
        schoolId: schoolId === '' ? null : schoolId,
        roles,
      });
      onSaved(saved, person === null);
    } catch (err) {
      const details = describeError(err);
      setError(details);
      setSaving(false);
      focusField(formRef.current, details.field);
    }
  };

  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <form ref={formRef} className="panel side-panel" aria-labelledby={titleId} noValidate onSubmit={submit} onKeyDown={cancelOnEscape}>
      <h2 id={titleId}>{person ? `Edit ${person.name}` : 'New person'}</h2>
      <ErrorAlert message={error?.message ?? null} />
      <TextField label="Name" name="name" required autoFocus autoComplete="off" invalid={error?.field === 'name'} value={name} onChange={setName} />
      <fieldset
        className="field checkbox-group"
        aria-describedby={`${rolesLegendId}-hint`}
        aria-invalid={error?.field === 'roles' || undefined}
      >
        <legend className="field__label" id={rolesLegendId}>
          Roles<span aria-hidden="true"> *</span>
        </legend>
        {ROLES.map((role) => (
          <label className="checkbox" key={role}>
            <input type="checkbox" name="roles" value={role} checked={roles.includes(role)} onChange={(event) => toggleRole(role, event.target.checked)} />
            <span>{ROLE_LABELS[role]}</span>
          </label>
        ))}
        <p className="field__hint" id={`${rolesLegendId}-hint`}>
          At least one. A principal who also observes has both roles.
        </p>
      </fieldset>
      <SelectField label="School" name="schoolId" value={schoolId} options={schoolOptions} onChange={setSchoolId} />
      <TextField label="Title" name="title" invalid={error?.field === 'title'} value={title} onChange={setTitle} hint="For example: Grade 4 teacher, Math coach." />
      <TextField label="Email" name="email" type="email" autoComplete="off" invalid={error?.field === 'email'} value={email} onChange={setEmail} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {person ? 'Save changes' : 'Add person'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
