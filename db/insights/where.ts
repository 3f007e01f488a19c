// The WHERE clause every insight query shares: the viewer's scope, the filter,
// and, with "calibrated only", the observer calibrated when they scored.
// Values are always parameters; column names are fixed here.
import type { InsightFilterValue } from '../../shared/insights/schemas.js';
import { scopeCondition, type ViewScope } from './scope.js';

export interface Where {
  sql: string;
  params: (string | number)[];
}

export const CALIBRATED_WHEN_SCORED = `EXISTS (SELECT 1 FROM insight_calibrated c WHERE c.observer_name = s.observer_name
  AND c.from_ms <= s.started_at AND (c.to_ms IS NULL OR s.started_at < c.to_ms))`;

const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`);

export function insightWhere(scope: ViewScope, filter: InsightFilterValue, rubric: { id: string; version: number } | null, extra: Partial<{ month: string; level: number | null }> = {}): Where {
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
  add('s.teacher_id = ?', filter.teacherId);
  add('s.grade = ?', filter.grade);
  add('s.subject = ?', filter.subject);
  add('s.dimension_id = ?', filter.dimensionId);
  add('s.started_at >= ?', filter.from ? dayStart(filter.from) : null);
  add('s.started_at < ?', filter.to ? dayStart(filter.to) + 86_400_000 : null);
  add('s.month = ?', extra.month);
  add('s.level = ?', extra.level);
  if (filter.calibratedOnly) parts.push(CALIBRATED_WHEN_SCORED);
  return { sql: parts.join(' AND '), params };
}
