// Starting, timing and reading observations. An observation names the exact
// published rubric version it is scored against; a submitted one is frozen,
// and every write path checks that through requireOpen.
import { AppError } from '../../shared/errors.js';
import { uuidv7 } from '../../shared/ids.js';
import { timerReading } from '../../shared/lessonClock.js';
import type { z } from 'zod';
import type { NewObservationSchema, Observation } from '../../shared/observation.js';
import type { Rubric } from '../../shared/rubric/format.js';
import { writeChanges, type ApplyContext } from '../apply.js';
import { getPerson, getSchool } from '../directory.js';
import { readVersion } from '../rubrics/versions.js';
import { readSettings } from '../settings.js';
import { LIVE, toObservation, type ObservationRow } from './rows.js';

export function getObservation(ctx: ApplyContext, id: string): Observation {
  const row = ctx.db.prepare(`SELECT * FROM observations WHERE id = ? AND ${LIVE}`).get(id) as ObservationRow | undefined;
  if (!row) throw new AppError('not_found', 'That observation is not on this device (it may have been removed on another device).');
  return toObservation(row);
}

/** The observation, if it can still be changed: a submitted one is frozen. */
export function requireOpen(ctx: ApplyContext, id: string): Observation {
  const observation = getObservation(ctx, id);
  if (observation.status === 'submitted') {
    throw new AppError('invalid_input', 'This observation was submitted and is frozen; start a correction to change it.');
  }
  return observation;
}

export function rubricOf(ctx: ApplyContext, observation: Observation): Rubric {
  return readVersion(ctx.db, observation.rubricId, observation.rubricVersion).rubric;
}

/** Milliseconds on the observation's timer at `now`. */
export function timerAt(observation: Observation, now: number): number {
  return timerReading(observation.timer, now);
}

export function startObservation(ctx: ApplyContext, input: z.output<typeof NewObservationSchema>): Observation {
  const version = readVersion(ctx.db, input.rubric.id, input.rubric.version);
  if (version.retired) throw new AppError('invalid_input', `${version.name} version ${version.version} is retired; choose a version in use.`);
  const dimensionIds = new Set(version.rubric.dimensions.map((d) => d.id));
  const unknown = input.focus.find((d) => !dimensionIds.has(d));
  if (unknown) throw new AppError('invalid_input', `"${unknown}" is not a dimension of ${version.name}.`);
  const focus = version.rubric.protocol.focusDimensions;
  if (input.focus.length > focus.max) throw new AppError('invalid_input', `${version.name} allows at most ${focus.max} focus dimensions.`);
  // The label is what the visit is shown as; a teacher from the directory is shown by name.
  const teacher = input.teacherId ? getPerson(ctx, input.teacherId) : null;
  const teacherLabel = teacher && input.teacherLabel === '' ? teacher.name : input.teacherLabel;
  if (input.schoolId) getSchool(ctx, input.schoolId);
  const now = ctx.now();
  const id = uuidv7(now);
  const startsNow = input.scheduledFor === undefined;
  writeChanges(ctx, [
    {
      table: 'observations',
      row: id,
      values: {
        teacher_id: input.teacherId,
        teacher_label: teacherLabel,
        school_id: input.schoolId,
        grade: input.grade,
        subject: input.subject,
        rubric_id: version.id,
        rubric_version: version.version,
        focus: JSON.stringify([...new Set(input.focus)]),
        kind: input.kind,
        observer_name: readSettings(ctx.db).userName,
        status: startsNow ? 'draft' : 'scheduled',
        scheduled_for: input.scheduledFor ?? '',
        started_at: startsNow ? now : null,
        timer_ms: 0,
        timer_since: startsNow ? now : null,
        seat_rows: 0,
        seat_cols: 0,
        deleted: 0,
      },
    },
  ]);
  return getObservation(ctx, id);
}

/** A scheduled visit begins: it becomes a draft with its timer running. */
export function beginObservation(ctx: ApplyContext, id: string): Observation {
  const observation = requireOpen(ctx, id);
  if (observation.status !== 'scheduled') return observation;
  const now = ctx.now();
  writeChanges(ctx, [{ table: 'observations', row: id, values: { status: 'draft', started_at: now, timer_since: now } }]);
  return getObservation(ctx, id);
}

/** Pauses or resumes the lesson timer; the time so far is banked on pause. */
export function setTimerRunning(ctx: ApplyContext, id: string, running: boolean): Observation {
  const observation = requireOpen(ctx, id);
  const isRunning = observation.timer.runningSince !== null;
  if (running === isRunning) return observation;
  const now = ctx.now();
  const values: Record<string, number | null> = running ? { timer_since: now } : { timer_ms: timerAt(observation, now), timer_since: null };
  writeChanges(ctx, [{ table: 'observations', row: id, values }]);
  return getObservation(ctx, id);
}
