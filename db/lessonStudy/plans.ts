// Editing one version of the teaching-learning plan: its fields and its
// lesson process table. Steps keep a REAL position so that adding or moving a
// step writes that one step (the midpoint of its neighbours); positions are
// reported as 0..n-1. A frozen version (a later one exists) refuses every
// edit and changes nothing.
import type { z } from 'zod';
import { AppError } from '../../shared/errors.js';
import { uuidv7 } from '../../shared/ids.js';
import type { MoveStepSchema, Plan, PlanPatchSchema, PlanStep, StepInputSchema } from '../../shared/lessonStudy/plan.js';
import type { OpValue } from '../../shared/registry.js';
import { writeChanges, type ApplyContext, type RowChange } from '../apply.js';
import type { Db } from '../sqlite.js';
import { planRow, readPlan, stepRows } from './planReads.js';
import { LIVE, liveRow, notFound, type PlanRow, type StepRow } from './rows.js';

/** The plan version's row, if it can still be edited. */
export function requireEditable(db: Db, planId: string): PlanRow {
  const row = planRow(db, planId);
  const latest = db.prepare(`SELECT max(coalesce(number, 0)) FROM ls_plans WHERE cycle_id = ? AND ${LIVE}`).pluck().get(row.cycle_id) as number;
  const number = row.number ?? 0;
  if (number < latest) {
    throw new AppError('invalid_input', `Version ${number} is the plan as taught and can no longer be edited; edit version ${latest}.`);
  }
  return row;
}

function planColumns(patch: Omit<z.output<typeof PlanPatchSchema>, 'id' | 'seen'>): Record<string, OpValue> {
  const values: Record<string, OpValue> = {};
  const set = (column: string, value: OpValue | undefined) => {
    if (value !== undefined) values[column] = value;
  };
  set('label', patch.label);
  set('goal_long_term', patch.goals?.longTerm);
  set('goal_unit', patch.goals?.unit);
  set('goal_lesson', patch.goals?.lesson);
  set('standards', patch.standards);
  set('background', patch.background);
  if (patch.unitSequence) set('unit_sequence', JSON.stringify(patch.unitSequence));
  return values;
}

export function savePlan(ctx: ApplyContext, patch: z.output<typeof PlanPatchSchema>): Plan {
  requireEditable(ctx.db, patch.id);
  writeChanges(ctx, [{ table: 'ls_plans', row: patch.id, values: planColumns(patch), seen: patch.seen && planColumns(patch.seen) }]);
  return readPlan(ctx.db, patch.id);
}

/**
 * The position that puts a step at index `at` among `others` (steps in
 * order, without it): the midpoint of its neighbours, one past either end.
 * When two neighbours are too close for a midpoint, `renumber` holds the
 * writes that space every step out again.
 */
export function positionAt(others: readonly StepRow[], at: number): { position: number; renumber: RowChange[] } {
  const positions = others.map((s) => s.position ?? 0);
  const index = Math.min(at, positions.length);
  if (positions.length === 0) return { position: 0, renumber: [] };
  if (index === 0) return { position: positions[0]! - 1, renumber: [] };
  if (index === positions.length) return { position: positions[index - 1]! + 1, renumber: [] };
  const before = positions[index - 1]!;
  const after = positions[index]!;
  const mid = (before + after) / 2;
  if (mid > before && mid < after) return { position: mid, renumber: [] };
  const renumber = others.map((s, i): RowChange => ({ table: 'ls_plan_steps', row: s.id, values: { position: i } }));
  return { position: index - 0.5, renumber };
}

/** A step's text fields as columns. */
export function stepColumns(s: Pick<PlanStep, 'minutes' | 'activity' | 'keyQuestion' | 'anticipated' | 'support' | 'evaluation'>): Record<string, OpValue> {
  return {
    minutes: s.minutes,
    activity: s.activity,
    key_question: s.keyQuestion,
    anticipated: JSON.stringify(s.anticipated),
    support: s.support,
    evaluation: s.evaluation,
  };
}

/** The step, which must be a live step of a plan. */
function stepRow(db: Db, id: string): StepRow & { plan_id: string } {
  const row = liveRow<StepRow>(db, 'ls_plan_steps', id);
  if (!row || row.plan_id === null) throw notFound('step of the plan');
  return row as StepRow & { plan_id: string };
}

export function saveStep(ctx: ApplyContext, input: z.output<typeof StepInputSchema>): Plan {
  requireEditable(ctx.db, input.planId);
  const values = stepColumns(input);
  const changes: RowChange[] = [];
  if (input.id) {
    if (stepRow(ctx.db, input.id).plan_id !== input.planId) throw new AppError('invalid_input', 'That step belongs to another version of the plan.');
  } else {
    const { position, renumber } = positionAt(stepRows(ctx.db, input.planId), input.position ?? Number.MAX_SAFE_INTEGER);
    changes.push(...renumber);
    Object.assign(values, { plan_id: input.planId, position, origin_step_id: null, deleted: 0 });
  }
  changes.push({ table: 'ls_plan_steps', row: input.id ?? uuidv7(ctx.now()), values, seen: input.id && input.seen ? stepColumns(input.seen) : undefined });
  writeChanges(ctx, changes);
  return readPlan(ctx.db, input.planId);
}

export function moveStep(ctx: ApplyContext, input: z.output<typeof MoveStepSchema>): Plan {
  const step = stepRow(ctx.db, input.id);
  requireEditable(ctx.db, step.plan_id);
  const steps = stepRows(ctx.db, step.plan_id);
  const from = steps.findIndex((s) => s.id === step.id);
  const to = Math.min(input.to, steps.length - 1);
  if (to !== from) {
    const { position, renumber } = positionAt(
      steps.filter((s) => s.id !== step.id),
      to,
    );
    writeChanges(ctx, [...renumber, { table: 'ls_plan_steps', row: step.id, values: { position } }]);
  }
  return readPlan(ctx.db, step.plan_id);
}

/** Removes a step nothing points at yet: research lesson notes and open revisions name steps. */
export function removeStep(ctx: ApplyContext, id: string): Plan {
  const step = stepRow(ctx.db, id);
  requireEditable(ctx.db, step.plan_id);
  const number = stepRows(ctx.db, step.plan_id).findIndex((s) => s.id === id) + 1;
  const notes = ctx.db.prepare(`SELECT count(*) FROM notes WHERE plan_step_id = ? AND ${LIVE}`).pluck().get(id) as number;
  if (notes > 0) throw new AppError('invalid_input', `Step ${number} is in ${notes} research lesson note${notes === 1 ? '' : 's'}; keep it, and change its text instead.`);
  const revisions = ctx.db.prepare(`SELECT count(*) FROM ls_revisions WHERE step_id = ? AND applied_plan_id IS NULL AND ${LIVE}`).pluck().get(id) as number;
  if (revisions > 0) throw new AppError('invalid_input', `Step ${number} has ${revisions} proposed revision${revisions === 1 ? '' : 's'}; remove them first.`);
  writeChanges(ctx, [{ table: 'ls_plan_steps', row: id, values: { deleted: 1 } }]);
  return readPlan(ctx.db, step.plan_id);
}
