// Lesson study planning through the backend (callMethod, so the contract's
// validation runs): teams and members, cycles and their phases, meetings,
// tasks and resources, and removing each kind of a cycle's items. Every
// refusal is checked to leave the op log as it was.
import { describe, expect, it } from 'vitest';
import type { Person } from '../../shared/domain.js';
import type { CycleSummary } from '../../shared/lessonStudy/cycle.js';
import { LS_ITEM_KINDS, type CycleDetail } from '../../shared/lessonStudy/detail.js';
import type { Measure } from '../../shared/lessonStudy/measures.js';
import type { Team } from '../../shared/lessonStudy/team.js';
import { addCycle, addFocalStudent, addTeam, setUpLessonStudy, type LessonStudySetUp } from '../support/lessonStudy.js';
import { setUpBackend } from '../support/observationBackend.js';
import { refusedWithoutChange } from '../support/refusals.js';

const DAY = 24 * 60 * 60 * 1000;

describe('lesson study teams', () => {
  it('lists teams by name with their members, roles and cycle counts; renames a team', async () => {
    const t = setUpBackend();
    const { team: math } = await addTeam(t, 'Math team');
    const { team: art } = await addTeam(t, 'art team');
    await addCycle(t, math.id, math.members[0]!.id);
    const renamed = await t.value<Team>('saveLessonStudyTeam', { id: art.id, name: 'Arts team' });
    expect(renamed).toMatchObject({ id: art.id, name: 'Arts team', cycles: 0 });
    const teams = await t.value<Team[]>('listLessonStudyTeams');
    expect(teams.map((x) => [x.name, x.cycles, x.members.map((m) => m.name)])).toEqual([
      ['Arts team', 0, ['Ken Ito', 'Lee Park', 'Rosa Diaz']],
      ['Math team', 1, ['Ken Ito', 'Lee Park', 'Rosa Diaz']],
    ]);
    expect(teams[1]!.members.find((m) => m.name === 'Rosa Diaz')!.roles).toEqual(['instructor', 'planning_team']);
  });

  it('adds a member from the directory, changes their roles, and takes a member off the team', async () => {
    const t = setUpBackend();
    const { team, members } = await addTeam(t);
    const person = await t.value<Person>('savePerson', { name: 'Maya Chen', roles: ['coach'] });
    let saved = await t.value<Team>('saveTeamMember', { teamId: team.id, personId: person.id, name: 'Maya Chen', roles: ['facilitator'] });
    const maya = saved.members.find((m) => m.personId === person.id)!;
    saved = await t.value<Team>('saveTeamMember', { teamId: team.id, id: maya.id, personId: person.id, name: 'Maya Chen', roles: ['facilitator', 'equity_commentator'] });
    expect(saved.members.find((m) => m.id === maya.id)!.roles).toEqual(['facilitator', 'equity_commentator']);
    saved = await t.value<Team>('removeTeamMember', { id: members.lee });
    expect(saved.members.map((m) => m.name)).toEqual(['Ken Ito', 'Maya Chen', 'Rosa Diaz']);
  });

  it('refuses a member who is not in the directory, an archived person, the same person twice and an unknown team, changing nothing', async () => {
    const t = setUpBackend();
    const { team } = await addTeam(t);
    const person = await t.value<Person>('savePerson', { name: 'Maya Chen', roles: ['coach'] });
    const base = { teamId: team.id, name: 'Maya Chen', roles: ['observer'] };
    expect(await refusedWithoutChange(t, 'saveTeamMember', { ...base, personId: team.id })).toMatch(/not in the directory/);
    await t.value('saveTeamMember', { ...base, personId: person.id });
    expect(await refusedWithoutChange(t, 'saveTeamMember', { ...base, personId: person.id })).toBe('Maya Chen is already on this team; change their roles instead.');
    await t.value('setPersonArchived', { id: person.id, archived: true });
    const other = await addTeam(t, 'Other team');
    expect(await refusedWithoutChange(t, 'saveTeamMember', { ...base, teamId: other.team.id, personId: person.id })).toMatch(/archived in the directory/);
    expect(await refusedWithoutChange(t, 'saveTeamMember', { ...base, teamId: person.id })).toMatch(/lesson study team is not on this device/);
    expect(await refusedWithoutChange(t, 'saveTeamMember', { ...base, roles: [] })).toMatch(/at least one role/);
    expect(await refusedWithoutChange(t, 'saveTeamMember', { ...base, id: other.members.ken })).toMatch(/That member is not on this team/);
  });
});

