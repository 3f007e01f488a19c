// Krippendorff's alpha with missing data (Krippendorff 2011, "Computing
// Krippendorff's Alpha-Reliability"): a coincidence matrix over pairable
// values (units with at least two ratings), and the difference function of the
// level of measurement. alpha = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
import { undefinedBecause, type Estimate } from './estimate.js';

export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/** o[c][k]: each unit with m ratings adds n_uc (n_uk − [c = k]) / (m − 1). */
export function coincidences(counts: readonly Int32Array[], q: number): Float64Array[] {
  const o = Array.from({ length: q }, () => new Float64Array(q));
  for (const unit of counts) {
    let m = 0;
    for (const c of unit) m += c;
    if (m < 2) continue;
    for (let c = 0; c < q; c++) {
      const nc = unit[c]!;
      if (nc === 0) continue;
      for (let k = 0; k < q; k++) {
        const nk = unit[k]! - (c === k ? 1 : 0);
        if (nk > 0) o[c]![k]! += (nc * nk) / (m - 1);
      }
    }
  }
  return o;
}

function differences(scale: readonly number[], marginals: Float64Array, level: MeasurementLevel): Float64Array[] {
  const q = scale.length;
  return Array.from({ length: q }, (_, c) =>
    Float64Array.from({ length: q }, (_unused, k) => {
      if (c === k) return 0;
      const a = scale[c]!;
      const b = scale[k]!;
      switch (level) {
        case 'nominal':
          return 1;
        case 'interval':
          return (a - b) ** 2;
        case 'ratio':
          return a + b === 0 ? 0 : ((a - b) / (a + b)) ** 2;
        case 'ordinal': {
          // The ranks between the two values, weighted by how often each was used.
          const [lo, hi] = c < k ? [c, k] : [k, c];
          let between = 0;
          for (let g = lo; g <= hi; g++) between += marginals[g]!;
          return (between - (marginals[c]! + marginals[k]!) / 2) ** 2;
        }
      }
    }),
  );
}

export function krippendorffAlpha(counts: readonly Int32Array[], scale: readonly number[], level: MeasurementLevel): Estimate {
  const q = scale.length;
  const o = coincidences(counts, q);
  const marginals = Float64Array.from(o, (row) => row.reduce((s, v) => s + v, 0));
  const n = marginals.reduce((s, v) => s + v, 0);
  if (n < 2) return undefinedBecause('fewer than two pairable ratings (no unit was scored by two or more raters)');
  const delta = differences(scale, marginals, level);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < q; c++) {
    for (let k = 0; k < q; k++) {
      observed += o[c]![k]! * delta[c]![k]!;
      expected += marginals[c]! * marginals[k]! * delta[c]![k]!;
    }
  }
  if (expected === 0) return undefinedBecause('every pairable rating is the same value, so expected disagreement is zero');
  return { value: 1 - ((n - 1) * observed) / expected };
}
