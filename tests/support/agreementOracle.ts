// Naive textbook agreement statistics, written from the definitions and
// sharing no code with shared/agreement/: they enumerate rater pairs and value
// pairs one by one instead of counting levels, so a differential test can hold
// the fast implementation to them. Slow on purpose; for small tables only.
//
// Sources: Cohen (1960, 1968) for kappa from proportions; Gwet (2014),
// Handbook of Inter-Rater Reliability, 4th ed., ch. 2-3 for Fleiss' kappa with
// missing ratings and AC1/AC2; Krippendorff (2011), "Computing Krippendorff's
// Alpha-Reliability", for alpha from pairable values; Shrout & Fleiss (1979)
// for the ICC forms from two-way ANOVA mean squares.
import type { AgreementReport } from '../../shared/agreement/report.js';

export interface OracleInput {
  scale: readonly number[];
  ratings: readonly (readonly (number | null)[])[];
  anchor?: readonly (number | null)[];
  raters?: readonly string[];
}

export type OracleReport = Omit<AgreementReport, 'notes'>;

type Weight = (x: number, y: number) => number;

/** (observed − chance) / (1 − chance), or null when chance agreement is complete. */
function corrected(observed: number, chance: number): number | null {
  return Math.abs(1 - chance) < 1e-12 ? null : (observed - chance) / (1 - chance);
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}

function choose2(n: number): number {
  return (n * (n - 1)) / 2;
}

/** Agreement weights on the scale's values (linear, quadratic) or ranks (ordinal), over the full scale. */
function weightsFor(scale: readonly number[]) {
  const range = scale[scale.length - 1]! - scale[0]!;
  const rank = (v: number) => scale.indexOf(v);
  return {
    identity: ((x, y) => (x === y ? 1 : 0)) as Weight,
    linear: ((x, y) => 1 - Math.abs(x - y) / range) as Weight,
    quadratic: ((x, y) => 1 - ((x - y) / range) ** 2) as Weight,
    // Gwet 2014, 3.5: M(k,l) = C(|k−l|+1, 2) levels spanned, over its largest value C(q, 2).
    ordinal: ((x, y) => 1 - choose2(Math.abs(rank(x) - rank(y)) + 1) / choose2(scale.length)) as Weight,
  };
}

function present(values: readonly (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null);
}

/** Every ordered pair (i ≠ j) of positions in a list. */
function orderedPairs<T>(items: readonly T[]): [T, T][] {
  const out: [T, T][] = [];
  items.forEach((x, i) => items.forEach((y, j) => i !== j && out.push([x, y])));
  return out;
}

function cohenKappa(a: number[], b: number[], scale: readonly number[], w: Weight): number | null {
  const n = a.length;
  if (n === 0) return null;
  const observed = a.reduce((s, x, u) => s + w(x, b[u]!), 0) / n;
  const share = (list: number[], v: number) => list.filter((x) => x === v).length / n;
  let chance = 0;
  for (const x of scale) for (const y of scale) chance += w(x, y) * share(a, x) * share(b, y);
  return corrected(observed, chance);
}

/** Gwet's multi-rater observed agreement and level prevalences with missing ratings. */
function gwetParts(units: number[][], scale: readonly number[], w: Weight): { observed: number; pi: number[] } | null {
  const paired = units.filter((u) => u.length >= 2);
  const rated = units.filter((u) => u.length >= 1);
  if (paired.length === 0) return null;
  const observed = mean(paired.map((u) => orderedPairs(u).reduce((s, [x, y]) => s + w(x, y), 0) / (u.length * (u.length - 1))))!;
  const pi = scale.map((v) => mean(rated.map((u) => u.filter((x) => x === v).length / u.length))!);
  return { observed, pi };
}

function fleissKappa(units: number[][], scale: readonly number[]): number | null {
  const parts = gwetParts(units, scale, weightsFor(scale).identity);
  if (!parts) return null;
  return corrected(parts.observed, parts.pi.reduce((s, p) => s + p * p, 0));
}

function gwetAc(units: number[][], scale: readonly number[], w: Weight): number | null {
  const parts = gwetParts(units, scale, w);
  if (!parts) return null;
  const q = scale.length;
  let totalWeight = 0;
  for (const x of scale) for (const y of scale) totalWeight += w(x, y);
  const chance = (totalWeight * parts.pi.reduce((s, p) => s + p * (1 - p), 0)) / (q * (q - 1));
  return corrected(parts.observed, chance);
}

type Level = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/** alpha = 1 − D_o / D_e, each by enumerating pairs of pairable values. */
function krippendorffAlpha(units: number[][], scale: readonly number[], level: Level): number | null {
  const pairable = units.filter((u) => u.length >= 2);
  const values = pairable.flat();
  const n = values.length;
  if (n < 2) return null;
  const counted = new Map(scale.map((g) => [g, values.filter((x) => x === g).length]));
  const frequency = (v: number) => counted.get(v)!;
  const delta: Record<Level, (x: number, y: number) => number> = {
    nominal: (x, y) => (x === y ? 0 : 1),
    interval: (x, y) => (x - y) ** 2,
    ratio: (x, y) => (x === y ? 0 : ((x - y) / (x + y)) ** 2),
    ordinal: (x, y) => {
      const [lo, hi] = [Math.min(x, y), Math.max(x, y)];
      const between = scale.filter((g) => g >= lo && g <= hi).reduce((s, g) => s + frequency(g), 0);
      return (between - (frequency(x) + frequency(y)) / 2) ** 2;
    },
  };
  const d = delta[level];
  const observed = pairable.reduce((s, u) => s + orderedPairs(u).reduce((t, [x, y]) => t + d(x, y), 0) / (u.length - 1), 0) / n;
  const expected = orderedPairs(values).reduce((s, [x, y]) => s + d(x, y), 0) / (n * (n - 1));
  return expected === 0 ? null : 1 - observed / expected;
}

