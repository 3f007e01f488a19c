// The stale screen, for every edit form that saves a record a person sees:
// device A's screen loads a record; device B changes one field and the change
// reaches A; A's screen, still showing what it loaded, saves a change to
// another field. B's change must survive (before, A wrote back every field it
// held and silently reverted it). Then A changes the field B changed: that is
// listed as edited on two devices, on A and on B once they sync, with B's
// value kept beside A's. Through the real API (callMethod) on real stores.
import { describe, expect, it } from 'vitest';
import type { Conflict } from '../../shared/domain.js';
import type { CycleDetail } from '../../shared/lessonStudy/detail.js';
import type { Plan } from '../../shared/lessonStudy/plan.js';
import type { Observation } from '../../shared/observation.js';
import { setUpLessonStudy, syncInto } from '../support/lessonStudy.js';
import { setUpBackend, startTestObservation, type TestBackend } from '../support/observationBackend.js';

type Fields = Record<string, unknown>;

interface FormCase {
  form: string;
  method: string;
  /** Makes the record on A; returns the ids the form sends and its fields as the screen loaded them. */
  setUp(a: TestBackend): Promise<{ ids: Fields; loaded: Fields }>;
  /** The form's fields in what the save answers. */
  fieldsOf(answer: unknown, ids: Fields): Fields;
  /** B's change, A's change of another field, and A's change of B's field, each as the form sends it. */
  theirs: Fields;
  mine: Fields;
  clash: Fields;
  /** Where fields nest (the study answers), what A's first save leaves, field by field. */
  afterMine?: Fields;
}

const pick = (source: Fields, keys: string[]): Fields => Object.fromEntries(keys.map((k) => [k, source[k]]));

const cycleKeys = ['title', 'researchTheme', 'subject', 'grade', 'topic', 'researchLessonOn', 'instructorId'];
const planKeys = ['label', 'standards', 'background', 'goals'];
const stepKeys = ['minutes', 'activity', 'keyQuestion', 'anticipated', 'support', 'evaluation'];
const meetingKeys = ['heldOn', 'title', 'agenda', 'attendees', 'notes'];

async function cycleOn(a: TestBackend): Promise<CycleDetail> {
  const s = await setUpLessonStudy(a);
  return a.value<CycleDetail>('getLessonStudyCycle', { id: s.cycleId });
}

