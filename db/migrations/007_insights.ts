// Insights read from local, derived tables, never synced and always
// rebuildable from the synced ones:
//   - insight_scores: one row per lesson score of a submitted observation that
//     no correction replaced, with the columns dashboards filter by copied in
//     (and whether the observer was calibrated when they scored);
//   - insight_observations: one row per such observation with a score;
//   - insight_cube, insight_level_cube and insight_observation_cube: those
//     rows summed by the columns figures group and filter by (with separate
//     sums for calibrated observers), so a district-wide dashboard reads
//     thousands of rows instead of a million;
//   - insight_calibrated: the periods in which each observer was calibrated;
//   - insight_state: the op log position all of this was brought up to.
import type { Migration } from './types.js';

export const migration007: Migration = {
  version: 7,
  name: 'insights',
  up(db) {
    db.exec(`
      CREATE TABLE insight_scores (
        observation_id TEXT NOT NULL,
        dimension_id TEXT NOT NULL,
        rubric_id TEXT NOT NULL,
        rubric_version INTEGER NOT NULL,
        started_at INTEGER NOT NULL,
        month TEXT NOT NULL,
        school_year TEXT NOT NULL,
        school_id TEXT NOT NULL,
        teacher_id TEXT,
        grade TEXT NOT NULL,
        subject TEXT NOT NULL,
        observer_name TEXT NOT NULL,
        calibrated INTEGER NOT NULL DEFAULT 0,
        value REAL,
        level INTEGER,
        na INTEGER NOT NULL,
        PRIMARY KEY (observation_id, dimension_id)
      ) WITHOUT ROWID;
      CREATE INDEX insight_scores_rubric ON insight_scores (rubric_id, dimension_id, month);
      CREATE INDEX insight_scores_school ON insight_scores (school_id, rubric_id, dimension_id);
      CREATE INDEX insight_scores_teacher ON insight_scores (teacher_id, started_at);
      CREATE INDEX insight_scores_observer ON insight_scores (observer_name, started_at);

      CREATE TABLE insight_observations (
        observation_id TEXT PRIMARY KEY,
        rubric_id TEXT NOT NULL,
        rubric_version INTEGER NOT NULL,
        started_at INTEGER NOT NULL,
        month TEXT NOT NULL,
        school_year TEXT NOT NULL,
        school_id TEXT NOT NULL,
        teacher_id TEXT,
        grade TEXT NOT NULL,
        subject TEXT NOT NULL,
        observer_name TEXT NOT NULL,
        calibrated INTEGER NOT NULL DEFAULT 0
      ) WITHOUT ROWID;
      -- Covers counting distinct teachers under any filter the cubes answer.
      CREATE INDEX insight_observations_teachers ON insight_observations (rubric_id, rubric_version, calibrated, month, school_id, grade, subject, teacher_id);

      CREATE TABLE insight_cube (
        rubric_id TEXT NOT NULL, rubric_version INTEGER NOT NULL, dimension_id TEXT NOT NULL, month TEXT NOT NULL,
        school_id TEXT NOT NULL, grade TEXT NOT NULL, subject TEXT NOT NULL,
        n INTEGER NOT NULL, valued INTEGER NOT NULL, total REAL NOT NULL,
        n_cal INTEGER NOT NULL, valued_cal INTEGER NOT NULL, total_cal REAL NOT NULL,
        PRIMARY KEY (rubric_id, rubric_version, dimension_id, month, school_id, grade, subject)
      ) WITHOUT ROWID;

      CREATE TABLE insight_level_cube (
        rubric_id TEXT NOT NULL, rubric_version INTEGER NOT NULL, dimension_id TEXT NOT NULL, month TEXT NOT NULL,
        school_id TEXT NOT NULL, grade TEXT NOT NULL, subject TEXT NOT NULL, level INTEGER NOT NULL,
        n INTEGER NOT NULL, n_cal INTEGER NOT NULL,
        PRIMARY KEY (rubric_id, rubric_version, dimension_id, month, school_id, grade, subject, level)
      ) WITHOUT ROWID;

      CREATE TABLE insight_observation_cube (
        rubric_id TEXT NOT NULL, rubric_version INTEGER NOT NULL, month TEXT NOT NULL,
        school_id TEXT NOT NULL, grade TEXT NOT NULL, subject TEXT NOT NULL,
        n INTEGER NOT NULL, n_cal INTEGER NOT NULL,
        PRIMARY KEY (rubric_id, rubric_version, month, school_id, grade, subject)
      ) WITHOUT ROWID;

      CREATE TABLE insight_calibrated (
        observer_name TEXT NOT NULL,
        from_ms INTEGER NOT NULL,
        to_ms INTEGER,
        PRIMARY KEY (observer_name, from_ms)
      ) WITHOUT ROWID;

      CREATE TABLE insight_state (
        key TEXT PRIMARY KEY,
        value INTEGER NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
