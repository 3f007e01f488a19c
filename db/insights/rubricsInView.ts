// Figures compare levels within one rubric version; these are the versions
// with scores in the viewer's scope, the most used first (the default). A
// teacher's own scores are few and read from rows; everyone else's from the
// cube.
import type { Insights } from '../../shared/insights/schemas.js';
import { readVersion } from '../rubrics/versions.js';
import type { Db } from '../sqlite.js';
import { scopeCondition, type ViewScope } from './scope.js';

export function rubricsInView(db: Db, scope: ViewScope): Insights['rubrics'] {
  const scoped = scopeCondition(scope);
  const [table, count] = scope.kind === 'teacher' ? ['insight_scores', 'count(*)'] : ['insight_cube', 'sum(s.n)'];
  const rows = db
    .prepare(`SELECT s.rubric_id AS id, s.rubric_version AS version, ${count} AS scores FROM ${table} s WHERE ${scoped.sql} GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2`)
    .all(...scoped.params) as { id: string; version: number; scores: number }[];
  return rows.map((r) => ({ ...r, name: readVersion(db, r.id, r.version).name }));
}
