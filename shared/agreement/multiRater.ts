// Statistics over all raters at once, from each unit's count of raters per
// level, allowing missing ratings:
//   - exact and within-one agreement: over units with at least two ratings,
//     the mean share of the unit's rater pairs that agree;
//   - Fleiss' kappa in Gwet's generalisation to missing ratings, and Gwet's
//     AC1 / AC2 (Gwet 2014, Handbook of Inter-Rater Reliability, ch. 2-3).
// Observed agreement counts units with two or more ratings; the level
// prevalences average over every unit with at least one rating; chance
// agreement for AC1/AC2 runs over the full scale (q levels).
import { chanceCorrected, ratio, undefinedBecause, type Estimate } from './estimate.js';
import type { WeightMatrix } from './weights.js';

const NO_PAIRS = 'no unit was scored by two or more raters';

/** Mean share of agreeing rater pairs per unit, where agree says which level pairs count. */
export function pairShare(counts: readonly Int32Array[], agree: (k: number, l: number) => boolean): Estimate {
  let sum = 0;
  let units = 0;
  for (const unit of counts) {
    let m = 0;
    for (const c of unit) m += c;
    if (m < 2) continue;
    let agreeing = 0;
    for (let k = 0; k < unit.length; k++) {
      const ck = unit[k]!;
      if (ck === 0) continue;
      for (let l = k; l < unit.length; l++) {
        if (!agree(k, l)) continue;
        agreeing += k === l ? (ck * (ck - 1)) / 2 : ck * unit[l]!;
      }
    }
    sum += agreeing / ((m * (m - 1)) / 2);
    units += 1;
  }
  return ratio(sum, units, NO_PAIRS);
}

interface Agreement {
  observed: number;
  /** pi[k] = mean over rated units of the share of the unit's ratings at level k */
  prevalence: Float64Array;
}

/** Weighted observed agreement and level prevalences, or null when no unit has two ratings. */
function observedAgreement(counts: readonly Int32Array[], weights: WeightMatrix): Agreement | null {
  const q = weights.length;
  const prevalence = new Float64Array(q);
  let rated = 0;
  let paired = 0;
  let observed = 0;
  for (const unit of counts) {
    let m = 0;
    for (const c of unit) m += c;
    if (m === 0) continue;
    rated += 1;
    for (let k = 0; k < q; k++) prevalence[k]! += unit[k]! / m;
    if (m < 2) continue;
    paired += 1;
    let agreeing = 0;
    for (let k = 0; k < q; k++) {
      const ck = unit[k]!;
      if (ck === 0) continue;
      let weighted = 0;
      for (let l = 0; l < q; l++) weighted += weights[k]![l]! * unit[l]!;
      agreeing += ck * (weighted - 1);
    }
    observed += agreeing / (m * (m - 1));
  }
  if (paired === 0) return null;
  for (let k = 0; k < q; k++) prevalence[k]! /= rated;
  return { observed: observed / paired, prevalence };
}

export function fleissKappa(counts: readonly Int32Array[], weights: WeightMatrix): Estimate {
  const agreement = observedAgreement(counts, weights);
  if (!agreement) return undefinedBecause(NO_PAIRS);
  const { observed, prevalence } = agreement;
  let chance = 0;
  for (let k = 0; k < weights.length; k++) {
    for (let l = 0; l < weights.length; l++) chance += weights[k]![l]! * prevalence[k]! * prevalence[l]!;
  }
  return chanceCorrected(observed, chance, 'every rating is the same level, so chance agreement is complete and kappa is undefined');
}

/** Gwet's AC1 with identity weights, AC2 with any other. */
export function gwetAc(counts: readonly Int32Array[], weights: WeightMatrix): Estimate {
  const agreement = observedAgreement(counts, weights);
  if (!agreement) return undefinedBecause(NO_PAIRS);
  const { observed, prevalence } = agreement;
  const q = weights.length;
  let weightTotal = 0;
  for (const row of weights) for (const w of row) weightTotal += w;
  let spread = 0;
  for (const p of prevalence) spread += p * (1 - p);
  const chance = (weightTotal * spread) / (q * (q - 1));
  return chanceCorrected(observed, chance, 'chance agreement is complete, so the coefficient is undefined');
}
