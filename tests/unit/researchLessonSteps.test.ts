// A research lesson's plan steps on the lesson timer (which step a moment of
// the lesson falls in, and what a step is called), and the observation
// exports that name each note's step: the Markdown lists every note with its
// step, the notes CSV has a plan_step column, and other notes name none.
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../shared/ids.js';
import type { PlanStep } from '../../shared/lessonStudy/plan.js';
import { noteStep, stepAt, stepName, stepStartMs } from '../../shared/lessonStudy/stepTiming.js';
import type { Note, ObservationDetail } from '../../shared/observation.js';
import { buildReport, exportFileName, feedbackMarkdown, NOTE_CSV_COLUMNS, notesCsv } from '../../shared/observationReport.js';
import { RubricSchema } from '../../shared/rubric/format.js';
import { truMath } from '../../shared/rubric/library/truMath.js';
import { parseCsv } from '../../shared/csv.js';

const PLAN = uuidv7();
const OBS = uuidv7();
const MIN = 60_000;
const step = (position: number, minutes: number, activity: string): PlanStep => ({
  id: uuidv7(), planId: PLAN, position, minutes, activity, keyQuestion: '', anticipated: [], support: '', evaluation: '', originStepId: null,
});
const steps = [step(0, 5, 'Launch: revisit ratio tables'), step(1, 20, 'Pose the task\nStudents work in pairs'), step(2, 0, ''), step(3, 15, 'Compare strategies')];

describe('plan steps on the lesson timer', () => {
  it('lays the steps end to end and finds the one a moment falls in, the last once the plan has run out', () => {
    expect(stepStartMs(steps)).toEqual([0, 5 * MIN, 25 * MIN, 25 * MIN]);
    const at = (ms: number) => stepAt(steps, ms)?.position;
    expect([at(0), at(5 * MIN - 1), at(5 * MIN), at(25 * MIN - 1), at(25 * MIN), at(40 * MIN - 1), at(90 * MIN)]).toEqual([0, 0, 1, 1, 3, 3, 3]);
    expect(stepAt([], 0)).toBeNull();
  });

  it('takes the step the observer chose over the timer, and the timer again when that step is gone', () => {
    expect(noteStep(steps, steps[3]!.id, 0)).toBe(steps[3]);
    expect(noteStep(steps, null, 6 * MIN)).toBe(steps[1]);
    expect(noteStep(steps, uuidv7(), 6 * MIN)).toBe(steps[1]);
  });

  it('names a step by its number and the first line of its activity, shortened', () => {
    expect(steps.map(stepName)).toEqual(['Step 1: Launch: revisit ratio tables', 'Step 2: Pose the task', 'Step 3', 'Step 4: Compare strategies']);
    expect(stepName(step(0, 5, 'x'.repeat(100)))).toBe(`Step 1: ${'x'.repeat(59)}…`);
  });
});

describe('research lesson exports', () => {
  const tru = RubricSchema.parse(truMath);
  const student = { id: uuidv7(), observationId: OBS, code: 'S03', row: 0, col: 0, focal: true };
  const note = (text: string, atMs: number, extra: Partial<Note> = {}): Note => ({
    id: uuidv7(), observationId: OBS, atMs, createdAt: 0, text, dimensions: [], tags: [], studentId: null, episodeId: null, planStepId: null, ...extra,
  });
  const notes = [
    note('S03 draws a double number line', 7 * MIN, { planStepId: steps[1]!.id, studentId: student.id, tags: ['strategy'] }),
    note('Room gets loud', 8 * MIN),
  ];
  const detail: ObservationDetail = {
    observation: {
      id: OBS, teacherId: null, teacherLabel: 'Room 12', schoolId: null, grade: '6', subject: 'Mathematics', rubricId: 'tru-math', rubricVersion: 1,
      focus: [], kind: 'lesson_study', observerName: 'Ana Torres', status: 'draft', scheduledFor: '', startedAt: Date.UTC(2026, 10, 23, 14, 0),
      timer: { accumulatedMs: 40 * MIN, runningSince: null }, submittedAt: null, supersedes: null,
      feedback: { strengths: '', questions: '', nextSteps: '' }, seating: { rows: 1, cols: 1 }, cycleId: uuidv7(), planId: PLAN,
    },
    notes, episodes: [], scores: [], students: [student], attachments: [], supersededBy: null, noteDraft: '',
  };
  const plan = { id: PLAN, cycleId: detail.observation.cycleId!, number: 1, label: '', fromPlanId: null, createdAt: 0, frozen: false,
    goals: { longTerm: '', unit: '', lesson: '' }, standards: '', background: '', unitSequence: [], steps };
  const report = buildReport({ detail, rubric: tru, teacherName: 'Room 12', schoolName: '', now: 0, plan });

  it('lists every note in the Markdown with its step, even with no score to carry it', () => {
    expect(feedbackMarkdown(report)).toContain('## Notes\n\n- \\[07:00, Step 2: Pose the task\\] S03: S03 draws a double number line\n- \\[08:00\\] Room gets loud\n');
  });

  it('writes one CSV row per note with the step’s number and activity in plan_step', () => {
    const [header, ...rows] = parseCsv(notesCsv(report)).map((r) => r.cells);
    expect(header).toEqual([...NOTE_CSV_COLUMNS]);
    const column = (name: (typeof NOTE_CSV_COLUMNS)[number]) => rows.map((r) => r[NOTE_CSV_COLUMNS.indexOf(name)]);
    expect(column('plan_step')).toEqual(['Step 2: Pose the task', '']);
    expect(column('student')).toEqual(['S03', '']);
    expect(column('lesson_time')).toEqual(['07:00', '08:00']);
    expect(column('tags')).toEqual(['Student strategy', '']);
    expect(exportFileName(report, 'csv', 'notes')).toBe(`notes-room-12-${report.date}.csv`);
  });

  it('names no step when the plan is not on this device', () => {
    const planless = buildReport({ detail, rubric: tru, teacherName: 'Room 12', schoolName: '', now: 0 });
    expect(parseCsv(notesCsv(planless)).map((r) => r.cells[NOTE_CSV_COLUMNS.indexOf('plan_step')])).toEqual(['plan_step', '', '']);
    expect(feedbackMarkdown(planless)).toContain('- \\[07:00\\] S03: S03 draws a double number line');
  });
});
