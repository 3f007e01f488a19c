// The Insights dashboard: every figure for the filter, each one GROUP BY over
// the derived insight_scores table (refreshed first), within one rubric
// version. Means leave out N/A; observation counts are distinct observations.
import type { InsightFilterValue, InsightGroup, Insights } from '../../shared/insights/schemas.js';
import { insightFilterText } from '../../shared/insights/filterText.js';
import { scaleOf } from '../../shared/rubric/format.js';
import { readVersion } from '../rubrics/versions.js';
import type { Db } from '../sqlite.js';
import { refreshInsights } from './refresh.js';
import { rubricsInView } from './rubricsInView.js';
import { viewScope } from './scope.js';
import { insightWhere, type Where } from './where.js';

const GROUPS = {
  byDimension: 's.dimension_id',
  byMonth: 's.month',
  bySchoolYear: 's.school_year',
  bySchool: "coalesce(s.school_id, '')",
  byGrade: 's.grade',
  bySubject: 's.subject',
} as const;

interface GroupRow {
  key: string;
  scores: number;
  observations: number;
  mean: number | null;
}

function grouped(db: Db, where: Where, column: string): GroupRow[] {
  return db
    .prepare(
      `SELECT ${column} AS key, count(*) AS scores, count(DISTINCT s.observation_id) AS observations, avg(CASE WHEN s.na = 0 THEN s.value END) AS mean
       FROM insight_scores s WHERE ${where.sql} GROUP BY 1 ORDER BY 1`,
    )
    .all(...where.params) as GroupRow[];
}

export function insights(db: Db, filter: InsightFilterValue): Insights {
  refreshInsights(db);
  const scope = viewScope(db);
  const rubrics = rubricsInView(db, scope);
  const chosen = filter.rubric ?? rubrics[0] ?? null;
  const stored = chosen ? readVersion(db, chosen.id, chosen.version) : null;
  const dimensions = stored ? stored.rubric.dimensions.filter((d) => d.scored).map((d) => ({ id: d.id, name: d.name })) : [];
  const levels = stored ? (scaleOf(stored.rubric)?.levels ?? []).map((l) => ({ value: l.value, label: l.label })) : [];
  const where = insightWhere(scope, filter, chosen);
  const dimensionName = new Map(dimensions.map((d) => [d.id, d.name]));
  const schoolName = new Map((db.prepare('SELECT id, name FROM schools').all() as { id: string; name: string }[]).map((s) => [s.id, s.name]));
  const labelled = (rows: GroupRow[], label: (key: string) => string): InsightGroup[] => rows.map((r) => ({ ...r, label: label(r.key) }));

  const totals = db
    .prepare(
      `SELECT count(DISTINCT s.observation_id) AS observations, count(*) AS scores, count(DISTINCT s.teacher_id) AS teachers,
              avg(CASE WHEN s.na = 0 THEN s.value END) AS mean
       FROM insight_scores s WHERE ${where.sql}`,
    )
    .get(...where.params) as Insights['totals'];
  const unfiltered = insightWhere(scope, { ...filter, calibratedOnly: false }, chosen);
  const calibrated = insightWhere(scope, { ...filter, calibratedOnly: true }, chosen);
  const count = (w: Where) => db.prepare(`SELECT count(*) FROM insight_scores s WHERE ${w.sql}`).pluck().get(...w.params) as number;
  const all = filter.calibratedOnly ? count(unfiltered) : totals.scores;
  const calibratedShare = all === 0 ? null : count(calibrated) / all;

  const levelRows = db
    .prepare(`SELECT s.dimension_id AS dimension, s.level AS level, s.na AS na, count(*) AS n FROM insight_scores s WHERE ${where.sql} GROUP BY 1, 2, 3`)
    .all(...where.params) as { dimension: string; level: number | null; na: number; n: number }[];
  const distribution = dimensions
    .filter((d) => !filter.dimensionId || d.id === filter.dimensionId)
    .map((d) => {
      const rows = levelRows.filter((r) => r.dimension === d.id);
      return {
        dimensionId: d.id,
        name: d.name,
        counts: levels.map((l) => ({ level: l.value, count: rows.filter((r) => r.na === 0 && r.level === l.value).reduce((s, r) => s + r.n, 0) })),
        na: rows.filter((r) => r.na === 1).reduce((s, r) => s + r.n, 0),
      };
    });

  return {
    scope: { kind: scope.kind, label: scope.label },
    filterText: insightFilterText(filter, { rubric: stored?.name ?? null, school: filter.schoolId ? (schoolName.get(filter.schoolId) ?? '') : '', dimension: dimensionName.get(filter.dimensionId) ?? '' }),
    rubric: stored ? { id: stored.id, version: stored.version, name: stored.name, dimensions, levels } : null,
    rubrics,
    totals: { ...totals, calibratedShare },
    distribution,
    byDimension: labelled(grouped(db, where, GROUPS.byDimension), (k) => dimensionName.get(k) ?? k),
    byMonth: labelled(grouped(db, where, GROUPS.byMonth), (k) => k),
    bySchoolYear: labelled(grouped(db, where, GROUPS.bySchoolYear), (k) => k),
    bySchool: labelled(grouped(db, where, GROUPS.bySchool), (k) => schoolName.get(k) ?? 'No school'),
    byGrade: labelled(grouped(db, where, GROUPS.byGrade), (k) => k || 'No grade'),
    bySubject: labelled(grouped(db, where, GROUPS.bySubject), (k) => k || 'No subject'),
  };
}
