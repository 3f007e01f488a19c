// The data every agreement statistic reads: a scale (the rubric's full list of
// level values, ascending) and a raters × units grid of scores, null where a
// rater did not score a unit. Scores are turned into level positions once, so
// each statistic works on small integers and the scale's values.

export interface RatingInput {
  scale: readonly number[];
  /** rows = raters, columns = units; null = missing */
  ratings: readonly (readonly (number | null)[])[];
}

export interface RatingTable {
  scale: readonly number[];
  raters: number;
  units: number;
  /** levels[r][u] = position of the score on the scale, or -1 when missing */
  levels: readonly Int32Array[];
}

export class RatingDataError extends Error {}

export function checkScale(scale: readonly unknown[]): readonly number[] {
  if (scale.length < 2) throw new RatingDataError('The scale needs at least two levels, for example [1, 2, 3, 4].');
  scale.forEach((value, i) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new RatingDataError(`The scale's level ${i + 1} is ${JSON.stringify(value)}; every level must be a number.`);
    }
    if (i > 0 && value <= (scale[i - 1] as number)) {
      throw new RatingDataError('The scale must list each level once, in ascending order, for example [1, 2, 3, 4].');
    }
  });
  return scale as readonly number[];
}

/** How error messages name a row: `rater "Ana" (row 1)` when names are known. */
export function rowNamer(names?: readonly string[]): (row: number) => string {
  return (row) => (names?.[row] !== undefined ? `rater "${names[row]}" (row ${row + 1})` : `row ${row + 1}`);
}

/** Checks the grid is rectangular and every score is on the scale; describeRow only shapes messages. */
export function ratingTable(input: RatingInput, describeRow: (row: number) => string = rowNamer()): RatingTable {
  const scale = checkScale(input.scale);
  const position = new Map(scale.map((value, i) => [value, i]));
  const rows = input.ratings;
  if (!Array.isArray(rows) || rows.length === 0) throw new RatingDataError('There are no ratings: give one row of scores per rater.');
  const units = Array.isArray(rows[0]) ? rows[0].length : 0;
  const levels = rows.map((row, r) => {
    if (!Array.isArray(row)) throw new RatingDataError(`${describeRow(r)} is not a list of scores.`);
    if (row.length !== units) {
      throw new RatingDataError(
        `Rows must all have the same number of units: ${describeRow(r)} has ${row.length} scores, row 1 has ${units}.`,
      );
    }
    const out = new Int32Array(units);
    row.forEach((score, u) => {
      if (score === null) {
        out[u] = -1;
        return;
      }
      const at = typeof score === 'number' ? position.get(score) : undefined;
      if (at === undefined) {
        const what = typeof score === 'number' ? `${score}, which is not on the scale (${scale.join(', ')})` : `${JSON.stringify(score)}, which is not a number`;
        throw new RatingDataError(`${describeRow(r)}, unit ${u + 1}: the score is ${what}. Use null for a missing score.`);
      }
      out[u] = at;
    });
    return out;
  });
  if (units === 0) throw new RatingDataError('There are no units: each row needs at least one score or null.');
  return { scale, raters: rows.length, units, levels };
}

/** counts[u][k] = how many raters put unit u at level k. */
export function unitCounts(table: RatingTable): Int32Array[] {
  const q = table.scale.length;
  const counts = Array.from({ length: table.units }, () => new Int32Array(q));
  for (const row of table.levels) {
    for (let u = 0; u < table.units; u++) {
      const k = row[u]!;
      if (k >= 0) counts[u]![k]! += 1;
    }
  }
  return counts;
}
