// The stale screen, for every edit form that saves a record a person sees:
// device A's screen loads a record; device B changes one field and the change
// reaches A; A's screen, still showing what it loaded, saves a change to
// another field. B's change must survive (before, A wrote back every field it
// held and silently reverted it). Then A changes the field B changed: that is
// listed as edited on two devices, on A and on B once they sync, with B's
// value kept beside A's. Through the real API (callMethod) on real stores.
import { describe, expect, it } from 'vitest';
import type { RoundDetail, Sheet } from '../../shared/calibration/schemas.js';
import type { Conflict } from '../../shared/domain.js';
import type { CycleDetail } from '../../shared/lessonStudy/detail.js';
import type { Measure } from '../../shared/lessonStudy/measures.js';
import type { Plan } from '../../shared/lessonStudy/plan.js';
import type { Note, Observation, Score, Student } from '../../shared/observation.js';
import { addPeople, createTestRound, scoreSheet } from '../support/calibration.js';
import { addFocalStudent, setUpLessonStudy, syncInto } from '../support/lessonStudy.js';
import { noteInput, setUpBackend, startTestObservation, type TestBackend } from '../support/observationBackend.js';

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
const taskKeys = ['title', 'assigneeId', 'due', 'done', 'fromDiscussion'];
const focalKeys = ['code', 'strengths', 'focalFor', 'seat'];
const liteKeys = ['teacherId', 'taughtOn', 'howItWent', 'deviations', 'reflection'];
const measureKeys = ['title', 'questions', 'scaleMax'];
const studentKeys = ['code', 'row', 'col', 'focal'];
const scoreKeys = ['value', 'na', 'evidence'];

async function cycleOn(a: TestBackend): Promise<CycleDetail> {
  const s = await setUpLessonStudy(a);
  return a.value<CycleDetail>('getLessonStudyCycle', { id: s.cycleId });
}

