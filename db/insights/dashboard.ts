// The Insights dashboard: every figure for the filter, within one rubric
// version. Two reads do it: the scores summed by dimension, month, school
// year, school, grade, subject, calibrated, level and N/A, and the
// observations summed by the same keys but dimension and level; every figure
// is a roll-up of those sums in memory. They come from the cubes, or from the
// rows when the filter names a teacher or days inside a month. Means leave out
// N/A. Observations add up across months, schools, grades and subjects (each
// observation has one of each); with one dimension chosen, each of its scores
// is one observation.
import type { InsightFilterValue, InsightGroup, Insights } from '../../shared/insights/schemas.js';
import { insightFilterText } from '../../shared/insights/filterText.js';
import { scaleOf } from '../../shared/rubric/format.js';
import { readVersion } from '../rubrics/versions.js';
import type { Db } from '../sqlite.js';
import { refreshInsights } from './refresh.js';
import { rubricsInView } from './rubricsInView.js';
import { viewScope, type ViewScope } from './scope.js';
import { cubeCanAnswer, cubeWhere, insightWhere } from './where.js';

interface ScoreSum {
  dimension: string;
  month: string;
  year: string;
  school: string;
  grade: string;
  subject: string;
  calibrated: number;
  level: number;
  na: number;
  n: number;
  total: number;
}

type ObservationSum = Pick<ScoreSum, 'month' | 'year' | 'school' | 'grade' | 'subject' | 'calibrated' | 'n'>;

const OBSERVATION_KEYS = 's.month, s.school_year, s.school_id, s.grade, s.subject, s.calibrated';
type ObservationRow = [string, string, string, string, string, number, number];
type ScoreRow = [string, string, string, string, string, string, number, number, number, number, number];

