// "Start version N+1": the current version becomes the plan as taught (kept,
// no longer editable) and the next one starts as a copy of it, taking up the
// revisions the discussion proposed. Asked once more in a dialog, because the
// current version cannot be edited afterwards.
import { useId, useState } from 'react';
import type { CycleDetail } from '../../../shared/lessonStudy/detail.js';
import type { Plan, PlanSummary } from '../../../shared/lessonStudy/plan.js';
import { useApi } from '../../appContext.js';
import { TextField } from '../../ui/Fields.js';
import { FormDialog } from '../rubrics/FormDialog.js';

export function StartVersion({ detail, from, onStarted }: { detail: CycleDetail; from: PlanSummary; onStarted(next: CycleDetail, plan: Plan): void }) {
  const api = useApi();
  const hintId = useId();
  const [asking, setAsking] = useState(false);
  const [label, setLabel] = useState('');
  const next = from.number + 1;
  const revisions = detail.revisions.filter((r) => r.planId === from.id && r.appliedPlanId === null).length;
  const takesUp = revisions === 0 ? '' : revisions === 1 ? ', with the 1 revision proposed in the discussion taken up' : `, with the ${revisions} revisions proposed in the discussion taken up`;

  const start = async () => {
    const plan = await api.createLessonPlanVersion({ cycleId: detail.cycle.id, fromPlanId: from.id, label });
    setAsking(false);
    setLabel('');
    onStarted(await api.getLessonStudyCycle({ id: detail.cycle.id }), plan);
  };

  return (
    <div className="ls-start-version">
      <button type="button" className="button button--secondary" aria-describedby={hintId} onClick={() => setAsking(true)}>
        Start version {next}
      </button>
      <p className="field__hint" id={hintId}>
        Once the research lesson is taught: version {from.number} becomes the plan as taught and can no longer be edited.
      </p>
      {asking ? (
        <FormDialog
          heading={`Start version ${next}?`}
          intro={`Version ${from.number} becomes the plan as taught: it is kept as it is and can no longer be edited. Version ${next} starts as a copy of it${takesUp}.`}
          submitLabel={`Start version ${next}`}
          submit={start}
          onCancel={() => setAsking(false)}
        >
          {(invalid) => (
            <TextField label={`Name of version ${next}`} name="label" hint="Optional, such as “Revised after the discussion”." value={label} invalid={invalid === 'label'} onChange={setLabel} />
          )}
        </FormDialog>
      ) : null}
    </div>
  );
}
