// Propose a change to the current plan version for its next version: which
// step, what changes (REVISION_TARGET_LABELS: the activity, the key question,
// one more anticipated response, the support, the points of evaluation, or a
// new step), the new text, and the reason (the evidence behind it).
import { useState, type FormEvent } from 'react';
import { REVISION_TARGET_LABELS, REVISION_TARGETS, type RevisionTarget } from '../../../shared/lessonStudy/discussion.js';
import type { Plan } from '../../../shared/lessonStudy/plan.js';
import { useApi } from '../../appContext.js';
import { SelectField, TextAreaField } from '../../ui/Fields.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import type { CycleTabProps } from './cycleTabProps.js';
import { stepInWords } from './teachingWords.js';
import { useCycleEdit } from './useCycleEdit.js';

const TEXT_LABELS: Record<RevisionTarget, string> = {
  activity: 'New learning activity',
  keyQuestion: 'New key question',
  anticipated: 'Anticipated response to add',
  support: 'New teacher support',
  evaluation: 'New points of evaluation',
  newStep: "The new step's learning activity",
};

/** The step select's value for "at the end" (a new step only). */
const AT_THE_END = '';

export function RevisionForm({ detail, onDetail, plan }: CycleTabProps & { plan: Plan }) {
  const api = useApi();
  const { run, error, notice } = useCycleEdit(onDetail);
  const [target, setTarget] = useState<RevisionTarget>('activity');
  const [stepId, setStepId] = useState(plan.steps[0]?.id ?? AT_THE_END);
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const newStep = target === 'newStep';
  const stepOptions = [...plan.steps.map((s) => ({ value: s.id, label: stepInWords(s) })), ...(newStep || plan.steps.length === 0 ? [{ value: AT_THE_END, label: 'At the end' }] : [])];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const stored = await run(
      () => api.saveRevision({ cycleId: detail.cycle.id, planId: plan.id, stepId: stepId === AT_THE_END ? null : stepId, target, text, reason }),
      'Revision added.',
    );
    if (stored) {
      setText('');
      setReason('');
    }
  };

  return (
    <form className="ls-revision-form" aria-label={`Propose a revision to version ${plan.number}`} noValidate onSubmit={(e) => void submit(e)}>
      <ErrorAlert message={error} />
      <div className="ls-field-row">
        <SelectField label="Change" value={target} options={REVISION_TARGETS.map((t) => ({ value: t, label: REVISION_TARGET_LABELS[t] }))} onChange={(t) => setTarget(t as RevisionTarget)} />
        <SelectField label={newStep ? 'Add it after' : 'Step'} value={stepId} options={stepOptions} onChange={setStepId} />
      </div>
      <TextAreaField label={TEXT_LABELS[target]} value={text} rows={3} onChange={setText} />
      <TextAreaField label="Reason" hint="The evidence behind the change, such as what two focal students did in step 2." value={reason} rows={2} onChange={setReason} />
      <div className="form-actions">
        <button type="submit" className="button button--secondary">
          Add revision
        </button>
      </div>
      <StatusNote>{notice}</StatusNote>
    </form>
  );
}