function readSums(db: Db, scope: ViewScope, filter: InsightFilterValue, rubric: { id: string; version: number }): { scores: ScoreSum[]; observations: ObservationSum[] } {
  const cube = cubeCanAnswer(scope, filter);
  // "Calibrated only" is applied after reading, so the share of calibrated scores comes from the same read.
  const where = (dimension: boolean) => (cube ? cubeWhere : insightWhere)(scope, filter, rubric, { calibrated: false, dimension });
  const scoreWhere = where(true);
  // Read as arrays, not objects: a district-wide read is tens of thousands of sums.
  const scores = (
    db
      .prepare(
        cube
          ? `SELECT s.dimension_id, ${OBSERVATION_KEYS}, s.level, s.na, s.n, s.total FROM insight_cube s WHERE ${scoreWhere.sql}`
          : `SELECT s.dimension_id, ${OBSERVATION_KEYS}, coalesce(s.level, 0), s.na, count(*), coalesce(sum(s.value), 0)
             FROM insight_scores s WHERE ${scoreWhere.sql} GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
      )
      .raw()
      .all(...scoreWhere.params) as ScoreRow[]
  ).map(([dimension, month, year, school, grade, subject, calibrated, level, na, n, total]) => ({ dimension, month, year, school, grade, subject, calibrated, level, na, n, total }));
  const observationWhere = where(false);
  const observations = (
    db
      .prepare(
        cube
          ? `SELECT ${OBSERVATION_KEYS}, s.n FROM insight_observation_cube s WHERE ${observationWhere.sql}`
          : `SELECT ${OBSERVATION_KEYS}, count(*) FROM insight_observations s WHERE ${observationWhere.sql} GROUP BY 1, 2, 3, 4, 5, 6`,
      )
      .raw()
      .all(...observationWhere.params) as ObservationRow[]
  ).map(([month, year, school, grade, subject, calibrated, n]) => ({ month, year, school, grade, subject, calibrated, n }));
  return { scores, observations };
}

function teacherCount(db: Db, scope: ViewScope, filter: InsightFilterValue, rubric: { id: string; version: number }): number {
  const byDimension = filter.dimensionId !== '';
  const where = insightWhere(scope, filter, rubric, { dimension: byDimension });
  const table = byDimension ? 'insight_scores' : 'insight_observations';
  return db.prepare(`SELECT count(DISTINCT s.teacher_id) FROM ${table} s WHERE ${where.sql}`).pluck().get(...where.params) as number;
}

interface Tally {
  scores: number;
  observations: number;
  total: number;
  valued: number;
}

const mean = (t: Tally) => (t.valued === 0 ? null : t.total / t.valued);

/** Scores, observations and the mean per key, from the sums. */
function rollUp(scores: readonly ScoreSum[], observations: readonly ObservationSum[] | null, key: (s: ObservationSum | ScoreSum) => string): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  const tally = (k: string) => tallies.get(k) ?? tallies.set(k, { scores: 0, observations: 0, total: 0, valued: 0 }).get(k)!;
  for (const s of scores) {
    const t = tally(key(s));
    t.scores += s.n;
    t.total += s.total;
    if (s.na === 0 && s.level !== 0) t.valued += s.n;
    if (observations === null) t.observations += s.n;
  }
  for (const o of observations ?? []) tally(key(o)).observations += o.n;
  return tallies;
}

export function insights(db: Db, filter: InsightFilterValue): Insights {
  refreshInsights(db);
  const scope = viewScope(db);
  const rubrics = rubricsInView(db, scope);
  const chosen = filter.rubric ?? rubrics[0] ?? null;
  const stored = chosen ? readVersion(db, chosen.id, chosen.version) : null;
  const dimensions = stored ? stored.rubric.dimensions.filter((d) => d.scored).map((d) => ({ id: d.id, name: d.name })) : [];
  const levels = stored ? (scaleOf(stored.rubric)?.levels ?? []).map((l) => ({ value: l.value, label: l.label })) : [];
  const dimensionName = new Map(dimensions.map((d) => [d.id, d.name]));
  const schoolName = new Map((db.prepare('SELECT id, name FROM schools').all() as { id: string; name: string }[]).map((s) => [s.id, s.name]));

  const sums = chosen ? readSums(db, scope, filter, chosen) : { scores: [], observations: [] };
  const allScores = sums.scores.reduce((n, s) => n + s.n, 0);
  const calibratedScores = sums.scores.reduce((n, s) => n + (s.calibrated ? s.n : 0), 0);
  const keep = <T extends { calibrated: number }>(rows: readonly T[]) => (filter.calibratedOnly ? rows.filter((r) => r.calibrated === 1) : rows);
  const scores = keep(sums.scores);
  // With one dimension chosen, each score is one observation; otherwise observations come from their own sums.
  const observations = filter.dimensionId ? null : keep(sums.observations);
  const whole = rollUp(scores, observations, () => '').get('') ?? { scores: 0, observations: 0, total: 0, valued: 0 };

  const groups = (key: (s: ObservationSum | ScoreSum) => string, label: (key: string) => string, byDimension = false): InsightGroup[] =>
    [...rollUp(scores, byDimension ? null : observations, key).entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, t]) => ({ key: k, label: label(k), scores: t.scores, observations: t.observations, mean: mean(t) }));

  return {
    scope: { kind: scope.kind, label: scope.label },
    filterText: insightFilterText(filter, { rubric: stored?.name ?? null, school: filter.schoolId ? (schoolName.get(filter.schoolId) ?? '') : '', dimension: dimensionName.get(filter.dimensionId) ?? '' }),
    rubric: stored ? { id: stored.id, version: stored.version, name: stored.name, dimensions, levels } : null,
    rubrics,
    totals: {
      observations: whole.observations,
      scores: whole.scores,
      teachers: chosen ? teacherCount(db, scope, filter, chosen) : 0,
      mean: mean(whole),
      calibratedShare: allScores === 0 ? null : calibratedScores / allScores,
    },
    distribution: dimensions
      .filter((d) => !filter.dimensionId || d.id === filter.dimensionId)
      .map((d) => {
        const rows = scores.filter((s) => s.dimension === d.id);
        const count = (match: (s: ScoreSum) => boolean) => rows.filter(match).reduce((n, s) => n + s.n, 0);
        return { dimensionId: d.id, name: d.name, counts: levels.map((l) => ({ level: l.value, count: count((s) => s.na === 0 && s.level === l.value) })), na: count((s) => s.na === 1) };
      }),
    byDimension: groups((s) => (s as ScoreSum).dimension, (k) => dimensionName.get(k) ?? k, true),
    byMonth: groups((s) => s.month, (k) => k),
    bySchoolYear: groups((s) => s.year, (k) => k),
    bySchool: groups((s) => s.school, (k) => schoolName.get(k) ?? 'No school'),
    byGrade: groups((s) => s.grade, (k) => k || 'No grade'),
    bySubject: groups((s) => s.subject, (k) => k || 'No subject'),
  };
}
