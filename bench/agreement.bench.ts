// Every agreement statistic for a district-wide calibration (40 raters × 2,000
// lessons on a 4-level rubric, ~10% of scores missing, raters of differing
// severity), and Krippendorff's alpha side by side with the `krippendorff`
// npm package, the only JavaScript peer, on the same data. Both alphas must
// agree to 1e-9; a disagreement is printed as a note, not hidden.
import { alpha as packageAlpha } from 'krippendorff';
import { krippendorffAlpha, type MeasurementLevel } from '../shared/agreement/krippendorff.js';
import { ratingTable, unitCounts } from '../shared/agreement/ratingTable.js';
import { agreementReport } from '../shared/agreement/report.js';
import { seededRandom, simulateRatings } from '../tests/support/simulatedRatings.js';
import { median, type Benchmark, type BenchResult } from './harness.js';

const RATERS = 40;
const UNITS = 2_000;
const SCALE = [1, 2, 3, 4];
const RUNS = 9;
const PACKAGE_RUNS = 5;
const TARGET_MS = 200;
const LEVELS = ['nominal', 'interval'] as const;

/** The package's difference functions: its default identity metric for nominal, squared difference for interval. */
const PACKAGE_METRIC: Record<(typeof LEVELS)[number], ((a: number, b: number) => number) | undefined> = {
  nominal: undefined,
  interval: (a, b) => (a - b) ** 2,
};

/** Median milliseconds of fn over runs, after one untimed warm-up run; and the last result. */
function timed<T>(runs: number, fn: () => T): { ms: number; value: T } {
  let value = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    value = fn();
    times.push(performance.now() - start);
  }
  return { ms: median(times), value };
}

export const agreementBenchmark: Benchmark = {
  name: `Agreement statistics: ${RATERS} raters × ${UNITS.toLocaleString('en')} units`,
  run(): BenchResult[] {
    const data = simulateRatings(seededRandom(2026), { raters: RATERS, units: UNITS, scale: SCALE, missing: 0.1, severity: 0.4, noise: 0.5 });
    const missing = data.ratings.flat().filter((v) => v === null).length / (RATERS * UNITS);
    // The package reads missing scores as undefined.
    const matrix = data.ratings.map((row) => row.map((v) => v ?? undefined));

    const all = timed(RUNS, () => agreementReport(data));
    // Ours from the same raw matrix the package takes: check the scores, count levels per unit, then alpha.
    const ourAlpha = (level: MeasurementLevel) => krippendorffAlpha(unitCounts(ratingTable(data)), SCALE, level).value;
    const levels = LEVELS.map((level) => ({
      level,
      ours: timed(RUNS, () => ourAlpha(level)),
      theirs: timed(PACKAGE_RUNS, () => packageAlpha(matrix, PACKAGE_METRIC[level])),
    }));
    const oursAlphaMs = levels.reduce((s, l) => s + l.ours.ms, 0);
    const theirsAlphaMs = levels.reduce((s, l) => s + l.theirs.ms, 0);
    const packageLabel = 'krippendorff npm package 0.1.0, alpha nominal + interval';
    const agreement = levels.map(({ level, ours, theirs }) => {
      const same = ours.value !== null && Math.abs(ours.value - theirs.value) <= 1e-9;
      return same
        ? `${level} alpha agrees with the package: ${ours.value!.toFixed(9)}.`
        : `NOTE: ${level} alpha differs from the package: ours ${String(ours.value)}, package ${theirs.value}.`;
    });
    const perLevel = levels.map(({ level, ours, theirs }) => `${level}: ours ${ours.ms.toFixed(2)} ms, package ${theirs.ms.toFixed(1)} ms (${(ours.ms / theirs.ms).toFixed(3)}×)`);
    const dataNote = `Seeded data: ${(missing * 100).toFixed(1)}% of scores missing; rater severity SD 0.4 levels, score noise SD 0.5 levels.`;
    return [
      {
        name: this.name,
        description: `Every statistic of \`fieldbook agreement\`: exact and adjacent agreement, Fleiss' kappa, Gwet's AC1 and AC2 (3 weightings), Krippendorff's alpha (4 levels), the six ICC forms, and for each of the ${(RATERS * (RATERS - 1)) / 2} rater pairs exact, adjacent and Cohen's kappa (3 weightings); median of ${RUNS} runs. The alternative computes only nominal and interval alpha (median of ${PACKAGE_RUNS} runs each): no JavaScript package computes the rest.`,
        ours: { label: 'agreementReport (all statistics)', ms: all.ms },
        alternative: { label: packageLabel, ms: theirsAlphaMs },
        ratio: all.ms / theirsAlphaMs,
        target: `under ${TARGET_MS} ms`,
        met: all.ms < TARGET_MS,
        notes: [dataNote, `fleiss_kappa ${all.value.fleiss_kappa?.toFixed(4)}, gwet_ac1 ${all.value.gwet_ac1?.toFixed(4)}, exact ${all.value.exact?.toFixed(4)}.`],
      },
      {
        name: `Krippendorff's alpha (nominal + interval): ${RATERS} raters × ${UNITS.toLocaleString('en')} units`,
        description: `The same data; ours includes checking the raw matrix and counting levels per unit, as the package starts from the raw matrix too. Median of ${RUNS} runs (ours) and ${PACKAGE_RUNS} runs (package) per level.`,
        ours: { label: 'krippendorffAlpha from the raw matrix, nominal + interval', ms: oursAlphaMs },
        alternative: { label: packageLabel, ms: theirsAlphaMs },
        ratio: oursAlphaMs / theirsAlphaMs,
        target: 'faster than the krippendorff package, same alpha to 1e-9',
        met: oursAlphaMs < theirsAlphaMs && agreement.every((line) => !line.startsWith('NOTE')),
        notes: [...perLevel, ...agreement],
      },
    ];
  },
};
