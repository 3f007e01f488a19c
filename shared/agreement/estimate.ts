// A statistic either has a finite value or is undefined for the data, with a
// sentence saying why. NaN and Infinity never leave this module: a ratio whose
// denominator vanishes becomes a reason instead.

export type Estimate = { value: number; reason?: undefined } | { value: null; reason: string };

export function undefinedBecause(reason: string): Estimate {
  return { value: null, reason };
}

/** numerator / denominator, or the reason when the ratio is not a finite number. */
export function ratio(numerator: number, denominator: number, reasonWhenUndefined: string): Estimate {
  const value = numerator / denominator;
  if (denominator === 0 || !Number.isFinite(value)) return undefinedBecause(reasonWhenUndefined);
  return { value };
}

/** The usual chance-corrected form (observed − chance) / (1 − chance). */
export function chanceCorrected(observed: number, chance: number, reasonWhenUndefined: string): Estimate {
  // Chance agreement of 1 (up to rounding) leaves nothing to correct for.
  if (Math.abs(1 - chance) < 1e-12) return undefinedBecause(reasonWhenUndefined);
  return ratio(observed - chance, 1 - chance, reasonWhenUndefined);
}
