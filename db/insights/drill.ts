// Drill-down and export: the observations behind any figure (the filter,
// narrowed to a month or a level), and the tidy long-format CSV of the scores
// in view, one row per lesson score, with the observation's metadata and
// whether the observer was calibrated when they scored. The CSV's rows are
// exactly the scores the dashboard counts.
import type { z } from 'zod';
import { csvText } from '../../shared/csv.js';
import type { DrillSchema, InsightFilterValue } from '../../shared/insights/schemas.js';
import type { ObservationSummary } from '../../shared/observation.js';
import { readVersion } from '../rubrics/versions.js';
import type { Db } from '../sqlite.js';
import { observationSummaries } from '../observations/search.js';
import { refreshInsights } from './refresh.js';
import { rubricsInView } from './rubricsInView.js';
import { viewScope } from './scope.js';
import { insightWhere } from './where.js';

function whereFor(db: Db, filter: InsightFilterValue, extra: { month?: string; level?: number | null } = {}) {
  refreshInsights(db);
  const scope = viewScope(db);
  return insightWhere(scope, filter, filter.rubric ?? rubricsInView(db, scope)[0] ?? null, extra);
}

export function drillDown(db: Db, input: z.output<typeof DrillSchema>): { total: number; observations: ObservationSummary[] } {
  const where = whereFor(db, input.filter, { month: input.month, level: input.level });
  const { rows, total } = observationSummaries(db, `o.id IN (SELECT s.observation_id FROM insight_scores s WHERE ${where.sql})`, where.params, input.limit, 0);
  return { total, observations: rows };
}

export const INSIGHT_CSV_COLUMNS = [
  'observation_id',
  'date',
  'school_year',
  'school',
  'grade',
  'subject',
  'teacher_id',
  'teacher',
  'observer',
  'observer_calibrated',
  'rubric_id',
  'rubric_version',
  'dimension_id',
  'dimension',
  'value',
  'level',
  'na',
  'note_count',
  'tagged_note_count',
] as const;

interface CsvRow {
  observation_id: string;
  day: string;
  school_year: string;
  school: string;
  grade: string;
  subject: string;
  teacher_id: string | null;
  teacher: string;
  observer_name: string;
  calibrated: number;
  rubric_id: string;
  rubric_version: number;
  dimension_id: string;
  value: number | null;
  level: number | null;
  na: number;
  notes: number;
  tagged: number;
}

export function insightsCsv(db: Db, filter: InsightFilterValue, today: string): { fileName: string; text: string; rows: number } {
  const where = whereFor(db, filter);
  const rows = db
    .prepare(
      `SELECT s.observation_id, date(s.started_at / 1000, 'unixepoch') AS day, s.school_year, coalesce(sc.name, '') AS school, s.grade, s.subject,
              s.teacher_id, coalesce(nullif(p.name, ''), o.teacher_label, '') AS teacher, s.observer_name,
              s.calibrated, s.rubric_id, s.rubric_version, s.dimension_id, s.value, s.level, s.na,
              (SELECT count(*) FROM notes n WHERE n.observation_id = s.observation_id AND coalesce(n.deleted, 0) = 0) AS notes,
              (SELECT count(*) FROM notes n WHERE n.observation_id = s.observation_id AND coalesce(n.deleted, 0) = 0 AND n.dimensions LIKE '%' || s.dimension_id || '%') AS tagged
       FROM insight_scores s JOIN observations o ON o.id = s.observation_id
       LEFT JOIN schools sc ON sc.id = s.school_id LEFT JOIN people p ON p.id = s.teacher_id
       WHERE ${where.sql} ORDER BY s.started_at, s.observation_id, s.dimension_id`,
    )
    .all(...where.params) as CsvRow[];
  const dimensionNames = new Map<string, Map<string, string>>();
  const nameOf = (r: CsvRow) => {
    const key = `${r.rubric_id}@${r.rubric_version}`;
    if (!dimensionNames.has(key)) dimensionNames.set(key, new Map(readVersion(db, r.rubric_id, r.rubric_version).rubric.dimensions.map((d) => [d.id, d.name])));
    return dimensionNames.get(key)!.get(r.dimension_id) ?? r.dimension_id;
  };
  const text = csvText(
    INSIGHT_CSV_COLUMNS,
    rows.map((r) => [
      r.observation_id,
      r.day,
      r.school_year,
      r.school,
      r.grade,
      r.subject,
      r.teacher_id,
      r.teacher,
      r.observer_name,
      r.calibrated,
      r.rubric_id,
      r.rubric_version,
      r.dimension_id,
      nameOf(r),
      r.value,
      r.level,
      r.na,
      r.notes,
      r.tagged,
    ]),
  );
  return { fileName: `fieldbook-insights-${today}.csv`, text, rows: rows.length };
}
