import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEPT_MIGRATION_BACKUPS } from '../../db/backup.js';
import { migrate, schemaVersion } from '../../db/migrate.js';
import { LATEST_VERSION, MIGRATIONS } from '../../db/migrations/index.js';
import { dbPath } from '../../db/paths.js';
import { openConnection } from '../../db/sqlite.js';
import { openStore } from '../../db/store.js';
import { AppError } from '../../shared/errors.js';
import { columnsOf, SYNCED_TABLE_NAMES } from '../../shared/registry.js';
import { tempDir, tempStore } from '../support/stores.js';

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('migration runner', () => {
  it('numbers migrations 1, 2, 3... with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('backs up an existing database before migrating it', () => {
    const dir = tempDir();
    const db = openConnection(dbPath(dir));
    migrate(db, dir, MIGRATIONS.slice(0, 1));
    db.prepare("INSERT INTO meta (key, value) VALUES ('marker', 'kept')").run();
    const report = migrate(db, dir);
    expect(report.backup).not.toBeNull();
    const copy = openConnection(report.backup!, { readonly: true });
    expect(schemaVersion(copy)).toBe(1);
    expect(copy.prepare("SELECT value FROM meta WHERE key = 'marker'").pluck().get()).toBe('kept');
    copy.close();
    db.close();
  });

  it(`keeps only the newest ${KEPT_MIGRATION_BACKUPS} migration backups`, () => {
    const dir = tempDir();
    const backups = path.join(dir, 'backups');
    fs.mkdirSync(backups);
    for (let i = 0; i < 8; i++) fs.writeFileSync(path.join(backups, `before-migration-v1-2020-01-0${i + 1}.sqlite`), 'old');
    const db = openConnection(dbPath(dir));
    migrate(db, dir, MIGRATIONS.slice(0, 1));
    migrate(db, dir);
    const left = fs.readdirSync(backups).filter((n) => n.startsWith('before-migration-'));
    expect(left).toHaveLength(KEPT_MIGRATION_BACKUPS);
    expect(left.some((n) => n.includes('2020-01-01'))).toBe(false);
    db.close();
  });

  it('refuses a database from a newer version with a clear message and leaves the file untouched', () => {
    const dir = tempDir();
    const store = openStore({ dataDir: dir });
    store.db.pragma('journal_mode = DELETE');
    store.db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    store.close();
    const before = sha(dbPath(dir));
    let error: unknown;
    try {
      openStore({ dataDir: dir });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('database_from_future');
    expect((error as AppError).message).toMatch(/newer version of Fieldbook/);
    expect(sha(dbPath(dir))).toBe(before);
    expect(fs.existsSync(`${dbPath(dir)}-wal`)).toBe(false);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('rolls a failing migration back whole: version and schema as before', () => {
    const dir = tempDir();
    const db = openConnection(dbPath(dir));
    migrate(db, dir, MIGRATIONS.slice(0, 1));
    const broken = {
      version: 2,
      name: 'broken',
      up: (d: typeof db) => {
        d.exec('CREATE TABLE half_done (x)');
        throw new Error('boom');
      },
    };
    expect(() => migrate(db, dir, [MIGRATIONS[0]!, broken])).toThrow('boom');
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").pluck().get()).toBe(0);
    db.close();
  });

  it('creates every synced table of the registry with exactly its columns', () => {
    const store = tempStore();
    for (const table of SYNCED_TABLE_NAMES) {
      // In any order: a column added by ALTER TABLE comes after the table's first columns, whatever the registry's order.
      const cols = (store.db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
      expect(cols.sort(), table).toEqual(['id', ...columnsOf(table)].sort());
    }
  });

  it('opens with WAL, foreign keys on and synchronous FULL', () => {
    const store = tempStore();
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
  });
});
