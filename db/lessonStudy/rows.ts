// Reading materialised lesson study rows into API shapes. Synced rows may be
// partial (fields arrive from different devices in any order), so every field
// has a fallback, json fields that do not parse read as empty, and a row
// missing an id it cannot be shown without (a member's team, an assignment's
// observer) is left out until that field arrives.
import { z } from 'zod';
import { AppError } from '../../shared/errors.js';
import { LS_PHASES, LsPhaseSchema, LsVariantSchema, type Cycle, type LsPhase, type Meeting, type Resource, type Task } from '../../shared/lessonStudy/cycle.js';
import { DiscussionPartKindSchema, RevisionTargetSchema, type DiscussionNote, type DiscussionPart, type Revision } from '../../shared/lessonStudy/discussion.js';
import type { Assignment, FocalStudent } from '../../shared/lessonStudy/focal.js';
import type { LiteTeaching } from '../../shared/lessonStudy/lite.js';
import type { Measure, MeasureResponse } from '../../shared/lessonStudy/measures.js';
import { UnitLessonSchema, type Plan, type PlanStep, type UnitLesson } from '../../shared/lessonStudy/plan.js';
import { LsRoleSchema, type TeamMember } from '../../shared/lessonStudy/team.js';
import { LIVE, stringList } from '../observations/rows.js';
import type { SyncedTable } from '../../shared/registry.js';
import type { Db } from '../sqlite.js';

export { LIVE };

/** The lesson study tables a read may name (names in SQL come from here, never from input). */
export type LsTable = Extract<SyncedTable, `ls_${string}`>;

/** The live rows of a table whose `column` is `value`, in `order` (an ORDER BY clause written in code). */
export function liveRows<T>(db: Db, table: LsTable, column: string, value: string, order: string): T[] {
  return db.prepare(`SELECT * FROM ${table} WHERE ${column} = ? AND ${LIVE} ORDER BY ${order}`).all(value) as T[];
}

/** One live row by id, or undefined. */
export function liveRow<T>(db: Db, table: LsTable, id: string): T | undefined {
  return db.prepare(`SELECT * FROM ${table} WHERE id = ? AND ${LIVE}`).get(id) as T | undefined;
}

