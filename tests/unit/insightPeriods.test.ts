// Months and school years (August to July) in UTC, the same in TypeScript and
// in the SQL the bulk refresh runs, on both sides of every boundary.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SCHOOL_YEAR_SQL } from '../../db/insights/refresh.js';
import { monthOf, schoolYearOf } from '../../shared/insights/periods.js';

const DATES = ['2025-07-31T23:59:59Z', '2025-08-01T00:00:00Z', '2025-12-31T12:00:00Z', '2026-01-01T00:00:00Z', '2099-08-15T00:00:00Z', '2000-03-01T00:00:00Z'];

describe('insight periods', () => {
  it('puts August in the new school year and July in the old one', () => {
    expect(DATES.map((d) => schoolYearOf(Date.parse(d)))).toEqual(['2024-25', '2025-26', '2025-26', '2025-26', '2099-00', '1999-00']);
    expect(monthOf(Date.parse('2025-07-31T23:59:59Z'))).toBe('2025-07');
  });

  it('computes the same school year in SQL', () => {
    const db = new Database(':memory:');
    const year = db.prepare(`SELECT ${SCHOOL_YEAR_SQL} FROM (SELECT ? AS started_at) o`).pluck();
    expect(DATES.map((d) => year.get(Date.parse(d)))).toEqual(DATES.map((d) => schoolYearOf(Date.parse(d))));
    db.close();
  });
});
