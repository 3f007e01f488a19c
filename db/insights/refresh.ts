// Brings the derived insight tables up to the op log. The first refresh builds
// them from every submitted observation; later ones redo only the
// observations that ops since the last refresh touched (an observation row,
// or one of its scores or episodes), plus any observation a new correction
// replaced, and adjust the cubes' sums for them. When a round or a person
// changed, who was calibrated when is worked out again for every row.
import { calibratedPeriods } from '../../shared/calibration/standing.js';
import { lessonScores, scoresLesson } from '../../shared/observationScoring.js';
import { nearestLevelIndex } from '../../shared/rubric/scales.js';
import { timerReading } from '../../shared/lessonClock.js';
import { scaleOf, type Rubric } from '../../shared/rubric/format.js';
import { calibrationBoard } from '../calibration/standing.js';
import { listEpisodes } from '../observations/episodes.js';
import { listNotes } from '../observations/notes.js';
import { correctionOf, toObservation, type ObservationRow } from '../observations/rows.js';
import { listScores } from '../observations/scores.js';
import { readVersion } from '../rubrics/versions.js';
import { adjustCubes, markCalibrated, rebuildCubes } from './cube.js';
import type { Db } from '../sqlite.js';
import { monthOf, schoolYearOf } from '../../shared/insights/periods.js';

const SEQ_KEY = 'ops_seq';
/** Up to this many changed observations, the cubes are adjusted; beyond it, summing afresh is cheaper. */
const INCREMENTAL_LIMIT = 2_000;

const LIVE_SUBMITTED = `coalesce(o.deleted, 0) = 0 AND o.status = 'submitted' AND o.started_at IS NOT NULL AND ${correctionOf('o')} IS NULL`;

/** The school year in SQL, as schoolYearOf computes it: "2025-26" runs August 2025 to July 2026. */
export const SCHOOL_YEAR_SQL = `(CAST(strftime('%Y', o.started_at / 1000, 'unixepoch') AS INTEGER) - (CAST(strftime('%m', o.started_at / 1000, 'unixepoch') AS INTEGER) < 8))
  || '-' || substr('0' || ((CAST(strftime('%Y', o.started_at / 1000, 'unixepoch') AS INTEGER) - (CAST(strftime('%m', o.started_at / 1000, 'unixepoch') AS INTEGER) < 8) + 1) % 100), -2)`;

const INSERT_COLUMNS = 'observation_id, dimension_id, rubric_id, rubric_version, started_at, month, school_year, school_id, teacher_id, grade, subject, observer_name, value, level, na';

/**
 * Recomputes the rows of the given observations. Where a rubric's lesson score
 * is the score given for the lesson (most rubrics, TRU included), one
 * INSERT ... SELECT per rubric version does it; a rubric that rolls episodes
 * up goes through the same roll-up as the observation screens.
 */
