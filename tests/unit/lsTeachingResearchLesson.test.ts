// The research lesson on real stores: this device's observation (the lesson
// study guide, the cycle's plan version, its focal students seated), notes
// tied to a step of that plan version only, corrections keeping the step, and
// the evidence of two observers on two devices, merged by sync, grouped by
// plan step and by focal student.
import { describe, expect, it } from 'vitest';
import type { CycleDetail } from '../../shared/lessonStudy/detail.js';
import type { ResearchEvidence } from '../../shared/lessonStudy/discussion.js';
import type { Plan } from '../../shared/lessonStudy/plan.js';
import type { Note, Observation, ObservationDetail } from '../../shared/observation.js';
import { addCycle, addFocalStudent, researchNote, setUpLessonStudy, syncInto, type LessonStudySetUp } from '../support/lessonStudy.js';
import { noteInput, setUpBackend, startTestObservation } from '../support/observationBackend.js';
import { readOps } from '../support/stores.js';

async function withStudents(): Promise<LessonStudySetUp> {
  const s = await setUpLessonStudy();
  await addFocalStudent(s, 'S03', { seat: { row: 1, col: 2 }, name: 'Marisol Quintero' });
  await addFocalStudent(s, 'S07');
  return s;
}

const start = (s: LessonStudySetUp, extra: Record<string, unknown> = {}) => s.t.value<Observation>('startResearchLesson', { cycleId: s.cycleId, ...extra });

describe('startResearchLesson', () => {
  it("starts this device's observation of the research lesson: the guide, the plan version, the instructor, the focal students seated", async () => {
    const s = await withStudents();
    const o = await start(s);
    expect(o).toMatchObject({
      kind: 'lesson_study',
      cycleId: s.cycleId,
      planId: s.plan.id,
      rubricId: 'lesson-study-observation-guide',
      teacherLabel: 'Rosa Diaz',
      grade: '5',
      subject: 'Mathematics',
      observerName: 'Ken Ito',
      status: 'draft',
      seating: { rows: 4, cols: 6 },
    });
    expect(o.timer.runningSince).toBe(o.startedAt);
    const detail = await s.t.value<ObservationDetail>('getObservation', { id: o.id });
    // S07 had no seat: it takes the first free one.
    expect(detail.students.map(({ code, row, col, focal }) => ({ code, row, col, focal }))).toEqual([
      { code: 'S07', row: 0, col: 0, focal: true },
      { code: 'S03', row: 1, col: 2, focal: true },
    ]);
    expect(JSON.stringify(detail)).not.toContain('Marisol');
  });

  it('returns the draft already under way for this observer on this device; another observer gets their own', async () => {
    const s = await withStudents();
    const first = await start(s);
    expect((await start(s)).id).toBe(first.id);
    await s.t.value('saveSettings', { userName: 'Lee Park' });
    const second = await start(s);
    expect(second.id).not.toBe(first.id);
    expect(second.observerName).toBe('Lee Park');
    expect((await s.t.value<CycleDetail>('getLessonStudyCycle', { id: s.cycleId })).researchLessons).toHaveLength(2);
  });

  it('names the cycle in the label when no instructor is set, and refuses a plan version of another cycle', async () => {
    const s = await setUpLessonStudy();
    await s.t.value('saveLessonStudyCycle', { id: s.cycleId, instructorId: null });
    expect((await start(s)).teacherLabel).toBe('Fractions on a number line');
    const other = await addCycle(s.t, s.team.id, s.members.rosa, 'Another cycle');
    const before = readOps(s.t.store).length;
    expect(await s.t.refusal('startResearchLesson', { cycleId: s.cycleId, planId: other.plan.id })).toMatch(/belongs to another cycle/);
    expect(readOps(s.t.store)).toHaveLength(before);
  });
});

