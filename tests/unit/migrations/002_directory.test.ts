import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../db/migrate.js';
import { migration001 } from '../../../db/migrations/001_sync_core.js';
import { migration002 } from '../../../db/migrations/002_directory.js';
import { openConnection } from '../../../db/sqlite.js';
import { columnsOf } from '../../../shared/registry.js';
import { tempDir } from '../../support/stores.js';

describe('migration 002: directory', () => {
  it('adds schools and people to a version-1 database, keeping its op log', () => {
    const dir = tempDir();
    const db = openConnection(path.join(dir, 'x.sqlite'));
    migrate(db, dir, [migration001]);
    db.prepare("INSERT INTO ops (op_id, hlc, node, tbl, row_id, col, value) VALUES ('a', 'h', 'n', 't', 'r', 'c', 1)").run();
    const report = migrate(db, dir, [migration001, migration002]);
    expect(report.from).toBe(1);
    expect(report.to).toBe(2);
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT count(*) FROM ops').pluck().get()).toBe(1);
    for (const table of ['schools', 'people'] as const) {
      const cols = (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
      expect(cols).toEqual(['id', ...columnsOf(table)]);
    }
    db.close();
  });
});
