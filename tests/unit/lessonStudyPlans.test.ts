// The teaching-learning plan through the backend: fields, the lesson process
// table (insert, edit, move, remove with positions reported 0..n-1), frozen
// versions, revisions, and version 2 with the revisions applied, compared with
// version 1 by planDiff. Every refusal is checked to leave the op log as it was.
import { describe, expect, it } from 'vitest';
import type { CycleDetail } from '../../shared/lessonStudy/detail.js';
import type { Plan } from '../../shared/lessonStudy/plan.js';
import { planDiff } from '../../shared/lessonStudy/planDiff.js';
import type { Observation } from '../../shared/observation.js';
import { addCycle, PLAN_STEPS, researchNote, setUpLessonStudy, type LessonStudySetUp } from '../support/lessonStudy.js';
import type { TestBackend } from '../support/observationBackend.js';
import { refusedWithoutChange } from '../support/refusals.js';
import { readOps } from '../support/stores.js';

const activities = (plan: Plan) => plan.steps.map((s) => s.activity);
const storedPositions = (t: TestBackend, planId: string) =>
  t.store.db.prepare('SELECT position FROM ls_plan_steps WHERE plan_id = ? AND deleted = 0 ORDER BY position').pluck().all(planId) as number[];

describe('one plan version', () => {
  it('saves goals, standards, background and the unit sequence', async () => {
    const s = await setUpLessonStudy();
    const plan = await s.t.value<Plan>('saveLessonPlan', {
      id: s.plan.id,
      goals: { longTerm: 'Students see themselves as mathematical thinkers', lesson: 'Place fractions on a number line' },
      standards: '3.NF.A.2',
      unitSequence: [{ title: 'Unit fractions' }, { title: 'Fractions on a number line', research: true }],
    });
    expect(plan).toMatchObject({
      goals: { longTerm: 'Students see themselves as mathematical thinkers', unit: '', lesson: 'Place fractions on a number line' },
      standards: '3.NF.A.2',
      background: '',
      unitSequence: [
        { title: 'Unit fractions', research: false },
        { title: 'Fractions on a number line', research: true },
      ],
      frozen: false,
    });
    expect(await s.t.value('getLessonPlan', { id: s.plan.id })).toEqual(plan);
    expect(await refusedWithoutChange(s.t, 'saveLessonPlan', { id: s.plan.id, unitSequence: [{ title: 'A', research: true }, { title: 'B', research: true }] })).toMatch(/one lesson/);
  });

  it('adds steps at the end and at a position with one write each, reporting positions 0..n-1', async () => {
    const s = await setUpLessonStudy();
    expect(activities(s.plan)).toEqual(PLAN_STEPS.map((p) => p.activity));
    expect(s.plan.steps.map((p) => p.position)).toEqual([0, 1, 2, 3]);
    expect(s.plan.steps[1]).toMatchObject({ minutes: 15, keyQuestion: 'How do you know?', anticipated: ['Splits into four', 'Puts 3/4 past 1'], originStepId: null });
    const opsBefore = readOps(s.t.store).length;
    const plan = await s.t.value<Plan>('saveLessonPlanStep', { planId: s.plan.id, position: 2, activity: 'Pairs share' });
    const newOps = readOps(s.t.store).slice(opsBefore);
    expect(new Set(newOps.map((op) => op.row)).size).toBe(1);
    expect(activities(plan)).toEqual([PLAN_STEPS[0]!.activity, PLAN_STEPS[1]!.activity, 'Pairs share', PLAN_STEPS[2]!.activity, PLAN_STEPS[3]!.activity]);
    expect(plan.steps.map((p) => p.position)).toEqual([0, 1, 2, 3, 4]);
    const first = await s.t.value<Plan>('saveLessonPlanStep', { planId: s.plan.id, position: 0, activity: 'Warm-up' });
    expect(activities(first)[0]).toBe('Warm-up');
  });

  it('keeps the order when many steps go into the same place', async () => {
    const s = await setUpLessonStudy();
    let plan = s.plan;
    // Each goes between step 2 and the last one inserted: halving that gap runs out of precision after about 50 inserts.
    for (let i = 0; i < 60; i++) plan = await s.t.value<Plan>('saveLessonPlanStep', { planId: s.plan.id, position: 2, activity: `Inserted ${i}` });
    const expected = [PLAN_STEPS[0]!.activity, PLAN_STEPS[1]!.activity, ...Array.from({ length: 60 }, (_, i) => `Inserted ${59 - i}`), ...PLAN_STEPS.slice(2).map((p) => p.activity)];
    expect(activities(plan)).toEqual(expected);
    const positions = storedPositions(s.t, s.plan.id);
    expect(new Set(positions).size).toBe(64);
    // The steps were spaced out again once: the last step no longer sits at its first position, 3.
    expect(positions.at(-1)).toBeGreaterThan(3);
  });

  it('edits a step, moves it, and removes one', async () => {
    const s = await setUpLessonStudy();
    const [launch, pose, compare, summarise] = s.plan.steps;
    let plan = await s.t.value<Plan>('saveLessonPlanStep', { planId: s.plan.id, id: compare!.id, position: 0, minutes: 20, activity: 'Compare strategies', support: 'Chart both strategies' });
    expect(plan.steps[2]).toMatchObject({ id: compare!.id, minutes: 20, support: 'Chart both strategies', keyQuestion: '', anticipated: [] });
    plan = await s.t.value<Plan>('moveLessonPlanStep', { id: summarise!.id, to: 0 });
    expect(plan.steps.map((p) => p.id)).toEqual([summarise!.id, launch!.id, pose!.id, compare!.id]);
    plan = await s.t.value<Plan>('moveLessonPlanStep', { id: summarise!.id, to: 99 });
    expect(plan.steps.map((p) => p.id)).toEqual([launch!.id, pose!.id, compare!.id, summarise!.id]);
    plan = await s.t.value<Plan>('moveLessonPlanStep', { id: launch!.id, to: 2 });
    expect(plan.steps.map((p) => p.id)).toEqual([pose!.id, compare!.id, launch!.id, summarise!.id]);
    plan = await s.t.value<Plan>('removeLessonPlanStep', { id: compare!.id });
    expect(plan.steps.map((p) => [p.id, p.position])).toEqual([
      [pose!.id, 0],
      [launch!.id, 1],
      [summarise!.id, 2],
    ]);
  });

  it('refuses a step of another version, and removing a step that research lesson notes or open revisions name, changing nothing', async () => {
    const s = await setUpLessonStudy();
    const other = await addCycle(s.t, s.team.id, s.members.rosa, 'Another cycle');
    expect(await refusedWithoutChange(s.t, 'saveLessonPlanStep', { planId: s.plan.id, id: other.plan.steps[0]!.id, activity: 'Moved here' })).toBe('That step belongs to another version of the plan.');
    const step = s.plan.steps[1]!;
    await s.t.value('saveRevision', { cycleId: s.cycleId, planId: s.plan.id, stepId: step.id, target: 'support', text: 'Offer a paper strip' });
    expect(await refusedWithoutChange(s.t, 'removeLessonPlanStep', { id: step.id })).toBe('Step 2 has 1 proposed revision; remove them first.');
    const observation = await s.t.value<Observation>('startResearchLesson', { cycleId: s.cycleId });
    await researchNote(s.t, observation, 'Counts tick marks from zero', { stepId: s.plan.steps[2]!.id });
    expect(await refusedWithoutChange(s.t, 'removeLessonPlanStep', { id: s.plan.steps[2]!.id })).toBe('Step 3 is in 1 research lesson note; keep it, and change its text instead.');
    expect(await refusedWithoutChange(s.t, 'saveLessonPlanStep', { planId: s.plan.id, activity: 'x'.repeat(5001) })).toMatch(/at most 5000 characters/);
  });
});

