// Scores: one per dimension per episode (or per lesson), on the rubric's own
// scale, with the notes that justify it. Saving the same (episode, dimension)
// again changes that score; clearing it (no level, not N/A) removes it.
import { AppError } from '../../shared/errors.js';
import { uuidv7 } from '../../shared/ids.js';
import type { Score, ScoreInputSchema } from '../../shared/observation.js';
import { scoresLesson } from '../../shared/observationScoring.js';
import type { z } from 'zod';
import { writeChanges, type ApplyContext } from '../apply.js';
import type { Db } from '../sqlite.js';
import { requireOpen, rubricOf } from './observations.js';
import { LIVE, toScore, type ScoreRow } from './rows.js';

export function listScores(db: Db, observationId: string): Score[] {
  const rows = db.prepare(`SELECT * FROM scores WHERE observation_id = ? AND ${LIVE} ORDER BY id`).all(observationId) as ScoreRow[];
  return rows.map(toScore);
}

function existingScoreId(db: Db, input: { observationId: string; episodeId: string | null; dimensionId: string }): string | undefined {
  return db
    .prepare(`SELECT id FROM scores WHERE observation_id = ? AND episode_id IS ? AND dimension_id = ? AND ${LIVE} ORDER BY id DESC LIMIT 1`)
    .pluck()
    .get(input.observationId, input.episodeId, input.dimensionId) as string | undefined;
}

type ScoreFields = NonNullable<z.output<typeof ScoreInputSchema>['seen']>;

/** Saves or clears one score; returns the score, or null once cleared. */
export function saveScore(ctx: ApplyContext, input: z.output<typeof ScoreInputSchema>): Score | null {
  const observation = requireOpen(ctx, input.observationId);
  const rubric = rubricOf(ctx, observation);
  const scoring = rubric.scoring;
  if (scoring.unit === 'none') throw new AppError('invalid_input', 'This rubric is an observation guide: it is not scored.');
  const dimension = rubric.dimensions.find((d) => d.id === input.dimensionId);
  if (!dimension) throw new AppError('invalid_input', `"${input.dimensionId}" is not a dimension of this observation's rubric.`);
  if (!dimension.scored) throw new AppError('invalid_input', `${dimension.name} collects evidence only; it is not scored.`);
  if (input.episodeId === null && !scoresLesson(rubric)) throw new AppError('invalid_input', 'This rubric is scored per episode: choose the episode to score.');
  if (input.episodeId !== null) {
    if (scoring.unit !== 'episode') throw new AppError('invalid_input', 'This rubric is scored for the whole lesson, not per episode.');
    const episode = ctx.db.prepare(`SELECT 1 FROM episodes WHERE id = ? AND observation_id = ? AND ${LIVE}`).get(input.episodeId, input.observationId);
    if (!episode) throw new AppError('invalid_input', 'That episode is not part of this observation.');
  }
  const levels = scoring.scale.levels;
  if (input.value !== null && !levels.some((l) => l.value === input.value)) {
    const allowed = levels.map((l) => `${l.value} (${l.label})`).join(', ');
    throw new AppError('invalid_input', `${input.value} is not on this rubric's scale; the levels are ${allowed}.`);
  }
  if (input.na && !scoring.scale.naAllowed) throw new AppError('invalid_input', 'This rubric does not allow N/A: give a level, or leave the score empty.');
  const evidence = [...new Set(input.evidence)];
  const placeholders = evidence.map(() => '?').join(', ');
  const found = evidence.length === 0 ? 0 : (ctx.db.prepare(`SELECT count(*) FROM notes WHERE observation_id = ? AND ${LIVE} AND id IN (${placeholders})`).pluck().get(input.observationId, ...evidence) as number);
  if (found !== evidence.length) throw new AppError('invalid_input', 'Evidence must be notes of this observation; one of the chosen notes is not.');

  const existing = existingScoreId(ctx.db, input);
  const clearing = input.value === null && !input.na;
  if (clearing) {
    if (existing) writeChanges(ctx, [{ table: 'scores', row: existing, values: { deleted: 1 } }]);
    return null;
  }
  const id = existing ?? uuidv7(ctx.now());
  const columns = (s: ScoreFields) => ({ value: s.value, na: s.na ? 1 : 0, evidence: JSON.stringify([...new Set(s.evidence)]) });
  const values = { observation_id: input.observationId, episode_id: input.episodeId, dimension_id: input.dimensionId, ...columns(input), deleted: 0 };
  writeChanges(ctx, [{ table: 'scores', row: id, values, seen: existing && input.seen ? columns(input.seen) : undefined }]);
  return toScore(ctx.db.prepare('SELECT * FROM scores WHERE id = ?').get(id) as ScoreRow);
}
