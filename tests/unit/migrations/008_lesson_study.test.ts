import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../db/migrate.js';
import { MIGRATIONS } from '../../../db/migrations/index.js';
import { migration008 } from '../../../db/migrations/008_lesson_study.js';
import { openConnection } from '../../../db/sqlite.js';
import { isSyncedTable } from '../../../shared/registry.js';
import { tempDir } from '../../support/stores.js';

describe('migration 008: lesson study', () => {
  it('adds the lesson study tables to a version-7 database, keeping its observations and notes, and reads a plan in step order by index', () => {
    const dir = tempDir();
    const db = openConnection(path.join(dir, 'x.sqlite'));
    const before = MIGRATIONS.filter((m) => m.version < 8);
    migrate(db, dir, before);
    db.prepare("INSERT INTO observations (id, teacher_label) VALUES ('o', 'Ms. Rivera')").run();
    db.prepare("INSERT INTO notes (id, observation_id, text) VALUES ('n', 'o', 'Pairs compare strategies')").run();
    expect(migrate(db, dir, [...before, migration008])).toMatchObject({ from: 7, to: 8 });
    expect(schemaVersion(db)).toBe(8);
    expect(db.prepare("SELECT teacher_label, cycle_id, plan_id FROM observations WHERE id = 'o'").get()).toEqual({ teacher_label: 'Ms. Rivera', cycle_id: null, plan_id: null });
    expect(db.prepare("SELECT text, plan_step_id FROM notes WHERE id = 'n'").get()).toEqual({ text: 'Pairs compare strategies', plan_step_id: null });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'ls\\_%' ESCAPE '\\' ORDER BY name").pluck().all() as string[];
    expect(tables).toHaveLength(17);
    expect(tables.filter((t) => !isSyncedTable(t))).toEqual(['ls_student_names']);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM ls_plan_steps WHERE plan_id = 'p' ORDER BY position").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('ls_plan_steps_plan');
    const research = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM observations WHERE cycle_id = 'c'").all() as { detail: string }[];
    expect(research.map((p) => p.detail).join(' ')).toContain('observations_cycle');
    db.close();
  });
});
