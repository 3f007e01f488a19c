// Co-observations feed the same rater history as rounds: when two observers
// each submit a co-observation of the same teacher on the same day, each gets
// an entry with their agreement with the other, per dimension of the lesson
// score. There is no anchor, so the entry informs drift but does not count
// toward the calibrated status (met is null). A lesson score that rolls up
// episodes can fall between levels; it is compared at its nearest level.
import type { RaterHistoryEntry } from '../../shared/calibration/schemas.js';
import { timerReading } from '../../shared/lessonClock.js';
import { lessonScores } from '../../shared/observationScoring.js';
import { scaleOf } from '../../shared/rubric/format.js';
import { nearestLevelIndex } from '../../shared/rubric/scales.js';
import { listEpisodes } from '../observations/episodes.js';
import { listNotes } from '../observations/notes.js';
import { correctionOf, toObservation, type ObservationRow } from '../observations/rows.js';
import { listScores } from '../observations/scores.js';
import { readVersion } from '../rubrics/versions.js';
import type { Db } from '../sqlite.js';

/** SQL: observation `alias` is a submitted co-observation that no correction replaced. */
const submittedCoObservation = (alias: string) =>
  `${alias}.kind = 'co_observation' AND ${alias}.status = 'submitted' AND coalesce(${alias}.deleted, 0) = 0 AND ${correctionOf(alias)} IS NULL`;

/** dimensionId → position of the lesson score on the scale (nearest level), for one submitted observation. */
function lessonLevels(db: Db, row: ObservationRow): { levels: Map<string, number>; values: Map<string, number>; rubricName: string } {
  const observation = toObservation(row);
  const stored = readVersion(db, observation.rubricId, observation.rubricVersion);
  const scale = scaleOf(stored.rubric)?.levels.map((l) => l.value) ?? [];
  const record = { notes: listNotes(db, row.id), episodes: listEpisodes(db, row.id), scores: listScores(db, row.id) };
  const levels = new Map<string, number>();
  const values = new Map<string, number>();
  for (const s of lessonScores(stored.rubric, record, timerReading(observation.timer, observation.submittedAt ?? 0))) {
    if (s.value === null || scale.length === 0) continue;
    const nearest = nearestLevelIndex(scale, s.value);
    levels.set(s.dimension.id, nearest);
    values.set(s.dimension.id, scale[nearest]!);
  }
  return { levels, values, rubricName: stored.name };
}

export function coObservationEntries(db: Db, personId: string, name: string): RaterHistoryEntry[] {
  const pairs = db
    .prepare(
      `SELECT o.id AS mine, p.id AS theirs, p.observer_name AS peer FROM observations o
       JOIN observations p ON p.id <> o.id AND coalesce(p.observer_name, '') <> o.observer_name
         AND p.rubric_id = o.rubric_id AND p.rubric_version = o.rubric_version
         AND p.teacher_id IS o.teacher_id AND (o.teacher_id IS NOT NULL OR p.teacher_label = o.teacher_label)
         -- The same UTC day, as a range, so the (teacher_id, started_at) index finds the peer.
         AND p.started_at >= o.started_at - o.started_at % 86400000 AND p.started_at < o.started_at - o.started_at % 86400000 + 86400000
       WHERE o.observer_name = ? AND ${submittedCoObservation('o')} AND ${submittedCoObservation('p')}
       ORDER BY o.started_at, p.id`,
    )
    .all(name) as { mine: string; theirs: string; peer: string }[];
  const row = (id: string) => db.prepare('SELECT * FROM observations WHERE id = ?').get(id) as ObservationRow;
  return pairs.map(({ mine, theirs, peer }) => {
    const own = row(mine);
    const self = lessonLevels(db, own);
    const other = lessonLevels(db, row(theirs));
    const shared = [...self.levels.keys()].filter((d) => other.levels.has(d));
    const n = shared.length;
    const share = (agree: (a: number, b: number) => boolean) => (n === 0 ? null : shared.filter((d) => agree(self.levels.get(d)!, other.levels.get(d)!)).length / n);
    const exact = share((a, b) => a === b);
    return {
      raterId: personId,
      name,
      n,
      exact,
      adjacent: share((a, b) => Math.abs(a - b) <= 1),
      meanDeviation: n === 0 ? null : shared.reduce((s, d) => s + self.values.get(d)! - other.values.get(d)!, 0) / n,
      peerExact: exact,
      met: null,
      roundId: mine,
      roundName: `Co-observation with ${peer}`,
      rubricName: self.rubricName,
      revealedAt: own.submitted_at ?? own.started_at ?? 0,
      source: 'co_observation' as const,
    };
  });
}
