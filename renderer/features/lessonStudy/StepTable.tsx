// The lesson process table: one row per step of the research lesson. "Add
// step" adds one at the end and Ctrl+Enter in a step adds one below it (the
// cursor goes to its learning activity); steps move up and down and can be
// removed while the version is being written. Focus follows the step moved
// or added, so the keyboard never loses its place.
import { useEffect, useRef, useState } from 'react';
import type { Plan, PlanStep } from '../../../shared/lessonStudy/plan.js';
import { useApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { StepRow } from './StepRow.js';
import { ColumnHeads } from '../../ui/ColumnHeads.js';

export function StepTable({ plan, onPlan }: { plan: Plan; onPlan(plan: Plan): void }) {
  const api = useApi();
  const [error, setError] = useState<string | null>(null);
  const frame = useRef<HTMLElement>(null);
  /** The control (its data-focus) to focus once the table shows the result of an action. */
  const focusNext = useRef<string | null>(null);
  const readOnly = plan.frozen;
  const count = plan.steps.length;

  useEffect(() => {
    if (focusNext.current === null) return;
    // Kept until the control is on screen: an earlier save's render can run this effect before the result's.
    // A button the result will enable (a step moved away from an end) is on screen, off, in the render before.
    const control = frame.current?.querySelector<HTMLElement>(`[data-focus="${focusNext.current}"]:not(:disabled)`);
    if (!control) return;
    control.focus();
    focusNext.current = null;
  });

  const act = async (call: () => Promise<Plan>, focusOf: (next: Plan) => string) => {
    try {
      const next = await call();
      focusNext.current = focusOf(next);
      onPlan(next);
      setError(null);
    } catch (err) {
      setError(messageOf(err));
    }
  };
  const known = new Set(plan.steps.map((s) => s.id));
  const add = (position?: number) =>
    act(
      () => api.saveLessonPlanStep({ planId: plan.id, position }),
      (next) => `${next.steps.find((s) => !known.has(s.id))?.id}:activity`,
    );
  // The same button again, unless the step reached an end of the table where that button is off.
  const move = (step: PlanStep, from: number, to: number) => {
    const button = to === 0 ? 'down' : to === count - 1 ? 'up' : to < from ? 'up' : 'down';
    return act(() => api.moveLessonPlanStep({ id: step.id, to }), () => `${step.id}:${button}`);
  };
  const remove = (step: PlanStep) => act(() => api.removeLessonPlanStep({ id: step.id }), () => 'add-step');

  return (
    <section ref={frame} className="panel ls-steps" aria-labelledby="ls-steps-title">
      <h2 id="ls-steps-title">Lesson process table</h2>
      {readOnly ? null : (
        <p className="field__hint">
          One row per step of the lesson; everything saves as you type. <kbd>Ctrl</kbd>+<kbd>Enter</kbd> in a step adds the next step below it.
        </p>
      )}
      <ErrorAlert message={error} />
      {count === 0 ? (
        <p className="muted">No steps yet. Add the first step of the lesson: its time, the learning activity and key question, the responses you anticipate, your support and what observers look for.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table ls-steps__table">
            <caption className="visually-hidden">Lesson process table, version {plan.number}</caption>
            <ColumnHeads columns={['Step', 'Minutes', 'Learning activity and key question', 'Anticipated student responses', 'Teacher support', 'Points of evaluation']} />
            <tbody>
              {plan.steps.map((step, i) => (
                <StepRow
                  key={step.id}
                  step={step}
                  index={i}
                  count={count}
                  readOnly={readOnly}
                  onPlan={onPlan}
                  onAddAfter={() => void add(i + 1)}
                  onMove={(to) => void move(step, i, to)}
                  onRemove={() => void remove(step)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {readOnly ? null : (
        <button type="button" className="button button--secondary" data-focus="add-step" onClick={() => void add()}>
          Add step
        </button>
      )}
    </section>
  );
}
