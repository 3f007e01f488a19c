// Where a research lesson is in its plan: the lesson process table's minutes
// laid end to end on the observation's own timer, so the step under way
// follows the lesson clock, and the short name a step goes by wherever a
// note shows it (the capture screen, the report, the exports).
import type { PlanStep } from './plan.js';

const MINUTE_MS = 60_000;
const NAME_MAX = 60;

/** When each step starts on the lesson timer: the minutes of every step before it. */
export function stepStartMs(steps: readonly PlanStep[]): number[] {
  let start = 0;
  return steps.map((step) => {
    const at = start;
    start += step.minutes * MINUTE_MS;
    return at;
  });
}

/**
 * The step whose minutes contain the timer's reading; the last step once the
 * lesson has run past the plan's total; null for a plan without steps.
 */
export function stepAt(steps: readonly PlanStep[], atMs: number): PlanStep | null {
  const starts = stepStartMs(steps);
  const index = steps.findIndex((step, i) => atMs < starts[i]! + step.minutes * MINUTE_MS);
  return steps[index === -1 ? steps.length - 1 : index] ?? null;
}

/** The step a note written at `atMs` is about: the one the observer chose, else the one the timer is in. */
export function noteStep(steps: readonly PlanStep[], chosenStepId: string | null, atMs: number): PlanStep | null {
  return steps.find((s) => s.id === chosenStepId) ?? stepAt(steps, atMs);
}

/** "Step 2: Pose the task": the step's number and the first line of its learning activity, shortened. */
export function stepName(step: PlanStep): string {
  const activity = step.activity.trim().split('\n')[0]!.trim();
  const short = activity.length > NAME_MAX ? `${activity.slice(0, NAME_MAX - 1).trimEnd()}…` : activity;
  return `Step ${step.position + 1}${short ? `: ${short}` : ''}`;
}
