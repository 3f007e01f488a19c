import { describe, expect, it } from 'vitest';
import type { Plan, PlanStep } from '../../shared/lessonStudy/plan.js';
import { planDiff } from '../../shared/lessonStudy/planDiff.js';

const id = (n: number) => `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;

function step(n: number, activity: string, extra: Partial<PlanStep> = {}): PlanStep {
  return { id: id(n), planId: id(0), position: 0, minutes: 10, activity, keyQuestion: '', anticipated: [], support: '', evaluation: '', originStepId: null, ...extra };
}

function plan(steps: PlanStep[], extra: Partial<Plan> = {}): Plan {
  return {
    id: id(0),
    cycleId: id(99),
    number: 1,
    label: 'Version 1',
    fromPlanId: null,
    createdAt: 0,
    frozen: false,
    goals: { longTerm: 'Student agency', unit: 'Fractions', lesson: 'Compare fractions' },
    standards: '4.NF.A.2',
    background: '',
    unitSequence: [{ title: 'Comparing fractions', research: true }],
    steps: steps.map((s, position) => ({ ...s, position })),
    ...extra,
  };
}

/** The version-2 copy of a step: a new id, remembering the step it copies. */
const copy = (s: PlanStep, n: number, extra: Partial<PlanStep> = {}): PlanStep => ({ ...s, id: id(n), originStepId: s.id, ...extra });

describe('planDiff', () => {
  const launch = step(1, 'Launch: pizza problem');
  const explore = step(2, 'Explore in pairs', { anticipated: ['Compares numerators only'] });
  const discuss = step(3, 'Whole-class discussion');
  const before = plan([launch, explore, discuss]);

  it('finds nothing in an exact copy', () => {
    const diff = planDiff(before, plan([copy(launch, 11), copy(explore, 12), copy(discuss, 13)]));
    expect(diff).toEqual({ fields: [], steps: expect.any(Array), changeCount: 0 });
    expect(diff.steps.map((s) => s.kind)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('shows a changed plan field and a changed step field with before and after', () => {
    const after = plan([copy(launch, 11), copy(explore, 12, { anticipated: ['Compares numerators only', 'Draws area models'] }), copy(discuss, 13)], {
      goals: { ...before.goals, lesson: 'Compare fractions with unlike denominators' },
    });
    const diff = planDiff(before, after);
    expect(diff.fields).toEqual([{ field: 'goals.lesson', label: 'Lesson goal', before: 'Compare fractions', after: 'Compare fractions with unlike denominators' }]);
    expect(diff.steps.map((s) => s.kind)).toEqual(['unchanged', 'changed', 'unchanged']);
    expect(diff.steps[1]!.changes).toEqual([{ field: 'anticipated', label: 'Anticipated student responses', before: 'Compares numerators only', after: 'Compares numerators only\nDraws area models' }]);
    expect(diff.changeCount).toBe(2);
  });

  it('shows a step inserted in the middle as one added step, not every later step changed', () => {
    const added = step(20, 'Gallery walk');
    const diff = planDiff(before, plan([copy(launch, 11), copy(explore, 12), added, copy(discuss, 13)]));
    expect(diff.steps.map((s) => [s.kind, (s.after ?? s.before)!.activity])).toEqual([
      ['unchanged', 'Launch: pizza problem'],
      ['unchanged', 'Explore in pairs'],
      ['added', 'Gallery walk'],
      ['unchanged', 'Whole-class discussion'],
    ]);
    expect(diff.steps[2]).toMatchObject({ before: null, after: { id: added.id }, changes: [] });
    expect(diff.changeCount).toBe(1);
  });

  it('shows a removed step where it was', () => {
    const diff = planDiff(before, plan([copy(launch, 11), copy(discuss, 13)]));
    expect(diff.steps.map((s) => [s.kind, (s.after ?? s.before)!.activity])).toEqual([
      ['unchanged', 'Launch: pizza problem'],
      ['removed', 'Explore in pairs'],
      ['unchanged', 'Whole-class discussion'],
    ]);
    expect(diff.steps[1]).toMatchObject({ before: { id: explore.id }, after: null, changes: [] });
    expect(diff.changeCount).toBe(1);
  });

  it('counts minutes and the unit sequence as changes', () => {
    const after = plan([copy(launch, 11, { minutes: 5 }), copy(explore, 12), copy(discuss, 13)], { unitSequence: [{ title: 'Comparing fractions', research: false }] });
    const diff = planDiff(before, after);
    expect(diff.fields).toEqual([{ field: 'unitSequence', label: 'Unit sequence', before: 'Comparing fractions (research lesson)', after: 'Comparing fractions' }]);
    expect(diff.steps[0]!.changes).toEqual([{ field: 'minutes', label: 'Minutes', before: '10', after: '5' }]);
    expect(diff.changeCount).toBe(2);
  });
});