describe('lesson study cycles', () => {
  it('starts a cycle in the Study phase with today’s date, an empty seating chart and an empty plan version 1', async () => {
    const t = setUpBackend();
    const { team } = await addTeam(t);
    const detail = await t.value<CycleDetail>('createLessonStudyCycle', { teamId: team.id, title: 'Fractions on a number line' });
    expect(detail.cycle).toMatchObject({ title: 'Fractions on a number line', phase: 'study', phaseDates: { study: '2026-11-23' }, variant: 'full', seating: { rows: 0, cols: 0 }, instructorId: null });
    expect(detail.team).toMatchObject({ id: team.id, cycles: 1 });
    expect(detail.plans).toEqual([{ id: expect.any(String), number: 1, label: 'Version 1', createdAt: expect.any(Number), frozen: false, fromPlanId: null, steps: 0 }]);
    const plan = await t.value('getLessonPlan', { id: detail.plans[0]!.id });
    expect(plan).toMatchObject({ number: 1, goals: { longTerm: '', unit: '', lesson: '' }, standards: '', background: '', unitSequence: [], steps: [] });
    expect(detail).toMatchObject({ meetings: [], tasks: [], resources: [], focalStudents: [], assignments: [], researchLessons: [], revisions: [], liteTeachings: [] });
    expect(await t.value('getLessonStudyCycle', { id: detail.cycle.id })).toEqual(detail);
  });

  it('lists cycles newest first, for all teams or one', async () => {
    const t = setUpBackend();
    const a = await addTeam(t, 'Team A');
    const b = await addTeam(t, 'Team B');
    await addCycle(t, a.team.id, a.members.rosa, 'First');
    t.advance(DAY);
    await addCycle(t, b.team.id, b.members.rosa, 'Second');
    t.advance(DAY);
    await addCycle(t, a.team.id, a.members.rosa, 'Third');
    const all = await t.value<CycleSummary[]>('listLessonStudyCycles', {});
    expect(all.map((c) => [c.title, c.teamName])).toEqual([
      ['Third', 'Team A'],
      ['Second', 'Team B'],
      ['First', 'Team A'],
    ]);
    const teamA = await t.value<CycleSummary[]>('listLessonStudyCycles', { teamId: a.team.id });
    expect(teamA.map((c) => c.title)).toEqual(['Third', 'First']);
  });

  it('records the day each phase began the first time only, and saves fields and study answers', async () => {
    const s = await setUpLessonStudy();
    s.t.advance(3 * DAY);
    await s.t.value('saveLessonStudyCycle', { id: s.cycleId, phase: 'plan', study: { concept: 'Fractions are numbers', prior: 'Halves' } });
    s.t.advance(DAY);
    await s.t.value('saveLessonStudyCycle', { id: s.cycleId, phase: 'study' });
    s.t.advance(DAY);
    const detail = await s.t.value<CycleDetail>('saveLessonStudyCycle', { id: s.cycleId, phase: 'plan', researchLessonOn: '2026-12-10', variant: 'lite' });
    expect(detail.cycle).toMatchObject({
      phase: 'plan',
      phaseDates: { study: '2026-11-23', plan: '2026-11-26' },
      researchLessonOn: '2026-12-10',
      variant: 'lite',
      instructorId: s.members.rosa,
      seating: { rows: 4, cols: 6 },
      study: { concept: 'Fractions are numbers', prior: 'Halves', misconceptions: '', materials: '', standards: '' },
    });
  });

  it('refuses an instructor from outside the team and a seating chart too small for a seated focal student, changing nothing', async () => {
    const s = await setUpLessonStudy();
    const other = await addTeam(s.t, 'Other team');
    expect(await refusedWithoutChange(s.t, 'saveLessonStudyCycle', { id: s.cycleId, instructorId: other.members.rosa, title: 'Changed' })).toMatch(/not a member of this cycle’s team/);
    await addFocalStudent(s, 'S07', { seat: { row: 2, col: 4 } });
    expect(await refusedWithoutChange(s.t, 'saveLessonStudyCycle', { id: s.cycleId, seating: { rows: 4, cols: 4 } })).toBe('S07 sits in row 3, seat 5, outside a 4 × 4 chart; move them first.');
    const detail = await s.t.value<CycleDetail>('saveLessonStudyCycle', { id: s.cycleId, seating: { rows: 3, cols: 5 } });
    expect(detail.cycle.seating).toEqual({ rows: 3, cols: 5 });
    expect(detail.cycle.title).toBe('Fractions on a number line');
    expect(await refusedWithoutChange(s.t, 'getLessonStudyCycle', { id: s.team.id })).toMatch(/lesson study cycle is not on this device/);
  });
});

