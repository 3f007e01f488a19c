// The Insights dashboard: every figure for the filter, within one rubric
// version, from three reads: the scores summed by dimension, month, school,
// grade and subject; the same by level (for the distribution); and the
// observations summed by month, school, grade and subject. Each sum is also
// kept for calibrated observers, so the switch and the calibrated share come
// from the same read. Every figure is a roll-up of those sums in memory. They
// come from the cubes, or from the rows when the filter names a teacher or
// days inside a month. Means leave out N/A. Observations add up across
// months, schools, grades and subjects (each observation has one of each);
// with one dimension chosen, each of its scores is one observation.
import type { InsightFilterValue, InsightGroup, Insights } from '../../shared/insights/schemas.js';
import { insightFilterText } from '../../shared/insights/filterText.js';
import { schoolYearOfMonth } from '../../shared/insights/periods.js';
import { scaleOf } from '../../shared/rubric/format.js';
import { readVersion } from '../rubrics/versions.js';
import type { Db } from '../sqlite.js';
import { refreshInsights } from './refresh.js';
import { rubricsInView } from './rubricsInView.js';
import { viewScope, type ViewScope } from './scope.js';
import { cubeCanAnswer, cubeWhere, insightWhere, type Where } from './where.js';

interface Place {
  month: string;
  school: string;
  grade: string;
  subject: string;
}

/** Sums for one dimension at one place, all observers and calibrated ones. */
interface ScoreSum extends Place {
  dimension: string;
  n: number;
  valued: number;
  total: number;
  nCal: number;
  valuedCal: number;
  totalCal: number;
}

interface ObservationSum extends Place {
  n: number;
  nCal: number;
}

const VALUED = 's.na = 0 AND s.level IS NOT NULL';
const PLACE = 's.month, s.school_id, s.grade, s.subject';

interface Sums {
  scores: ScoreSum[];
  levels: { dimension: string; level: number; n: number; nCal: number }[];
  observations: ObservationSum[];
}

function readSums(db: Db, scope: ViewScope, filter: InsightFilterValue, rubric: { id: string; version: number }): Sums {
  const cube = cubeCanAnswer(scope, filter);
  // "Calibrated only" is applied to the sums after reading, so the calibrated share comes from the same read.
  const where = (dimension: boolean): Where => (cube ? cubeWhere : insightWhere)(scope, filter, rubric, { calibrated: false, dimension });
  const read = <T>(sql: string, w: Where): T[] => db.prepare(sql).raw().all(...w.params) as T[];
  const scoreWhere = where(true);
  const observationWhere = where(false);
  // Read as arrays, not objects: a district-wide read is thousands of sums.
  const scores = read<[string, string, string, string, string, number, number, number, number, number, number]>(
    cube
      ? `SELECT s.dimension_id, ${PLACE}, s.n, s.valued, s.total, s.n_cal, s.valued_cal, s.total_cal FROM insight_cube s WHERE ${scoreWhere.sql}`
      : `SELECT s.dimension_id, ${PLACE}, count(*), count(CASE WHEN ${VALUED} THEN 1 END), coalesce(sum(s.value), 0),
                sum(s.calibrated), count(CASE WHEN s.calibrated = 1 AND ${VALUED} THEN 1 END), coalesce(sum(CASE WHEN s.calibrated = 1 THEN s.value END), 0)
         FROM insight_scores s WHERE ${scoreWhere.sql} GROUP BY 1, 2, 3, 4, 5`,
    scoreWhere,
  ).map(([dimension, month, school, grade, subject, n, valued, total, nCal, valuedCal, totalCal]) => ({ dimension, month, school, grade, subject, n, valued, total, nCal, valuedCal, totalCal }));
  const levels = read<[string, number, number, number]>(
    cube
      ? `SELECT s.dimension_id, s.level, sum(s.n), sum(s.n_cal) FROM insight_level_cube s WHERE ${scoreWhere.sql} GROUP BY 1, 2`
      : `SELECT s.dimension_id, CASE WHEN s.na = 1 THEN 0 ELSE coalesce(s.level, 0) END, count(*), sum(s.calibrated) FROM insight_scores s WHERE ${scoreWhere.sql} GROUP BY 1, 2`,
    scoreWhere,
  ).map(([dimension, level, n, nCal]) => ({ dimension, level, n, nCal }));
  const observations = read<[string, string, string, string, number, number]>(
    cube
      ? `SELECT ${PLACE}, s.n, s.n_cal FROM insight_observation_cube s WHERE ${observationWhere.sql}`
      : `SELECT ${PLACE}, count(*), sum(s.calibrated) FROM insight_observations s WHERE ${observationWhere.sql} GROUP BY 1, 2, 3, 4`,
    observationWhere,
  ).map(([month, school, grade, subject, n, nCal]) => ({ month, school, grade, subject, n, nCal }));
  return { scores, levels, observations };
}

