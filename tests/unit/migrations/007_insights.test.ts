import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../db/migrate.js';
import { MIGRATIONS } from '../../../db/migrations/index.js';
import { migration007 } from '../../../db/migrations/007_insights.js';
import { openConnection } from '../../../db/sqlite.js';
import { tempDir } from '../../support/stores.js';

describe('migration 007: insights', () => {
  it('adds the derived insight tables to a version-6 database, keeping its rounds, and groups scores by index', () => {
    const dir = tempDir();
    const db = openConnection(path.join(dir, 'x.sqlite'));
    const before = MIGRATIONS.filter((m) => m.version < 7);
    migrate(db, dir, before);
    db.prepare("INSERT INTO calibration_rounds (id, name) VALUES ('r', 'Fall')").run();
    expect(migrate(db, dir, [...before, migration007])).toMatchObject({ from: 6, to: 7 });
    expect(schemaVersion(db)).toBe(7);
    expect(db.prepare("SELECT name FROM calibration_rounds WHERE id = 'r'").pluck().get()).toBe('Fall');
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT month, count(*) FROM insight_scores WHERE rubric_id = 'tru-math' AND dimension_id = 'x' GROUP BY month").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('insight_scores_rubric');
    db.close();
  });
});
