// Reading plan versions: a cycle's versions oldest first, one version with its
// lesson process table. A version is frozen once a later-numbered version of
// its cycle exists: it is then the plan as taught, a record.
import type { Plan, PlanStep, PlanSummary } from '../../shared/lessonStudy/plan.js';
import type { Db } from '../sqlite.js';
import { LIVE, liveRow, liveRows, notFound, STEP_ORDER, toPlan, toStep, type PlanRow, type StepRow } from './rows.js';

const PLAN_ORDER = 'coalesce(number, 0), coalesce(created_at, 0), id';

export function planRows(db: Db, cycleId: string): PlanRow[] {
  return liveRows<PlanRow>(db, 'ls_plans', 'cycle_id', cycleId, PLAN_ORDER);
}

export function stepRows(db: Db, planId: string): StepRow[] {
  return liveRows<StepRow>(db, 'ls_plan_steps', 'plan_id', planId, STEP_ORDER);
}

export function planSteps(db: Db, planId: string): PlanStep[] {
  return stepRows(db, planId).map(toStep);
}

function isFrozen(db: Db, row: PlanRow): boolean {
  const later = db.prepare(`SELECT 1 FROM ls_plans WHERE cycle_id = ? AND coalesce(number, 0) > ? AND ${LIVE} LIMIT 1`).get(row.cycle_id, row.number ?? 0);
  return later !== undefined;
}

export function planRow(db: Db, id: string): PlanRow {
  const row = liveRow<PlanRow>(db, 'ls_plans', id);
  if (!row || row.cycle_id === null) throw notFound('plan version');
  return row;
}

export function readPlan(db: Db, id: string): Plan {
  const row = planRow(db, id);
  return toPlan(row, isFrozen(db, row), planSteps(db, id));
}

/** The cycle's versions, oldest first; every one but the highest-numbered is frozen. */
export function planSummaries(db: Db, cycleId: string): PlanSummary[] {
  const rows = planRows(db, cycleId);
  const latest = Math.max(0, ...rows.map((r) => r.number ?? 0));
  const countSteps = db.prepare(`SELECT count(*) FROM ls_plan_steps WHERE plan_id = ? AND ${LIVE}`).pluck();
  return rows.map((r) => ({
    id: r.id,
    number: r.number ?? 0,
    label: r.label ?? '',
    createdAt: r.created_at ?? 0,
    frozen: (r.number ?? 0) < latest,
    fromPlanId: r.from_plan_id,
    steps: countSteps.get(r.id) as number,
  }));
}
