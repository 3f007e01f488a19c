import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../db/migrate.js';
import { MIGRATIONS } from '../../../db/migrations/index.js';
import { migration009 } from '../../../db/migrations/009_bundles.js';
import { openConnection } from '../../../db/sqlite.js';
import { tempDir } from '../../support/stores.js';

describe('migration 009: bundles', () => {
  it('adds the bundle history, peers and peer vectors to a version-8 database, keeps its ops, and finds a node\'s ops by the new index', () => {
    const dir = tempDir();
    const db = openConnection(path.join(dir, 'x.sqlite'));
    const before = MIGRATIONS.filter((m) => m.version < 9);
    migrate(db, dir, before);
    db.prepare("INSERT INTO ops (op_id, hlc, node, tbl, row_id, col, value) VALUES ('o1', '1763884800000-0000-9f2c4a1b7d3e5f60', '9f2c4a1b7d3e5f60', 'schools', 'r', 'name', 'North')").run();
    expect(migrate(db, dir, [...before, migration009])).toMatchObject({ from: 8, to: 9 });
    expect(schemaVersion(db)).toBe(9);
    expect(db.prepare('SELECT count(*) FROM ops').pluck().get()).toBe(1);
    db.prepare("INSERT INTO bundle_peers (node, public_key, user_name, district, last_import_at) VALUES ('9f2c4a1b7d3e5f60', 'k', 'Ken', 'Dinuba', 1)").run();
    db.prepare("INSERT INTO bundle_peer_vectors (peer, node, hlc) VALUES ('9f2c4a1b7d3e5f60', '9f2c4a1b7d3e5f60', 'h')").run();
    db.prepare("INSERT INTO bundle_history (bundle_id, direction, at, file_name, ops, rubrics) VALUES ('b', 'export', 1, 'f.fbundle', 1, 0)").run();
    expect(() => db.prepare("INSERT INTO bundle_history (bundle_id, direction, at, file_name, ops, rubrics) VALUES ('b', 'sideways', 1, 'f', 1, 0)").run()).toThrow(/CHECK/);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM ops WHERE node = 'n' AND hlc > 'h'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('ops_node_hlc');
    db.close();
  });
});