function sum(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

/** Shrout & Fleiss from the two-way ANOVA of the units every rater scored; residuals computed directly. */
function iccForms(ratings: OracleInput['ratings']): OracleReport['icc'] {
  const k = ratings.length;
  const complete = ratings[0]!.map((_, u) => u).filter((u) => ratings.every((row) => row[u] !== null));
  const n = complete.length;
  const none = { ICC1: null, ICC2: null, ICC3: null, ICC1k: null, ICC2k: null, ICC3k: null };
  if (k < 2 || n < 2) return none;
  const x = complete.map((u) => ratings.map((row) => row[u]!)); // x[i][j]: unit i, rater j
  const unitMean = x.map((row) => sum(row) / k);
  const raterMean = ratings.map((_, j) => sum(x.map((row) => row[j]!)) / n);
  const grand = sum(unitMean) / n;
  const BMS = (k * sum(unitMean.map((m) => (m - grand) ** 2))) / (n - 1);
  const JMS = (n * sum(raterMean.map((m) => (m - grand) ** 2))) / (k - 1);
  const WMS = sum(x.flatMap((row, i) => row.map((v) => (v - unitMean[i]!) ** 2))) / (n * (k - 1));
  const EMS = sum(x.flatMap((row, i) => row.map((v, j) => (v - unitMean[i]! - raterMean[j]! + grand) ** 2))) / ((n - 1) * (k - 1));
  const div = (a: number, b: number) => (b === 0 || !Number.isFinite(a / b) ? null : a / b);
  return {
    ICC1: div(BMS - WMS, BMS + (k - 1) * WMS),
    ICC2: div(BMS - EMS, BMS + (k - 1) * EMS + (k * (JMS - EMS)) / n),
    ICC3: div(BMS - EMS, BMS + (k - 1) * EMS),
    ICC1k: div(BMS - WMS, BMS),
    ICC2k: div(BMS - EMS, BMS + (JMS - EMS) / n),
    ICC3k: div(BMS - EMS, BMS),
  };
}

/** Share of the given (x, y) pairs that agree, or null for no pairs. */
function share(pairs: [number, number][], agree: (x: number, y: number) => boolean): number | null {
  return pairs.length === 0 ? null : pairs.filter(([x, y]) => agree(x, y)).length / pairs.length;
}

export function oracleReport(input: OracleInput): OracleReport {
  const { scale, ratings } = input;
  const names = input.raters ?? ratings.map((_, i) => `R${i + 1}`);
  const w = weightsFor(scale);
  const rank = (v: number) => scale.indexOf(v);
  const exact = (x: number, y: number) => x === y;
  const adjacent = (x: number, y: number) => Math.abs(rank(x) - rank(y)) <= 1;
  const units = ratings[0]!.map((_, u) => present(ratings.map((row) => row[u]!)));
  // The share of a unit's rater pairs that agree (each pair counted in both orders, which leaves
  // the share unchanged), averaged over the units with two or more ratings.
  const unitPairShare = (agree: typeof exact) =>
    mean(units.filter((u) => u.length >= 2).map((u) => share(orderedPairs(u), agree)!));
  const jointly = (a: readonly (number | null)[], b: readonly (number | null)[]) =>
    a.flatMap((x, u) => (x !== null && b[u] !== null ? [[x, b[u]!] as [number, number]] : []));

  const pairs: OracleReport['pairs'] = [];
  for (let a = 0; a < ratings.length; a++) {
    for (let b = a + 1; b < ratings.length; b++) {
      const joint = jointly(ratings[a]!, ratings[b]!);
      const [xs, ys] = [joint.map((p) => p[0]), joint.map((p) => p[1])];
      pairs.push({
        a: names[a]!,
        b: names[b]!,
        n: joint.length,
        exact: share(joint, exact),
        adjacent: share(joint, adjacent),
        cohen_kappa: {
          unweighted: cohenKappa(xs, ys, scale, w.identity),
          linear: cohenKappa(xs, ys, scale, w.linear),
          quadratic: cohenKappa(xs, ys, scale, w.quadratic),
        },
      });
    }
  }
  const report: OracleReport = {
    units: ratings[0]!.length,
    raters: ratings.length,
    exact: unitPairShare(exact),
    adjacent: unitPairShare(adjacent),
    fleiss_kappa: fleissKappa(units, scale),
    gwet_ac1: gwetAc(units, scale, w.identity),
    gwet_ac2: { linear: gwetAc(units, scale, w.linear), quadratic: gwetAc(units, scale, w.quadratic), ordinal: gwetAc(units, scale, w.ordinal) },
    krippendorff_alpha: {
      nominal: krippendorffAlpha(units, scale, 'nominal'),
      ordinal: krippendorffAlpha(units, scale, 'ordinal'),
      interval: krippendorffAlpha(units, scale, 'interval'),
      ratio: krippendorffAlpha(units, scale, 'ratio'),
    },
    icc: iccForms(ratings),
    pairs,
  };
  if (input.anchor) {
    const anchor = input.anchor;
    report.anchor = ratings.map((row, r) => {
      const joint = jointly(row, anchor);
      return {
        rater: names[r]!,
        n: joint.length,
        exact: share(joint, exact),
        adjacent: share(joint, adjacent),
        mean_deviation: mean(joint.map(([x, y]) => x - y)),
      };
    });
  }
  return report;
}
