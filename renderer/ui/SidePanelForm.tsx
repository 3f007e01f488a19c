// The frame of an add-or-edit form shown in a side panel: heading, the
// backend's error, the fields, and Save / Cancel. The caller's fields keep
// what was typed, so a refused save never throws it away; the frame marks
// and focuses the field the backend named, and Escape cancels.
import { useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { describeError, type ErrorDetails } from './errorMessage.js';
import { focusField } from './focusField.js';
import { ErrorAlert } from './Notices.js';

export function SidePanelForm<Saved>({
  heading,
  submitLabel,
  save,
  onSaved,
  onCancel,
  children,
}: {
  /** Also the form's accessible name. */
  heading: string;
  submitLabel: string;
  /** Sends what was typed; throws the backend's error so it can be shown here. */
  save(): Promise<Saved>;
  onSaved(saved: Saved): void;
  onCancel(): void;
  /** The fields, told which one (by name) the last save was refused for. */
  children(invalidField: string | null): ReactNode;
}) {
  const titleId = useId();
  const [error, setError] = useState<ErrorDetails | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      onSaved(await save());
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
      <h2 id={titleId}>{heading}</h2>
      <ErrorAlert message={error?.message ?? null} />
      {children(error?.field ?? null)}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
