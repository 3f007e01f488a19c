// Finishing an observation: the teacher-facing feedback, submitting (which
// freezes the record), and corrections. A submitted observation is never
// edited; a correction is a new draft carrying a copy of everything, which
// names the one it supersedes, so what the teacher was given stays on file.
import { AppError } from '../../shared/errors.js';
import { uuidv7 } from '../../shared/ids.js';
import type { FeedbackInputSchema, Observation } from '../../shared/observation.js';
import { submissionProblems } from '../../shared/observationScoring.js';
import { SYNCED_TABLES, type OpValue } from '../../shared/registry.js';
import type { z } from 'zod';
import { writeChanges, type ApplyContext, type RowChange } from '../apply.js';
import type { Db } from '../sqlite.js';
import { listEpisodes } from './episodes.js';
import { listNotes } from './notes.js';
import { getObservation, requireOpen, rubricOf, timerAt } from './observations.js';
import { correctionOf, LIVE } from './rows.js';
import { listScores } from './scores.js';

export function saveFeedback(ctx: ApplyContext, input: z.output<typeof FeedbackInputSchema>): Observation {
  requireOpen(ctx, input.id);
  const columns = (f: Omit<typeof input, 'id' | 'seen'>) => ({ strengths: f.strengths, questions: f.questions, next_steps: f.nextSteps });
  writeChanges(ctx, [{ table: 'observations', row: input.id, values: columns(input), seen: input.seen && columns(input.seen) }]);
  return getObservation(ctx, input.id);
}

export function submitObservation(ctx: ApplyContext, id: string): Observation {
  const observation = requireOpen(ctx, id);
  if (observation.status === 'scheduled') throw new AppError('invalid_input', 'This visit has not begun yet; begin it and take notes before submitting.');
  const record = { notes: listNotes(ctx.db, id), episodes: listEpisodes(ctx.db, id), scores: listScores(ctx.db, id) };
  const problems = submissionProblems(rubricOf(ctx, observation), record);
  if (problems.length > 0) throw new AppError('invalid_input', `Not submitted yet. ${problems.join(' ')}`);
  const now = ctx.now();
  return ctx.db.transaction(() => {
    writeChanges(ctx, [
      { table: 'observations', row: id, values: { status: 'submitted', submitted_at: now, timer_ms: timerAt(observation, now), timer_since: null } },
    ]);
    ctx.db.prepare('DELETE FROM note_drafts WHERE observation_id = ?').run(id);
    return getObservation(ctx, id);
  })();
}

export function supersededBy(db: Db, id: string): string | null {
  return (db.prepare(`SELECT ${correctionOf('o')} FROM observations o WHERE o.id = ?`).pluck().get(id) as string | null | undefined) ?? null;
}

type ChildTable = 'episodes' | 'observation_students' | 'notes' | 'scores' | 'attachments';
/** Copied in this order so that every id a row points at has been given its new value first. */
const CHILD_TABLES: ChildTable[] = ['episodes', 'observation_students', 'notes', 'scores', 'attachments'];
/** Columns holding the id of another copied row, and which. */
const POINTERS: Record<string, string> = { episode_id: 'episodes', student_id: 'observation_students', note_id: 'notes' };

/** A new draft with a copy of a submitted observation and everything in it, superseding it. */
export function startCorrection(ctx: ApplyContext, id: string): Observation {
  const source = getObservation(ctx, id);
  if (source.status !== 'submitted') throw new AppError('invalid_input', 'Only a submitted observation needs a correction; this one can still be edited.');
  const existing = supersededBy(ctx.db, id);
  if (existing) throw new AppError('invalid_input', 'This observation already has a correction; open that one instead.');
  const now = ctx.now();
  const newIds = new Map<string, string>([[id, uuidv7(now)]]);
  const renew = (old: string) => {
    if (!newIds.has(old)) newIds.set(old, uuidv7(now));
    return newIds.get(old)!;
  };
  const copyRow = (table: keyof typeof SYNCED_TABLES, row: Record<string, OpValue>): RowChange => {
    const values: Record<string, OpValue> = {};
    for (const column of Object.keys(SYNCED_TABLES[table])) {
      const value = row[column] ?? null;
      values[column] = column === 'observation_id' ? newIds.get(id)! : POINTERS[column] && typeof value === 'string' ? renew(value) : value;
    }
    return { table, row: renew(row.id as string), values };
  };
  const sourceRow = ctx.db.prepare('SELECT * FROM observations WHERE id = ?').get(id) as Record<string, OpValue>;
  const observation = copyRow('observations', sourceRow);
  Object.assign(observation.values, { status: 'draft', submitted_at: null, supersedes: id, timer_since: null, deleted: 0 });
  const changes: RowChange[] = [observation];
  for (const table of CHILD_TABLES) {
    const rows = ctx.db.prepare(`SELECT * FROM ${table} WHERE observation_id = ? AND ${LIVE} ORDER BY id`).all(id) as Record<string, OpValue>[];
    for (const row of rows) {
      const copy = copyRow(table, row);
      if (table === 'scores') copy.values.evidence = JSON.stringify((JSON.parse(String(row.evidence ?? '[]')) as string[]).map(renew));
      changes.push(copy);
    }
  }
  writeChanges(ctx, changes);
  return getObservation(ctx, newIds.get(id)!);
}