/** A round whose three sheets are in and revealed, for the consensus. */
async function revealedRound(a: TestBackend): Promise<RoundDetail> {
  const [ana, ben, cai, fay] = await addPeople(a, ['Ana Ruiz', 'Ben Okafor', 'Cai Lin', 'Fay Moss']);
  const round = await createTestRound(a, [ana!, ben!, cai!], fay!);
  for (const rater of [ana!, ben!, cai!]) await scoreSheet(a, round.id, rater.id, [3, 2, 2, 1, 2]);
  return a.value<RoundDetail>('revealCalibrationRound', { id: round.id });
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
  {
    form: 'a task (ticked done on the task list)',
    method: 'saveTask',
    setUp: async (a) => {
      const { cycle } = await cycleOn(a);
      const task = (await a.value<CycleDetail>('saveTask', { cycleId: cycle.id, title: 'Print number lines', due: '2026-11-30' })).tasks[0]!;
      return { ids: { cycleId: cycle.id, id: task.id }, loaded: pick(task as unknown as Fields, taskKeys) };
    },
    fieldsOf: (answer, ids) => pick((answer as CycleDetail).tasks.find((t) => t.id === ids.id)! as unknown as Fields, taskKeys),
    theirs: { title: 'Print number lines, one per pair' },
    mine: { done: true },
    clash: { title: 'Print number lines on card' },
  },
  {
    form: 'a focal student (the form, and a seat on the chart)',
    method: 'saveFocalStudent',
    setUp: async (a) => {
      const s = await setUpLessonStudy(a);
      const student = (await addFocalStudent(s, 'S03')).focalStudents[0]!;
      return { ids: { cycleId: s.cycleId, id: student.id }, loaded: pick(student as unknown as Fields, focalKeys) };
    },
    fieldsOf: (answer, ids) => pick((answer as CycleDetail).focalStudents.find((f) => f.id === ids.id)! as unknown as Fields, focalKeys),
    theirs: { strengths: 'S03 explains ideas with drawings and gestures' },
    mine: { seat: { row: 1, col: 2 } },
    clash: { strengths: 'S03 builds models first' },
  },
  {
    form: 'the cycle\u2019s seating chart size',
    method: 'saveLessonStudyCycle',
    setUp: async (a) => {
      const { cycle } = await cycleOn(a);
      return { ids: { id: cycle.id }, loaded: { seating: cycle.seating } };
    },
    fieldsOf: (answer) => ({ seating: (answer as CycleDetail).cycle.seating }),
    theirs: { seating: { rows: 4, cols: 8 } },
    mine: { seating: { rows: 5, cols: 6 } },
    clash: { seating: { rows: 5, cols: 7 } },
    afterMine: { seating: { rows: 5, cols: 8 } },
  },
  {
    form: 'a part of the discussion agenda',
    method: 'saveDiscussionPart',
    setUp: async (a) => {
      const { cycle } = await cycleOn(a);
      const part = (await a.value<CycleDetail>('startDiscussion', { cycleId: cycle.id })).discussion.parts[0]!;
      return { ids: { id: part.id }, loaded: { title: part.title, minutes: part.minutes } };
    },
    fieldsOf: (answer, ids) => pick((answer as CycleDetail).discussion.parts.find((p) => p.id === ids.id)! as unknown as Fields, ['title', 'minutes']),
    theirs: { minutes: 4 },
    mine: { title: 'Thank Rosa for teaching' },
    clash: { minutes: 5 },
  },
  {
    form: 'a lite teaching',
    method: 'saveLiteTeaching',
    setUp: async (a) => {
      const s = await setUpLessonStudy(a);
      const detail = await a.value<CycleDetail>('saveLiteTeaching', { cycleId: s.cycleId, teacherId: s.members.rosa, taughtOn: '2026-11-20', howItWent: 'Pairs placed 3/4' });
      const teaching = detail.liteTeachings[0]!;
      return { ids: { cycleId: s.cycleId, id: teaching.id }, loaded: pick(teaching as unknown as Fields, liteKeys) };
    },
    fieldsOf: (answer, ids) => pick((answer as CycleDetail).liteTeachings.find((l) => l.id === ids.id)! as unknown as Fields, liteKeys),
    theirs: { reflection: 'Folding strips helped the quiet pairs.' },
    mine: { deviations: 'Skipped the summary for time.' },
    clash: { reflection: 'Number lines before strips next time.' },
  },
  {
    form: 'a practical measure survey',
    method: 'saveMeasure',
    setUp: async (a) => {
      const s = await setUpLessonStudy(a);
      const measure = (await a.value<Measure[]>('saveMeasure', { teamId: s.team.id, title: 'Agency check', questions: ['I shared my ideas.', 'I could explain my answer.'] }))[0]!;
      return { ids: { teamId: s.team.id, id: measure.id }, loaded: pick(measure as unknown as Fields, measureKeys) };
    },
    fieldsOf: (answer, ids) => pick((answer as Measure[]).find((m) => m.id === ids.id)! as unknown as Fields, measureKeys),
    theirs: { questions: ['I shared my own ideas today.', 'I could explain my answer.'] },
    mine: { title: 'Student agency check' },
    clash: { questions: ['My ideas were heard.', 'I could explain my answer.'] },
  },
  {
    form: 'a focal student\u2019s survey answers',
    method: 'saveMeasureResponse',
    setUp: async (a) => {
      const s = await setUpLessonStudy(a);
      const student = (await addFocalStudent(s, 'S03')).focalStudents[0]!;
      const measure = (await a.value<Measure[]>('saveMeasure', { teamId: s.team.id, title: 'Agency check', questions: ['I shared my ideas.', 'I could explain my answer.'] }))[0]!;
      const ids = { measureId: measure.id, cycleId: s.cycleId, pdsaCycle: 1, takenOn: '2026-11-20', focalStudentId: student.id };
      await a.value('saveMeasureResponse', { ...ids, answers: [3, 3] });
      return { ids, loaded: { answers: [3, 3] } };
    },
    fieldsOf: (answer, ids) => ({ answers: (answer as CycleDetail).measureResponses.find((r) => r.focalStudentId === ids.focalStudentId)!.answers }),
    theirs: { answers: [4, 3] },
    mine: {},
    clash: { answers: [2, 3] },
  },
  {
    form: 'a student on an observation\u2019s seating chart',
    method: 'saveStudent',
    setUp: async (a) => {
      const observation = await startTestObservation(a);
      await a.value('setSeating', { observationId: observation.id, rows: 4, cols: 6 });
      const student = await a.value<Student>('saveStudent', { observationId: observation.id, code: 'S01', row: 0, col: 0 });
      return { ids: { observationId: observation.id, id: student.id }, loaded: pick(student as unknown as Fields, studentKeys) };
    },
    fieldsOf: (answer) => pick(answer as Fields, studentKeys),
    theirs: { code: 'S07' },
    mine: { focal: true },
    clash: { code: 'S08' },
  },
  {
    form: 'an observation\u2019s seating chart size',
    method: 'setSeating',
    setUp: async (a) => {
      const observation = await startTestObservation(a);
      await a.value('setSeating', { observationId: observation.id, rows: 4, cols: 6 });
      return { ids: { observationId: observation.id }, loaded: { rows: 4, cols: 6 } };
    },
    fieldsOf: (answer) => ({ ...(answer as Observation).seating }),
    theirs: { cols: 8 },
    mine: { rows: 5 },
    clash: { cols: 7 },
  },
  {
    form: 'an observation\u2019s score',
    method: 'saveScore',
    setUp: async (a) => {
      const observation = await startTestObservation(a);
      const note = await a.value<Note>('saveNote', noteInput(observation.id, 'Pairs compare strategies'));
      const ids = { observationId: observation.id, episodeId: null, dimensionId: 'mathematics' };
      const score = await a.value<Score>('saveScore', { ...ids, value: 2, evidence: [note.id] });
      return { ids, loaded: pick(score as unknown as Fields, scoreKeys) };
    },
    fieldsOf: (answer) => pick(answer as Fields, scoreKeys),
    theirs: { value: 3 },
    mine: { evidence: [] },
    clash: { value: 1 },
  },
  {
    form: 'a rater\u2019s score sheet',
    method: 'saveCalibrationScore',
    setUp: async (a) => {
      const [ana, ben, fay] = await addPeople(a, ['Ana Ruiz', 'Ben Okafor', 'Fay Moss']);
      const round = await createTestRound(a, [ana!, ben!], fay!);
      const ids = { roundId: round.id, raterId: ana!.id, dimensionId: 'mathematics' };
      const sheet = await a.value<Sheet>('saveCalibrationScore', { ...ids, value: 2, evidence: 'Pairs compare strategies' });
      return { ids, loaded: pick(sheet.scores[0]! as unknown as Fields, scoreKeys) };
    },
    fieldsOf: (answer, ids) => pick((answer as Sheet).scores.find((s) => s.dimensionId === ids.dimensionId)! as unknown as Fields, scoreKeys),
    theirs: { evidence: 'Pairs compare two strategies' },
    mine: { value: 3 },
    clash: { evidence: 'Every pair compares' },
  },
  {
    form: 'a calibration round\u2019s consensus',
    method: 'saveCalibrationConsensus',
    setUp: async (a) => {
      const round = await revealedRound(a);
      const ids = { roundId: round.id, dimensionId: 'mathematics' };
      await a.value('saveCalibrationConsensus', { ...ids, value: 2, notes: 'Agreed after the evidence' });
      return { ids, loaded: { value: 2, notes: 'Agreed after the evidence' } };
    },
    fieldsOf: (answer, ids) => {
      const d = (answer as RoundDetail).results!.dimensions.find((r) => r.dimensionId === ids.dimensionId)!;
      return { value: d.consensus, notes: d.discussion };
    },
    theirs: { notes: 'Agreed after the evidence; see step 2' },
    mine: { value: 3 },
    clash: { notes: 'Agreed on 3' },
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

  it('a score given elsewhere to a dimension the screen showed unscored is listed with both values, its evidence kept', async () => {
    const a = setUpBackend();
    const b = setUpBackend();
    const observation = await startTestObservation(a);
    const note = await a.value<Note>('saveNote', noteInput(observation.id, 'Pairs compare strategies'));
    syncInto(b.store, a.store);
    const ids = { observationId: observation.id, episodeId: null, dimensionId: 'mathematics' };
    b.advance(60_000);
    await b.value('saveScore', { ...ids, value: 3, evidence: [note.id] });
    syncInto(a.store, b.store);

    a.advance(120_000);
    const saved = await a.value<Score>('saveScore', { ...ids, value: 2, seen: {} });
    expect(pick(saved as unknown as Fields, scoreKeys)).toEqual({ value: 2, na: false, evidence: [note.id] });
    expect((await conflictsOn(a)).map((c) => [c.column, c.keptValue, c.otherValue])).toEqual([['value', 2, 3]]);
  });

  it('refuses a malformed "seen" in one sentence and changes nothing', async () => {
    const a = setUpBackend();
    const school = await a.value<Fields>('saveSchool', { name: 'Adams Elementary', code: '014', grades: 'K-5' });
    expect(await a.refusal('saveSchool', { id: school.id, name: 'Adams', code: '014', grades: 'K-5', seen: { name: 42 } })).toMatch(/seen/);
    expect(await a.value<Fields[]>('listSchools', {})).toEqual([school]);
  });
});
