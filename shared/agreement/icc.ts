// The six intraclass correlations of Shrout and Fleiss (1979), from the
// two-way ANOVA of the units every rater scored (units with a missing score
// are left out, as the forms assume a complete design).
import { ratio, undefinedBecause, type Estimate } from './estimate.js';
import type { RatingTable } from './ratingTable.js';

export const ICC_FORMS = ['ICC1', 'ICC2', 'ICC3', 'ICC1k', 'ICC2k', 'ICC3k'] as const;
export type IccForm = (typeof ICC_FORMS)[number];
export type IccEstimates = Record<IccForm, Estimate> & { units: number };

const NO_VARIANCE = 'the scores have no variance between units, so the correlation is undefined';

function allUndefined(units: number, reason: string): IccEstimates {
  const estimate = undefinedBecause(reason);
  return { units, ICC1: estimate, ICC2: estimate, ICC3: estimate, ICC1k: estimate, ICC2k: estimate, ICC3k: estimate };
}

export function intraclassCorrelations(table: RatingTable): IccEstimates {
  const k = table.raters;
  const complete: number[] = [];
  for (let u = 0; u < table.units; u++) {
    if (table.levels.every((row) => row[u]! >= 0)) complete.push(u);
  }
  const n = complete.length;
  if (k < 2) return allUndefined(n, 'ICC needs at least two raters');
  if (n < 2) return allUndefined(n, 'ICC needs at least two units scored by every rater');
  const value = (r: number, u: number) => table.scale[table.levels[r]![u]!]!;
  const unitMeans = complete.map((u) => table.levels.reduce((s, _row, r) => s + value(r, u), 0) / k);
  const raterMeans = table.levels.map((_row, r) => complete.reduce((s, u) => s + value(r, u), 0) / n);
  const grand = unitMeans.reduce((s, v) => s + v, 0) / n;
  // A sum of squares that is zero in exact arithmetic (every unit with the same mean, no
  // residual) comes out of floating point as rounding noise near 1e-16 of the data's scale,
  // and a ratio of two such noises is no correlation (it gave ICC1k = -1e30). Below this
  // floor, far under any real sum of squares on the scale, a sum of squares is zero.
  const floor = 1e-12 * n * k * (table.scale[table.scale.length - 1]! - table.scale[0]!) ** 2;
  const sumOfSquares = (ss: number) => (ss < floor ? 0 : ss);
  let squares = 0;
  for (let r = 0; r < k; r++) for (const u of complete) squares += (value(r, u) - grand) ** 2;
  const total = sumOfSquares(squares);
  const betweenUnits = sumOfSquares(k * unitMeans.reduce((s, m) => s + (m - grand) ** 2, 0));
  const betweenRaters = sumOfSquares(n * raterMeans.reduce((s, m) => s + (m - grand) ** 2, 0));
  const BMS = betweenUnits / (n - 1);
  const WMS = sumOfSquares(total - betweenUnits) / (n * (k - 1));
  const JMS = betweenRaters / (k - 1);
  const EMS = sumOfSquares(total - betweenUnits - betweenRaters) / ((n - 1) * (k - 1));
  return {
    units: n,
    ICC1: ratio(BMS - WMS, BMS + (k - 1) * WMS, NO_VARIANCE),
    ICC2: ratio(BMS - EMS, BMS + (k - 1) * EMS + (k * (JMS - EMS)) / n, NO_VARIANCE),
    ICC3: ratio(BMS - EMS, BMS + (k - 1) * EMS, NO_VARIANCE),
    ICC1k: ratio(BMS - WMS, BMS, NO_VARIANCE),
    ICC2k: ratio(BMS - EMS, BMS + (JMS - EMS) / n, NO_VARIANCE),
    ICC3k: ratio(BMS - EMS, BMS, NO_VARIANCE),
  };
}
