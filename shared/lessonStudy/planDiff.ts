// What changed between two versions of a teaching-learning plan: the plan's
// own fields, and the lesson process table step by step. Steps are matched by
// the step they were copied from, not by position, so inserting a step shows
// one added step rather than every later step changed.
import { STEP_FIELDS, type Plan, type PlanStep } from './plan.js';

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

export interface StepChange {
  kind: 'added' | 'removed' | 'changed' | 'unchanged';
  before: PlanStep | null;
  after: PlanStep | null;
  changes: FieldChange[];
}

export interface PlanDiff {
  fields: FieldChange[];
  steps: StepChange[];
  /** Changed plan fields plus added, removed and changed steps. */
  changeCount: number;
}

function planFields(plan: Plan): { field: string; label: string; value: string }[] {
  return [
    { field: 'goals.longTerm', label: 'Long-term goal', value: plan.goals.longTerm },
    { field: 'goals.unit', label: 'Unit goal', value: plan.goals.unit },
    { field: 'goals.lesson', label: 'Lesson goal', value: plan.goals.lesson },
    { field: 'standards', label: 'Standards', value: plan.standards },
    { field: 'background', label: 'Background and rationale', value: plan.background },
    { field: 'unitSequence', label: 'Unit sequence', value: plan.unitSequence.map((l) => (l.research ? `${l.title} (research lesson)` : l.title)).join('\n') },
  ];
}

export function stepFields(step: PlanStep): { field: string; label: string; value: string }[] {
  return [
    { field: 'minutes', label: 'Minutes', value: String(step.minutes) },
    ...STEP_FIELDS.map(({ field, label }) => ({ field, label, value: field === 'anticipated' ? step.anticipated.join('\n') : step[field] })),
  ];
}

function compare<T>(fields: (x: T) => { field: string; label: string; value: string }[], before: T, after: T): FieldChange[] {
  const afterValues = fields(after);
  return fields(before).flatMap((b, i) => {
    const a = afterValues[i]!;
    return b.value === a.value ? [] : [{ field: b.field, label: b.label, before: b.value, after: a.value }];
  });
}

export function planDiff(before: Plan, after: Plan): PlanDiff {
  const fields = compare(planFields, before, after);
  const beforeIndex = new Map(before.steps.map((s, i) => [s.id, i]));
  const matched = new Set<number>();
  for (const step of after.steps) {
    const k = step.originStepId === null ? undefined : beforeIndex.get(step.originStepId);
    if (k !== undefined) matched.add(k);
  }
  const steps: StepChange[] = [];
  let next = 0;
  const emitRemovedUpTo = (end: number) => {
    for (; next < end; next++) if (!matched.has(next)) steps.push({ kind: 'removed', before: before.steps[next]!, after: null, changes: [] });
  };
  for (const step of after.steps) {
    const k = step.originStepId === null ? undefined : beforeIndex.get(step.originStepId);
    if (k === undefined) {
      steps.push({ kind: 'added', before: null, after: step, changes: [] });
      continue;
    }
    emitRemovedUpTo(k);
    next = Math.max(next, k + 1);
    const old = before.steps[k]!;
    const changes = compare(stepFields, old, step);
    steps.push({ kind: changes.length > 0 ? 'changed' : 'unchanged', before: old, after: step, changes });
  }
  emitRemovedUpTo(before.steps.length);
  return { fields, steps, changeCount: fields.length + steps.filter((s) => s.kind !== 'unchanged').length };
}
