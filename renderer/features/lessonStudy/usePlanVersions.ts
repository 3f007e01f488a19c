// Every version of a cycle's plan, in full, for the tabs that name its steps:
// research lesson notes and revisions point at steps of whichever version was
// taught, and the observer packet prints the current one (the last).
import type { CycleDetail } from '../../../shared/lessonStudy/detail.js';
import type { Plan } from '../../../shared/lessonStudy/plan.js';
import { useLoaded } from '../../ui/useLoaded.js';
import { stepInWords } from './teachingWords.js';

export function usePlanVersions(detail: CycleDetail): { plans: Plan[] | null; error: string | null } {
  // Read again when a version or a step is added (the tab remounts after edits on the Plan tab).
  const key = detail.plans.map((p) => `${p.id}:${p.steps}`).join(',');
  const { data, error } = useLoaded((api) => Promise.all(detail.plans.map((p) => api.getLessonPlan({ id: p.id }))), key);
  return { plans: data, error };
}

/** Each step's name, with its version when the cycle has more than one: "Version 1, step 2: …". */
export function stepNames(plans: readonly Plan[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const plan of plans) {
    for (const step of plan.steps) {
      const name = stepInWords(step);
      names.set(step.id, plans.length > 1 ? `Version ${plan.number}, ${name.charAt(0).toLowerCase()}${name.slice(1)}` : name);
    }
  }
  return names;
}
