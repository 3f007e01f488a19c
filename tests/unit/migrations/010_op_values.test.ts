import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../db/migrate.js';
import { MIGRATIONS } from '../../../db/migrations/index.js';
import { migration010 } from '../../../db/migrations/010_op_values.js';
import { openConnection } from '../../../db/sqlite.js';
import { tempDir } from '../../support/stores.js';

const NODE = '9f2c4a1b7d3e5f60';
const HLC = `1763884800000-0000-${NODE}`;

describe('migration 010: op values keep their type', () => {
  it('rebuilds the op log and field versions without affinity, turning numbers in text columns back into text and keeping the rest', () => {
    const dir = tempDir();
    const db = openConnection(path.join(dir, 'x.sqlite'));
    const before = MIGRATIONS.filter((m) => m.version < 10);
    migrate(db, dir, before);
    const insertOp = db.prepare(`INSERT INTO ops (op_id, hlc, node, tbl, row_id, col, value) VALUES (?, '${HLC}', '${NODE}', ?, 'r', ?, ?)`);
    const insertField = db.prepare(`INSERT INTO field_versions (tbl, row_id, col, hlc, op_id, node, value) VALUES (?, 'r', ?, '${HLC}', ?, '${NODE}', ?)`);
    const rows: [string, string, string, unknown][] = [
      ['o1', 'schools', 'code', '007'],
      ['o2', 'schools', 'name', 'North'],
      ['o3', 'schools', 'archived', 1],
      ['o4', 'ls_plan_steps', 'position', 1.5],
      ['o5', 'people', 'roles', '5'],
    ];
    for (const [id, tbl, col, value] of rows) {
      insertOp.run(id, tbl, col, value);
      insertField.run(tbl, col, id, value);
    }
    // What version 9 did to them: text that looks like a number became a number.
    expect(db.prepare("SELECT typeof(value) FROM ops WHERE op_id = 'o1'").pluck().get()).toBe('integer');

    expect(migrate(db, dir, [...before, migration010])).toMatchObject({ from: 9, to: 10 });
    expect(schemaVersion(db)).toBe(10);
    const expected = [
      { op_id: 'o1', value: '7', type: 'text' },
      { op_id: 'o2', value: 'North', type: 'text' },
      { op_id: 'o3', value: 1, type: 'integer' },
      { op_id: 'o4', value: 1.5, type: 'real' },
      { op_id: 'o5', value: '5', type: 'text' },
    ];
    expect(db.prepare('SELECT op_id, value, typeof(value) AS type FROM ops ORDER BY seq').all()).toEqual(expected);
    expect(db.prepare('SELECT op_id, value, typeof(value) AS type FROM field_versions ORDER BY op_id').all()).toEqual(expected);
    expect(db.prepare('SELECT seq FROM ops ORDER BY seq').pluck().all()).toEqual([1, 2, 3, 4, 5]);

    insertOp.run('o6', 'schools', 'code', '007');
    expect(db.prepare("SELECT value, typeof(value) AS type FROM ops WHERE op_id = 'o6'").get()).toEqual({ value: '007', type: 'text' });
    expect(() => insertOp.run('o6', 'schools', 'code', 'again')).toThrow(/UNIQUE/);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM ops WHERE node = 'n' AND hlc > 'h'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('ops_node_hlc');
    db.close();
  });
});
