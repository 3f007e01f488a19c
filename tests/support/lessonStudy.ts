// A lesson study team and cycle on a real backend, set up the way the screens
// do it (through callMethod): a team of four with an instructor, a cycle with
// a 4 × 6 seating chart, and plan version 1 with four steps and anticipated
// responses. For the lesson study tests.
import { applyOps } from '../../db/apply.js';
import type { Store } from '../../db/store.js';
import type { CycleDetail } from '../../shared/lessonStudy/detail.js';
import type { Plan } from '../../shared/lessonStudy/plan.js';
import type { Team } from '../../shared/lessonStudy/team.js';
import type { Observation } from '../../shared/observation.js';
import { noteInput, setUpBackend, type TestBackend } from './observationBackend.js';
import { readOps } from './stores.js';

export const PLAN_STEPS = [
  { minutes: 5, activity: 'Launch: recall halves and quarters', keyQuestion: 'Where does one half go?', anticipated: ['Points at the middle', 'Counts tick marks'] },
  { minutes: 15, activity: 'Pose the task: place 3/4 on the line', keyQuestion: 'How do you know?', anticipated: ['Splits into four', 'Puts 3/4 past 1'] },
  { minutes: 15, activity: 'Compare strategies', keyQuestion: 'Which way convinces you?', anticipated: ['Prefers folding', 'Prefers counting'] },
  { minutes: 10, activity: 'Summarise and reflect', keyQuestion: 'What is a fraction on a line?', anticipated: ['A distance from zero', 'A point'] },
];

export interface LessonStudySetUp {
  t: TestBackend;
  team: Team;
  /** Member ids by first name. */
  members: { rosa: string; ken: string; lee: string };
  cycleId: string;
  plan: Plan;
}

export async function addTeam(t: TestBackend, name = 'Grade 5 math team'): Promise<{ team: Team; members: LessonStudySetUp['members'] }> {
  let team = await t.value<Team>('saveLessonStudyTeam', { name });
  team = await t.value<Team>('saveTeamMember', { teamId: team.id, name: 'Rosa Diaz', roles: ['instructor', 'planning_team'] });
  team = await t.value<Team>('saveTeamMember', { teamId: team.id, name: 'Ken Ito', roles: ['observer', 'planning_team'] });
  team = await t.value<Team>('saveTeamMember', { teamId: team.id, name: 'Lee Park', roles: ['knowledgeable_other'] });
  const id = (name: string) => team.members.find((m) => m.name.startsWith(name))!.id;
  return { team, members: { rosa: id('Rosa'), ken: id('Ken'), lee: id('Lee') } };
}

export async function addCycle(t: TestBackend, teamId: string, instructorId: string, title = 'Fractions on a number line'): Promise<{ cycleId: string; plan: Plan }> {
  const created = await t.value<CycleDetail>('createLessonStudyCycle', { teamId, title, researchTheme: 'Student agency', subject: 'Mathematics', grade: '5', topic: 'Fractions' });
  await t.value('saveLessonStudyCycle', { id: created.cycle.id, seating: { rows: 4, cols: 6 }, instructorId });
  let plan = await t.value<Plan>('getLessonPlan', { id: created.plans[0]!.id });
  for (const step of PLAN_STEPS) plan = await t.value<Plan>('saveLessonPlanStep', { planId: plan.id, ...step });
  return { cycleId: created.cycle.id, plan };
}

export async function setUpLessonStudy(t: TestBackend = setUpBackend()): Promise<LessonStudySetUp> {
  await t.value('saveSettings', { userName: 'Ken Ito' });
  const { team, members } = await addTeam(t);
  const { cycleId, plan } = await addCycle(t, team.id, members.rosa);
  return { t, team, members, cycleId, plan };
}

/** Adds a focal student and returns the cycle's detail. */
export function addFocalStudent(s: LessonStudySetUp, code: string, extra: Record<string, unknown> = {}): Promise<CycleDetail> {
  return s.t.value<CycleDetail>('saveFocalStudent', { cycleId: s.cycleId, code, strengths: `${code} explains ideas with drawings`, ...extra });
}

/** A note in a research lesson, about a plan step and (by code) a student on its chart. */
export async function researchNote(t: TestBackend, observation: Observation, text: string, at: { stepId?: string; code?: string; atMs?: number } = {}) {
  const detail = await t.value<{ students: { id: string; code: string }[] }>('getObservation', { id: observation.id });
  const studentId = at.code ? detail.students.find((s) => s.code === at.code)!.id : null;
  return t.value('saveNote', noteInput(observation.id, text, { planStepId: at.stepId ?? null, studentId, atMs: at.atMs ?? 0 }));
}

/** Applies every op of one device's log to another, as a sync would carry them. */
export function syncInto(target: Store, source: Store): void {
  applyOps(target, readOps(source));
}
