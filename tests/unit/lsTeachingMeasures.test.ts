// Practical measures on a real store, through callMethod: a team's survey,
// focal students' answers (one per question, on the survey's scale, a second
// save for the same occasion replacing the first), and the run chart across
// the team's two cycles with the median of the occasions' means.
import { describe, expect, it } from 'vitest';
import type { CycleDetail } from '../../shared/lessonStudy/detail.js';
import { AGENCY_SURVEY_TEMPLATE, type Measure, type RunChart } from '../../shared/lessonStudy/measures.js';
import { addCycle, addFocalStudent, setUpLessonStudy, type LessonStudySetUp } from '../support/lessonStudy.js';
import { readOps } from '../support/stores.js';

async function withSurvey(): Promise<LessonStudySetUp & { measure: Measure; students: string[] }> {
  const s = await setUpLessonStudy();
  await addFocalStudent(s, 'S03');
  const students = (await addFocalStudent(s, 'S07')).focalStudents.map((f) => f.id);
  const [measure] = await s.t.value<Measure[]>('saveMeasure', { teamId: s.team.id, ...AGENCY_SURVEY_TEMPLATE });
  return { ...s, measure: measure!, students };
}

const answer = (s: LessonStudySetUp & { measure: Measure }, cycleId: string, focalStudentId: string, answers: (number | null)[], occasion = { pdsaCycle: 1, takenOn: '2026-11-20' }) =>
  s.t.value<CycleDetail>('saveMeasureResponse', { measureId: s.measure.id, cycleId, focalStudentId, answers, ...occasion });