describe('meetings, tasks and resources', () => {
  it('records and edits a meeting with team members attending, a task for a member and a resource', async () => {
    const s = await setUpLessonStudy();
    let detail = await s.t.value<CycleDetail>('saveMeeting', { cycleId: s.cycleId, heldOn: '2026-11-30', title: 'Planning 1', attendees: [s.members.rosa, s.members.ken, s.members.rosa] });
    const meeting = detail.meetings[0]!;
    expect(meeting).toMatchObject({ heldOn: '2026-11-30', title: 'Planning 1', agenda: '', attendees: [s.members.rosa, s.members.ken], notes: '' });
    await s.t.value('saveMeeting', { cycleId: s.cycleId, heldOn: '2026-11-25', title: 'Study 1' });
    detail = await s.t.value<CycleDetail>('saveMeeting', { cycleId: s.cycleId, id: meeting.id, heldOn: '2026-11-30', title: 'Planning 1', notes: 'Drafted steps 1-2' });
    expect(detail.meetings.map((m) => [m.title, m.notes])).toEqual([
      ['Study 1', ''],
      ['Planning 1', 'Drafted steps 1-2'],
    ]);
    detail = await s.t.value<CycleDetail>('saveTask', { cycleId: s.cycleId, title: 'Read chapter 3', assigneeId: s.members.ken, due: '2026-12-01' });
    const task = detail.tasks[0]!;
    detail = await s.t.value<CycleDetail>('saveTask', { cycleId: s.cycleId, id: task.id, title: 'Read chapter 3', assigneeId: s.members.ken, due: '2026-12-01', done: true });
    expect(detail.tasks).toEqual([{ ...task, done: true }]);
    detail = await s.t.value<CycleDetail>('saveResource', { cycleId: s.cycleId, title: 'Teaching fractions on a number line', link: 'https://example.org/fractions' });
    expect(detail.resources).toEqual([{ id: expect.any(String), cycleId: s.cycleId, title: 'Teaching fractions on a number line', link: 'https://example.org/fractions', note: '' }]);
  });

  it('refuses attendees and assignees from outside the team, and an item of another cycle, changing nothing', async () => {
    const s = await setUpLessonStudy();
    const other = await addTeam(s.t, 'Other team');
    const otherCycle = await addCycle(s.t, other.team.id, other.members.rosa, 'Other cycle');
    expect(await refusedWithoutChange(s.t, 'saveMeeting', { cycleId: s.cycleId, heldOn: '2026-11-30', title: 'Planning', attendees: [s.members.ken, other.members.ken] })).toMatch(/not a member/);
    expect(await refusedWithoutChange(s.t, 'saveTask', { cycleId: s.cycleId, title: 'Read', assigneeId: other.members.ken })).toMatch(/not a member/);
    const theirs = await s.t.value<CycleDetail>('saveResource', { cycleId: otherCycle.cycleId, title: 'Their reading' });
    expect(await refusedWithoutChange(s.t, 'saveResource', { cycleId: s.cycleId, id: theirs.resources[0]!.id, title: 'Moved' })).toMatch(/not part of this cycle/);
    expect(await refusedWithoutChange(s.t, 'saveMeeting', { cycleId: s.cycleId, heldOn: '30/11/2026', title: 'Planning' })).toMatch(/YYYY-MM-DD/);
  });
});

