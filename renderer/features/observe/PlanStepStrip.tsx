// The research lesson's plan above the note field: every step of the lesson
// process table with its minutes, learning activity and key question, the
// step under way marked, and that step's points of evaluation (what the
// observers agreed to look for). The step follows the lesson timer; the
// observer can choose another (click it, or Alt+Down / Alt+Up from anywhere
// on the screen, even while typing) and Alt+0 follows the timer again. Alt
// with the arrows or 0 never types a character, and the note field's Alt
// keys are digits 1 to 9 and letters, so nothing collides.
import { useEffect, useId } from 'react';
import { formatClock, timerReading } from '../../../shared/lessonClock.js';
import type { Plan, PlanStep } from '../../../shared/lessonStudy/plan.js';
import { noteStep, stepName, stepStartMs } from '../../../shared/lessonStudy/stepTiming.js';
import type { Observation } from '../../../shared/observation.js';
import { useNow } from '../../ui/useNow.js';

interface PlanStepStripProps {
  plan: Plan;
  timer: Observation['timer'];
  /** The step the observer chose, or null to follow the lesson timer. */
  chosenStepId: string | null;
  onChoose(stepId: string | null): void;
}

export function PlanStepStrip({ plan, timer, chosenStepId, onChoose }: PlanStepStripProps) {
  const now = useNow(timer.runningSince !== null, 1000);
  const questionId = useId();
  const { steps } = plan;
  const current = noteStep(steps, chosenStepId, timerReading(timer, now));
  const following = !steps.some((s) => s.id === chosenStepId);
  const starts = stepStartMs(steps);

  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      // A select opens its list on Alt+Down: left to it.
      if (event.target instanceof HTMLSelectElement) return;
      if (event.code === 'Digit0' || event.key === '0') {
        event.preventDefault();
        onChoose(null);
        return;
      }
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      event.preventDefault();
      const at = noteStep(steps, chosenStepId, timerReading(timer, Date.now()));
      const index = at ? steps.indexOf(at) : -1;
      const next = steps[Math.min(steps.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))];
      if (next) onChoose(next.id);
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [steps, chosenStepId, timer, onChoose]);

  if (steps.length === 0) {
    return (
      <section className="plan-strip" aria-label="Lesson plan">
        <p className="empty-note">Plan version {plan.number} has no steps yet, so notes are not linked to a step.</p>
      </section>
    );
  }
  return (
    <section className="plan-strip" aria-label="Lesson plan">
      <div className="plan-strip__status">
        <p role="status">
          Notes go to <strong>{current ? stepName(current) : 'no step'}</strong>
          {following ? ', following the lesson timer.' : ', as you chose.'}
        </p>
        {following ? null : (
          <button type="button" className="button button--ghost button--small" aria-keyshortcuts="Alt+0" onClick={() => onChoose(null)}>
            Follow the lesson timer <kbd aria-hidden="true">Alt+0</kbd>
          </button>
        )}
      </div>
      <ol className="plan-strip__steps" aria-label={`Steps of plan version ${plan.number}`}>
        {steps.map((step, i) => (
          <li key={step.id}>
            <button
              type="button"
              className="plan-strip__step"
              aria-current={step === current ? 'step' : undefined}
              aria-keyshortcuts="Alt+ArrowDown Alt+ArrowUp"
              aria-label={`${stepName(step)}, ${step.minutes} min from ${formatClock(starts[i]!)}`}
              aria-describedby={step.keyQuestion ? `${questionId}-${i}` : undefined}
              onClick={() => onChoose(step.id)}
            >
              <span className="plan-strip__name">{stepName(step)}</span>
              <span className="plan-strip__time">
                {step.minutes} min, from {formatClock(starts[i]!)}
              </span>
              {step.keyQuestion ? (
                <span className="plan-strip__question" id={`${questionId}-${i}`}>
                  {step.keyQuestion}
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ol>
      {current ? <StepDetail step={current} /> : null}
      <p className="plan-strip__keys">
        <kbd>Alt+↓</kbd> next step, <kbd>Alt+↑</kbd> previous step, <kbd>Alt+0</kbd> follow the lesson timer
      </p>
    </section>
  );
}

/** What observers look for in the step under way, and the responses the team anticipated. */
function StepDetail({ step }: { step: PlanStep }) {
  return (
    <div className="plan-strip__detail" aria-label={`${stepName(step)}: what to look for`} role="group">
      <h3>Points of evaluation</h3>
      {step.evaluation.trim() ? <p className="plan-strip__text">{step.evaluation.trim()}</p> : <p className="muted">None written for this step.</p>}
      {step.anticipated.length > 0 ? (
        <details>
          <summary>Anticipated student responses ({step.anticipated.length})</summary>
          <ul>
            {step.anticipated.map((response, i) => (
              <li key={i}>{response}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
