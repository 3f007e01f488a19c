// Rubrics: published versions, drafts and retirements. A published version is
// the canonical JSON of the rubric under its SHA-256; scores reference it, so
// the database itself refuses to change or delete one (triggers), whatever
// code or person issues the SQL. Drafts are this device's work in progress and
// may be invalid while someone is typing; they never share an id and version
// with a published row. Retiring is recorded beside the version, not in it.
import type { Migration } from './types.js';

export const migration003: Migration = {
  version: 3,
  name: 'rubrics',
  up(db) {
    db.exec(`
      CREATE TABLE rubric_versions (
        rubric_id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        content TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE CHECK (length(content_hash) = 64),
        origin TEXT NOT NULL CHECK (origin IN ('built_in', 'imported', 'authored')),
        published_at INTEGER NOT NULL,
        PRIMARY KEY (rubric_id, version),
        CHECK (json_valid(content)
          AND json_extract(content, '$.id') = rubric_id
          AND json_extract(content, '$.version') = version)
      ) WITHOUT ROWID;

      -- INSERT OR REPLACE deletes the old row without firing DELETE triggers
      -- (recursive_triggers is off), so a clashing insert is refused up front.
      CREATE TRIGGER rubric_versions_no_replace BEFORE INSERT ON rubric_versions
      WHEN EXISTS (SELECT 1 FROM rubric_versions
                   WHERE (rubric_id = NEW.rubric_id AND version = NEW.version) OR content_hash = NEW.content_hash)
      BEGIN
        SELECT RAISE(ABORT, 'This rubric version is already published and cannot be replaced.');
      END;

      CREATE TRIGGER rubric_versions_no_update BEFORE UPDATE ON rubric_versions
      BEGIN
        SELECT RAISE(ABORT, 'A published rubric version cannot be changed; make a new version instead.');
      END;

      CREATE TRIGGER rubric_versions_no_delete BEFORE DELETE ON rubric_versions
      BEGIN
        SELECT RAISE(ABORT, 'A published rubric version cannot be deleted; retire it instead.');
      END;

      CREATE TABLE rubric_drafts (
        rubric_id TEXT PRIMARY KEY,
        version INTEGER NOT NULL CHECK (version >= 1),
        content TEXT NOT NULL CHECK (json_valid(content)),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );

      CREATE TRIGGER rubric_drafts_not_published_insert BEFORE INSERT ON rubric_drafts
      WHEN EXISTS (SELECT 1 FROM rubric_versions WHERE rubric_id = NEW.rubric_id AND version = NEW.version)
      BEGIN
        SELECT RAISE(ABORT, 'This rubric version is already published; a draft needs a new version number.');
      END;

      CREATE TRIGGER rubric_drafts_not_published_update BEFORE UPDATE ON rubric_drafts
      WHEN EXISTS (SELECT 1 FROM rubric_versions WHERE rubric_id = NEW.rubric_id AND version = NEW.version)
      BEGIN
        SELECT RAISE(ABORT, 'This rubric version is already published; a draft needs a new version number.');
      END;

      CREATE TABLE rubric_retirements (
        rubric_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        retired_at INTEGER NOT NULL,
        PRIMARY KEY (rubric_id, version),
        FOREIGN KEY (rubric_id, version) REFERENCES rubric_versions (rubric_id, version)
      );
    `);
  },
};
