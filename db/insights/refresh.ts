// Brings the derived insight tables up to the op log. The first refresh builds
// them from every submitted observation; later ones redo only the
// observations that ops since the last refresh touched (an observation row,
// or one of its scores or episodes), plus any observation a new correction
// replaced. Calibrated periods are small and are rebuilt whenever a
// calibration, directory or observation op arrived.
import { calibratedPeriods } from '../../shared/calibration/standing.js';
import { lessonScores } from '../../shared/observationScoring.js';
import { timerReading } from '../../shared/lessonClock.js';
import { scaleOf, type Rubric } from '../../shared/rubric/format.js';
import { calibrationBoard } from '../calibration/standing.js';
import { listEpisodes } from '../observations/episodes.js';
import { listNotes } from '../observations/notes.js';
import { correctionOf, toObservation, type ObservationRow } from '../observations/rows.js';
import { listScores } from '../observations/scores.js';
import { readVersion } from '../rubrics/versions.js';
import type { Db } from '../sqlite.js';
import { monthOf, schoolYearOf } from '../../shared/insights/periods.js';

const SEQ_KEY = 'ops_seq';

/** Whether a rubric's lesson score is simply the score given for the lesson (no roll-up of episodes). */
function lessonScoreIsGiven(rubric: Rubric): boolean {
  return rubric.scoring.unit === 'lesson' || (rubric.scoring.unit === 'episode' && rubric.scoring.rollup === 'rater_summary');
}

function nearestLevel(levels: readonly number[], value: number): number {
  return levels.reduce((best, v) => (Math.abs(v - value) < Math.abs(best - value) ? v : best), levels[0]!);
}

interface Rebuilder {
  rebuild(observationIds: Iterable<string>): void;
}

function rebuilder(db: Db): Rebuilder {
  const rubrics = new Map<string, { rubric: Rubric; levels: number[] } | null>();
  const rubricOf = (id: string, version: number) => {
    const key = `${id}@${version}`;
    if (!rubrics.has(key)) {
      try {
        const rubric = readVersion(db, id, version).rubric;
        const levels = scaleOf(rubric)?.levels.map((l) => l.value) ?? [];
        rubrics.set(key, levels.length ? { rubric, levels } : null);
      } catch {
        rubrics.set(key, null); // the version has not arrived on this device yet
      }
    }
    return rubrics.get(key)!;
  };
  const remove = db.prepare('DELETE FROM insight_scores WHERE observation_id = ?');
  const readRow = db.prepare(
    `SELECT o.* FROM observations o WHERE o.id = ? AND coalesce(o.deleted, 0) = 0 AND o.status = 'submitted' AND o.started_at IS NOT NULL AND ${correctionOf('o')} IS NULL`,
  );
  const insert = db.prepare(
    `INSERT INTO insight_scores (observation_id, dimension_id, rubric_id, rubric_version, started_at, month, school_year, school_id, teacher_id, grade, subject, observer_name, value, level, na)
     VALUES (@observation_id, @dimension_id, @rubric_id, @rubric_version, @started_at, @month, @school_year, @school_id, @teacher_id, @grade, @subject, @observer_name, @value, @level, @na)`,
  );
  const givenScores = db.prepare(`SELECT dimension_id, value, na FROM scores WHERE observation_id = ? AND episode_id IS NULL AND coalesce(deleted, 0) = 0 ORDER BY id`);
  return {
    rebuild(ids) {
      for (const id of ids) {
        remove.run(id);
        const row = readRow.get(id) as ObservationRow | undefined;
        if (!row || row.rubric_id === null || row.rubric_version === null) continue;
        const found = rubricOf(row.rubric_id, row.rubric_version);
        if (!found) continue;
        const scored = new Set(found.rubric.dimensions.filter((d) => d.scored).map((d) => d.id));
        let scores: { dimensionId: string; value: number | null; na: boolean }[];
        if (lessonScoreIsGiven(found.rubric)) {
          const given = new Map<string, { dimensionId: string; value: number | null; na: boolean }>();
          for (const s of givenScores.all(id) as { dimension_id: string; value: number | null; na: number | null }[]) {
            given.set(s.dimension_id, { dimensionId: s.dimension_id, value: s.na ? null : s.value, na: s.na === 1 });
          }
          scores = [...given.values()];
        } else {
          const observation = toObservation(row);
          const record = { notes: listNotes(db, id), episodes: listEpisodes(db, id), scores: listScores(db, id) };
          scores = lessonScores(found.rubric, record, timerReading(observation.timer, observation.submittedAt ?? 0)).map((s) => ({ dimensionId: s.dimension.id, value: s.value, na: s.na }));
        }
        for (const s of scores) {
          if (!scored.has(s.dimensionId) || (s.value === null && !s.na)) continue;
          insert.run({
            observation_id: id,
            dimension_id: s.dimensionId,
            rubric_id: row.rubric_id,
            rubric_version: row.rubric_version,
            started_at: row.started_at,
            month: monthOf(row.started_at!),
            school_year: schoolYearOf(row.started_at!),
            school_id: row.school_id,
            teacher_id: row.teacher_id,
            grade: row.grade ?? '',
            subject: row.subject ?? '',
            observer_name: row.observer_name ?? '',
            value: s.value,
            level: s.value === null ? null : nearestLevel(found.levels, s.value),
            na: s.na ? 1 : 0,
          });
        }
      }
    },
  };
}

