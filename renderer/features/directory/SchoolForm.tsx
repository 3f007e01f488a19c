// Add or edit a school. The form owns what the person typed, so an error from
// the backend (shown beside the form) never throws their typing away.
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { School } from '../../../shared/domain.js';
import { useStoreApi } from '../../appContext.js';
import { describeError, type ErrorDetails } from '../../ui/errorMessage.js';
import { focusField } from '../../ui/focusField.js';
import { TextField } from '../../ui/Fields.js';
import { ErrorAlert } from '../../ui/Notices.js';

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
  const titleId = useId();
  const [name, setName] = useState(school?.name ?? '');
  const [code, setCode] = useState(school?.code ?? '');
  const [grades, setGrades] = useState(school?.grades ?? '');
  const [error, setError] = useState<ErrorDetails | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const saved = await schools.getState().save({ ...(school ? { id: school.id } : {}), name, code, grades });
      onSaved(saved, school === null);
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
      <h2 id={titleId}>{school ? `Edit ${school.name}` : 'New school'}</h2>
      <ErrorAlert message={error?.message ?? null} />
      <TextField label="School name" name="name" required autoFocus invalid={error?.field === 'name'} value={name} onChange={setName} />
      <TextField label="Code" name="code" invalid={error?.field === 'code'} value={code} onChange={setCode} hint="The district's short code for the school, if it has one." />
      <TextField label="Grades" name="grades" invalid={error?.field === 'grades'} value={grades} onChange={setGrades} hint="For example K-5 or 6-8." />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {school ? 'Save changes' : 'Add school'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
