// One version of the teaching-learning plan: a frozen version says why it
// cannot change; "Compare with previous version" shows what changed since the
// version it was copied from; then the plan's fields, the unit sequence and
// the lesson process table. Every save returns the whole version, which
// replaces the one shown (so the comparison follows the edits).
import { useState } from 'react';
import type { Plan, PlanSummary } from '../../../shared/lessonStudy/plan.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { useLoaded } from '../../ui/useLoaded.js';
import { PlanDiffView } from './PlanDiffView.js';
import { PlanFields } from './PlanFields.js';
import { StepTable } from './StepTable.js';
import { UnitSequence } from './UnitSequence.js';

export function PlanVersion({ summary, previous }: { summary: PlanSummary; previous: PlanSummary | null }) {
  const { data, error } = useLoaded((api) => api.getLessonPlan({ id: summary.id }), summary.id);
  const [newer, setPlan] = useState<Plan | null>(null);
  const [comparing, setComparing] = useState(false);
  const plan = newer ?? data;
  if (!plan) return <ErrorAlert message={error} />;

  return (
    <div className="ls-plan-version">
      {plan.frozen ? (
        <p className="ls-frozen">
          Version {plan.number} is the plan as taught: a later version was started from it, so it is kept as it was and cannot be edited here. Edit the latest version instead.
        </p>
      ) : null}
      {previous ? (
        <button type="button" className="button button--secondary" aria-expanded={comparing} aria-controls="ls-plan-diff" onClick={() => setComparing((c) => !c)}>
          {comparing ? 'Hide the comparison' : 'Compare with previous version'}
        </button>
      ) : null}
      <div id="ls-plan-diff">{previous && comparing ? <ComparedVersions previous={previous} plan={plan} /> : null}</div>
      <PlanFields plan={plan} onPlan={setPlan} />
      <UnitSequence plan={plan} onPlan={setPlan} />
      <StepTable plan={plan} onPlan={setPlan} />
    </div>
  );
}

/** The earlier version is frozen, so it is read once; the shown version is the live one. */
function ComparedVersions({ previous, plan }: { previous: PlanSummary; plan: Plan }) {
  const { data: before, error } = useLoaded((api) => api.getLessonPlan({ id: previous.id }), previous.id);
  if (!before) return <ErrorAlert message={error} />;
  return <PlanDiffView before={before} after={plan} />;
}
