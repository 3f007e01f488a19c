// What the teacher reads: strengths, questions to consider, next steps. Each
// field saves itself (600 ms after typing stops, and on leaving it); a quiet
// status says when it is stored, so there is no Save button to forget.
import { useId } from 'react';
import { FieldLabel } from '../../ui/Fields.js';
import { ErrorAlert } from '../../ui/Notices.js';
import type { Feedback, FeedbackField, SaveState } from './useFeedbackAutosave.js';

const FIELDS: { field: FeedbackField; label: string; hint: string }[] = [
  { field: 'strengths', label: 'Strengths', hint: 'What went well, tied to what you saw.' },
  { field: 'questions', label: 'Questions to consider', hint: 'Open questions for the teacher to think about.' },
  { field: 'nextSteps', label: 'Next steps', hint: 'One or two concrete moves to try next.' },
];

const STATE_WORDS: Record<SaveState, string> = { unchanged: '', changed: '', saving: 'Saving…', saved: 'Saved' };

export function FeedbackForm({
  value,
  state,
  error,
  onChange,
  onLeaveField,
}: {
  value: Feedback;
  state: SaveState;
  error: string | null;
  onChange(field: FeedbackField, text: string): void;
  onLeaveField(): void;
}) {
  const id = useId();
  return (
    <form className="panel report-feedback" aria-labelledby={`${id}-title`} onSubmit={(event) => event.preventDefault()}>
      <div className="report-feedback__title">
        <h2 id={`${id}-title`}>Feedback for the teacher</h2>
        <p className="report-feedback__saved" role="status">
          {STATE_WORDS[state]}
        </p>
      </div>
      <ErrorAlert message={error} />
      {FIELDS.map(({ field, label, hint }) => (
        <div className="field" key={field}>
          <FieldLabel htmlFor={`${id}-${field}`}>{label}</FieldLabel>
          <textarea
            id={`${id}-${field}`}
            className="field__control report-feedback__text"
            value={value[field]}
            aria-describedby={`${id}-${field}-hint`}
            onChange={(event) => onChange(field, event.target.value)}
            onBlur={onLeaveField}
          />
          <p className="field__hint" id={`${id}-${field}-hint`}>
            {hint}
          </p>
        </div>
      ))}
    </form>
  );
}