/** Revisions of version 1 the way a post-lesson discussion proposes them. */
async function proposeRevisions(s: LessonStudySetUp): Promise<CycleDetail> {
  const [, pose, compare] = s.plan.steps;
  const revise = (input: Record<string, unknown>) => s.t.value<CycleDetail>('saveRevision', { cycleId: s.cycleId, planId: s.plan.id, ...input });
  await revise({ stepId: pose!.id, target: 'keyQuestion', text: 'Where would 3/4 go, and why there?', reason: 'Students stopped at "how"' });
  await revise({ stepId: pose!.id, target: 'anticipated', text: 'Counts the tick marks, not the spaces' });
  await revise({ stepId: compare!.id, target: 'newStep', text: 'Gallery walk of number lines' });
  await revise({ stepId: compare!.id, target: 'newStep', text: 'Pairs write one convincing sentence' });
  return revise({ stepId: null, target: 'newStep', text: 'Exit ticket: place 2/3' });
}

describe('plan versions', () => {
  it('makes version 2 from a copy of version 1 with the revisions applied, and planDiff shows exactly those changes', async () => {
    const s = await setUpLessonStudy();
    const v1 = await s.t.value<Plan>('saveLessonPlan', { id: s.plan.id, goals: { lesson: 'Place fractions on a number line' } });
    const proposed = await proposeRevisions(s);
    expect(proposed.revisions.map((r) => r.appliedPlanId)).toEqual([null, null, null, null, null]);
    const v2 = await s.t.value<Plan>('createLessonPlanVersion', { cycleId: s.cycleId, fromPlanId: s.plan.id });
    expect(v2).toMatchObject({ number: 2, label: 'Version 2', fromPlanId: v1.id, frozen: false, goals: v1.goals });
    expect(activities(v2)).toEqual([
      PLAN_STEPS[0]!.activity,
      PLAN_STEPS[1]!.activity,
      PLAN_STEPS[2]!.activity,
      'Gallery walk of number lines',
      'Pairs write one convincing sentence',
      PLAN_STEPS[3]!.activity,
      'Exit ticket: place 2/3',
    ]);
    expect(v2.steps.map((p) => p.originStepId)).toEqual([v1.steps[0]!.id, v1.steps[1]!.id, v1.steps[2]!.id, null, null, v1.steps[3]!.id, null]);
    expect(v2.steps.map((p) => p.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);

    const frozenV1 = await s.t.value<Plan>('getLessonPlan', { id: v1.id });
    expect(frozenV1).toEqual({ ...v1, frozen: true });
    const diff = planDiff(frozenV1, v2);
    expect(diff.fields).toEqual([]);
    expect(diff.steps.map((c) => [c.kind, c.changes.map((f) => [f.field, f.before, f.after])])).toEqual([
      ['unchanged', []],
      [
        'changed',
        [
          ['keyQuestion', 'How do you know?', 'Where would 3/4 go, and why there?'],
          ['anticipated', 'Splits into four\nPuts 3/4 past 1', 'Splits into four\nPuts 3/4 past 1\nCounts the tick marks, not the spaces'],
        ],
      ],
      ['unchanged', []],
      ['added', []],
      ['added', []],
      ['unchanged', []],
      ['added', []],
    ]);
    expect(diff.changeCount).toBe(4);

    const detail = await s.t.value<CycleDetail>('getLessonStudyCycle', { id: s.cycleId });
    expect(detail.plans.map((p) => [p.number, p.frozen, p.steps])).toEqual([
      [1, true, 4],
      [2, false, 7],
    ]);
    expect(detail.revisions.map((r) => r.appliedPlanId)).toEqual([v2.id, v2.id, v2.id, v2.id, v2.id]);
  });

  it('freezes version 1: every edit is refused with the same sentence and changes nothing', async () => {
    const s = await setUpLessonStudy();
    await s.t.value('createLessonPlanVersion', { cycleId: s.cycleId, fromPlanId: s.plan.id, label: 'After the research lesson' });
    const frozen = 'Version 1 is the plan as taught and can no longer be edited; edit version 2.';
    const step = s.plan.steps[0]!;
    expect(await refusedWithoutChange(s.t, 'saveLessonPlan', { id: s.plan.id, standards: 'Changed' })).toBe(frozen);
    expect(await refusedWithoutChange(s.t, 'saveLessonPlanStep', { planId: s.plan.id, activity: 'New' })).toBe(frozen);
    expect(await refusedWithoutChange(s.t, 'saveLessonPlanStep', { planId: s.plan.id, id: step.id, activity: 'Changed' })).toBe(frozen);
    expect(await refusedWithoutChange(s.t, 'moveLessonPlanStep', { id: step.id, to: 3 })).toBe(frozen);
    expect(await refusedWithoutChange(s.t, 'removeLessonPlanStep', { id: step.id })).toBe(frozen);
    expect(await refusedWithoutChange(s.t, 'saveRevision', { cycleId: s.cycleId, planId: s.plan.id, stepId: step.id, target: 'support', text: 'Late' })).toBe(frozen);
    expect(await s.t.value('getLessonPlan', { id: s.plan.id })).toEqual({ ...s.plan, frozen: true });
    const detail = await s.t.value<CycleDetail>('getLessonStudyCycle', { id: s.cycleId });
    expect(detail.plans.map((p) => p.label)).toEqual(['Version 1', 'After the research lesson']);
  });

  it('starts the next version only from the latest, and only from this cycle’s plan, changing nothing otherwise', async () => {
    const s = await setUpLessonStudy();
    const other = await addCycle(s.t, s.team.id, s.members.rosa, 'Another cycle');
    expect(await refusedWithoutChange(s.t, 'createLessonPlanVersion', { cycleId: s.cycleId, fromPlanId: other.plan.id })).toBe('That plan version belongs to another cycle.');
    const v2 = await s.t.value<Plan>('createLessonPlanVersion', { cycleId: s.cycleId, fromPlanId: s.plan.id });
    expect(await refusedWithoutChange(s.t, 'createLessonPlanVersion', { cycleId: s.cycleId, fromPlanId: s.plan.id })).toBe(
      'Version 2 is the latest version of this plan; start version 3 from it, not from version 1.',
    );
    const v3 = await s.t.value<Plan>('createLessonPlanVersion', { cycleId: s.cycleId, fromPlanId: v2.id });
    expect(v3.steps.map((p) => p.originStepId)).toEqual(v2.steps.map((p) => p.id));
  });

  it('leaves the revisions open when asked not to apply them', async () => {
    const s = await setUpLessonStudy();
    await proposeRevisions(s);
    const v2 = await s.t.value<Plan>('createLessonPlanVersion', { cycleId: s.cycleId, fromPlanId: s.plan.id, applyRevisions: false });
    expect(planDiff({ ...s.plan, frozen: true }, v2).changeCount).toBe(0);
    const detail = await s.t.value<CycleDetail>('getLessonStudyCycle', { id: s.cycleId });
    expect(detail.revisions.every((r) => r.appliedPlanId === null)).toBe(true);
  });
});

describe('revisions', () => {
  it('edits an open revision, and refuses editing an applied one, a step of another plan and a plan of another cycle, changing nothing', async () => {
    const s = await setUpLessonStudy();
    const other = await addCycle(s.t, s.team.id, s.members.rosa, 'Another cycle');
    const step = s.plan.steps[0]!;
    let detail = await s.t.value<CycleDetail>('saveRevision', { cycleId: s.cycleId, planId: s.plan.id, stepId: step.id, target: 'evaluation', text: 'Can place 1/2' });
    const revision = detail.revisions[0]!;
    expect(revision).toMatchObject({ planId: s.plan.id, stepId: step.id, target: 'evaluation', text: 'Can place 1/2', reason: '', appliedPlanId: null });
    detail = await s.t.value<CycleDetail>('saveRevision', { cycleId: s.cycleId, id: revision.id, planId: s.plan.id, stepId: step.id, target: 'evaluation', text: 'Can place 1/2 and 1/4', reason: 'Too easy' });
    expect(detail.revisions).toEqual([{ ...revision, text: 'Can place 1/2 and 1/4', reason: 'Too easy' }]);

    const input = { cycleId: s.cycleId, planId: s.plan.id, target: 'support', text: 'Offer a strip' };
    expect(await refusedWithoutChange(s.t, 'saveRevision', { ...input, stepId: other.plan.steps[0]!.id })).toBe('That step is not in the plan version being revised; choose one of its steps.');
    expect(await refusedWithoutChange(s.t, 'saveRevision', { ...input, planId: other.plan.id, stepId: other.plan.steps[0]!.id })).toBe('That plan version belongs to another cycle.');
    expect(await refusedWithoutChange(s.t, 'saveRevision', { ...input, stepId: null })).toMatch(/Choose the step the revision changes/);

    const v2 = await s.t.value<Plan>('createLessonPlanVersion', { cycleId: s.cycleId, fromPlanId: s.plan.id });
    expect(v2.steps[0]!.evaluation).toBe('Can place 1/2 and 1/4');
    const edit = { cycleId: s.cycleId, id: revision.id, planId: v2.id, stepId: v2.steps[0]!.id, target: 'evaluation', text: 'Changed' };
    expect(await refusedWithoutChange(s.t, 'saveRevision', edit)).toBe('That revision is already part of a later plan version and can no longer be edited.');
    expect(await refusedWithoutChange(s.t, 'removeLessonStudyItem', { kind: 'revision', id: revision.id })).toMatch(/stays as the record/);
  });
});
