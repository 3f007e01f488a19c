// Notes: durable the moment addNote returns (one transaction through the
// apply path, synchronous=FULL), idempotent by the id the client chose so a
// retried save never makes a second note. The half-typed note of each
// observation is kept on this device in note_drafts until the note is saved.
import { AppError } from '../../shared/errors.js';
import type { Note, NoteInputSchema, Observation } from '../../shared/observation.js';
import type { z } from 'zod';
import { writeChanges, type ApplyContext } from '../apply.js';
import type { Db } from '../sqlite.js';
import { requireOpen, rubricOf } from './observations.js';
import { LIVE, toNote, type NoteRow } from './rows.js';

export function getNote(ctx: ApplyContext, id: string): Note {
  const row = ctx.db.prepare(`SELECT * FROM notes WHERE id = ? AND ${LIVE}`).get(id) as NoteRow | undefined;
  if (!row) throw new AppError('not_found', 'That note is not on this device.');
  return toNote(row);
}

function belongsTo(ctx: ApplyContext, table: 'episodes' | 'observation_students', id: string, observationId: string): boolean {
  return ctx.db.prepare(`SELECT 1 FROM ${table} WHERE id = ? AND observation_id = ? AND ${LIVE}`).get(id, observationId) !== undefined;
}

/** A research lesson note names a step of the plan version the observation follows, never another version's. */
function requirePlanStep(ctx: ApplyContext, observation: Observation, stepId: string): void {
  if (observation.planId === null) throw new AppError('invalid_input', 'This observation does not follow a lesson plan, so its notes cannot name a plan step.');
  const step = ctx.db.prepare(`SELECT 1 FROM ls_plan_steps WHERE id = ? AND plan_id = ? AND ${LIVE}`).get(stepId, observation.planId);
  if (!step) throw new AppError('invalid_input', 'That step is not in the plan version this research lesson follows; choose one of its steps.');
}

export function saveNote(ctx: ApplyContext, input: z.output<typeof NoteInputSchema>): Note {
  const observation = requireOpen(ctx, input.observationId);
  const existing = ctx.db.prepare('SELECT observation_id, plan_step_id FROM notes WHERE id = ?').get(input.id) as
    | { observation_id: string | null; plan_step_id: string | null }
    | undefined;
  if (existing && existing.observation_id !== input.observationId) throw new AppError('invalid_input', 'That note belongs to another observation.');
  const dimensionIds = new Set(rubricOf(ctx, observation).dimensions.map((d) => d.id));
  const unknown = input.dimensions.find((d) => !dimensionIds.has(d));
  if (unknown) throw new AppError('invalid_input', `"${unknown}" is not a dimension of this observation's rubric.`);
  if (input.studentId && !belongsTo(ctx, 'observation_students', input.studentId, input.observationId)) {
    throw new AppError('invalid_input', 'That student is not on this observation’s seating chart.');
  }
  if (input.episodeId && !belongsTo(ctx, 'episodes', input.episodeId, input.observationId)) {
    throw new AppError('invalid_input', 'That episode is not part of this observation.');
  }
  if (input.planStepId) requirePlanStep(ctx, observation, input.planStepId);
  return ctx.db.transaction(() => {
    writeChanges(ctx, [
      {
        table: 'notes',
        row: input.id,
        values: {
          observation_id: input.observationId,
          at_ms: input.atMs,
          ...(existing ? {} : { created_at: ctx.now() }),
          text: input.text,
          dimensions: JSON.stringify([...new Set(input.dimensions)]),
          tags: JSON.stringify([...new Set(input.tags)]),
          student_id: input.studentId,
          episode_id: input.episodeId,
          // Only research lesson notes carry a step: other notes make no op for it.
          ...(input.planStepId !== null || existing?.plan_step_id != null ? { plan_step_id: input.planStepId } : {}),
          deleted: 0,
        },
      },
    ]);
    if (!existing) ctx.db.prepare('DELETE FROM note_drafts WHERE observation_id = ?').run(input.observationId);
    return getNote(ctx, input.id);
  })();
}

export function deleteNote(ctx: ApplyContext, id: string): void {
  const note = getNote(ctx, id);
  requireOpen(ctx, note.observationId);
  writeChanges(ctx, [{ table: 'notes', row: id, values: { deleted: 1 } }]);
}

export function listNotes(db: Db, observationId: string): Note[] {
  const rows = db.prepare(`SELECT * FROM notes WHERE observation_id = ? AND ${LIVE} ORDER BY at_ms, created_at, id`).all(observationId) as NoteRow[];
  return rows.map(toNote);
}

/** Keeps what is being typed; an empty text clears the draft. */
export function saveNoteDraft(ctx: ApplyContext, observationId: string, text: string): void {
  requireOpen(ctx, observationId);
  if (text.trim() === '') ctx.db.prepare('DELETE FROM note_drafts WHERE observation_id = ?').run(observationId);
  else {
    ctx.db
      .prepare('INSERT INTO note_drafts (observation_id, text, updated_at) VALUES (?, ?, ?) ON CONFLICT (observation_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at')
      .run(observationId, text, ctx.now());
  }
}

export function readNoteDraft(db: Db, observationId: string): string {
  const row = db.prepare('SELECT text FROM note_drafts WHERE observation_id = ?').get(observationId) as { text: string } | undefined;
  return row?.text ?? '';
}