describe('research lesson notes', () => {
  it('keep the plan step, which getObservation returns and a correction copies', async () => {
    const s = await withStudents();
    const o = await start(s);
    const step = s.plan.steps[1]!;
    const note = await researchNote(s.t, o, 'S03 folds the strip into four', { stepId: step.id, code: 'S03' });
    expect(note).toMatchObject({ planStepId: step.id });
    expect((await s.t.value<ObservationDetail>('getObservation', { id: o.id })).notes[0]!.planStepId).toBe(step.id);
    await s.t.value('submitObservation', { id: o.id });
    const correction = await s.t.value<Observation>('startCorrection', { id: o.id });
    expect(correction).toMatchObject({ cycleId: s.cycleId, planId: s.plan.id });
    expect((await s.t.value<ObservationDetail>('getObservation', { id: correction.id })).notes.map((n) => n.planStepId)).toEqual([step.id]);
    // The evidence reads the correction, not what it replaced.
    expect((await s.t.value<ResearchEvidence>('getResearchEvidence', { cycleId: s.cycleId })).observations.map((x) => x.id)).toEqual([correction.id]);
  });

  it("refuses a step of another plan version, and a step in an observation that follows no plan, storing nothing", async () => {
    const s = await withStudents();
    const o = await start(s);
    const v2 = await s.t.value<Plan>('createLessonPlanVersion', { cycleId: s.cycleId, fromPlanId: s.plan.id });
    expect(await s.t.refusal('saveNote', noteInput(o.id, 'On the wrong version', { planStepId: v2.steps[0]!.id }))).toMatch(/not in the plan version this research lesson follows/);
    const plain = await startTestObservation(s.t);
    expect(await s.t.refusal('saveNote', noteInput(plain.id, 'A walk-through', { planStepId: s.plan.steps[0]!.id }))).toMatch(/does not follow a lesson plan/);
    expect(s.t.store.db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(0);
  });
});

describe('getResearchEvidence', () => {
  it("groups two observers' notes, taken on two devices and merged by sync, by plan step and by focal student", async () => {
    const s = await withStudents();
    const [a, b] = [s.t, setUpBackend()];
    syncInto(b.store, a.store);
    await b.value('saveSettings', { userName: 'Lee Park' });
    const [step1, step2] = s.plan.steps;
    const mine = await a.value<Observation>('startResearchLesson', { cycleId: s.cycleId });
    const theirs = await b.value<Observation>('startResearchLesson', { cycleId: s.cycleId });
    await researchNote(a, mine, 'S03 points at the middle', { stepId: step1!.id, code: 'S03', atMs: 60_000 });
    await researchNote(a, mine, 'Room is loud', { atMs: 30_000 });
    await researchNote(b, theirs, 'S07 counts tick marks', { stepId: step1!.id, code: 'S07', atMs: 45_000 });
    await researchNote(b, theirs, 'S03 puts 3/4 past 1', { stepId: step2!.id, code: 'S03', atMs: 400_000 });
    syncInto(a.store, b.store);

    const evidence = await a.value<ResearchEvidence>('getResearchEvidence', { cycleId: s.cycleId });
    expect(evidence.observations.map((o) => [o.observerName, o.notes]).sort()).toEqual([
      ['Ken Ito', 2],
      ['Lee Park', 2],
    ]);
    const texts = (notes: readonly Pick<Note, 'text'>[]) => notes.map((n) => n.text);
    expect(evidence.byStep.map((g) => g.stepId)).toEqual([...s.plan.steps.map((x) => x.id), null]);
    expect(evidence.byStep.map((g) => texts(g.notes))).toEqual([['S07 counts tick marks', 'S03 points at the middle'], ['S03 puts 3/4 past 1'], [], [], ['Room is loud']]);
    const focal = (await a.value<CycleDetail>('getLessonStudyCycle', { id: s.cycleId })).focalStudents;
    expect(evidence.byStudent.map((g) => g.focalStudentId)).toEqual([...focal.map((f) => f.id), null]);
    expect(evidence.byStudent.map((g) => texts(g.notes))).toEqual([['S03 points at the middle', 'S03 puts 3/4 past 1'], ['S07 counts tick marks'], ['Room is loud']]);
    expect(evidence.byStep[0]!.notes[0]).toMatchObject({ observerName: 'Lee Park', observationId: theirs.id, focalStudentId: focal[1]!.id, planStepId: step1!.id, atMs: 45_000 });
  });
});
