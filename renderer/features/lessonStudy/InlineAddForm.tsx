// A short "add one more" form under a list (a meeting, a task, a resource):
// its fields and one button. A refusal is shown in the backend's words with
// the field it names marked and focused; what was typed stays.
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { describeError, type ErrorDetails } from '../../ui/errorMessage.js';
import { focusField } from '../../ui/focusField.js';
import { ErrorAlert } from '../../ui/Notices.js';

export function InlineAddForm({
  label,
  submitLabel,
  submit,
  children,
}: {
  /** The form's accessible name, such as "Add a meeting". */
  label: string;
  submitLabel: string;
  /** Adds the item; throws the backend's refusal. */
  submit(): Promise<void>;
  children(invalidField: string | null): ReactNode;
}) {
  const form = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<ErrorDetails | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await submit();
      setError(null);
    } catch (err) {
      const details = describeError(err);
      setError(details);
      focusField(form.current, details.field);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={form} className="ls-add-form" aria-label={label} noValidate onSubmit={onSubmit}>
      <ErrorAlert message={error?.message ?? null} />
      <div className="ls-add-form__fields">
        {children(error?.field ?? null)}
        <button type="submit" className="button button--secondary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