/** Teachers with an observation in view (with a dimension chosen too: a lesson is observed whole, whichever dimensions were scored). */
function teacherCount(db: Db, scope: ViewScope, filter: InsightFilterValue, rubric: { id: string; version: number }): number {
  const where = insightWhere(scope, filter, rubric, { dimension: false });
  return db.prepare(`SELECT count(DISTINCT s.teacher_id) FROM insight_observations s WHERE ${where.sql}`).pluck().get(...where.params) as number;
}

/**
 * The grades (or subjects) with observations under every other choice of the
 * filter: a middle school offers grades 6 to 8, not K to 12 (issue #20).
 * "No grade" is not a choice: an empty filter value means every grade.
 */
function choicesOf(db: Db, scope: ViewScope, filter: InsightFilterValue, rubric: { id: string; version: number }, column: 'grade' | 'subject'): string[] {
  const others: InsightFilterValue = { ...filter, [column]: '' };
  const cube = cubeCanAnswer(scope, others);
  const where = (cube ? cubeWhere : insightWhere)(scope, others, rubric, { dimension: false, calibrated: !cube });
  const calibrated = cube && filter.calibratedOnly ? ' AND s.n_cal > 0' : '';
  const table = cube ? 'insight_observation_cube' : 'insight_observations';
  // In one order whichever table answers, so the cubes and the rows give the same answer.
  return (db.prepare(`SELECT DISTINCT s.${column} FROM ${table} s WHERE ${where.sql}${calibrated} ORDER BY 1`).pluck().all(...where.params) as string[]).filter((v) => v !== '');
}

interface Tally {
  scores: number;
  observations: number;
  total: number;
  valued: number;
}

const mean = (t: Tally) => (t.valued === 0 ? null : t.total / t.valued);

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
  const sums: Sums = chosen ? readSums(db, scope, filter, chosen) : { scores: [], levels: [], observations: [] };
  const cal = filter.calibratedOnly;

  /** Scores, observations and the mean per key. With one dimension chosen, each score is one observation. */
  const rollUp = (key: (place: Place & { dimension?: string }) => string, scoresAreObservations: boolean): Map<string, Tally> => {
    const tallies = new Map<string, Tally>();
    const tally = (k: string) => tallies.get(k) ?? tallies.set(k, { scores: 0, observations: 0, total: 0, valued: 0 }).get(k)!;
    for (const s of sums.scores) {
      const t = tally(key(s));
      const n = cal ? s.nCal : s.n;
      t.scores += n;
      t.total += cal ? s.totalCal : s.total;
      t.valued += cal ? s.valuedCal : s.valued;
      if (scoresAreObservations) t.observations += n;
    }
    if (!scoresAreObservations) for (const o of sums.observations) tally(key(o)).observations += cal ? o.nCal : o.n;
    for (const [k, t] of tallies) if (t.scores === 0 && t.observations === 0) tallies.delete(k);
    return tallies;
  };
  const perObservation = filter.dimensionId !== '';
  const groups = (key: (place: Place & { dimension?: string }) => string, label: (key: string) => string, scoresAreObservations = perObservation): InsightGroup[] =>
    [...rollUp(key, scoresAreObservations).entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, t]) => ({ key: k, label: label(k), scores: t.scores, observations: t.observations, mean: mean(t) }));
  const whole = rollUp(() => '', perObservation).get('') ?? { scores: 0, observations: 0, total: 0, valued: 0 };
  const allScores = sums.scores.reduce((n, s) => n + s.n, 0);
  const calibratedScores = sums.scores.reduce((n, s) => n + s.nCal, 0);
  const shownScores = cal ? calibratedScores : allScores;

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
      // Of the scores shown: with "calibrated only" on, every one shown is from a calibrated observer.
      calibratedShare: shownScores === 0 ? null : calibratedScores / shownScores,
    },
    choices: {
      grades: chosen ? choicesOf(db, scope, filter, chosen, 'grade') : [],
      subjects: chosen ? choicesOf(db, scope, filter, chosen, 'subject') : [],
    },
    distribution: dimensions
      .filter((d) => !filter.dimensionId || d.id === filter.dimensionId)
      .map((d) => {
        const count = (level: number) => sums.levels.filter((l) => l.dimension === d.id && l.level === level).reduce((n, l) => n + (cal ? l.nCal : l.n), 0);
        return { dimensionId: d.id, name: d.name, counts: levels.map((l) => ({ level: l.value, count: count(l.value) })), na: count(0) };
      }),
    byDimension: groups((s) => s.dimension ?? '', (k) => dimensionName.get(k) ?? k, true),
    byMonth: groups((s) => s.month, (k) => k),
    bySchoolYear: groups((s) => schoolYearOfMonth(s.month), (k) => k),
    bySchool: groups((s) => s.school, (k) => schoolName.get(k) ?? 'No school'),
    byGrade: groups((s) => s.grade, (k) => k || 'No grade'),
    bySubject: groups((s) => s.subject, (k) => k || 'No subject'),
  };
}
