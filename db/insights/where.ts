// The conditions insight queries share: the viewer's scope and the filter.
// Rows (insight_scores, insight_observations) take every condition; the cubes
// only those on the columns they keep, so a filter on a teacher or on days
// that are not whole months reads rows instead. Values are always parameters;
// column names are fixed here.
import type { InsightFilterValue } from '../../shared/insights/schemas.js';
import { scopeCondition, type ViewScope } from './scope.js';

export interface Where {
  sql: string;
  params: (string | number)[];
}

export interface WhereOptions {
  /** Leave out the dimension (for per-observation tables). */
  dimension?: boolean;
  /** Apply "calibrated only" (the dashboard applies it after reading, to report the share too). */
  calibrated?: boolean;
  month?: string;
  level?: number | null;
}

const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The filter's dates as whole months ("2025-08" to "2026-06"), or null when a bound falls inside a month. */
export function wholeMonths(filter: Pick<InsightFilterValue, 'from' | 'to'>): { from: string; to: string } | null {
  const from = filter.from === '' ? '' : filter.from.endsWith('-01') ? filter.from.slice(0, 7) : null;
  const lastDay = filter.to === '' ? false : new Date(dayStart(filter.to) + 86_400_000).getUTCDate() === 1;
  const to = filter.to === '' ? '' : lastDay ? filter.to.slice(0, 7) : null;
  return from === null || to === null ? null : { from, to };
}

/** Whether the cubes can answer: no teacher in the scope or the filter, and dates in whole months. */
export function cubeCanAnswer(scope: ViewScope, filter: InsightFilterValue): boolean {
  return scope.kind !== 'teacher' && filter.teacherId === null && wholeMonths(filter) !== null;
}

function conditions(scope: ViewScope, filter: InsightFilterValue, rubric: { id: string; version: number } | null, options: WhereOptions, onCube: boolean): Where {
  const scoped = scopeCondition(scope);
  const parts = [scoped.sql];
  const params: (string | number)[] = [...scoped.params];
  const add = (sql: string, value: string | number | null | undefined) => {
    if (value === null || value === undefined || value === '') return;
    parts.push(sql);
    params.push(value);
  };
  if (rubric) {
    add('s.rubric_id = ?', rubric.id);
    add('s.rubric_version = ?', rubric.version);
  }
  add('s.school_id = ?', filter.schoolId);
  add('s.grade = ?', filter.grade);
  add('s.subject = ?', filter.subject);
  if (options.dimension !== false) add('s.dimension_id = ?', filter.dimensionId);
  if (onCube) {
    const months = wholeMonths(filter)!;
    add('s.month >= ?', months.from);
    add('s.month <= ?', months.to);
  } else {
    add('s.teacher_id = ?', filter.teacherId);
    add('s.started_at >= ?', filter.from ? dayStart(filter.from) : null);
    add('s.started_at < ?', filter.to ? dayStart(filter.to) + 86_400_000 : null);
  }
  add('s.month = ?', options.month);
  add('s.level = ?', options.level);
  if (filter.calibratedOnly && options.calibrated !== false) parts.push('s.calibrated = 1');
  return { sql: parts.join(' AND '), params };
}

/** Conditions on insight_scores or insight_observations rows aliased `s`. */
export function insightWhere(scope: ViewScope, filter: InsightFilterValue, rubric: { id: string; version: number } | null, options: WhereOptions = {}): Where {
  return conditions(scope, filter, rubric, options, false);
}

/** Conditions on insight_cube or insight_observation_cube rows aliased `s`; only when cubeCanAnswer. */
export function cubeWhere(scope: ViewScope, filter: InsightFilterValue, rubric: { id: string; version: number } | null, options: WhereOptions = {}): Where {
  return conditions(scope, filter, rubric, options, true);
}
