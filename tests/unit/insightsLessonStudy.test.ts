// Lesson study on the Insights screen, on a real store through callMethod:
// cycles counted by phase with every phase present, the dashboard's school
// and grade filters, a principal seeing only their school's teams, and a
// team's survey summarised by its first and latest occasion and median.
import { describe, expect, it } from 'vitest';
import type { Person, School } from '../../shared/domain.js';
import type { LessonStudyProgress } from '../../shared/insights/lessonStudyProgress.js';
import type { CycleDetail } from '../../shared/lessonStudy/detail.js';
import { AGENCY_SURVEY_TEMPLATE, type Measure } from '../../shared/lessonStudy/measures.js';
import type { Team } from '../../shared/lessonStudy/team.js';
import { addCycle, addFocalStudent, addTeam, setUpLessonStudy } from '../support/lessonStudy.js';

async function twoSchools() {
  const s = await setUpLessonStudy();
  const north = await s.t.value<School>('saveSchool', { name: 'North Elementary' });
  const south = await s.t.value<School>('saveSchool', { name: 'South Middle' });
  await s.t.value<Team>('saveLessonStudyTeam', { id: s.team.id, name: s.team.name, schoolId: north.id });
  await s.t.value('saveLessonStudyCycle', { id: s.cycleId, phase: 'teach' });
  const second = await addCycle(s.t, s.team.id, s.members.rosa, 'Equivalent fractions');
  await s.t.value('saveLessonStudyCycle', { id: second.cycleId, phase: 'revise', grade: '4' });
  const { team: southTeam, members } = await addTeam(s.t, 'Grade 7 team');
  await s.t.value<Team>('saveLessonStudyTeam', { id: southTeam.id, name: southTeam.name, schoolId: south.id });
  await addCycle(s.t, southTeam.id, members.rosa, 'Proportional reasoning');
  return { ...s, north, south, secondCycleId: second.cycleId };
}

const progress = (s: Awaited<ReturnType<typeof twoSchools>>, filter: Record<string, unknown> = {}) => s.t.value<LessonStudyProgress>('getLessonStudyProgress', filter);
const counts = (p: LessonStudyProgress) => Object.fromEntries(p.byPhase.map((b) => [b.phase, b.cycles]));

describe('getLessonStudyProgress', () => {
  it('counts cycles by phase, every phase present, and lists the cycles behind the counts', async () => {
    const s = await twoSchools();
    const all = await progress(s);
    expect(all.teams).toBe(2);
    expect(counts(all)).toEqual({ study: 1, plan: 0, teach: 1, reflect: 0, revise: 1 });
    expect(all.byPhase.map((b) => b.label)).toEqual(['Study', 'Plan', 'Teach and observe', 'Reflect', 'Revise and reteach']);
    expect(all.cycles.map((c) => c.title).sort()).toEqual(['Equivalent fractions', 'Fractions on a number line', 'Proportional reasoning']);
  });

  it("narrows to the filter's school and grade", async () => {
    const s = await twoSchools();
    expect(counts(await progress(s, { schoolId: s.north.id }))).toEqual({ study: 0, plan: 0, teach: 1, reflect: 0, revise: 1 });
    expect((await progress(s, { schoolId: s.north.id, grade: '4' })).cycles.map((c) => c.title)).toEqual(['Equivalent fractions']);
  });

  it("shows a principal only their own school's teams", async () => {
    const s = await twoSchools();
    await s.t.value<Person>('savePerson', { name: 'Pat South', roles: ['principal'], schoolId: s.south.id });
    await s.t.value('saveSettings', { userName: 'Pat South', role: 'principal' });
    const seen = await progress(s);
    expect(seen.teams).toBe(1);
    expect(seen.cycles.map((c) => c.title)).toEqual(['Proportional reasoning']);
  });

  it("summarises a team's survey: first and latest occasion, and the median of the occasions", async () => {
    const s = await twoSchools();
    const [measure] = await s.t.value<Measure[]>('saveMeasure', { teamId: s.team.id, ...AGENCY_SURVEY_TEMPLATE });
    const detail: CycleDetail = await addFocalStudent(s, 'S01');
    const student = detail.focalStudents[0]!.id;
    const occasions: [number, string, number[]][] = [
      [1, '2026-10-01', [2, 2, 2]],
      [2, '2026-10-08', [3, 3, 2]],
      [3, '2026-10-15', [4, 3, 4]],
    ];
    for (const [pdsaCycle, takenOn, answers] of occasions) {
      await s.t.value('saveMeasureResponse', { measureId: measure!.id, cycleId: s.cycleId, focalStudentId: student, pdsaCycle, takenOn, answers });
    }
    const [summary] = (await progress(s)).measures;
    expect(summary).toMatchObject({ title: 'Student agency check', occasions: 3, scaleMax: 4 });
    expect(summary!.firstMean).toBeCloseTo(2, 9);
    expect(summary!.latestMean).toBeCloseTo(11 / 3, 9);
    expect(summary!.median).toBeCloseTo(8 / 3, 9);
    // Out of the filter's school, the team's occasions are out of view too.
    expect((await progress(s, { schoolId: s.south.id })).measures).toEqual([]);
  });
});