const CASES: FormCase[] = [
  {
    form: 'the cycle\u2019s fields',
    method: 'saveLessonStudyCycle',
    setUp: async (a) => {
      const { cycle } = await cycleOn(a);
      return { ids: { id: cycle.id }, loaded: pick(cycle as unknown as Fields, cycleKeys) };
    },
    fieldsOf: (answer) => pick((answer as CycleDetail).cycle as unknown as Fields, cycleKeys),
    theirs: { topic: 'Equivalent fractions' },
    mine: { title: 'Fractions, second cycle' },
    clash: { topic: 'Unit fractions' },
  },
  {
    form: 'the study answers',
    method: 'saveLessonStudyCycle',
    setUp: async (a) => {
      const { cycle } = await cycleOn(a);
      return { ids: { id: cycle.id }, loaded: { study: cycle.study } };
    },
    fieldsOf: (answer) => ({ study: (answer as CycleDetail).cycle.study }),
    theirs: { study: { concept: '', prior: 'Halves from grade 4', misconceptions: '', materials: '', standards: '' } },
    mine: { study: { concept: 'A fraction is a number', prior: '', misconceptions: '', materials: '', standards: '' } },
    clash: { study: { concept: 'A fraction is a number', prior: 'Quarters too', misconceptions: '', materials: '', standards: '' } },
    afterMine: { study: { concept: 'A fraction is a number', prior: 'Halves from grade 4', misconceptions: '', materials: '', standards: '' } },
  },
  {
    form: 'the plan\u2019s goals and background',
    method: 'saveLessonPlan',
    setUp: async (a) => {
      const { plans } = await cycleOn(a);
      const plan = await a.value<Plan>('getLessonPlan', { id: plans[0]!.id });
      return { ids: { id: plan.id }, loaded: pick(plan as unknown as Fields, planKeys) };
    },
    fieldsOf: (answer) => pick(answer as Fields, planKeys),
    theirs: { goals: { longTerm: '', unit: 'Fractions are numbers on a line', lesson: '' } },
    mine: { background: 'Last year students split bars, not lines.' },
    clash: { goals: { longTerm: '', unit: 'Fractions measure lengths', lesson: '' } },
  },
  {
    form: 'the unit sequence',
    method: 'saveLessonPlan',
    setUp: async (a) => {
      const { plans } = await cycleOn(a);
      return { ids: { id: plans[0]!.id }, loaded: { unitSequence: [] } };
    },
    fieldsOf: (answer) => ({ unitSequence: (answer as Plan).unitSequence }),
    theirs: { unitSequence: [{ title: 'Halves', research: false }] },
    mine: {},
    clash: { unitSequence: [{ title: 'Thirds', research: true }] },
  },
  {
    form: 'a step of the lesson process table',
    method: 'saveLessonPlanStep',
    setUp: async (a) => {
      const { plans } = await cycleOn(a);
      const step = (await a.value<Plan>('getLessonPlan', { id: plans[0]!.id })).steps[1]!;
      return { ids: { planId: step.planId, id: step.id }, loaded: pick(step as unknown as Fields, stepKeys) };
    },
    fieldsOf: (answer, ids) => pick((answer as Plan).steps.find((s) => s.id === ids.id)! as unknown as Fields, stepKeys),
    theirs: { support: 'Offer a paper strip to fold' },
    mine: { activity: 'Pose the task: place 2/3 on the line' },
    clash: { support: 'Ask a partner to explain' },
  },
  {
    form: 'a meeting',
    method: 'saveMeeting',
    setUp: async (a) => {
      const { cycle } = await cycleOn(a);
      const detail = await a.value<CycleDetail>('saveMeeting', { cycleId: cycle.id, heldOn: '2026-11-20', title: 'Planning 1', agenda: 'Goals', notes: '' });
      const meeting = detail.meetings[0]!;
      return { ids: { cycleId: cycle.id, id: meeting.id }, loaded: pick(meeting as unknown as Fields, meetingKeys) };
    },
    fieldsOf: (answer, ids) => pick((answer as CycleDetail).meetings.find((m) => m.id === ids.id)! as unknown as Fields, meetingKeys),
    theirs: { agenda: 'Goals; anticipated responses' },
    mine: { notes: 'We chose the number line.' },
    clash: { agenda: 'Goals only' },
  },
  {
    form: 'an observation\u2019s feedback',
    method: 'saveFeedback',
    setUp: async (a) => {
      const observation = await startTestObservation(a);
      return { ids: { id: observation.id }, loaded: { ...observation.feedback } };
    },
    fieldsOf: (answer) => ({ ...(answer as Observation).feedback }),
    theirs: { questions: 'What did the quiet pairs say?' },
    mine: { strengths: 'Every pair explained a strategy.' },
    clash: { questions: 'Who spoke first?' },
  },
  {
    form: 'a school',
    method: 'saveSchool',
    setUp: async (a) => {
      const school = await a.value<Fields>('saveSchool', { name: 'Adams Elementary', code: '014', grades: 'K-5' });
      return { ids: { id: school.id }, loaded: pick(school, ['name', 'code', 'grades']) };
    },
    fieldsOf: (answer) => pick(answer as Fields, ['name', 'code', 'grades']),
    theirs: { grades: 'K-6' },
    mine: { name: 'Adams Elementary School' },
    clash: { grades: 'TK-5' },
  },
  {
    form: 'a person',
    method: 'savePerson',
    setUp: async (a) => {
      const person = await a.value<Fields>('savePerson', { name: 'Dana Rivera', roles: ['teacher'], title: 'Grade 5' });
      return { ids: { id: person.id }, loaded: pick(person, ['name', 'email', 'schoolId', 'roles', 'title']) };
    },
    fieldsOf: (answer) => pick(answer as Fields, ['name', 'email', 'schoolId', 'roles', 'title']),
    theirs: { title: 'Grade 5 lead' },
    mine: { email: 'dana.rivera@dinuba.org' },
    clash: { title: 'Math coach' },
  },
];

async function conflictsOn(t: TestBackend): Promise<Conflict[]> {
  return t.value<Conflict[]>('listConflicts', {});
}

describe('a save from a screen loaded before a sync', () => {
  it.each(CASES.map((c) => [c.form, c] as const))('%s: keeps the other device\u2019s edit, and a clash is listed for a person', async (_form, c) => {
    const a = setUpBackend();
    const b = setUpBackend();
    const { ids, loaded } = await c.setUp(a);
    syncInto(b.store, a.store);

    // B, with the record fresh on its screen, changes one field; the change reaches A.
    b.advance(60_000);
    await b.value(c.method, { ...ids, ...loaded, ...c.theirs, seen: loaded });
    syncInto(a.store, b.store);

    // A's screen still shows what it loaded, and saves a change to another field.
    a.advance(120_000);
    const saved = c.fieldsOf(await a.value(c.method, { ...ids, ...loaded, ...c.mine, seen: loaded }), ids);
    expect(saved).toEqual({ ...loaded, ...c.theirs, ...c.mine, ...c.afterMine });
    expect(await conflictsOn(a)).toEqual([]);

    // Then it changes the field B changed: both values are kept and the clash is listed, here and on B.
    a.advance(60_000);
    const clashed = c.fieldsOf(await a.value(c.method, { ...ids, ...loaded, ...c.mine, ...c.clash, seen: loaded }), ids);
    expect(clashed).toEqual({ ...loaded, ...c.theirs, ...c.mine, ...c.afterMine, ...c.clash });
    const listed = await conflictsOn(a);
    expect(listed).toHaveLength(1);
    expect(listed[0]!.keptValue).not.toEqual(listed[0]!.otherValue);
    syncInto(b.store, a.store);
    expect(await conflictsOn(b)).toHaveLength(1);
  });

  it('refuses a malformed "seen" in one sentence and changes nothing', async () => {
    const a = setUpBackend();
    const school = await a.value<Fields>('saveSchool', { name: 'Adams Elementary', code: '014', grades: 'K-5' });
    expect(await a.refusal('saveSchool', { id: school.id, name: 'Adams', code: '014', grades: 'K-5', seen: { name: 42 } })).toMatch(/seen/);
    expect(await a.value<Fields[]>('listSchools', {})).toEqual([school]);
  });
});
