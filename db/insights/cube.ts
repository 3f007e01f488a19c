// The insight cubes: insight_scores and insight_observations summed by every
// column a figure groups or filters by (except teacher and exact day, which
// the dashboard reads from the row tables). A refresh that redoes a few
// observations takes their old rows out of the sums and adds the new ones;
// a large refresh, or a change of who was calibrated when, rebuilds the sums.
import type { Db } from '../sqlite.js';

const SCORE_KEYS = 'rubric_id, rubric_version, dimension_id, month, school_year, school_id, grade, subject, calibrated';
const OBSERVATION_KEYS = 'rubric_id, rubric_version, month, school_year, school_id, grade, subject, calibrated';

/** SQL: is the observer of row `alias` calibrated at the time it was scored? */
export function calibratedWhenScored(alias: string): string {
  return `EXISTS (SELECT 1 FROM insight_calibrated c WHERE c.observer_name = ${alias}.observer_name
    AND c.from_ms <= ${alias}.started_at AND (c.to_ms IS NULL OR ${alias}.started_at < c.to_ms))`;
}

function scoreSums(where: string, sign: 1 | -1 = 1): string {
  return `SELECT ${SCORE_KEYS}, coalesce(level, 0), na, ${sign} * count(*), ${sign} * coalesce(sum(value), 0)
          FROM insight_scores WHERE ${where} GROUP BY ${SCORE_KEYS}, coalesce(level, 0), na`;
}

function observationSums(where: string, sign: 1 | -1 = 1): string {
  return `SELECT ${OBSERVATION_KEYS}, ${sign} * count(*) FROM insight_observations WHERE ${where} GROUP BY ${OBSERVATION_KEYS}`;
}

/** Adds (sign 1) or takes out (sign −1) the rows of the observations in the JSON id list. */
export function adjustCubes(db: Db, idList: string, sign: 1 | -1): void {
  const ids = 'observation_id IN (SELECT value FROM json_each(?))';
  db.prepare(`INSERT INTO insight_cube (${SCORE_KEYS}, level, na, n, total) ${scoreSums(ids, sign)} ON CONFLICT DO UPDATE SET n = n + excluded.n, total = total + excluded.total`).run(idList);
  db.prepare(`INSERT INTO insight_observation_cube (${OBSERVATION_KEYS}, n) ${observationSums(ids, sign)} ON CONFLICT DO UPDATE SET n = n + excluded.n`).run(idList);
  db.exec('DELETE FROM insight_cube WHERE n = 0; DELETE FROM insight_observation_cube WHERE n = 0');
}

export function rebuildCubes(db: Db): void {
  db.exec(`
    DELETE FROM insight_cube;
    INSERT INTO insight_cube (${SCORE_KEYS}, level, na, n, total) ${scoreSums('true')};
    DELETE FROM insight_observation_cube;
    INSERT INTO insight_observation_cube (${OBSERVATION_KEYS}, n) ${observationSums('true')};
  `);
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
