// Lesson study cycles: listing, starting one (in the Study phase, with an
// empty plan as version 1) and changing one. Moving to a phase records the day
// it began the first time only, so going back and forth keeps the history.
import type { z } from 'zod';
import { AppError } from '../../shared/errors.js';
import { uuidv7 } from '../../shared/ids.js';
import type { CyclePatchSchema, CycleSummary, NewCycleSchema } from '../../shared/lessonStudy/cycle.js';
import type { CycleDetail } from '../../shared/lessonStudy/detail.js';
import type { OpValue } from '../../shared/registry.js';
import { writeChanges, type ApplyContext, type RowChange } from '../apply.js';
import type { Db } from '../sqlite.js';
import { focalStudentRows, getCycle, readCycleDetail } from './detail.js';
import { newPlanValues } from './planVersions.js';
import { toCycle, toFocalStudent, type CycleRow } from './rows.js';
import { getTeam, requireMember } from './teams.js';

/** Today on this device's clock, as YYYY-MM-DD. */
export const today = (ctx: ApplyContext) => new Date(ctx.now()).toISOString().slice(0, 10);

export function listCycles(db: Db, teamId: string | undefined): CycleSummary[] {
  const rows = db
    .prepare(
      `SELECT c.*, coalesce((SELECT name FROM ls_teams t WHERE t.id = c.team_id), '') AS team_name FROM ls_cycles c
       WHERE coalesce(c.deleted, 0) = 0 AND c.team_id IS NOT NULL AND (? IS NULL OR c.team_id = ?)
       ORDER BY coalesce(c.created_at, 0) DESC, c.id DESC`,
    )
    .all(teamId ?? null, teamId ?? null) as (CycleRow & { team_name: string })[];
  return rows.map((r) => {
    const { phaseDates: _dates, instructorId: _instructor, study: _study, seating: _seating, ...summary } = toCycle(r);
    return { ...summary, teamName: r.team_name };
  });
}

export function createCycle(ctx: ApplyContext, input: z.output<typeof NewCycleSchema>): CycleDetail {
  getTeam(ctx.db, input.teamId);
  const now = ctx.now();
  const id = uuidv7(now);
  const changes: RowChange[] = [
    {
      table: 'ls_cycles',
      row: id,
      values: {
        team_id: input.teamId,
        title: input.title,
        research_theme: input.researchTheme,
        subject: input.subject,
        grade: input.grade,
        topic: input.topic,
        variant: input.variant,
        phase: 'study',
        phase_dates: JSON.stringify({ study: today(ctx) }),
        research_lesson_on: '',
        instructor_id: null,
        study_concept: '',
        study_prior: '',
        study_misconceptions: '',
        study_materials: '',
        study_standards: '',
        seat_rows: 0,
        seat_cols: 0,
        created_at: now,
        deleted: 0,
      },
    },
    { table: 'ls_plans', row: uuidv7(now), values: newPlanValues(id, 1, '', null, now) },
  ];
  writeChanges(ctx, changes);
  return readCycleDetail(ctx.db, id);
}

const STUDY_COLUMNS = { concept: 'study_concept', prior: 'study_prior', misconceptions: 'study_misconceptions', materials: 'study_materials', standards: 'study_standards' } as const;

/** The columns a patch sets (the phase aside, which also dates itself). */
function cycleColumns(patch: Omit<z.output<typeof CyclePatchSchema>, 'id' | 'seen'>): Record<string, OpValue> {
  const values: Record<string, OpValue> = {};
  const set = (column: string, value: OpValue | undefined) => {
    if (value !== undefined) values[column] = value;
  };
  set('title', patch.title);
  set('research_theme', patch.researchTheme);
  set('subject', patch.subject);
  set('grade', patch.grade);
  set('topic', patch.topic);
  set('variant', patch.variant);
  set('research_lesson_on', patch.researchLessonOn);
  set('instructor_id', patch.instructorId);
  for (const [answer, column] of Object.entries(STUDY_COLUMNS)) set(column, patch.study?.[answer as keyof typeof STUDY_COLUMNS]);
  set('seat_rows', patch.seating?.rows);
  set('seat_cols', patch.seating?.cols);
  return values;
}

export function saveCycle(ctx: ApplyContext, patch: z.output<typeof CyclePatchSchema>): CycleDetail {
  const cycle = getCycle(ctx.db, patch.id);
  if (patch.instructorId) requireMember(ctx.db, cycle.teamId, patch.instructorId);
  if (patch.seating) {
    const { rows, cols } = patch.seating;
    const outside = focalStudentRows(ctx.db, cycle.id)
      .map(toFocalStudent)
      .find((s) => s.seat !== null && (s.seat.row >= rows || s.seat.col >= cols));
    if (outside?.seat) {
      throw new AppError('invalid_input', `${outside.code} sits in row ${outside.seat.row + 1}, seat ${outside.seat.col + 1}, outside a ${rows} × ${cols} chart; move them first.`);
    }
  }
  const values = cycleColumns(patch);
  if (patch.phase) {
    values.phase = patch.phase;
    if (cycle.phaseDates[patch.phase] === undefined) values.phase_dates = JSON.stringify({ ...cycle.phaseDates, [patch.phase]: today(ctx) });
  }
  writeChanges(ctx, [{ table: 'ls_cycles', row: cycle.id, values, seen: patch.seen && cycleColumns(patch.seen) }]);
  return readCycleDetail(ctx.db, cycle.id);
}
