import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../db/migrate.js';
import { MIGRATIONS } from '../../../db/migrations/index.js';
import { migration006 } from '../../../db/migrations/006_calibration.js';
import { openConnection } from '../../../db/sqlite.js';
import { tempDir } from '../../support/stores.js';

describe('migration 006: calibration', () => {
  it('adds the calibration tables to a version-5 database, keeping its observations, and finds a sheet by index', () => {
    const dir = tempDir();
    const db = openConnection(path.join(dir, 'x.sqlite'));
    const before = MIGRATIONS.filter((m) => m.version < 6);
    migrate(db, dir, before);
    db.prepare("INSERT INTO observations (id, teacher_label) VALUES ('o', 'Ms. Rivera')").run();
    expect(migrate(db, dir, [...before, migration006])).toMatchObject({ from: 5, to: 6 });
    expect(schemaVersion(db)).toBe(6);
    expect(db.prepare("SELECT teacher_label FROM observations WHERE id = 'o'").pluck().get()).toBe('Ms. Rivera');
    db.prepare("INSERT INTO calibration_scores (id, round_id, rater_id, dimension_id, value) VALUES ('s', 'r', 'p', 'demand', 3)").run();
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT value FROM calibration_scores WHERE round_id = 'r' AND rater_id = 'p'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('calibration_scores_sheet');
    db.close();
  });
});
