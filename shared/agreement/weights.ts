// Agreement weights between two levels of a scale, always built over the
// rubric's full scale (never over the levels that happen to be used), so a
// statistic does not change its meaning with the data. Linear and quadratic
// weights follow the levels' values, as in Cicchetti-Allison and Gwet (2014);
// ordinal weights follow their ranks (Gwet 2014, section 3.5).

export type WeightKind = 'identity' | 'linear' | 'quadratic' | 'ordinal';

export type WeightMatrix = readonly Float64Array[];

export function weightMatrix(scale: readonly number[], kind: WeightKind): WeightMatrix {
  const q = scale.length;
  const range = scale[q - 1]! - scale[0]!;
  const rankSpan = (k: number, l: number) => {
    const n = Math.abs(k - l) + 1;
    return (n * (n - 1)) / 2;
  };
  const maxRankSpan = rankSpan(0, q - 1);
  return scale.map((a, k) =>
    Float64Array.from(scale, (b, l) => {
      switch (kind) {
        case 'identity':
          return k === l ? 1 : 0;
        case 'linear':
          return 1 - Math.abs(a - b) / range;
        case 'quadratic':
          return 1 - ((a - b) / range) ** 2;
        case 'ordinal':
          return 1 - rankSpan(k, l) / maxRankSpan;
      }
    }),
  );
}

/** Two scores agree "within one" when they are the same level or neighbouring levels. */
export function withinOneLevel(k: number, l: number): boolean {
  return Math.abs(k - l) <= 1;
}
