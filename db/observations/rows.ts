// Reading materialised observation rows into API shapes. Synced rows may be
// partial (fields arrive from different devices in any order), so every
// field has a fallback, and json fields that do not parse read as empty.
import type { Attachment, Episode, Note, Observation, ObservationKind, ObservationStatus, Score, Student } from '../../shared/observation.js';
import { OBSERVATION_KINDS, OBSERVATION_STATUSES } from '../../shared/observation.js';

export const LIVE = '(deleted IS NULL OR deleted = 0)';

/** SQL for the id of the correction that replaced observation `alias` (null when none), for use inside a query on it. */
export function correctionOf(alias: string): string {
  return `(SELECT c.id FROM observations c WHERE c.supersedes = ${alias}.id AND coalesce(c.deleted, 0) = 0 ORDER BY c.id LIMIT 1)`;
}

export interface ObservationRow {
  id: string;
  teacher_id: string | null;
  teacher_label: string | null;
  school_id: string | null;
  grade: string | null;
  subject: string | null;
  rubric_id: string | null;
  rubric_version: number | null;
  focus: string | null;
  kind: string | null;
  observer_name: string | null;
  status: string | null;
  scheduled_for: string | null;
  started_at: number | null;
  timer_ms: number | null;
  timer_since: number | null;
  submitted_at: number | null;
  supersedes: string | null;
  strengths: string | null;
  questions: string | null;
  next_steps: string | null;
  seat_rows: number | null;
  seat_cols: number | null;
  cycle_id: string | null;
  plan_id: string | null;
}

export interface NoteRow {
  id: string;
  observation_id: string | null;
  at_ms: number | null;
  created_at: number | null;
  text: string | null;
  dimensions: string | null;
  tags: string | null;
  student_id: string | null;
  episode_id: string | null;
  plan_step_id: string | null;
}

export interface EpisodeRow {
  id: string;
  observation_id: string | null;
  type_id: string | null;
  start_ms: number | null;
}

export function stringList(text: string | null): string[] {
  try {
    const value = JSON.parse(text ?? '[]') as unknown;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return (values as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
}

export function toObservation(r: ObservationRow): Observation {
  return {
    id: r.id,
    teacherId: r.teacher_id,
    teacherLabel: r.teacher_label ?? '',
    schoolId: r.school_id,
    grade: r.grade ?? '',
    subject: r.subject ?? '',
    rubricId: r.rubric_id ?? '',
    rubricVersion: r.rubric_version ?? 0,
    focus: stringList(r.focus),
    kind: oneOf<ObservationKind>(OBSERVATION_KINDS, r.kind, 'walk_through'),
    observerName: r.observer_name ?? '',
    status: oneOf<ObservationStatus>(OBSERVATION_STATUSES, r.status, 'draft'),
    scheduledFor: r.scheduled_for ?? '',
    startedAt: r.started_at,
    timer: { accumulatedMs: r.timer_ms ?? 0, runningSince: r.timer_since },
    submittedAt: r.submitted_at,
    supersedes: r.supersedes,
    feedback: { strengths: r.strengths ?? '', questions: r.questions ?? '', nextSteps: r.next_steps ?? '' },
    seating: { rows: r.seat_rows ?? 0, cols: r.seat_cols ?? 0 },
    cycleId: r.cycle_id,
    planId: r.plan_id,
  };
}

export function toNote(r: NoteRow): Note {
  return {
    id: r.id,
    observationId: r.observation_id ?? '',
    atMs: r.at_ms ?? 0,
    createdAt: r.created_at ?? 0,
    text: r.text ?? '',
    dimensions: stringList(r.dimensions),
    tags: stringList(r.tags),
    studentId: r.student_id,
    episodeId: r.episode_id,
    planStepId: r.plan_step_id,
  };
}

export function toEpisode(r: EpisodeRow): Episode {
  return { id: r.id, observationId: r.observation_id ?? '', typeId: r.type_id ?? '', startMs: r.start_ms ?? 0 };
}

export interface ScoreRow {
  id: string;
  observation_id: string | null;
  episode_id: string | null;
  dimension_id: string | null;
  value: number | null;
  na: number | null;
  evidence: string | null;
}

export interface StudentRow {
  id: string;
  observation_id: string | null;
  code: string | null;
  seat_row: number | null;
  seat_col: number | null;
  focal: number | null;
}

export interface AttachmentRow {
  id: string;
  observation_id: string | null;
  note_id: string | null;
  name: string | null;
  mime: string | null;
  size: number | null;
  sha256: string | null;
}

export function toScore(r: ScoreRow): Score {
  const na = r.na === 1;
  return {
    id: r.id,
    observationId: r.observation_id ?? '',
    episodeId: r.episode_id,
    dimensionId: r.dimension_id ?? '',
    value: na ? null : r.value,
    na,
    evidence: stringList(r.evidence),
  };
}

export function toStudent(r: StudentRow): Student {
  return { id: r.id, observationId: r.observation_id ?? '', code: r.code ?? '', row: r.seat_row ?? 0, col: r.seat_col ?? 0, focal: r.focal === 1 };
}

export function toAttachment(r: AttachmentRow): Attachment {
  return {
    id: r.id,
    observationId: r.observation_id ?? '',
    noteId: r.note_id,
    name: r.name ?? '',
    mime: r.mime ?? 'application/octet-stream',
    size: r.size ?? 0,
    sha256: r.sha256 ?? '',
  };
}
