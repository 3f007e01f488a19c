// Lesson study progress for the Insights screen. Teams in view follow the
// dashboard's scope: the district sees every team, a principal the teams of
// their school, a teacher the teams they are a member of. The filter's
// school, grade, subject and teacher narrow it; its rubric, dimension, dates
// and calibrated switch are about scores and do not apply.
import type { InsightFilterValue } from '../../shared/insights/schemas.js';
import type { LessonStudyProgress } from '../../shared/insights/lessonStudyProgress.js';
import { LS_PHASE_LABELS, LS_PHASES } from '../../shared/lessonStudy/cycle.js';
import { median } from '../../shared/median.js';
import { measureRunChart } from '../lessonStudy/measures.js';
import { toCycle, type CycleRow } from '../lessonStudy/rows.js';
import type { Db } from '../sqlite.js';
import { viewScope, type ViewScope } from './scope.js';

const LIVE = (alias: string) => `coalesce(${alias}.deleted, 0) = 0`;

/** SQL on ls_teams `t` for the teams in scope and in the filter. */
function teamCondition(scope: ViewScope, filter: InsightFilterValue): { sql: string; params: (string | null)[] } {
  const member = `EXISTS (SELECT 1 FROM ls_members m WHERE m.team_id = t.id AND ${LIVE('m')} AND m.person_id = ?)`;
  const parts: string[] = [LIVE('t')];
  const params: (string | null)[] = [];
  if (scope.kind === 'school') {
    parts.push('t.school_id = ?');
    params.push(scope.schoolId);
  } else if (scope.kind === 'teacher') {
    parts.push(member);
    params.push(scope.teacherId);
  }
  if (filter.schoolId) {
    parts.push('t.school_id = ?');
    params.push(filter.schoolId);
  }
  if (filter.teacherId) {
    parts.push(member);
    params.push(filter.teacherId);
  }
  return { sql: parts.join(' AND '), params };
}

export function lessonStudyProgress(db: Db, filter: InsightFilterValue): LessonStudyProgress {
  const teams = teamCondition(viewScope(db), filter);
  const cycleFilter = `${LIVE('c')} AND (? = '' OR lower(c.grade) = lower(?)) AND (? = '' OR lower(c.subject) = lower(?))`;
  const cycleParams = [filter.grade, filter.grade, filter.subject, filter.subject];
  const rows = db
    .prepare(
      `SELECT c.*, t.name AS team_name
       FROM ls_cycles c JOIN ls_teams t ON t.id = c.team_id
       WHERE ${teams.sql} AND ${cycleFilter} ORDER BY c.created_at DESC, c.id DESC`,
    )
    .all(...teams.params, ...cycleParams) as (CycleRow & { team_name: string | null })[];
  const cycles = rows.map((r) => {
    const { id, title, phase, variant, grade, subject, createdAt } = toCycle(r);
    return { id, title, teamName: r.team_name ?? '', phase, variant, grade, subject, createdAt };
  });
  const teamCount = db.prepare(`SELECT count(*) FROM ls_teams t WHERE ${teams.sql}`).pluck().get(...teams.params) as number;
  const inView = new Set(cycles.map((c) => c.id));
  const measureIds = db
    .prepare(`SELECT ms.id FROM ls_measures ms JOIN ls_teams t ON t.id = ms.team_id WHERE ${teams.sql} AND ${LIVE('ms')} ORDER BY t.name, ms.title, ms.id`)
    .pluck()
    .all(...teams.params) as string[];
  const measures = measureIds.map((id) => {
    const chart = measureRunChart(db, id);
    const points = chart.points.filter((p) => inView.has(p.cycleId));
    const teamName = db.prepare('SELECT name FROM ls_teams WHERE id = ?').pluck().get(chart.measure.teamId) as string | undefined;
    return {
      measureId: id,
      title: chart.measure.title,
      teamName: teamName ?? '',
      scaleMax: chart.measure.scaleMax,
      occasions: points.length,
      firstMean: points[0]?.mean ?? null,
      latestMean: points.at(-1)?.mean ?? null,
      median: median(points.map((p) => p.mean)),
    };
  });
  return {
    teams: teamCount,
    byPhase: LS_PHASES.map((phase) => ({ phase, label: LS_PHASE_LABELS[phase], cycles: cycles.filter((c) => c.phase === phase).length })),
    cycles,
    measures,
  };
}