/** One item of every kind, each made through its own method; returns the cycle with all of them. */
async function oneOfEach(s: LessonStudySetUp): Promise<CycleDetail> {
  const { t, cycleId } = s;
  await t.value('saveMeeting', { cycleId, heldOn: '2026-11-30', title: 'Planning' });
  await t.value('saveTask', { cycleId, title: 'Read chapter 3' });
  await t.value('saveResource', { cycleId, title: 'Chapter 3' });
  let detail = await addFocalStudent(s, 'S07', { name: 'Jamie Rivera' });
  const student = detail.focalStudents[0]!;
  await t.value('saveObserverAssignment', { cycleId, observerId: s.members.ken, focalStudentId: student.id });
  await t.value('saveDiscussionNote', { cycleId, text: 'Students placed 3/4 past 1' });
  await t.value('saveRevision', { cycleId, planId: s.plan.id, stepId: s.plan.steps[1]!.id, target: 'keyQuestion', text: 'Where would 3/4 go?' });
  await t.value('saveLiteTeaching', { cycleId, teacherId: s.members.ken, taughtOn: '2026-12-02' });
  const [measure] = await t.value<Measure[]>('saveMeasure', { teamId: s.team.id, title: 'Agency check', questions: ['I shared my ideas.'] });
  detail = await t.value<CycleDetail>('saveMeasureResponse', { measureId: measure!.id, cycleId, pdsaCycle: 1, takenOn: '2026-12-02', focalStudentId: student.id, answers: [3] });
  return detail;
}

/** Where each kind of item shows in a cycle's detail, and its table. */
const KINDS = {
  meeting: { list: (d: CycleDetail) => d.meetings, table: 'ls_meetings' },
  task: { list: (d: CycleDetail) => d.tasks, table: 'ls_tasks' },
  resource: { list: (d: CycleDetail) => d.resources, table: 'ls_resources' },
  focalStudent: { list: (d: CycleDetail) => d.focalStudents, table: 'ls_focal_students' },
  assignment: { list: (d: CycleDetail) => d.assignments, table: 'ls_assignments' },
  discussionNote: { list: (d: CycleDetail) => d.discussion.notes, table: 'ls_discussion_notes' },
  revision: { list: (d: CycleDetail) => d.revisions, table: 'ls_revisions' },
  liteTeaching: { list: (d: CycleDetail) => d.liteTeachings, table: 'ls_lite_teachings' },
  measureResponse: { list: (d: CycleDetail) => d.measureResponses, table: 'ls_measure_responses' },
} satisfies Record<(typeof LS_ITEM_KINDS)[number], { list: (d: CycleDetail) => { id: string }[]; table: string }>;

describe('removing a cycle’s items', () => {
  it('removes one item of every kind as a tombstone and returns its cycle', async () => {
    const s = await setUpLessonStudy();
    let detail = await oneOfEach(s);
    for (const kind of LS_ITEM_KINDS) {
      const { list, table } = KINDS[kind];
      const [item] = list(detail);
      expect(item, kind).toBeDefined();
      detail = await s.t.value<CycleDetail>('removeLessonStudyItem', { kind, id: item!.id });
      expect(detail.cycle.id).toBe(s.cycleId);
      expect(list(detail), kind).toEqual([]);
      expect(s.t.store.db.prepare(`SELECT deleted FROM ${table} WHERE id = ?`).pluck().get(item!.id), kind).toBe(1);
    }
  });

  it('forgets a removed focal student’s name on this device', async () => {
    const s = await setUpLessonStudy();
    const detail = await addFocalStudent(s, 'S07', { name: 'Jamie Rivera' });
    const id = detail.focalStudents[0]!.id;
    expect(s.t.store.db.prepare('SELECT name FROM ls_student_names WHERE focal_student_id = ?').pluck().get(id)).toBe('Jamie Rivera');
    await s.t.value('removeLessonStudyItem', { kind: 'focalStudent', id });
    expect(s.t.store.db.prepare('SELECT count(*) FROM ls_student_names').pluck().get()).toBe(0);
    expect(s.t.store.db.prepare('SELECT deleted FROM ls_focal_students WHERE id = ?').pluck().get(id)).toBe(1);
  });

  it('refuses an item that is not there, or of another kind, changing nothing', async () => {
    const s = await setUpLessonStudy();
    const detail = await s.t.value<CycleDetail>('saveTask', { cycleId: s.cycleId, title: 'Read chapter 3' });
    const taskId = detail.tasks[0]!.id;
    expect(await refusedWithoutChange(s.t, 'removeLessonStudyItem', { kind: 'meeting', id: taskId })).toMatch(/meeting is not on this device/);
    await s.t.value('removeLessonStudyItem', { kind: 'task', id: taskId });
    expect(await refusedWithoutChange(s.t, 'removeLessonStudyItem', { kind: 'task', id: taskId })).toMatch(/task is not on this device/);
    expect(await refusedWithoutChange(s.t, 'removeLessonStudyItem', { kind: 'cycle', id: taskId })).toMatch(/kind/i);
  });
});
