// Observations: the visit, its timestamped notes, episodes, scores, the
// seating chart's students and attachment records. All are synced tables
// (materialised from field_versions by the apply path), so, like the
// directory, they carry no NOT NULL or foreign keys: fields of one row may
// arrive from different devices in any order. Two things stay on this device:
// the half-typed note of each observation (note_drafts), saved every few
// hundred milliseconds so a crash loses nothing, and the full-text index of
// notes (FTS5, kept current by triggers on the materialised table).
import type { Migration } from './types.js';

export const migration004: Migration = {
  version: 4,
  name: 'observations',
  up(db) {
    db.exec(`
      CREATE TABLE observations (
        id TEXT PRIMARY KEY,
        teacher_id TEXT, teacher_label TEXT, school_id TEXT, grade TEXT, subject TEXT,
        rubric_id TEXT, rubric_version INTEGER, focus TEXT, kind TEXT, observer_name TEXT,
        status TEXT, scheduled_for TEXT, started_at INTEGER, timer_ms INTEGER, timer_since INTEGER,
        submitted_at INTEGER, supersedes TEXT, strengths TEXT, questions TEXT, next_steps TEXT,
        seat_rows INTEGER, seat_cols INTEGER, deleted INTEGER
      );
      CREATE INDEX observations_started ON observations (started_at DESC);
      CREATE INDEX observations_teacher ON observations (teacher_id, started_at DESC);
      CREATE INDEX observations_school ON observations (school_id, started_at DESC);
      CREATE INDEX observations_status ON observations (status, scheduled_for);

      CREATE TABLE notes (
        id TEXT PRIMARY KEY,
        observation_id TEXT, at_ms INTEGER, created_at INTEGER, text TEXT,
        dimensions TEXT, tags TEXT, student_id TEXT, episode_id TEXT, deleted INTEGER
      );
      CREATE INDEX notes_observation ON notes (observation_id, at_ms);

      CREATE TABLE episodes (
        id TEXT PRIMARY KEY,
        observation_id TEXT, type_id TEXT, start_ms INTEGER, deleted INTEGER
      );
      CREATE INDEX episodes_observation ON episodes (observation_id, start_ms);

      CREATE TABLE scores (
        id TEXT PRIMARY KEY,
        observation_id TEXT, episode_id TEXT, dimension_id TEXT, value INTEGER, na INTEGER,
        evidence TEXT, deleted INTEGER
      );
      CREATE INDEX scores_observation ON scores (observation_id);

      CREATE TABLE observation_students (
        id TEXT PRIMARY KEY,
        observation_id TEXT, code TEXT, seat_row INTEGER, seat_col INTEGER, focal INTEGER, deleted INTEGER
      );
      CREATE INDEX observation_students_observation ON observation_students (observation_id);

      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        observation_id TEXT, note_id TEXT, name TEXT, mime TEXT, size INTEGER, sha256 TEXT, deleted INTEGER
      );
      CREATE INDEX attachments_observation ON attachments (observation_id);

      CREATE TABLE note_drafts (
        observation_id TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      );

      -- External-content FTS5 over notes.text. The apply path materialises
      -- with INSERT ... ON CONFLICT DO UPDATE, which keeps each row's rowid, so
      -- these triggers see every insert and every change of text.
      CREATE VIRTUAL TABLE notes_fts USING fts5(
        text, content = 'notes', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts (rowid, text) VALUES (NEW.rowid, NEW.text);
      END;
      CREATE TRIGGER notes_fts_update AFTER UPDATE OF text ON notes BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, text) VALUES ('delete', OLD.rowid, OLD.text);
        INSERT INTO notes_fts (rowid, text) VALUES (NEW.rowid, NEW.text);
      END;
      CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, text) VALUES ('delete', OLD.rowid, OLD.text);
      END;
    `);
  },
};
