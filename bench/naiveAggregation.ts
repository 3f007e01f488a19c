// The aggregation a dashboard without derived tables does: every score row in
// memory, grouped in JavaScript by dimension, month, school year, school,
// grade, subject and level. The Node alternative (score rows from SQLite) and
// the in-browser one (rows parsed from the exported CSV) both use it, so the
// two alternatives do the same work on their rows.

/** How to read one score row, whatever shape the rows arrive in. */
export interface ScoreFields<R> {
  observation(row: R): string;
  /** The score's value; null when it has none. */
  value(row: R): number | null;
  na(row: R): boolean;
  dimension(row: R): string;
  month(row: R): string;
  schoolYear(row: R): string;
  school(row: R): string;
  grade(row: R): string;
  subject(row: R): string;
}

export interface NaiveGroup {
  scores: number;
  sum: number;
  valued: number;
  observations: Set<string>;
}

export type NaiveFigures = Record<'dimension' | 'month' | 'year' | 'school' | 'grade' | 'subject' | 'levels', Map<string, NaiveGroup>>;

export function naiveFigures<R>(rows: readonly R[], fields: ScoreFields<R>): NaiveFigures {
  const groupBy = (key: (row: R) => string) => {
    const groups = new Map<string, NaiveGroup>();
    for (const row of rows) {
      const k = key(row);
      const g = groups.get(k) ?? { scores: 0, sum: 0, valued: 0, observations: new Set<string>() };
      g.scores += 1;
      g.observations.add(fields.observation(row));
      const value = fields.value(row);
      if (!fields.na(row) && value !== null) {
        g.sum += value;
        g.valued += 1;
      }
      groups.set(k, g);
    }
    return groups;
  };
  return {
    dimension: groupBy(fields.dimension),
    month: groupBy(fields.month),
    year: groupBy(fields.schoolYear),
    school: groupBy(fields.school),
    grade: groupBy(fields.grade),
    subject: groupBy(fields.subject),
    levels: groupBy((row) => `${fields.dimension(row)}/${fields.na(row) ? 'na' : fields.value(row)}`),
  };
}
