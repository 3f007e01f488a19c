// Revisions proposed in the post-lesson discussion: a change to one step of
// the plan version that was taught, or a new step. They wait for the next
// version, which applies them; once applied, a revision is the record of why
// the plan changed and can no longer be edited.
import type { z } from 'zod';
import { AppError } from '../../shared/errors.js';
import type { CycleDetail } from '../../shared/lessonStudy/detail.js';
import type { RevisionInputSchema } from '../../shared/lessonStudy/discussion.js';
import type { ApplyContext } from '../apply.js';
import { getCycle } from './detail.js';
import { planRow, stepRows } from './planReads.js';
import { requireEditable } from './plans.js';
import { liveRow, notFound, type RevisionRow } from './rows.js';
import { saveCycleItem } from './items.js';

export function saveRevision(ctx: ApplyContext, input: z.output<typeof RevisionInputSchema>): CycleDetail {
  getCycle(ctx.db, input.cycleId);
  if (planRow(ctx.db, input.planId).cycle_id !== input.cycleId) throw new AppError('invalid_input', 'That plan version belongs to another cycle.');
  requireEditable(ctx.db, input.planId);
  if (input.stepId !== null && !stepRows(ctx.db, input.planId).some((s) => s.id === input.stepId)) {
    throw new AppError('invalid_input', 'That step is not in the plan version being revised; choose one of its steps.');
  }
  if (input.id) {
    const existing = liveRow<RevisionRow>(ctx.db, 'ls_revisions', input.id);
    if (!existing) throw notFound('revision');
    if (existing.applied_plan_id !== null) throw new AppError('invalid_input', 'That revision is already part of a later plan version and can no longer be edited.');
  }
  return saveCycleItem(ctx, 'revision', input.cycleId, input.id, {
    plan_id: input.planId,
    step_id: input.stepId,
    target: input.target,
    text: input.text,
    reason: input.reason,
    ...(input.id ? {} : { applied_plan_id: null, created_at: ctx.now() }),
  });
}