/** The value when the schema accepts it, else the fallback. */
function valid<T>(schema: z.ZodType<T>, value: unknown, fallback: T): T {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

/** Parsed json text when it has the expected shape, else the fallback. */
function json<T>(schema: z.ZodType<T>, text: string | null, fallback: T): T {
  try {
    return valid(schema, JSON.parse(text ?? 'null'), fallback);
  } catch {
    return fallback;
  }
}

const bool = (value: number | null) => value === 1;

export const notFound = (what: string) => new AppError('not_found', `That ${what} is not on this device (it may have been removed on another device).`);

export interface TeamRow {
  id: string;
  name: string | null;
  school_id: string | null;
  created_at: number | null;
}

export interface MemberRow {
  id: string;
  team_id: string | null;
  person_id: string | null;
  name: string | null;
  roles: string | null;
}

export function toMember(r: MemberRow): TeamMember {
  return {
    id: r.id,
    teamId: r.team_id ?? '',
    personId: r.person_id,
    name: r.name ?? '',
    roles: stringList(r.roles).filter((role) => LsRoleSchema.safeParse(role).success) as TeamMember['roles'],
  };
}

export interface CycleRow {
  id: string;
  team_id: string | null;
  title: string | null;
  research_theme: string | null;
  subject: string | null;
  grade: string | null;
  topic: string | null;
  variant: string | null;
  phase: string | null;
  phase_dates: string | null;
  research_lesson_on: string | null;
  instructor_id: string | null;
  study_concept: string | null;
  study_prior: string | null;
  study_misconceptions: string | null;
  study_materials: string | null;
  study_standards: string | null;
  seat_rows: number | null;
  seat_cols: number | null;
  created_at: number | null;
}

function phaseDates(text: string | null): Partial<Record<LsPhase, string>> {
  const stored = json(z.record(z.string(), z.unknown()), text, {});
  const dates: Partial<Record<LsPhase, string>> = {};
  for (const phase of LS_PHASES) if (typeof stored[phase] === 'string') dates[phase] = stored[phase];
  return dates;
}

export function toCycle(r: CycleRow): Cycle {
  return {
    id: r.id,
    teamId: r.team_id ?? '',
    title: r.title ?? '',
    researchTheme: r.research_theme ?? '',
    subject: r.subject ?? '',
    grade: r.grade ?? '',
    topic: r.topic ?? '',
    variant: valid(LsVariantSchema, r.variant, 'full'),
    phase: valid(LsPhaseSchema, r.phase, 'study'),
    phaseDates: phaseDates(r.phase_dates),
    researchLessonOn: r.research_lesson_on ?? '',
    instructorId: r.instructor_id,
    study: {
      concept: r.study_concept ?? '',
      prior: r.study_prior ?? '',
      misconceptions: r.study_misconceptions ?? '',
      materials: r.study_materials ?? '',
      standards: r.study_standards ?? '',
    },
    seating: { rows: r.seat_rows ?? 0, cols: r.seat_cols ?? 0 },
    createdAt: r.created_at ?? 0,
  };
}

export interface MeetingRow {
  id: string;
  cycle_id: string | null;
  held_on: string | null;
  title: string | null;
  agenda: string | null;
  attendees: string | null;
  notes: string | null;
}

export function toMeeting(r: MeetingRow): Meeting {
  return { id: r.id, cycleId: r.cycle_id ?? '', heldOn: r.held_on ?? '', title: r.title ?? '', agenda: r.agenda ?? '', attendees: stringList(r.attendees), notes: r.notes ?? '' };
}

export interface TaskRow {
  id: string;
  cycle_id: string | null;
  title: string | null;
  assignee_id: string | null;
  due: string | null;
  done: number | null;
  from_discussion: number | null;
}

export function toTask(r: TaskRow): Task {
  return { id: r.id, cycleId: r.cycle_id ?? '', title: r.title ?? '', assigneeId: r.assignee_id, due: r.due ?? '', done: bool(r.done), fromDiscussion: bool(r.from_discussion) };
}

export interface ResourceRow {
  id: string;
  cycle_id: string | null;
  title: string | null;
  link: string | null;
  note: string | null;
}

export function toResource(r: ResourceRow): Resource {
  return { id: r.id, cycleId: r.cycle_id ?? '', title: r.title ?? '', link: r.link ?? '', note: r.note ?? '' };
}

export interface PlanRow {
  id: string;
  cycle_id: string | null;
  number: number | null;
  label: string | null;
  from_plan_id: string | null;
  created_at: number | null;
  goal_long_term: string | null;
  goal_unit: string | null;
  goal_lesson: string | null;
  standards: string | null;
  background: string | null;
  unit_sequence: string | null;
}

const unitSequence = (text: string | null): UnitLesson[] => json(z.array(UnitLessonSchema), text, []);

/** A plan version without its steps; `frozen` comes from whether a later version exists. */
export function toPlan(r: PlanRow, frozen: boolean, steps: PlanStep[]): Plan {
  return {
    id: r.id,
    cycleId: r.cycle_id ?? '',
    number: r.number ?? 0,
    label: r.label ?? '',
    fromPlanId: r.from_plan_id,
    createdAt: r.created_at ?? 0,
    frozen,
    goals: { longTerm: r.goal_long_term ?? '', unit: r.goal_unit ?? '', lesson: r.goal_lesson ?? '' },
    standards: r.standards ?? '',
    background: r.background ?? '',
    unitSequence: unitSequence(r.unit_sequence),
    steps,
  };
}

export interface StepRow {
  id: string;
  plan_id: string | null;
  position: number | null;
  minutes: number | null;
  activity: string | null;
  key_question: string | null;
  anticipated: string | null;
  support: string | null;
  evaluation: string | null;
  origin_step_id: string | null;
}

/** Steps ordered by their stored (real) position; `position` reports the step's index in that order. */
export const STEP_ORDER = 'coalesce(position, 0), id';

export function toStep(r: StepRow, position: number): PlanStep {
  return {
    id: r.id,
    planId: r.plan_id ?? '',
    position,
    minutes: r.minutes ?? 0,
    activity: r.activity ?? '',
    keyQuestion: r.key_question ?? '',
    anticipated: stringList(r.anticipated),
    support: r.support ?? '',
    evaluation: r.evaluation ?? '',
    originStepId: r.origin_step_id,
  };
}

export interface FocalStudentRow {
  id: string;
  cycle_id: string | null;
  code: string | null;
  strengths: string | null;
  focal_for: string | null;
  seat_row: number | null;
  seat_col: number | null;
  /** From the local ls_student_names table; null when this device has no name. */
  name: string | null;
}

/** Focal students joined with their local names (never synced). */
export const FOCAL_STUDENTS_SQL = `SELECT f.*, n.name AS name FROM ls_focal_students f LEFT JOIN ls_student_names n ON n.focal_student_id = f.id`;

export function toFocalStudent(r: FocalStudentRow): FocalStudent {
  return {
    id: r.id,
    cycleId: r.cycle_id ?? '',
    code: r.code ?? '',
    name: r.name ?? '',
    strengths: r.strengths ?? '',
    focalFor: r.focal_for ?? '',
    seat: r.seat_row === null || r.seat_col === null ? null : { row: r.seat_row, col: r.seat_col },
  };
}

export interface AssignmentRow {
  id: string;
  cycle_id: string | null;
  observer_id: string | null;
  focal_student_id: string | null;
  group_label: string | null;
}

export function toAssignment(r: AssignmentRow): Assignment | null {
  if (r.observer_id === null) return null;
  return { id: r.id, cycleId: r.cycle_id ?? '', observerId: r.observer_id, focalStudentId: r.focal_student_id, group: r.group_label ?? '' };
}

export interface DiscussionPartRow {
  id: string;
  cycle_id: string | null;
  position: number | null;
  kind: string | null;
  title: string | null;
  minutes: number | null;
  started_at: number | null;
  ended_at: number | null;
}

export function toDiscussionPart(r: DiscussionPartRow): DiscussionPart {
  return {
    id: r.id,
    cycleId: r.cycle_id ?? '',
    position: r.position ?? 0,
    kind: valid(DiscussionPartKindSchema, r.kind, 'open'),
    title: r.title ?? '',
    minutes: r.minutes ?? 0,
    startedAt: r.started_at,
    endedAt: r.ended_at,
  };
}

export interface DiscussionNoteRow {
  id: string;
  cycle_id: string | null;
  part_id: string | null;
  speaker_id: string | null;
  speaker: string | null;
  kind: string | null;
  text: string | null;
  created_at: number | null;
}

export function toDiscussionNote(r: DiscussionNoteRow): DiscussionNote {
  return {
    id: r.id,
    cycleId: r.cycle_id ?? '',
    partId: r.part_id,
    speakerId: r.speaker_id,
    speaker: r.speaker ?? '',
    kind: r.kind === 'learning' ? 'learning' : 'note',
    text: r.text ?? '',
    createdAt: r.created_at ?? 0,
  };
}

export interface RevisionRow {
  id: string;
  cycle_id: string | null;
  plan_id: string | null;
  step_id: string | null;
  target: string | null;
  text: string | null;
  reason: string | null;
  applied_plan_id: string | null;
  created_at: number | null;
}

export function toRevision(r: RevisionRow): Revision | null {
  const target = RevisionTargetSchema.safeParse(r.target);
  if (r.plan_id === null || !target.success) return null;
  return {
    id: r.id,
    cycleId: r.cycle_id ?? '',
    planId: r.plan_id,
    stepId: r.step_id,
    target: target.data,
    text: r.text ?? '',
    reason: r.reason ?? '',
    appliedPlanId: r.applied_plan_id,
    createdAt: r.created_at ?? 0,
  };
}

export interface LiteTeachingRow {
  id: string;
  cycle_id: string | null;
  teacher_id: string | null;
  taught_on: string | null;
  how_it_went: string | null;
  deviations: string | null;
  reflection: string | null;
}

export function toLiteTeaching(r: LiteTeachingRow): LiteTeaching | null {
  if (r.teacher_id === null) return null;
  return {
    id: r.id,
    cycleId: r.cycle_id ?? '',
    teacherId: r.teacher_id,
    taughtOn: r.taught_on ?? '',
    howItWent: r.how_it_went ?? '',
    deviations: r.deviations ?? '',
    reflection: r.reflection ?? '',
  };
}

export interface MeasureRow {
  id: string;
  team_id: string | null;
  title: string | null;
  questions: string | null;
  scale_max: number | null;
  created_at: number | null;
}

export function toMeasure(r: MeasureRow): Measure {
  return { id: r.id, teamId: r.team_id ?? '', title: r.title ?? '', questions: stringList(r.questions), scaleMax: r.scale_max ?? 4 };
}

export interface MeasureResponseRow {
  id: string;
  measure_id: string | null;
  cycle_id: string | null;
  pdsa_cycle: number | null;
  taken_on: string | null;
  focal_student_id: string | null;
  answers: string | null;
}

export function toMeasureResponse(r: MeasureResponseRow): MeasureResponse | null {
  if (r.measure_id === null || r.focal_student_id === null) return null;
  return {
    id: r.id,
    measureId: r.measure_id,
    cycleId: r.cycle_id ?? '',
    pdsaCycle: r.pdsa_cycle ?? 1,
    takenOn: r.taken_on ?? '',
    focalStudentId: r.focal_student_id,
    answers: json(z.array(z.number().int().nullable()), r.answers, []),
  };
}

/** Maps rows, leaving out the ones a mapper cannot show yet (null). */
export function present<R, T>(rows: readonly R[], map: (row: R) => T | null): T[] {
  return rows.flatMap((row) => {
    const value = map(row);
    return value === null ? [] : [value];
  });
}
