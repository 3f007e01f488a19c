import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sqlite001 } from '../../../hub/migrations/sqlite/001_initial.js';
import { sqlite002 } from '../../../hub/migrations/sqlite/002_rubric_versions.js';
import { sqlite003 } from '../../../hub/migrations/sqlite/003_device_nodes_and_withdrawn_rubrics.js';
import { migrateSqlite } from '../../../hub/storage/sqlite.js';
import { tempDir } from '../../support/stores.js';

describe('hub SQLite migration 003: one device per node, withdrawn rubric versions', () => {
  it('withdraws every device sharing a node, keeps the first one\u2019s node, then refuses a second device with a node; rubric versions gain withdrawn_at', () => {
    const db = new Database(path.join(tempDir(), 'hub.sqlite'));
    migrateSqlite(db, [sqlite001, sqlite002]);
    db.prepare("INSERT INTO districts (id, name, created_at) VALUES ('d', 'Dinuba', 1)").run();
    const device = db.prepare("INSERT INTO devices (id, district_id, node, user_name, role, schools, teams, token_hash, enrolled_at) VALUES (?, 'd', ?, 'x', 'coach', '[]', '[]', ?, ?)");
    device.run('owner', 'n1', 't1', 10);
    device.run('impostor', 'n1', 't2', 20);
    device.run('alone', 'n2', 't3', 30);
    db.prepare("INSERT INTO rubric_versions (district_id, rubric_id, version, content_hash, content, seq) VALUES ('d', 'tru-math', 1, 'h', '{}', 1)").run();
    expect(migrateSqlite(db, [sqlite001, sqlite002, sqlite003])).toEqual({ from: 2, to: 3 });
    expect(db.prepare('SELECT id, node, revoked_at AS revokedAt FROM devices ORDER BY id').all()).toEqual([
      { id: 'alone', node: 'n2', revokedAt: null },
      { id: 'impostor', node: 'n1~duplicate~impostor', revokedAt: 20 },
      { id: 'owner', node: 'n1', revokedAt: 10 },
    ]);
    expect(() => device.run('another', 'n2', 't4', 40)).toThrow(/UNIQUE/);
    expect(db.prepare('SELECT withdrawn_at FROM rubric_versions').pluck().all()).toEqual([null]);
    db.close();
  });
});