function rebuildCalibrated(db: Db): void {
  db.prepare('DELETE FROM insight_calibrated').run();
  const insert = db.prepare('INSERT OR REPLACE INTO insight_calibrated (observer_name, from_ms, to_ms) VALUES (?, ?, ?)');
  for (const standing of calibrationBoard(db)) {
    for (const period of calibratedPeriods(standing.history, standing.rule)) insert.run(standing.name, period.from, period.to);
  }
}

/** Observations whose insight rows may have changed since op `seq`. */
function touchedSince(db: Db, seq: number): Set<string> {
  const rows = db
    .prepare(
      `SELECT DISTINCT CASE o.tbl WHEN 'observations' THEN o.row_id
         WHEN 'scores' THEN (SELECT observation_id FROM scores WHERE id = o.row_id)
         ELSE (SELECT observation_id FROM episodes WHERE id = o.row_id) END AS id
       FROM ops o WHERE o.seq > ? AND o.tbl IN ('observations', 'scores', 'episodes')`,
    )
    .pluck()
    .all(seq) as (string | null)[];
  const ids = new Set(rows.filter((id): id is string => id !== null));
  // A correction replaces the observation it supersedes: that one leaves the figures.
  const superseded = db.prepare('SELECT supersedes FROM observations WHERE id = ? AND supersedes IS NOT NULL').pluck();
  for (const id of [...ids]) {
    const target = superseded.get(id) as string | undefined;
    if (target) ids.add(target);
  }
  return ids;
}

/** Brings insight_scores and insight_calibrated up to the op log; cheap when nothing changed. */
export function refreshInsights(db: Db): void {
  db.transaction(() => {
    const done = (db.prepare('SELECT value FROM insight_state WHERE key = ?').pluck().get(SEQ_KEY) as number | undefined) ?? 0;
    const latest = (db.prepare('SELECT coalesce(max(seq), 0) FROM ops').pluck().get() as number) ?? 0;
    if (latest === done) return;
    const ids =
      done === 0
        ? new Set(db.prepare(`SELECT id FROM observations WHERE status = 'submitted'`).pluck().all() as string[])
        : touchedSince(db, done);
    rebuilder(db).rebuild(ids);
    const calibrationChanged = db
      .prepare(`SELECT 1 FROM ops WHERE seq > ? AND (tbl LIKE 'calibration_%' OR tbl = 'people' OR tbl = 'observations') LIMIT 1`)
      .get(done);
    if (calibrationChanged) rebuildCalibrated(db);
    db.prepare('INSERT OR REPLACE INTO insight_state (key, value) VALUES (?, ?)').run(SEQ_KEY, latest);
  })();
}
