// The insight cubes: insight_scores and insight_observations summed by the
// columns figures group and filter by (dimension, month, school, grade,
// subject; levels in their own cube), each sum also kept for calibrated
// observers only. Teacher and exact days are not kept: the dashboard reads
// rows for those. A refresh that redoes a few observations takes their old
// rows out of the sums and adds the new ones; a large refresh, or a change
// of who was calibrated when, sums afresh.
import type { Db } from '../sqlite.js';

const KEYS = 'rubric_id, rubric_version, dimension_id, month, school_id, grade, subject';
const OBSERVATION_KEYS = 'rubric_id, rubric_version, month, school_id, grade, subject';
const VALUED = 'na = 0 AND level IS NOT NULL';

/** SQL: is the observer of row `alias` calibrated at the time it was scored? */
export function calibratedWhenScored(alias: string): string {
  return `EXISTS (SELECT 1 FROM insight_calibrated c WHERE c.observer_name = ${alias}.observer_name
    AND c.from_ms <= ${alias}.started_at AND (c.to_ms IS NULL OR ${alias}.started_at < c.to_ms))`;
}

interface CubeSpec {
  table: string;
  columns: string;
  select: (sign: 1 | -1, where: string) => string;
  add: string;
}

const CUBES: CubeSpec[] = [
  {
    table: 'insight_cube',
    columns: `${KEYS}, n, valued, total, n_cal, valued_cal, total_cal`,
    select: (sign, where) =>
      `SELECT ${KEYS}, ${sign} * count(*), ${sign} * count(CASE WHEN ${VALUED} THEN 1 END), ${sign} * coalesce(sum(value), 0),
              ${sign} * sum(calibrated), ${sign} * count(CASE WHEN calibrated = 1 AND ${VALUED} THEN 1 END), ${sign} * coalesce(sum(CASE WHEN calibrated = 1 THEN value END), 0)
       FROM insight_scores WHERE ${where} GROUP BY ${KEYS}`,
    add: 'n = n + excluded.n, valued = valued + excluded.valued, total = total + excluded.total, n_cal = n_cal + excluded.n_cal, valued_cal = valued_cal + excluded.valued_cal, total_cal = total_cal + excluded.total_cal',
  },
  {
    table: 'insight_level_cube',
    columns: `${KEYS}, level, n, n_cal`,
    // N/A (and a score with no level) is level 0.
    select: (sign, where) => `SELECT ${KEYS}, CASE WHEN na = 1 THEN 0 ELSE coalesce(level, 0) END, ${sign} * count(*), ${sign} * sum(calibrated) FROM insight_scores WHERE ${where} GROUP BY ${KEYS}, 8`,
    add: 'n = n + excluded.n, n_cal = n_cal + excluded.n_cal',
  },
  {
    table: 'insight_observation_cube',
    columns: `${OBSERVATION_KEYS}, n, n_cal`,
    select: (sign, where) => `SELECT ${OBSERVATION_KEYS}, ${sign} * count(*), ${sign} * sum(calibrated) FROM insight_observations WHERE ${where} GROUP BY ${OBSERVATION_KEYS}`,
    add: 'n = n + excluded.n, n_cal = n_cal + excluded.n_cal',
  },
];

/** Adds (sign 1) or takes out (sign −1) the rows of the observations in the JSON id list. */
export function adjustCubes(db: Db, idList: string, sign: 1 | -1): void {
  for (const cube of CUBES) {
    db.prepare(`INSERT INTO ${cube.table} (${cube.columns}) ${cube.select(sign, 'observation_id IN (SELECT value FROM json_each(?))')} ON CONFLICT DO UPDATE SET ${cube.add}`).run(idList);
    db.prepare(`DELETE FROM ${cube.table} WHERE n = 0`).run();
  }
}

export function rebuildCubes(db: Db): void {
  for (const cube of CUBES) {
    db.prepare(`DELETE FROM ${cube.table}`).run();
    db.prepare(`INSERT INTO ${cube.table} (${cube.columns}) ${cube.select(1, 'true')}`).run();
  }
}

/** Marks whether each row's observer was calibrated when they scored (all rows, or the observations in the JSON id list). */
export function markCalibrated(db: Db, idList?: string): void {
  const only = idList === undefined ? '' : ' WHERE observation_id IN (SELECT value FROM json_each(?))';
  for (const table of ['insight_scores', 'insight_observations'] as const) {
    const statement = db.prepare(`UPDATE ${table} AS r SET calibrated = ${calibratedWhenScored('r')}${only}`);
    if (idList === undefined) statement.run();
    else statement.run(idList);
  }
}
