// Practical measures: a team's short surveys of focal students, their answers
// per occasion (a lesson study cycle, a PDSA cycle, a date), and the run chart
// that follows the mean answer across the team's cycles with its median.
import type { z } from 'zod';
import { AppError } from '../../shared/errors.js';
import { uuidv7 } from '../../shared/ids.js';
import type { CycleDetail } from '../../shared/lessonStudy/detail.js';
import type { Measure, MeasureInputSchema, MeasureResponseInputSchema, RunChart } from '../../shared/lessonStudy/measures.js';
import { median } from '../../shared/median.js';
import type { OpValue } from '../../shared/registry.js';
import { writeChanges, type ApplyContext } from '../apply.js';
import type { Db } from '../sqlite.js';
import { requireFocalStudent } from './focal.js';
import { getCycle } from './detail.js';
import { saveCycleItem } from './items.js';
import { LIVE, liveRow, liveRows, notFound, present, toMeasure, toMeasureResponse, type MeasureResponseRow, type MeasureRow } from './rows.js';
import { getTeam } from './teams.js';

export function teamMeasures(db: Db, teamId: string): Measure[] {
  return liveRows<MeasureRow>(db, 'ls_measures', 'team_id', teamId, 'coalesce(created_at, 0), rowid').map(toMeasure);
}

function getMeasure(db: Db, id: string): Measure {
  const row = liveRow<MeasureRow>(db, 'ls_measures', id);
  if (!row || row.team_id === null) throw notFound('survey');
  return toMeasure(row);
}

/** Every answer recorded to the survey, from any cycle. */
function responseRows(db: Db, measureId: string): MeasureResponseRow[] {
  return liveRows<MeasureResponseRow>(db, 'ls_measure_responses', 'measure_id', measureId, 'id');
}

/** Answers already recorded pin the survey's shape: each answer is to a question by its place, on the scale it was given on. */
function checkShapeKeepsAnswers(db: Db, measure: Measure, questions: number, scaleMax: number): void {
  const answers = present(responseRows(db, measure.id), toMeasureResponse).flatMap((r) => r.answers);
  if (answers.length === 0) return;
  if (questions !== measure.questions.length) {
    throw new AppError('invalid_input', `Students have answered this survey's ${measure.questions.length} questions; reword them, or start a new survey to ask a different number.`);
  }
  const highest = Math.max(0, ...answers.map((a) => a ?? 0));
  if (scaleMax < highest) throw new AppError('invalid_input', `A student answered ${highest} on this survey, so its scale must go up to at least ${highest}.`);
}

export function saveMeasure(ctx: ApplyContext, input: z.output<typeof MeasureInputSchema>): Measure[] {
  getTeam(ctx.db, input.teamId);
  if (input.id) {
    const measure = getMeasure(ctx.db, input.id);
    if (measure.teamId !== input.teamId) throw new AppError('invalid_input', 'That survey belongs to another team.');
    checkShapeKeepsAnswers(ctx.db, measure, input.questions.length, input.scaleMax);
  }
  const now = ctx.now();
  const id = input.id ?? uuidv7(now);
  const values = { team_id: input.teamId, ...measureColumns(input), ...(input.id ? {} : { created_at: now, deleted: 0 }) };
  writeChanges(ctx, [{ table: 'ls_measures', row: id, values, seen: input.id && input.seen ? measureColumns(input.seen) : undefined }]);
  return teamMeasures(ctx.db, input.teamId);
}

function measureColumns(m: Omit<z.output<typeof MeasureInputSchema>, 'teamId' | 'id' | 'seen'>): Record<string, OpValue> {
  return { title: m.title, questions: JSON.stringify(m.questions), scale_max: m.scaleMax };
}

export function saveMeasureResponse(ctx: ApplyContext, input: z.output<typeof MeasureResponseInputSchema>): CycleDetail {
  const cycle = getCycle(ctx.db, input.cycleId);
  const measure = getMeasure(ctx.db, input.measureId);
  if (measure.teamId !== cycle.teamId) throw new AppError('invalid_input', 'That survey belongs to another team; choose one of this team’s surveys.');
  requireFocalStudent(ctx.db, input.cycleId, input.focalStudentId);
  const count = measure.questions.length;
  if (input.answers.length !== count) {
    throw new AppError('invalid_input', `"${measure.title}" has ${count} question${count === 1 ? '' : 's'}; give one answer for each (leave a skipped one empty), not ${input.answers.length}.`);
  }
  const outside = input.answers.findIndex((a) => a !== null && (a < 1 || a > measure.scaleMax));
  if (outside >= 0) throw new AppError('invalid_input', `Question ${outside + 1}'s answer must be from 1 to ${measure.scaleMax}.`);
  // A second save for the same student and occasion corrects the first instead of counting twice.
  const earlier = ctx.db
    .prepare(
      `SELECT id FROM ls_measure_responses WHERE measure_id = ? AND cycle_id = ? AND pdsa_cycle = ? AND taken_on = ? AND focal_student_id = ? AND ${LIVE} ORDER BY id LIMIT 1`,
    )
    .pluck()
    .get(input.measureId, input.cycleId, input.pdsaCycle, input.takenOn, input.focalStudentId) as string | undefined;
  const key = { measure_id: input.measureId, pdsa_cycle: input.pdsaCycle, taken_on: input.takenOn, focal_student_id: input.focalStudentId };
  const answersColumn = (answers: (number | null)[]) => ({ answers: JSON.stringify(answers) });
  // `seen` may be the blank row of a screen that showed no answers: answers another device recorded meanwhile are then listed, not replaced.
  return saveCycleItem(ctx, 'measureResponse', input.cycleId, earlier, { ...key, ...answersColumn(input.answers) }, input.seen && answersColumn(input.seen.answers));
}

interface OccasionRow extends MeasureResponseRow {
  cycle_title: string | null;
}

/** One point per occasion across the team's cycles, in time order: the mean of every answer given, and how many students gave one. */
export function measureRunChart(db: Db, measureId: string): RunChart {
  const measure = getMeasure(db, measureId);
  const rows = db
    .prepare(
      `SELECT r.*, c.title AS cycle_title FROM ls_measure_responses r JOIN ls_cycles c ON c.id = r.cycle_id
       WHERE r.measure_id = ? AND coalesce(r.deleted, 0) = 0 AND coalesce(c.deleted, 0) = 0 AND c.team_id = ?
       ORDER BY coalesce(r.taken_on, ''), coalesce(c.created_at, 0), c.id, coalesce(r.pdsa_cycle, 0), r.id`,
    )
    .all(measureId, measure.teamId) as OccasionRow[];
  const occasions = new Map<string, RunChart['points'][number] & { sum: number; answers: number }>();
  for (const row of rows) {
    const response = toMeasureResponse(row);
    const given = response?.answers.filter((a): a is number => a !== null) ?? [];
    if (!response || given.length === 0) continue;
    const key = `${response.cycleId}|${response.pdsaCycle}|${response.takenOn}`;
    const point = occasions.get(key) ?? { cycleId: response.cycleId, cycleTitle: row.cycle_title ?? '', pdsaCycle: response.pdsaCycle, takenOn: response.takenOn, students: 0, mean: 0, sum: 0, answers: 0 };
    point.students += 1;
    point.sum += given.reduce((a, b) => a + b, 0);
    point.answers += given.length;
    occasions.set(key, point);
  }
  const points = [...occasions.values()].map(({ sum, answers, ...point }) => ({ ...point, mean: sum / answers }));
  return { measure, points, median: median(points.map((p) => p.mean)) };
}
