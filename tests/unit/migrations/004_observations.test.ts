import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../db/migrate.js';
import { MIGRATIONS } from '../../../db/migrations/index.js';
import { migration004 } from '../../../db/migrations/004_observations.js';
import { openConnection } from '../../../db/sqlite.js';
import { tempDir } from '../../support/stores.js';

describe('migration 004: observations', () => {
  it('adds the observation tables and the notes index to a version-3 database, keeping its rubrics', () => {
    const dir = tempDir();
    const db = openConnection(path.join(dir, 'x.sqlite'));
    const before = MIGRATIONS.filter((m) => m.version < 4);
    migrate(db, dir, before);
    db.prepare("INSERT INTO rubric_drafts VALUES ('r', 1, '{}', 0, 0)").run();
    expect(migrate(db, dir, [...before, migration004])).toMatchObject({ from: 3, to: 4 });
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare('SELECT count(*) FROM rubric_drafts').pluck().get()).toBe(1);
    for (const table of ['observations', 'notes', 'episodes', 'scores', 'observation_students', 'attachments', 'note_drafts', 'notes_fts']) {
      expect(db.prepare('SELECT count(*) FROM sqlite_schema WHERE name = ?').pluck().get(table), table).toBe(1);
    }
    db.close();
  });

  it('keeps the full-text index in step with the notes table through insert, upsert and delete', () => {
    const dir = tempDir();
    const db = openConnection(path.join(dir, 'x.sqlite'));
    migrate(db, dir, MIGRATIONS);
    const find = (word: string) => db.prepare('SELECT count(*) FROM notes_fts WHERE notes_fts MATCH ?').pluck().get(word);
    db.prepare("INSERT INTO notes (id, text) VALUES ('a', 'equivalent fractions')").run();
    expect(find('fractions')).toBe(1);
    db.prepare("INSERT INTO notes (id, text) VALUES ('a', 'decimals') ON CONFLICT (id) DO UPDATE SET text = excluded.text").run();
    expect(find('fractions')).toBe(0);
    expect(find('decimals')).toBe(1);
    db.prepare("DELETE FROM notes WHERE id = 'a'").run();
    expect(find('decimals')).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.prepare("INSERT INTO notes_fts (notes_fts) VALUES ('integrity-check')").run();
    db.close();
  });
});
