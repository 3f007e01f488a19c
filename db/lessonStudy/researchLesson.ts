// This device's observation of the research lesson: an ordinary observation
// (started by the same code as any other) of kind lesson_study that names its
// cycle and the plan version taught, scored against nothing: it uses the
// built-in lesson study observation guide, whose notes follow the plan's
// steps. The cycle's seating chart and focal students come with it, so notes
// can name a focal student by pseudonym from the first minute.
import { AppError } from '../../shared/errors.js';
import { uuidv7 } from '../../shared/ids.js';
import type { Cycle } from '../../shared/lessonStudy/cycle.js';
import type { FocalStudent } from '../../shared/lessonStudy/focal.js';
import { SEATING_MAX, type Observation } from '../../shared/observation.js';
import { lessonStudyGuide } from '../../shared/rubric/library/lessonStudyGuide.js';
import { writeChanges, type ApplyContext, type RowChange } from '../apply.js';
import { getObservation, startObservation } from '../observations/observations.js';
import { correctionOf, LIVE } from '../observations/rows.js';
import { readSettings } from '../settings.js';
import { getCycle } from './detail.js';
import { focalStudents } from './focal.js';
import { planRow, planRows } from './planReads.js';
import { teamMembers } from './teams.js';

interface Seat {
  code: string;
  row: number;
  col: number;
}

/**
 * The cycle's chart with every focal student in a seat: a student without a
 * seat on it takes the first free seat in reading order, in rows added at the
 * back when the chart is full.
 */
export function seatFocalStudents(chart: Cycle['seating'], students: readonly FocalStudent[]): { rows: number; cols: number; seats: Seat[] } {
  const onChart = (s: FocalStudent) => s.seat !== null && s.seat.row < chart.rows && s.seat.col < chart.cols;
  const seated = students.filter(onChart);
  const unseated = students.filter((s) => !onChart(s));
  const cols = chart.cols > 0 || unseated.length === 0 ? chart.cols : Math.min(SEATING_MAX, unseated.length);
  const taken = new Set(seated.map((s) => s.seat!.row * cols + s.seat!.col));
  const seats: Seat[] = seated.map((s) => ({ code: s.code, row: s.seat!.row, col: s.seat!.col }));
  let rows = chart.rows;
  let next = 0;
  for (const student of unseated) {
    while (taken.has(next)) next += 1;
    const seat = { code: student.code, row: Math.floor(next / cols), col: next % cols };
    taken.add(next);
    seats.push(seat);
    rows = Math.max(rows, seat.row + 1);
  }
  if (rows > SEATING_MAX) {
    throw new AppError('invalid_input', `The focal students do not fit on a seating chart of at most ${SEATING_MAX} rows; give them seats on the cycle's chart first.`);
  }
  return { rows, cols, seats };
}

/** The plan version taught: the one named, which must be this cycle's, or the latest. */
function taughtPlanId(ctx: ApplyContext, cycleId: string, planId: string | undefined): string {
  if (planId !== undefined) {
    if (planRow(ctx.db, planId).cycle_id !== cycleId) throw new AppError('invalid_input', 'That plan version belongs to another cycle; choose a version of this cycle’s plan.');
    return planId;
  }
  const latest = planRows(ctx.db, cycleId).at(-1);
  if (!latest) throw new AppError('invalid_input', 'This cycle has no plan yet; write the plan before starting the research lesson.');
  return latest.id;
}

/** This device's draft of this cycle's research lesson by this observer, if one is under way. */
function draftOnThisDevice(ctx: ApplyContext, cycleId: string, observerName: string): string | undefined {
  return ctx.db
    .prepare(
      `SELECT o.id FROM observations o
       JOIN field_versions v ON v.tbl = 'observations' AND v.row_id = o.id AND v.col = 'cycle_id'
       WHERE o.cycle_id = ? AND o.status = 'draft' AND coalesce(o.observer_name, '') = ? AND v.node = ? AND ${LIVE} AND ${correctionOf('o')} IS NULL
       ORDER BY o.id DESC LIMIT 1`,
    )
    .pluck()
    .get(cycleId, observerName, ctx.nodeId) as string | undefined;
}

export function startResearchLesson(ctx: ApplyContext, input: { cycleId: string; planId?: string | undefined }): Observation {
  const cycle = getCycle(ctx.db, input.cycleId);
  const planId = taughtPlanId(ctx, cycle.id, input.planId);
  const under = draftOnThisDevice(ctx, cycle.id, readSettings(ctx.db).userName);
  if (under) return getObservation(ctx, under);
  const instructor = teamMembers(ctx.db, cycle.teamId).find((m) => m.id === cycle.instructorId);
  const seating = seatFocalStudents(cycle.seating, focalStudents(ctx.db, cycle.id));
  return ctx.db.transaction(() => {
    const observation = startObservation(ctx, {
      teacherId: null,
      teacherLabel: instructor?.name || cycle.title,
      schoolId: null,
      grade: cycle.grade,
      subject: cycle.subject,
      rubric: { id: lessonStudyGuide.id, version: lessonStudyGuide.version },
      focus: [],
      kind: 'lesson_study',
    });
    const now = ctx.now();
    const changes: RowChange[] = [
      { table: 'observations', row: observation.id, values: { cycle_id: cycle.id, plan_id: planId, seat_rows: seating.rows, seat_cols: seating.cols } },
      ...seating.seats.map((seat) => ({
        table: 'observation_students' as const,
        row: uuidv7(now),
        values: { observation_id: observation.id, code: seat.code, seat_row: seat.row, seat_col: seat.col, focal: 1, deleted: 0 },
      })),
    ];
    writeChanges(ctx, changes);
    return getObservation(ctx, observation.id);
  })();
}
