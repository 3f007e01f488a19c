// Statistics between two raters over the units both scored: exact and
// within-one agreement, and Cohen's kappa unweighted, linear and quadratic.
import { chanceCorrected, ratio, undefinedBecause, type Estimate } from './estimate.js';
import type { RatingTable } from './ratingTable.js';
import { weightMatrix, withinOneLevel, type WeightMatrix } from './weights.js';

export interface PairAgreement {
  a: number;
  b: number;
  /** units both raters scored */
  n: number;
  exact: Estimate;
  adjacent: Estimate;
  cohenKappa: { unweighted: Estimate; linear: Estimate; quadratic: Estimate };
}

/** joint[k][l] = units rater a put at level k and rater b at level l. */
export function jointTable(a: Int32Array, b: Int32Array, q: number): { joint: Float64Array[]; n: number } {
  const joint = Array.from({ length: q }, () => new Float64Array(q));
  let n = 0;
  for (let u = 0; u < a.length; u++) {
    const k = a[u]!;
    const l = b[u]!;
    if (k < 0 || l < 0) continue;
    joint[k]![l]! += 1;
    n += 1;
  }
  return { joint, n };
}

/** Cohen's kappa from a q × q contingency table, with the given agreement weights. */
export function cohenKappa(joint: readonly Float64Array[], weights: WeightMatrix): Estimate {
  const q = joint.length;
  let n = 0;
  const rowTotals = new Float64Array(q);
  const colTotals = new Float64Array(q);
  for (let k = 0; k < q; k++) {
    for (let l = 0; l < q; l++) {
      const count = joint[k]![l]!;
      n += count;
      rowTotals[k]! += count;
      colTotals[l]! += count;
    }
  }
  if (n === 0) return undefinedBecause('the two raters scored no unit in common');
  let observed = 0;
  let chance = 0;
  for (let k = 0; k < q; k++) {
    for (let l = 0; l < q; l++) {
      const w = weights[k]![l]!;
      observed += (w * joint[k]![l]!) / n;
      chance += (w * rowTotals[k]! * colTotals[l]!) / (n * n);
    }
  }
  return chanceCorrected(observed, chance, 'both raters gave every unit the same level, so chance agreement is complete and kappa is undefined');
}

function agreementShare(joint: readonly Float64Array[], n: number, agree: (k: number, l: number) => boolean): Estimate {
  let hits = 0;
  joint.forEach((row, k) => row.forEach((count, l) => (hits += agree(k, l) ? count : 0)));
  return ratio(hits, n, 'the two raters scored no unit in common');
}

export function pairAgreements(table: RatingTable): PairAgreement[] {
  const q = table.scale.length;
  const weights = {
    unweighted: weightMatrix(table.scale, 'identity'),
    linear: weightMatrix(table.scale, 'linear'),
    quadratic: weightMatrix(table.scale, 'quadratic'),
  };
  const pairs: PairAgreement[] = [];
  for (let a = 0; a < table.raters; a++) {
    for (let b = a + 1; b < table.raters; b++) {
      const { joint, n } = jointTable(table.levels[a]!, table.levels[b]!, q);
      pairs.push({
        a,
        b,
        n,
        exact: agreementShare(joint, n, (k, l) => k === l),
        adjacent: agreementShare(joint, n, withinOneLevel),
        cohenKappa: {
          unweighted: cohenKappa(joint, weights.unweighted),
          linear: cohenKappa(joint, weights.linear),
          quadratic: cohenKappa(joint, weights.quadratic),
        },
      });
    }
  }
  return pairs;
}
