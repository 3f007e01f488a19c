// Everything a cycle's screens show, read in one go: every edit of a cycle
// returns this fresh, so every tab stays consistent. Focal students carry the
// name this device keeps for them (never synced); the research lessons are
// the cycle's observations that a correction has not replaced. Items made in
// the same millisecond keep the order they were written in (rowid): ids
// made in one millisecond do not sort by creation.
import type { Cycle } from '../../shared/lessonStudy/cycle.js';
import type { CycleDetail } from '../../shared/lessonStudy/detail.js';
import { correctionOf } from '../observations/rows.js';
import type { Db } from '../sqlite.js';
import { planSummaries } from './planReads.js';
import {
  FOCAL_STUDENTS_SQL,
  liveRow,
  liveRows,
  notFound,
  present,
  toAssignment,
  toCycle,
  toDiscussionNote,
  toDiscussionPart,
  toFocalStudent,
  toLiteTeaching,
  toMeasure,
  toMeasureResponse,
  toMeeting,
  toResource,
  toRevision,
  toTask,
  type AssignmentRow,
  type CycleRow,
  type DiscussionNoteRow,
  type DiscussionPartRow,
  type FocalStudentRow,
  type LiteTeachingRow,
  type MeasureResponseRow,
  type MeasureRow,
  type MeetingRow,
  type ResourceRow,
  type RevisionRow,
  type TaskRow,
} from './rows.js';
import { readTeam } from './teams.js';

/** Revisions in the order they were proposed (the order a new plan version applies them). */
export const REVISION_ORDER = 'coalesce(created_at, 0), rowid';

export function getCycle(db: Db, id: string): Cycle {
  const row = liveRow<CycleRow>(db, 'ls_cycles', id);
  if (!row || row.team_id === null) throw notFound('lesson study cycle');
  return toCycle(row);
}

export function focalStudentRows(db: Db, cycleId: string): FocalStudentRow[] {
  return db.prepare(`${FOCAL_STUDENTS_SQL} WHERE f.cycle_id = ? AND coalesce(f.deleted, 0) = 0 ORDER BY f.code COLLATE NOCASE, f.id`).all(cycleId) as FocalStudentRow[];
}

function researchLessons(db: Db, cycleId: string): CycleDetail['researchLessons'] {
  return db
    .prepare(
      `SELECT o.id, coalesce(o.observer_name, '') AS observerName, coalesce(o.status, 'draft') AS status, o.started_at AS startedAt,
              (SELECT count(*) FROM notes n WHERE n.observation_id = o.id AND coalesce(n.deleted, 0) = 0) AS notes
       FROM observations o
       WHERE o.cycle_id = ? AND coalesce(o.deleted, 0) = 0 AND ${correctionOf('o')} IS NULL
       ORDER BY coalesce(o.started_at, 0) DESC, o.id DESC`,
    )
    .all(cycleId) as CycleDetail['researchLessons'];
}

export function readCycleDetail(db: Db, cycleId: string): CycleDetail {
  const cycle = getCycle(db, cycleId);
  const rows = <T>(table: Parameters<typeof liveRows>[1], order: string) => liveRows<T>(db, table, 'cycle_id', cycleId, order);
  const team = readTeam(db, cycle.teamId) ?? { id: cycle.teamId, name: '', schoolId: null, createdAt: 0, members: [], cycles: 1 };
  return {
    cycle,
    team,
    plans: planSummaries(db, cycleId),
    meetings: rows<MeetingRow>('ls_meetings', "coalesce(held_on, ''), rowid").map(toMeeting),
    tasks: rows<TaskRow>('ls_tasks', 'rowid').map(toTask),
    resources: rows<ResourceRow>('ls_resources', 'rowid').map(toResource),
    focalStudents: focalStudentRows(db, cycleId).map(toFocalStudent),
    assignments: present(rows<AssignmentRow>('ls_assignments', 'rowid'), toAssignment),
    researchLessons: researchLessons(db, cycleId),
    discussion: {
      parts: rows<DiscussionPartRow>('ls_discussion_parts', 'coalesce(position, 0), rowid').map(toDiscussionPart),
      notes: rows<DiscussionNoteRow>('ls_discussion_notes', 'coalesce(created_at, 0), rowid').map(toDiscussionNote),
    },
    revisions: present(rows<RevisionRow>('ls_revisions', REVISION_ORDER), toRevision),
    liteTeachings: present(rows<LiteTeachingRow>('ls_lite_teachings', "coalesce(taught_on, ''), rowid"), toLiteTeaching),
    measures: liveRows<MeasureRow>(db, 'ls_measures', 'team_id', cycle.teamId, 'coalesce(created_at, 0), rowid').map(toMeasure),
    measureResponses: present(rows<MeasureResponseRow>('ls_measure_responses', "coalesce(taken_on, ''), coalesce(pdsa_cycle, 0), rowid"), toMeasureResponse),
  };
}
