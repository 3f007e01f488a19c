// "Make plan version N+1 from K revisions": the current version becomes the
// plan as taught, the next one starts as its copy with the revisions taken
// up, and the Plan tab opens on it, where the change from the previous
// version is shown.
import { useState } from 'react';
import type { Plan } from '../../../shared/lessonStudy/plan.js';
import { useApi, useStoreApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { ErrorAlert } from '../../ui/Notices.js';
import type { CycleTabProps } from './cycleTabProps.js';
import { countOf } from './teachingWords.js';

export function NextPlanVersion({ detail, onDetail, plan }: CycleTabProps & { plan: Plan }) {
  const api = useApi();
  const lessonStudy = useStoreApi('lessonStudy');
  const [error, setError] = useState<string | null>(null);
  const [making, setMaking] = useState(false);
  const cycleId = detail.cycle.id;
  const waiting = detail.revisions.filter((r) => r.planId === plan.id && r.appliedPlanId === null).length;
  const revisions = countOf(waiting, 'revision');

  const make = async () => {
    setMaking(true);
    try {
      const next = await api.createLessonPlanVersion({ cycleId, fromPlanId: plan.id, applyRevisions: true });
      onDetail(await api.getLessonStudyCycle({ id: cycleId }));
      lessonStudy.getState().open({ kind: 'cycle', cycleId, tab: 'plan' }, `Plan version ${next.number} made from ${revisions}. Compare it with version ${plan.number} to see what changed.`);
    } catch (err) {
      setError(messageOf(err));
      setMaking(false);
    }
  };

  return (
    <div className="ls-next-version">
      <ErrorAlert message={error} />
      <p className="muted">
        {waiting === 0
          ? `Add the revisions the team agrees on, then make version ${plan.number + 1} of the plan from them.`
          : `Version ${plan.number} stays as the plan that was taught; version ${plan.number + 1} starts as its copy with the revisions made.`}
      </p>
      <button type="button" className="button button--primary" disabled={waiting === 0 || making} onClick={() => void make()}>
        Make plan version {plan.number + 1} from {revisions}
      </button>
    </div>
  );
}
