// A teacher's history: every observation of them that has begun, oldest
// first, with the lesson score per dimension, so growth over a year is one
// table. An observation replaced by a correction is left out (the correction
// stands in for it).
import type { HistoryEntry } from '../../shared/observation.js';
import { lessonScores } from '../../shared/observationScoring.js';
import type { ApplyContext } from '../apply.js';
import { listEpisodes } from './episodes.js';
import { listNotes } from './notes.js';
import { rubricOf, timerAt } from './observations.js';
import { correctionOf, LIVE, toObservation, type ObservationRow } from './rows.js';
import { listScores } from './scores.js';

export function teacherHistory(ctx: ApplyContext, teacherId: string): HistoryEntry[] {
  const rows = ctx.db
    .prepare(
      `SELECT * FROM observations o
       WHERE teacher_id = ? AND ${LIVE} AND status IN ('draft', 'submitted')
         AND ${correctionOf('o')} IS NULL
       ORDER BY started_at, id`,
    )
    .all(teacherId) as ObservationRow[];
  const now = ctx.now();
  return rows.map((row) => {
    const observation = toObservation(row);
    const rubric = rubricOf(ctx, observation);
    const record = { notes: listNotes(ctx.db, row.id), episodes: listEpisodes(ctx.db, row.id), scores: listScores(ctx.db, row.id) };
    return {
      id: observation.id,
      startedAt: observation.startedAt,
      kind: observation.kind,
      status: observation.status,
      rubricId: observation.rubricId,
      rubricVersion: observation.rubricVersion,
      rubricName: rubric.name,
      scores: lessonScores(rubric, record, timerAt(observation, now)).map((s) => ({
        dimensionId: s.dimension.id,
        shortName: s.dimension.shortName,
        value: s.value,
        na: s.na,
      })),
    };
  });
}
