// A cycle's Plan tab: the teaching-learning plan, one version at a time. The
// version picker shows every version (the earlier ones are the plans as
// taught, kept as records); the latest can be edited, and "Start version N+1"
// begins the revision from a copy of it.
import { useState } from 'react';
import { SelectField } from '../../ui/Fields.js';
import { StatusNote } from '../../ui/Notices.js';
import type { CycleTabProps } from './cycleTabProps.js';
import { versionName } from './lessonStudyWords.js';
import { PlanVersion } from './PlanVersion.js';
import { StartVersion } from './StartVersion.js';

export function PlanTab({ detail, onDetail }: CycleTabProps) {
  const { plans } = detail;
  const latest = plans[plans.length - 1];
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (!latest) return <p className="empty-note">This cycle has no plan yet.</p>;
  const shown = plans.find((p) => p.id === chosenId) ?? latest;
  const previous = shown.fromPlanId ? (plans.find((p) => p.id === shown.fromPlanId) ?? null) : (plans[plans.indexOf(shown) - 1] ?? null);

  return (
    <div className="ls-tab ls-plan">
      <div className="ls-plan__bar">
        <SelectField
          label="Plan version"
          value={shown.id}
          options={plans.map((p) => ({ value: p.id, label: p.frozen ? `${versionName(p)} (as taught)` : `${versionName(p)} (being written)` }))}
          onChange={(id) => {
            setChosenId(id);
            setNotice(null);
          }}
        />
        {shown.id === latest.id ? (
          <StartVersion
            detail={detail}
            from={latest}
            onStarted={(next, plan) => {
              onDetail(next);
              setChosenId(plan.id);
              setNotice(`Version ${plan.number} started from a copy of version ${latest.number}. Version ${latest.number} is kept as the plan as taught.`);
            }}
          />
        ) : null}
      </div>
      <StatusNote>{notice}</StatusNote>
      <PlanVersion key={shown.id} summary={shown} previous={previous} />
    </div>
  );
}
