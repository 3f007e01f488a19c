// Issue #6's promise: a focal student's real name never leaves this device
// unless its settings allow it, and then only in this device's exports. A
// whole cycle is run with a named focal student (added, renamed, seated,
// observed, discussed, surveyed, reported), then every table but the local
// names table is searched, the op log (what a sync carries) field by field,
// and every export. Each search is first shown to find what it looks for, so
// an empty result means the name is absent, not that the search is blind.
import { describe, expect, it } from 'vitest';
import type { CycleDetail } from '../../shared/lessonStudy/detail.js';
import { AGENCY_SURVEY_TEMPLATE, type Measure } from '../../shared/lessonStudy/measures.js';
import type { Observation, ObservationDetail } from '../../shared/observation.js';
import { addFocalStudent, researchNote, setUpLessonStudy, type LessonStudySetUp } from '../support/lessonStudy.js';
import { readOps } from '../support/stores.js';

const NAME = 'Marisol Quintero';
const FIRST_NAME = 'Marisol';
const EARLIER_NAME = 'Marisol Q.';

/** A whole cycle with a focal student whose name this device knows. */
async function cycleWithNamedStudent(): Promise<LessonStudySetUp & { observation: Observation }> {
  const s = await setUpLessonStudy();
  const added = (await addFocalStudent(s, 'S03', { name: EARLIER_NAME, seat: { row: 0, col: 0 } })).focalStudents[0]!;
  await s.t.value('saveFocalStudent', { cycleId: s.cycleId, id: added.id, code: 'S03', name: NAME, strengths: 'Explains with drawings', seat: { row: 1, col: 1 } });
  await s.t.value('saveObserverAssignment', { cycleId: s.cycleId, observerId: s.members.ken, focalStudentId: added.id });
  const observation = await s.t.value<Observation>('startResearchLesson', { cycleId: s.cycleId });
  await researchNote(s.t, observation, 'S03 folds the strip into four', { stepId: s.plan.steps[1]!.id, code: 'S03', atMs: 300_000 });
  await s.t.value('startDiscussion', { cycleId: s.cycleId });
  await s.t.value('saveDiscussionNote', { cycleId: s.cycleId, speakerId: s.members.ken, text: 'S03 used the strip first.' });
  const [measure] = await s.t.value<Measure[]>('saveMeasure', { teamId: s.team.id, ...AGENCY_SURVEY_TEMPLATE });
  await s.t.value('saveMeasureResponse', { measureId: measure!.id, cycleId: s.cycleId, focalStudentId: added.id, pdsaCycle: 1, takenOn: '2026-11-23', answers: [3, 4, 3] });
  await s.t.value('submitObservation', { id: observation.id });
  return { ...s, observation };
}

/** Every table of the store except the local names table, each row as text. */
function everyTableButNames(s: LessonStudySetUp): Map<string, string> {
  const db = s.t.store.db;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'ls_student_names' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  return new Map(tables.map((t) => [t, JSON.stringify(db.prepare(`SELECT * FROM "${t}"`).raw().all())]));
}

/** Every field of every op in the log: what a sync sends. */
const opLogText = (s: LessonStudySetUp) => readOps(s.t.store).map((op) => Object.values(op).join('\u0001'));

const report = async (s: LessonStudySetUp) => (await s.t.value<{ html: string }>('exportCycleReport', { id: s.cycleId })).html;

describe("a focal student's name", () => {
  it('is kept on this device only: in the local names table and the cycle screen, in no synced table, no op and no export', async () => {
    const s = await cycleWithNamedStudent();

    // Where the name belongs: this device's own table and its own screen.
    expect(s.t.store.db.prepare('SELECT name FROM ls_student_names').pluck().all()).toEqual([NAME]);
    expect((await s.t.value<CycleDetail>('getLessonStudyCycle', { id: s.cycleId })).focalStudents[0]).toMatchObject({ code: 'S03', name: NAME });

    // The op log, field by field: the searches find the pseudonym and the note, so they can see into every op.
    const ops = opLogText(s);
    expect(ops.some((op) => op.includes('S03 folds the strip'))).toBe(true);
    expect(ops.filter((op) => op.includes('\u0001code\u0001S03')).length).toBeGreaterThanOrEqual(2);
    expect(ops.filter((op) => op.includes(FIRST_NAME))).toEqual([]);

    // Every other table: the synced tables, field versions, observations, search indexes, settings.
    const tables = everyTableButNames(s);
    expect(tables.get('ls_focal_students')).toContain('Explains with drawings');
    expect([...tables].filter(([, rows]) => rows.includes(FIRST_NAME)).map(([t]) => t)).toEqual([]);

    // The research lesson observation as any screen or export reads it.
    const observation = await s.t.value<ObservationDetail>('getObservation', { id: s.observation.id });
    expect(observation.students.map((st) => st.code)).toEqual(['S03']);
    expect(JSON.stringify(observation)).not.toContain(FIRST_NAME);

    // The exports: the cycle report (by pseudonym) and the insights CSV.
    const html = await report(s);
    expect(html).toContain('<td>S03</td>');
    expect(html).not.toContain(FIRST_NAME);
    const csv = await s.t.value<{ text: string }>('exportInsightsCsv', {});
    expect(csv.text.length).toBeGreaterThan(0);
    expect(csv.text).not.toContain(FIRST_NAME);
  });

  it("appears in this device's cycle report only when the setting allows it, and still never in the op log", async () => {
    const s = await cycleWithNamedStudent();
    await s.t.value('saveSettings', { studentNamesInExports: true });
    const html = await report(s);
    expect(html).toContain(`S03 (${NAME})`);
    expect(html).not.toContain(EARLIER_NAME);
    expect(opLogText(s).filter((op) => op.includes(FIRST_NAME))).toEqual([]);
    expect([...everyTableButNames(s)].filter(([, rows]) => rows.includes(FIRST_NAME)).map(([t]) => t)).toEqual([]);

    await s.t.value('saveSettings', { studentNamesInExports: false });
    expect(await report(s)).not.toContain(FIRST_NAME);
  });

  it('is forgotten on this device when the student is removed', async () => {
    const s = await cycleWithNamedStudent();
    const [student] = (await s.t.value<CycleDetail>('getLessonStudyCycle', { id: s.cycleId })).focalStudents;
    await s.t.value('removeLessonStudyItem', { kind: 'focalStudent', id: student!.id });
    expect(s.t.store.db.prepare('SELECT count(*) FROM ls_student_names').pluck().get()).toBe(0);
  });
});
