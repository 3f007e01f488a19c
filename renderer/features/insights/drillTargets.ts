// A figure's cell to drill into, as the figure describes it: a title in
// words ("Cognitive Demand at level 3"), how it narrows the dashboard's
// filter, and how many observations it stands for. One request shape for
// every figure, so the drill-down list never needs to know where it came from.
import type { InsightFilterValue } from '../../../shared/insights/schemas.js';
import type { MethodInput } from '../../../shared/contract.js';

export interface DrillTarget {
  title: string;
  /** The filter's fields this cell fixes (a school, a grade, a dimension, a range of dates). */
  narrow: Partial<InsightFilterValue>;
  month?: string;
  level?: number;
  observations: number;
}

export function drillRequest(filter: InsightFilterValue, target: DrillTarget, limit: number): MethodInput<'getInsightObservations'> {
  return { filter: { ...filter, ...target.narrow }, month: target.month ?? '', level: target.level ?? null, limit };
}

/**
 * A school year ("2026-27": August 2026 to July 2027) as dates, within the
 * filter's own dates so drilling never widens what the figure counted.
 */
export function schoolYearDates(schoolYear: string, filter: Pick<InsightFilterValue, 'from' | 'to'>): { from: string; to: string } {
  const start = Number(schoolYear.slice(0, 4));
  const first = `${start}-08-01`;
  const last = `${start + 1}-07-31`;
  return {
    from: filter.from && filter.from > first ? filter.from : first,
    to: filter.to && filter.to < last ? filter.to : last,
  };
}
