// "Before you submit": what blocks submitting (a score that needs evidence
// and has none), what is worth a look (dimensions left unscored), and the
// Submit button, confirmed in a dialog because a submitted observation is
// frozen. The backend checks again; its refusal shows in the dialog.
import { useId, useState } from 'react';
import { FormDialog } from '../rubrics/FormDialog.js';

export function SubmitPanel({ problems, warning, submit }: { problems: string[]; warning: string | null; submit(): Promise<void> }) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const blocked = problems.length > 0;
  return (
    <section className="panel report-submit" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Before you submit</h2>
      {blocked ? (
        <ul className="report-submit__problems" aria-label="Problems that block submitting">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      {warning ? <p className="report-submit__warning">{warning} You can still submit.</p> : null}
      {!blocked && !warning ? <p>Every dimension is scored and every score that needs evidence has it.</p> : null}
      <div className="form-actions">
        <button type="button" className="button button--primary" disabled={blocked} aria-describedby={`${id}-reason`} onClick={() => setConfirming(true)}>
          Submit observation
        </button>
      </div>
      <p id={`${id}-reason`} className="field__hint">
        {blocked
          ? 'Submitting is possible once these are fixed: use “Back to notes” to link notes to those scores.'
          : 'Submitting freezes the observation; the feedback above is saved with it.'}
      </p>
      {confirming ? (
        <FormDialog
          heading="Submit and freeze?"
          intro="A submitted observation cannot be edited; corrections start a new one."
          submitLabel="Submit"
          submit={submit}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </section>
  );
}
