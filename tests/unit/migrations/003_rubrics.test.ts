import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../db/migrate.js';
import { migration001 } from '../../../db/migrations/001_sync_core.js';
import { migration002 } from '../../../db/migrations/002_directory.js';
import { migration003 } from '../../../db/migrations/003_rubrics.js';
import { openConnection } from '../../../db/sqlite.js';
import { tempDir } from '../../support/stores.js';

describe('migration 003: rubrics', () => {
  it('adds the rubric tables to a version-2 database, keeping its directory', () => {
    const dir = tempDir();
    const db = openConnection(path.join(dir, 'x.sqlite'));
    migrate(db, dir, [migration001, migration002]);
    db.prepare("INSERT INTO schools (id, name) VALUES ('s', 'Harbor Elementary')").run();
    const report = migrate(db, dir, [migration001, migration002, migration003]);
    expect(report).toMatchObject({ from: 2, to: 3 });
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT name FROM schools').pluck().get()).toBe('Harbor Elementary');
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'rubric%' ORDER BY name").pluck().all();
    expect(tables).toEqual(['rubric_drafts', 'rubric_retirements', 'rubric_versions']);
    db.close();
  });

  it('holds a version only when its content names the same id and version', () => {
    const dir = tempDir();
    const db = openConnection(path.join(dir, 'x.sqlite'));
    migrate(db, dir, [migration001, migration002, migration003]);
    const insert = db.prepare('INSERT INTO rubric_versions (rubric_id, version, content, content_hash, origin, published_at) VALUES (?, ?, ?, ?, ?, 0)');
    const hash = (c: string) => c.repeat(64);
    expect(() => insert.run('a', 1, '{"id":"b","version":1}', hash('1'), 'authored')).toThrow(/CHECK/);
    expect(() => insert.run('a', 1, '{"id":"a","version":2}', hash('2'), 'authored')).toThrow(/CHECK/);
    expect(() => insert.run('a', 1, 'not json', hash('3'), 'authored')).toThrow(/CHECK|malformed/);
    expect(() => insert.run('a', 1, '{"id":"a","version":1}', 'short', 'authored')).toThrow(/CHECK/);
    expect(() => insert.run('a', 1, '{"id":"a","version":1}', hash('4'), 'downloaded')).toThrow(/CHECK/);
    insert.run('a', 1, '{"id":"a","version":1}', hash('5'), 'authored');
    expect(() => insert.run('a', 2, '{"id":"a","version":2}', hash('5'), 'authored')).toThrow(/cannot be replaced/);
    expect(() => db.prepare('INSERT INTO rubric_retirements VALUES (?, ?, 0)').run('a', 9)).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
