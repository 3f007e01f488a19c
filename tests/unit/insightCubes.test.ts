// The cubes are an optimisation, so they must never change an answer: on a
// generated district, every dashboard read from the cubes equals the same
// dashboard read from the rows, and cubes adjusted observation by observation
// after corrections equal cubes summed afresh.
import { beforeEach, describe, expect, it } from 'vitest';
import { rebuildCubes } from '../../db/insights/cube.js';
import { insights } from '../../db/insights/dashboard.js';
import { generateDemoDistrict } from '../../db/demoScale/generate.js';
import { InsightFilterSchema, type InsightFilter } from '../../shared/insights/schemas.js';
import { setUpBackend, type TestBackend } from '../support/observationBackend.js';

let t: TestBackend;

beforeEach(async () => {
  t = setUpBackend();
  generateDemoDistrict(t.store, { observations: 300, seed: 7 });
  await t.value('saveSettings', { userName: 'Data lead', role: 'district_leader', firstRunDone: true });
});

const dashboard = (filter: InsightFilter) => {
  const { filterText: _text, ...figures } = insights(t.store.db, InsightFilterSchema.parse(filter));
  return figures;
};

const cubeRows = () => t.store.db.prepare('SELECT * FROM insight_cube ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11').all();

describe('insight cubes', () => {
  it('answer every filter exactly as the rows do', async () => {
    const school = t.store.db.prepare('SELECT id FROM schools ORDER BY name LIMIT 1').pluck().get() as string;
    // Every generated visit is on or after 1 August 2024, so starting the day before changes nothing but makes the rows answer.
    const rowsOnly = { from: '2024-07-31' };
    for (const filter of [{}, { schoolId: school }, { dimensionId: 'cognitive-demand' }, { calibratedOnly: true }, { schoolId: school, dimensionId: 'mathematics', calibratedOnly: true }, { grade: '4' }]) {
      const fromCube = dashboard(filter);
      expect(fromCube.totals.scores).toBeGreaterThan(0);
      expect(dashboard({ ...filter, ...rowsOnly })).toEqual(fromCube);
    }
    // Whole months (a school year) read from the cubes; the same days with the end a day early read rows, and differ only by that day.
    const year = dashboard({ from: '2025-08-01', to: '2026-06-30' });
    const lastDay = t.store.db.prepare("SELECT count(*) FROM insight_scores WHERE started_at >= ? AND started_at < ?").pluck().get(Date.UTC(2026, 5, 30), Date.UTC(2026, 6, 1)) as number;
    expect(dashboard({ from: '2025-08-01', to: '2026-06-29' }).totals.scores).toBe(year.totals.scores - lastDay);
  });

  it('stay equal to cubes summed afresh after corrections adjust them', async () => {
    const submitted = t.store.db.prepare("SELECT id FROM observations WHERE status = 'submitted' ORDER BY id LIMIT 3").pluck().all() as string[];
    for (const id of submitted) {
      const correction = await t.value<{ id: string }>('startCorrection', { id });
      await t.value('saveScore', { observationId: correction.id, episodeId: null, dimensionId: 'mathematics', value: 3, evidence: [] });
      await t.value('submitObservation', { id: correction.id });
      dashboard({});
    }
    const adjusted = cubeRows();
    rebuildCubes(t.store.db);
    expect(cubeRows()).toEqual(adjusted);
  });
});
