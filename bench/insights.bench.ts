// Insights on a district of 100,000 observations (about 1,000,000 scores,
// made by `fieldbook demo --observations 100000`): every dashboard's figures
// for six filters a district lead would use, against the same aggregation
// done naively in JavaScript over every score row, as a spreadsheet-style
// tool would. The one-time build of the derived table is reported apart.
import { calibratedPeriods } from '../shared/calibration/standing.js';
import { InsightFilterSchema, type InsightFilter } from '../shared/insights/schemas.js';
import { monthOf, schoolYearOf } from '../shared/insights/periods.js';
import { calibrationBoard } from '../db/calibration/standing.js';
import { insights } from '../db/insights/dashboard.js';
import { refreshInsights } from '../db/insights/refresh.js';
import { openStore, type Store } from '../db/store.js';
import { INSIGHT_OBSERVATIONS, insightDistrict } from './district.js';
import { median, type Benchmark, type BenchResult } from './harness.js';
import { naiveFigures } from './naiveAggregation.js';

const TARGET_MS = 150;
const RUNS = 5;

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function filtersFor(store: Store): InsightFilter[] {
  const school = store.db.prepare("SELECT id FROM schools WHERE coalesce(deleted, 0) = 0 ORDER BY name LIMIT 1").pluck().get() as string;
  return [
    {},
    { schoolId: school },
    { dimensionId: 'cognitive-demand' },
    { calibratedOnly: true },
    { schoolId: school, dimensionId: 'cognitive-demand', calibratedOnly: true },
    { from: '2025-08-01', to: '2026-06-30' },
  ];
}

interface Row {
  observation_id: string;
  dimension_id: string;
  value: number | null;
  na: number;
  started_at: number;
  school_id: string | null;
  teacher_id: string | null;
  grade: string | null;
  subject: string | null;
  observer_name: string | null;
}

/** The naive way: every lesson score with its observation, filtered and grouped in JavaScript. */
function naiveDashboard(store: Store, input: InsightFilter): unknown {
  const filter = InsightFilterSchema.parse(input);
  const rows = store.db
    .prepare(
      `SELECT s.observation_id, s.dimension_id, s.value, s.na, o.started_at, o.school_id, o.teacher_id, o.grade, o.subject, o.observer_name
       FROM scores s JOIN observations o ON o.id = s.observation_id
       WHERE s.episode_id IS NULL AND coalesce(s.deleted, 0) = 0 AND o.status = 'submitted' AND coalesce(o.deleted, 0) = 0
         AND NOT EXISTS (SELECT 1 FROM observations c WHERE c.supersedes = o.id AND coalesce(c.deleted, 0) = 0)`,
    )
    .all() as Row[];
  const periods = new Map(calibrationBoard(store.db, { withCoObservations: false }).map((s) => [s.name, calibratedPeriods(s.history, s.rule)]));
  const from = filter.from ? Date.parse(`${filter.from}T00:00:00Z`) : -Infinity;
  const to = filter.to ? Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000 : Infinity;
  const kept = rows.filter(
    (r) =>
      (!filter.schoolId || r.school_id === filter.schoolId) &&
      (!filter.dimensionId || r.dimension_id === filter.dimensionId) &&
      r.started_at >= from &&
      r.started_at < to &&
      (!filter.calibratedOnly || (periods.get(r.observer_name ?? '') ?? []).some((p) => p.from <= r.started_at && (p.to === null || r.started_at < p.to))),
  );
  return naiveFigures(kept, {
    observation: (r) => r.observation_id,
    value: (r) => r.value,
    na: (r) => r.na !== 0,
    dimension: (r) => r.dimension_id,
    month: (r) => monthOf(r.started_at),
    schoolYear: (r) => schoolYearOf(r.started_at),
    school: (r) => r.school_id ?? '',
    grade: (r) => r.grade ?? '',
    subject: (r) => r.subject ?? '',
  });
}

export const insightsBenchmark: Benchmark = {
  name: 'Insights dashboards',
  run(): BenchResult {
    const generated = insightDistrict();
    const store = openStore({ dataDir: generated.dataDir });
    try {
      const scores = store.db.prepare('SELECT count(*) FROM scores').pluck().get() as number;
      const build = time(() => refreshInsights(store.db));
      const filters = filtersFor(store);
      const ours: number[][] = filters.map(() => []);
      const naive: number[][] = filters.map(() => []);
      for (let run = 0; run < RUNS; run++) {
        filters.forEach((filter, i) => {
          ours[i]!.push(time(() => insights(store.db, InsightFilterSchema.parse(filter))));
          naive[i]!.push(time(() => naiveDashboard(store, filter)));
        });
      }
      const slowestOurs = Math.max(...ours.map(median));
      const slowestNaive = Math.max(...naive.map(median));
      return {
        name: `Insights: every dashboard figure, ${INSIGHT_OBSERVATIONS.toLocaleString('en')} observations (${scores.toLocaleString('en')} scores)`,
        description: `Six filters (none; one school; one dimension; calibrated observers only; all three; one school year), median of ${RUNS} runs each; the slowest filter is reported. Each call computes totals, the level distribution and six groupings.`,
        ours: { label: 'getInsights over the derived insight_scores table (slowest filter)', ms: slowestOurs },
        alternative: { label: 'every lesson score loaded and aggregated in JavaScript (slowest filter)', ms: slowestNaive },
        ratio: slowestOurs / slowestNaive,
        target: `every dashboard under ${TARGET_MS} ms`,
        met: slowestOurs < TARGET_MS,
        notes: [
          `Per filter, ours / naive (ms): ${filters.map((f, i) => `${JSON.stringify(f).replace(/"[0-9a-f-]{36}"/g, '"…"')} ${median(ours[i]!).toFixed(1)} / ${median(naive[i]!).toFixed(1)}`).join('; ')}.`,
          `One-time build of the derived table after the district arrived: ${(build / 1000).toFixed(1)} s; later refreshes redo only what the op log says changed.`,
          `Generating the district through the apply path (fieldbook demo --observations ${INSIGHT_OBSERVATIONS}): ${generated.seconds.toFixed(0)} s.`,
        ],
      };
    } finally {
      store.close();
    }
  },
};