function rebuild(db: Db, ids: readonly string[], cubes: boolean): void {
  if (ids.length === 0) return;
  const idList = JSON.stringify(ids);
  const incremental = cubes && ids.length <= INCREMENTAL_LIMIT;
  if (incremental) adjustCubes(db, idList, -1);
  db.prepare('DELETE FROM insight_scores WHERE observation_id IN (SELECT value FROM json_each(?))').run(idList);
  db.prepare('DELETE FROM insight_observations WHERE observation_id IN (SELECT value FROM json_each(?))').run(idList);
  const versions = db
    .prepare(`SELECT DISTINCT o.rubric_id AS id, o.rubric_version AS version FROM observations o WHERE o.id IN (SELECT value FROM json_each(?)) AND o.rubric_id IS NOT NULL AND o.rubric_version IS NOT NULL`)
    .all(idList) as { id: string; version: number }[];
  for (const { id, version } of versions) {
    let rubric: Rubric;
    try {
      rubric = readVersion(db, id, version).rubric;
    } catch {
      continue; // the version has not arrived on this device yet
    }
    const levels = scaleOf(rubric)?.levels.map((l) => l.value) ?? [];
    if (levels.length === 0) continue;
    const scored = JSON.stringify(rubric.dimensions.filter((d) => d.scored).map((d) => d.id));
    const targets = `o.id IN (SELECT value FROM json_each(?)) AND o.rubric_id = ? AND o.rubric_version = ? AND ${LIVE_SUBMITTED}`;
    if (scoresLesson(rubric)) {
      // Ordered by score id, so of two rows for one dimension the later one stays, as on screen.
      db.prepare(
        `INSERT OR REPLACE INTO insight_scores (${INSERT_COLUMNS})
         SELECT o.id, s.dimension_id, o.rubric_id, o.rubric_version, o.started_at, strftime('%Y-%m', o.started_at / 1000, 'unixepoch'), ${SCHOOL_YEAR_SQL},
                coalesce(o.school_id, ''), o.teacher_id, coalesce(o.grade, ''), coalesce(o.subject, ''), coalesce(o.observer_name, ''),
                CASE WHEN s.na = 1 THEN NULL ELSE s.value END, CASE WHEN s.na = 1 THEN NULL ELSE s.value END, coalesce(s.na, 0)
         FROM observations o JOIN scores s ON s.observation_id = o.id AND s.episode_id IS NULL AND coalesce(s.deleted, 0) = 0
         WHERE ${targets} AND s.dimension_id IN (SELECT value FROM json_each(?)) AND (s.value IS NOT NULL OR s.na = 1)
         ORDER BY s.id`,
      ).run(idList, id, version, scored);
      continue;
    }
    const insert = db.prepare(`INSERT INTO insight_scores (${INSERT_COLUMNS}) VALUES (${INSERT_COLUMNS.split(', ').map((c) => `@${c}`).join(', ')})`);
    const wanted = new Set(JSON.parse(scored) as string[]);
    for (const row of db.prepare(`SELECT o.* FROM observations o WHERE ${targets}`).all(idList, id, version) as ObservationRow[]) {
      const observation = toObservation(row);
      const record = { notes: listNotes(db, row.id), episodes: listEpisodes(db, row.id), scores: listScores(db, row.id) };
      for (const s of lessonScores(rubric, record, timerReading(observation.timer, observation.submittedAt ?? 0))) {
        if (!wanted.has(s.dimension.id) || (s.value === null && !s.na)) continue;
        insert.run({
          observation_id: row.id,
          dimension_id: s.dimension.id,
          rubric_id: id,
          rubric_version: version,
          started_at: row.started_at,
          month: monthOf(row.started_at!),
          school_year: schoolYearOf(row.started_at!),
          school_id: row.school_id ?? '',
          teacher_id: row.teacher_id,
          grade: row.grade ?? '',
          subject: row.subject ?? '',
          observer_name: row.observer_name ?? '',
          value: s.value,
          level: s.value === null ? null : levels[nearestLevelIndex(levels, s.value)]!,
          na: s.na ? 1 : 0,
        });
      }
    }
  }
  db.prepare(
    `INSERT INTO insight_observations (observation_id, rubric_id, rubric_version, started_at, month, school_year, school_id, teacher_id, grade, subject, observer_name)
     SELECT observation_id, rubric_id, rubric_version, started_at, month, school_year, school_id, teacher_id, grade, subject, observer_name
     FROM insight_scores WHERE observation_id IN (SELECT value FROM json_each(?)) GROUP BY observation_id`,
  ).run(idList);
  if (!cubes) return; // the caller re-marks every row and sums the cubes afresh
  markCalibrated(db, idList);
  if (incremental) adjustCubes(db, idList, 1);
  else rebuildCubes(db);
}

/** Each observer's calibrated periods, from the rater histories. */
function rebuildPeriods(db: Db): void {
  db.prepare('DELETE FROM insight_calibrated').run();
  const insert = db.prepare('INSERT OR REPLACE INTO insight_calibrated (observer_name, from_ms, to_ms) VALUES (?, ?, ?)');
  for (const standing of calibrationBoard(db, { withCoObservations: false })) {
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
    // Who was calibrated when changes with a round or a renamed person: then every row is re-marked and the cubes summed afresh.
    const calibrationChanged = db
      .prepare(`SELECT 1 FROM ops WHERE seq > ? AND (tbl LIKE 'calibration_%' OR tbl = 'people') LIMIT 1`)
      .get(done);
    if (calibrationChanged) rebuildPeriods(db);
    rebuild(db, [...ids], !calibrationChanged);
    if (calibrationChanged) {
      markCalibrated(db);
      rebuildCubes(db);
    }
    db.prepare('INSERT OR REPLACE INTO insight_state (key, value) VALUES (?, ?)').run(SEQ_KEY, latest);
  })();
}
