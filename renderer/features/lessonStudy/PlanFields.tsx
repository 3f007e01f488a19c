// A plan version's own text: its name, the goals (long-term, unit, lesson),
// standards, and background and rationale, saved as they are typed. Read-only
// once the version is frozen.
import type { Plan } from '../../../shared/lessonStudy/plan.js';
import { useApi } from '../../appContext.js';
import { TextAreaField, TextField } from '../../ui/Fields.js';
import { SavingPanel } from './SaveStatus.js';
import { useSavedDraft } from '../../ui/useSavedDraft.js';

type Fields = Pick<Plan, 'label' | 'standards' | 'background'> & Plan['goals'];

const asPatch = ({ label, standards, background, longTerm, unit, lesson }: Fields) => ({ label, standards, background, goals: { longTerm, unit, lesson } });

const GOALS = [
  { field: 'longTerm', label: 'Long-term goal', hint: 'The research theme as a goal for students, over years.' },
  { field: 'unit', label: 'Unit goal', hint: 'What students come to understand across the unit.' },
  { field: 'lesson', label: 'Lesson goal', hint: 'What students learn in the research lesson.' },
] as const;

export function PlanFields({ plan, onPlan }: { plan: Plan; onPlan(plan: Plan): void }) {
  const api = useApi();
  const draft = useSavedDraft<Fields>({ label: plan.label, standards: plan.standards, background: plan.background, ...plan.goals }, async (fields, seen) => {
    onPlan(await api.saveLessonPlan({ id: plan.id, ...asPatch(fields), seen: asPatch(seen) }));
  });
  const { value, change, save } = draft;
  const readOnly = plan.frozen;
  const common = { readOnly, onBlur: save };

  return (
    <SavingPanel title="Goals and rationale" draft={draft} className="ls-plan-fields">
      <TextField label="Name of this version" hint="Optional, such as “As taught on March 4”." value={value.label} onChange={(label) => change({ label })} {...common} />
      {GOALS.map(({ field, label, hint }) => (
        <TextAreaField key={field} label={label} hint={hint} rows={2} value={value[field]} onChange={(text) => change({ [field]: text })} {...common} />
      ))}
      <TextAreaField label="Standards" rows={2} value={value.standards} onChange={(standards) => change({ standards })} {...common} />
      <TextAreaField label="Background and rationale" hint="Why this lesson, and why taught this way: what the team learned in its study." rows={5} value={value.background} onChange={(background) => change({ background })} {...common} />
    </SavingPanel>
  );
}
