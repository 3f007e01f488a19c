// The research lesson's evidence as observers share it in the post-lesson
// discussion: every observer's notes (each device's observation of the
// lesson, a correction in place of what it replaced), grouped by the plan
// step they are about and by the focal student they are about. A note names a
// student of its own observation's seating chart; that student's pseudonym
// code is what ties the note to the cycle's focal student.
import type { EvidenceNote, ResearchEvidence } from '../../shared/lessonStudy/discussion.js';
import { correctionOf } from '../observations/rows.js';
import type { Db } from '../sqlite.js';
import { getCycle } from './detail.js';
import { focalStudents } from './focal.js';
import { planRows, planSteps } from './planReads.js';

const LIVE_RESEARCH_LESSONS = `o.cycle_id = ? AND coalesce(o.deleted, 0) = 0 AND ${correctionOf('o')} IS NULL`;

interface NoteRow extends Omit<EvidenceNote, 'focalStudentId'> {
  studentCode: string | null;
}

/** Groups notes under keys given in order, then a final group (key null) for the notes under no known key; each keeps the notes' order. */
function groupBy(keys: readonly string[], notes: readonly EvidenceNote[], keyOf: (note: EvidenceNote) => string | null): { key: string | null; notes: EvidenceNote[] }[] {
  const groups = new Map<string | null, EvidenceNote[]>(keys.map((k) => [k, []]));
  groups.set(null, []);
  for (const note of notes) {
    const key = keyOf(note);
    groups.get(key !== null && groups.has(key) ? key : null)!.push(note);
  }
  return [...groups].map(([key, grouped]) => ({ key, notes: grouped }));
}

export function researchEvidence(db: Db, cycleId: string): ResearchEvidence {
  getCycle(db, cycleId);
  const observations = db
    .prepare(`SELECT o.id, coalesce(o.observer_name, '') AS observerName, coalesce(o.status, 'draft') AS status, o.plan_id AS planId FROM observations o WHERE ${LIVE_RESEARCH_LESSONS} ORDER BY coalesce(o.started_at, 0), o.id`)
    .all(cycleId) as { id: string; observerName: string; status: string; planId: string | null }[];
  const rows = db
    .prepare(
      `SELECT n.id AS noteId, n.observation_id AS observationId, coalesce(o.observer_name, '') AS observerName, coalesce(n.at_ms, 0) AS atMs,
              coalesce(n.text, '') AS text, n.plan_step_id AS planStepId, s.code AS studentCode
       FROM notes n JOIN observations o ON o.id = n.observation_id
       LEFT JOIN observation_students s ON s.id = n.student_id AND coalesce(s.deleted, 0) = 0
       WHERE ${LIVE_RESEARCH_LESSONS} AND coalesce(n.deleted, 0) = 0
       ORDER BY coalesce(n.at_ms, 0), coalesce(n.created_at, 0), n.id`,
    )
    .all(cycleId) as NoteRow[];
  const focal = focalStudents(db, cycleId);
  const focalByCode = new Map(focal.map((s) => [s.code.toLowerCase(), s.id]));
  const notes: EvidenceNote[] = rows.map(({ studentCode, ...note }) => ({ ...note, focalStudentId: focalByCode.get(studentCode?.toLowerCase() ?? '') ?? null }));
  // The steps of every plan version the observers followed, oldest version first.
  const followed = new Set(observations.map((o) => o.planId));
  const stepIds = planRows(db, cycleId)
    .filter((p) => followed.has(p.id))
    .flatMap((p) => planSteps(db, p.id).map((s) => s.id));
  const count = (id: string) => notes.filter((n) => n.observationId === id).length;
  return {
    observations: observations.map(({ id, observerName, status }) => ({ id, observerName, status, notes: count(id) })),
    byStep: groupBy(stepIds, notes, (n) => n.planStepId).map(({ key, notes: grouped }) => ({ stepId: key, notes: grouped })),
    byStudent: groupBy(
      focal.map((s) => s.id),
      notes,
      (n) => n.focalStudentId,
    ).map(({ key, notes: grouped }) => ({ focalStudentId: key, notes: grouped })),
  };
}
