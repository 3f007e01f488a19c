// Seeded, realistic rating tables for the agreement tests and benchmark: each
// unit (a lesson) has a true quality, each rater a severity (negative =
// harsh, positive = lenient), and every score is the rounded sum plus noise,
// clamped to the scale, with a share of scores left missing. The same seed
// always gives the same table, so a failure can be replayed.

import { normal } from '../../shared/seededRandom.js';

export { seededRandom } from '../../shared/seededRandom.js';

export interface RatingSimulation {
  raters: number;
  units: number;
  scale: readonly number[];
  /** chance that any one score is missing */
  missing: number;
  /** standard deviation of the raters' severities, in scale levels */
  severity: number;
  /** standard deviation of each score's noise, in scale levels */
  noise: number;
  /** also give anchor scores (the true level), missing at the same rate */
  anchor?: boolean;
}

export interface SimulatedRatings {
  scale: number[];
  ratings: (number | null)[][];
  anchor?: (number | null)[];
}

export function simulateRatings(random: () => number, sim: RatingSimulation): SimulatedRatings {
  const top = sim.scale.length - 1;
  const level = (x: number) => sim.scale[Math.min(top, Math.max(0, Math.round(x)))]!;
  const truth = Array.from({ length: sim.units }, () => top / 2 + normal(random) * (top / 3));
  const severities = Array.from({ length: sim.raters }, () => normal(random) * sim.severity);
  const present = () => random() >= sim.missing;
  const ratings = severities.map((severity) => truth.map((t) => (present() ? level(t + severity + normal(random) * sim.noise) : null)));
  const result: SimulatedRatings = { scale: [...sim.scale], ratings };
  if (sim.anchor) result.anchor = truth.map((t) => (present() ? level(t) : null));
  return result;
}
