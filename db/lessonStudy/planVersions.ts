// Starting the next version of a plan: a copy of the latest version, fields
// and steps, each copied step remembering the step it copies (so two versions
// compare step by step), with the revisions proposed to that version applied
// and marked as taken up. All in one write, so it happens whole or not at all.
import type { z } from 'zod';
import { AppError } from '../../shared/errors.js';
import { uuidv7 } from '../../shared/ids.js';
import type { Revision } from '../../shared/lessonStudy/discussion.js';
import type { NewPlanVersionSchema, Plan, PlanStep } from '../../shared/lessonStudy/plan.js';
import type { OpValue } from '../../shared/registry.js';
import { writeChanges, type ApplyContext, type RowChange } from '../apply.js';
import { getCycle, REVISION_ORDER } from './detail.js';
import { planRows, readPlan } from './planReads.js';
import { stepColumns } from './plans.js';
import { liveRows, present, toRevision, type RevisionRow } from './rows.js';

/** A new plan version's row: empty fields, or the fields it is copied from. */
export function newPlanValues(cycleId: string, number: number, label: string, from: Plan | null, now: number): Record<string, OpValue> {
  return {
    cycle_id: cycleId,
    number,
    label: label || `Version ${number}`,
    from_plan_id: from?.id ?? null,
    created_at: now,
    goal_long_term: from?.goals.longTerm ?? '',
    goal_unit: from?.goals.unit ?? '',
    goal_lesson: from?.goals.lesson ?? '',
    standards: from?.standards ?? '',
    background: from?.background ?? '',
    unit_sequence: JSON.stringify(from?.unitSequence ?? []),
    deleted: 0,
  };
}

type Draft = Omit<PlanStep, 'planId' | 'position'>;

const FIELD_OF = { activity: 'activity', keyQuestion: 'keyQuestion', support: 'support', evaluation: 'evaluation' } as const;

/**
 * Applies revisions to the copied steps, in the order they were proposed.
 * Returns the revisions taken up; one whose step is no longer in the version
 * (removed on another device) stays open.
 */
function applyRevisions(steps: Draft[], revisions: readonly Revision[], now: number): Revision[] {
  const copyOf = (stepId: string | null) => steps.find((s) => s.originStepId !== null && s.originStepId === stepId);
  const lastAddedAfter = new Map<string, Draft>();
  const applied: Revision[] = [];
  for (const revision of revisions) {
    const copy = copyOf(revision.stepId);
    if (revision.target === 'newStep') {
      const step: Draft = { id: uuidv7(now), minutes: 0, activity: revision.text, keyQuestion: '', anticipated: [], support: '', evaluation: '', originStepId: null };
      const after = copy ? (lastAddedAfter.get(copy.id) ?? copy) : undefined;
      steps.splice(after ? steps.indexOf(after) + 1 : steps.length, 0, step);
      if (copy) lastAddedAfter.set(copy.id, step);
    } else if (!copy) {
      continue;
    } else if (revision.target === 'anticipated') {
      copy.anticipated = [...copy.anticipated, revision.text];
    } else {
      copy[FIELD_OF[revision.target]] = revision.text;
    }
    applied.push(revision);
  }
  return applied;
}

export function createPlanVersion(ctx: ApplyContext, input: z.output<typeof NewPlanVersionSchema>): Plan {
  const cycle = getCycle(ctx.db, input.cycleId);
  const from = readPlan(ctx.db, input.fromPlanId);
  if (from.cycleId !== cycle.id) throw new AppError('invalid_input', 'That plan version belongs to another cycle.');
  const latest = Math.max(...planRows(ctx.db, cycle.id).map((r) => r.number ?? 0));
  if (from.number < latest) throw new AppError('invalid_input', `Version ${latest} is the latest version of this plan; start version ${latest + 1} from it, not from version ${from.number}.`);
  const now = ctx.now();
  const planId = uuidv7(now);
  const number = latest + 1;
  const steps: Draft[] = from.steps.map((s) => ({ ...s, id: uuidv7(now), originStepId: s.id }));
  const open = present(liveRows<RevisionRow>(ctx.db, 'ls_revisions', 'plan_id', from.id, REVISION_ORDER), toRevision).filter((r) => r.appliedPlanId === null);
  const applied = input.applyRevisions ? applyRevisions(steps, open, now) : [];
  const changes: RowChange[] = [
    { table: 'ls_plans', row: planId, values: newPlanValues(cycle.id, number, input.label, from, now) },
    ...steps.map(
      (s, position): RowChange => ({
        table: 'ls_plan_steps',
        row: s.id,
        values: { plan_id: planId, position, ...stepColumns(s), origin_step_id: s.originStepId, deleted: 0 },
      }),
    ),
    ...applied.map((r): RowChange => ({ table: 'ls_revisions', row: r.id, values: { applied_plan_id: planId } })),
  ];
  writeChanges(ctx, changes);
  return readPlan(ctx.db, planId);
}
