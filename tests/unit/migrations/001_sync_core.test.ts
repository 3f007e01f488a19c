import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../db/migrate.js';
import { migration001 } from '../../../db/migrations/001_sync_core.js';
import { openConnection } from '../../../db/sqlite.js';
import { tempDir } from '../../support/stores.js';

describe('migration 001: sync core', () => {
  it('creates the op log, field versions, conflicts, meta and settings on an empty file', () => {
    const dir = tempDir();
    const db = openConnection(path.join(dir, 'x.sqlite'));
    const report = migrate(db, dir, [migration001]);
    expect(report).toEqual({ from: 0, to: 1, backup: null });
    expect(schemaVersion(db)).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['conflicts', 'field_versions', 'meta', 'ops', 'settings']);
    const opCols = (db.pragma('table_info(ops)') as { name: string }[]).map((c) => c.name);
    expect(opCols).toEqual(['seq', 'op_id', 'hlc', 'node', 'tbl', 'row_id', 'col', 'value', 'base']);
    db.close();
  });

  it('makes op ids unique, so an op can be logged only once', () => {
    const dir = tempDir();
    const db = openConnection(path.join(dir, 'x.sqlite'));
    migrate(db, dir, [migration001]);
    const insert = db.prepare("INSERT INTO ops (op_id, hlc, node, tbl, row_id, col, value) VALUES ('a', 'h', 'n', 't', 'r', 'c', 1)");
    insert.run();
    expect(() => insert.run()).toThrow(/UNIQUE/);
    db.close();
  });
});