describe('saveMeasure', () => {
  it("creates and edits a team's survey and returns the team's surveys", async () => {
    const s = await withSurvey();
    expect(s.measure).toMatchObject({ teamId: s.team.id, title: 'Student agency check', scaleMax: 4, questions: AGENCY_SURVEY_TEMPLATE.questions });
    const [edited] = await s.t.value<Measure[]>('saveMeasure', { teamId: s.team.id, id: s.measure.id, title: 'Agency check', questions: ['Q1', 'Q2'], scaleMax: 5 });
    expect(edited).toMatchObject({ id: s.measure.id, title: 'Agency check', questions: ['Q1', 'Q2'], scaleMax: 5 });
  });

  it('keeps answers meaningful: once answered, the number of questions stays and the scale covers every answer', async () => {
    const s = await withSurvey();
    await answer(s, s.cycleId, s.students[0]!, [4, 3, null]);
    const opsBefore = readOps(s.t.store).length;
    const base = { teamId: s.team.id, id: s.measure.id, title: 'Agency' };
    expect(await s.t.refusal('saveMeasure', { ...base, questions: ['Only one'], scaleMax: 4 })).toMatch(/answered this survey's 3 questions/);
    expect(await s.t.refusal('saveMeasure', { ...base, questions: ['a', 'b', 'c'], scaleMax: 3 })).toMatch(/scale must go up to at least 4/);
    expect(readOps(s.t.store)).toHaveLength(opsBefore);
  });
});

describe('saveMeasureResponse', () => {
  it("records a focal student's answers, and a second save for the same occasion replaces the first", async () => {
    const s = await withSurvey();
    await answer(s, s.cycleId, s.students[0]!, [2, 3, null]);
    const detail = await answer(s, s.cycleId, s.students[0]!, [3, 3, 4]);
    expect(detail.measureResponses).toEqual([expect.objectContaining({ focalStudentId: s.students[0], pdsaCycle: 1, takenOn: '2026-11-20', answers: [3, 3, 4] })]);
    const later = await answer(s, s.cycleId, s.students[0]!, [4, 4, 4], { pdsaCycle: 2, takenOn: '2026-12-04' });
    expect(later.measureResponses).toHaveLength(2);
  });

  it('refuses answers off the scale or of the wrong count, a student of no focal group and a survey of another team, changing nothing', async () => {
    const s = await withSurvey();
    const other = await s.t.value<{ id: string }>('saveLessonStudyTeam', { name: 'Another team' });
    const [foreign] = await s.t.value<Measure[]>('saveMeasure', { teamId: other.id, title: 'Theirs', questions: ['Q'] });
    const opsBefore = readOps(s.t.store).length;
    const base = { measureId: s.measure.id, cycleId: s.cycleId, focalStudentId: s.students[0], pdsaCycle: 1, takenOn: '2026-11-20' };
    expect(await s.t.refusal('saveMeasureResponse', { ...base, answers: [1, 5, 2] })).toMatch(/Question 2's answer must be from 1 to 4/);
    expect(await s.t.refusal('saveMeasureResponse', { ...base, answers: [0, 2, 2] })).toMatch(/Question 1's answer must be from 1 to 4/);
    expect(await s.t.refusal('saveMeasureResponse', { ...base, answers: [1, 2] })).toMatch(/has 3 questions; give one answer for each/);
    expect(await s.t.refusal('saveMeasureResponse', { ...base, focalStudentId: s.team.id, answers: [1, 2, 3] })).toMatch(/not a focal student of this cycle/);
    expect(await s.t.refusal('saveMeasureResponse', { ...base, measureId: foreign!.id, answers: [1] })).toMatch(/belongs to another team/);
    expect(readOps(s.t.store)).toHaveLength(opsBefore);
  });
});

describe('getMeasureRunChart', () => {
  it("charts the mean answer per occasion across the team's cycles, in time order, with the median", async () => {
    const s = await withSurvey();
    const second = await addCycle(s.t, s.team.id, s.members.rosa, 'Equivalent fractions');
    await s.t.value('saveFocalStudent', { cycleId: second.cycleId, code: 'S03' });
    const [later, skipper] = (await s.t.value<CycleDetail>('saveFocalStudent', { cycleId: second.cycleId, code: 'S11' })).focalStudents.map((f) => f.id);
    // Cycle 1, PDSA 1: means (2+2+2) and (3+3+null) → 12 / 5 = 2.4, two students.
    await answer(s, s.cycleId, s.students[0]!, [2, 2, 2]);
    await answer(s, s.cycleId, s.students[1]!, [3, 3, null]);
    // Cycle 1, PDSA 2: 3.
    await answer(s, s.cycleId, s.students[0]!, [3, 3, 3], { pdsaCycle: 2, takenOn: '2026-12-01' });
    // Cycle 2, PDSA 1, in January: 4. A student who skipped every question is not counted.
    await answer(s, second.cycleId, later!, [4, 4, 4], { pdsaCycle: 1, takenOn: '2027-01-15' });
    await answer(s, second.cycleId, skipper!, [null, null, null], { pdsaCycle: 1, takenOn: '2027-01-15' });
    const chart = await s.t.value<RunChart>('getMeasureRunChart', { id: s.measure.id });
    expect(chart.points.map(({ cycleTitle, pdsaCycle, takenOn, students, mean }) => ({ cycleTitle, pdsaCycle, takenOn, students, mean }))).toEqual([
      { cycleTitle: 'Fractions on a number line', pdsaCycle: 1, takenOn: '2026-11-20', students: 2, mean: 2.4 },
      { cycleTitle: 'Fractions on a number line', pdsaCycle: 2, takenOn: '2026-12-01', students: 1, mean: 3 },
      { cycleTitle: 'Equivalent fractions', pdsaCycle: 1, takenOn: '2027-01-15', students: 1, mean: 4 },
    ]);
    expect(chart.median).toBe(3);
  });

  it('leaves out an occasion where every answer was skipped, and has no median without points', async () => {
    const s = await withSurvey();
    expect((await s.t.value<RunChart>('getMeasureRunChart', { id: s.measure.id })).median).toBeNull();
    await answer(s, s.cycleId, s.students[0]!, [null, null, null]);
    expect(await s.t.value<RunChart>('getMeasureRunChart', { id: s.measure.id })).toMatchObject({ points: [], median: null });
  });
});
