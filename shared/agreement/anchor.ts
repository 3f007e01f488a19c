// A rater against the anchor (master) scores set by an expert panel: how often
// they match exactly and within one level, and their mean signed deviation in
// scale points (positive = lenient, negative = severe).
import { ratio, type Estimate } from './estimate.js';
import { withinOneLevel } from './weights.js';

export interface AnchorAgreement {
  n: number;
  exact: Estimate;
  adjacent: Estimate;
  meanDeviation: Estimate;
}

const NO_COMMON = 'the rater scored no unit that has an anchor score';

/** levels are positions on the scale (−1 = missing); scale gives their values. */
export function anchorAgreement(rater: ArrayLike<number>, anchor: ArrayLike<number>, scale: readonly number[]): AnchorAgreement {
  let n = 0;
  let exact = 0;
  let adjacent = 0;
  let deviation = 0;
  for (let u = 0; u < rater.length; u++) {
    const k = rater[u]!;
    const a = anchor[u]!;
    if (k < 0 || a < 0) continue;
    n += 1;
    if (k === a) exact += 1;
    if (withinOneLevel(k, a)) adjacent += 1;
    deviation += scale[k]! - scale[a]!;
  }
  return { n, exact: ratio(exact, n, NO_COMMON), adjacent: ratio(adjacent, n, NO_COMMON), meanDeviation: ratio(deviation, n, NO_COMMON) };
}
