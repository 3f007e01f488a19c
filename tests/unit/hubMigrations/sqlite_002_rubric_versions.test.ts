import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sqlite001 } from '../../../hub/migrations/sqlite/001_initial.js';
import { sqlite002 } from '../../../hub/migrations/sqlite/002_rubric_versions.js';
import { migrateSqlite } from '../../../hub/storage/sqlite.js';
import { tempDir } from '../../support/stores.js';

describe('hub SQLite migration 002: rubric versions', () => {
  it('adds rubric versions, one per district, id and version, found by sequence, keeping the ops of version 1', () => {
    const db = new Database(path.join(tempDir(), 'hub.sqlite'));
    migrateSqlite(db, [sqlite001]);
    db.prepare("INSERT INTO districts (id, name, created_at) VALUES ('d', 'Dinuba', 1)").run();
    db.prepare("INSERT INTO ops (district_id, seq, op_id, hlc, node, tbl, row_id, col, value, scope) VALUES ('d', 1, 'o1', 'h', 'n', 'notes', 'r', 'text', '\"x\"', 'district')").run();
    expect(migrateSqlite(db, [sqlite001, sqlite002])).toEqual({ from: 1, to: 2 });
    const insert = db.prepare("INSERT INTO rubric_versions (district_id, rubric_id, version, content_hash, content, seq) VALUES ('d', 'tru-math', ?, 'h', '{}', ?)");
    insert.run(1, 2);
    insert.run(2, 3);
    expect(() => insert.run(1, 4)).toThrow(/UNIQUE/);
    expect(db.prepare("SELECT version FROM rubric_versions WHERE district_id = 'd' AND seq > 2 ORDER BY seq").pluck().all()).toEqual([2]);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM rubric_versions WHERE district_id = 'd' AND seq > 1").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('rubric_versions_seq');
    expect(db.prepare('SELECT count(*) FROM ops').pluck().get()).toBe(1);
    db.close();
  });
});
