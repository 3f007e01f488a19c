// Insights read from local, derived tables, never synced and always
// rebuildable from the synced ones: one row per lesson score of a submitted
// observation that no correction replaced (with the columns dashboards group
// by, copied in so a query over a million scores needs no joins), and the
// periods in which each observer was calibrated. insight_state remembers the
// op log position they were brought up to, so a refresh only redoes what
// changed since.
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
        school_id TEXT,
        teacher_id TEXT,
        grade TEXT NOT NULL,
        subject TEXT NOT NULL,
        observer_name TEXT NOT NULL,
        value REAL,
        level INTEGER,
        na INTEGER NOT NULL,
        PRIMARY KEY (observation_id, dimension_id)
      ) WITHOUT ROWID;
      CREATE INDEX insight_scores_rubric ON insight_scores (rubric_id, dimension_id, month);
      CREATE INDEX insight_scores_school ON insight_scores (school_id, rubric_id, dimension_id);
      CREATE INDEX insight_scores_teacher ON insight_scores (teacher_id, started_at);

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
