import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sqlite001 } from '../../../hub/migrations/sqlite/001_initial.js';
import { migrateSqlite } from '../../../hub/storage/sqlite.js';
import { tempDir } from '../../support/stores.js';

describe('hub SQLite migration 001: districts, devices, ops and row scopes', () => {
  it('creates the tables, keeps one op id per district and one sequence number per district, and runs once', () => {
    const db = new Database(path.join(tempDir(), 'hub.sqlite'));
    expect(migrateSqlite(db, [sqlite001])).toEqual({ from: 0, to: 1 });
    expect(migrateSqlite(db, [sqlite001])).toEqual({ from: 1, to: 1 });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['devices', 'districts', 'enrolment_codes', 'ops', 'row_scopes', 'schools', 'teams']);
    db.prepare("INSERT INTO districts (id, name, created_at) VALUES ('d', 'Dinuba', 1)").run();
    const op = db.prepare("INSERT INTO ops (district_id, seq, op_id, hlc, node, tbl, row_id, col, value, scope) VALUES ('d', ?, ?, 'h', 'n', 'notes', 'r', 'text', '\"007\"', 'district')");
    op.run(1, 'o1');
    expect(() => op.run(2, 'o1')).toThrow(/UNIQUE/);
    expect(() => op.run(1, 'o2')).toThrow(/UNIQUE/);
    expect(db.prepare('SELECT value FROM ops').pluck().get()).toBe('"007"');
    expect(() => db.prepare("INSERT INTO districts (id, name, created_at) VALUES ('e', 'Dinuba', 1)").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO ops (district_id, seq, op_id, hlc, node, tbl, row_id, col, value, scope) VALUES ('nowhere', 1, 'x', 'h', 'n', 't', 'r', 'c', '1', 's')").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('refuses a hub database from a newer hub and changes nothing', () => {
    const db = new Database(path.join(tempDir(), 'hub.sqlite'));
    db.pragma('user_version = 7');
    expect(() => migrateSqlite(db, [sqlite001])).toThrow(/made by a newer Fieldbook hub \(version 7; this one knows up to 1\)/);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get()).toBe(0);
    db.close();
  });
});
