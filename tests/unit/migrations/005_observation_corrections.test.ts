import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../db/migrate.js';
import { MIGRATIONS } from '../../../db/migrations/index.js';
import { migration005 } from '../../../db/migrations/005_observation_corrections.js';
import { openConnection } from '../../../db/sqlite.js';
import { tempDir } from '../../support/stores.js';

describe('migration 005: observation corrections', () => {
  it('indexes supersedes on a version-4 database, keeping its observations, and the lookup uses it', () => {
    const dir = tempDir();
    const db = openConnection(path.join(dir, 'x.sqlite'));
    const before = MIGRATIONS.filter((m) => m.version < 5);
    migrate(db, dir, before);
    db.prepare("INSERT INTO observations (id, supersedes) VALUES ('a', NULL), ('b', 'a')").run();
    expect(migrate(db, dir, [...before, migration005])).toMatchObject({ from: 4, to: 5 });
    expect(schemaVersion(db)).toBe(5);
    expect(db.prepare("SELECT id FROM observations WHERE supersedes = 'a'").pluck().all()).toEqual(['b']);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM observations WHERE supersedes = 'a'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('observations_supersedes');
    db.close();
  });
});
