// The lesson study side of a capture screen, for an observation of a research
// lesson (one with a cycle and a plan version): the plan's steps, the cycle's
// title for the way back and its focal students' descriptions, and which step
// the next note is about. That step follows the lesson timer unless the
// observer has chosen one; choosing null follows the timer again. For any
// other observation everything here is empty and notes name no step.
import { useCallback, useMemo, useState } from 'react';
import type { Api } from '../../../shared/contract.js';
import type { FocalStudent } from '../../../shared/lessonStudy/focal.js';
import type { Plan } from '../../../shared/lessonStudy/plan.js';
import { noteStep, stepName } from '../../../shared/lessonStudy/stepTiming.js';
import { timerReading } from '../../../shared/lessonClock.js';
import type { Observation } from '../../../shared/observation.js';
import { useLoaded } from '../../ui/useLoaded.js';

export interface ResearchLesson {
  plan: Plan;
  cycleId: string;
  cycleTitle: string;
  focalStudents: FocalStudent[];
}

async function loadResearchLesson(api: Api, cycleId: string, planId: string): Promise<ResearchLesson> {
  const [plan, detail] = await Promise.all([api.getLessonPlan({ id: planId }), api.getLessonStudyCycle({ id: cycleId })]);
  return { plan, cycleId, cycleTitle: detail.cycle.title, focalStudents: detail.focalStudents };
}

async function nothing(): Promise<null> {
  return null;
}

export function useResearchLesson(observation: Observation | null) {
  const cycleId = observation?.cycleId ?? null;
  const planId = observation?.planId ?? null;
  const { data: lesson, error } = useLoaded(
    (api) => (cycleId && planId ? loadResearchLesson(api, cycleId, planId) : nothing()),
    `${cycleId ?? ''}/${planId ?? ''}`,
  );
  const [chosenStepId, setChosenStepId] = useState<string | null>(null);
  const steps = lesson?.plan.steps;

  /** The step a note saved at this moment is about: the chosen one, or the one the lesson timer is in. */
  const stepIdNow = useCallback(
    (timer: Observation['timer']): string | null => {
      if (!steps) return null;
      return noteStep(steps, chosenStepId, timerReading(timer, Date.now()))?.id ?? null;
    },
    [steps, chosenStepId],
  );

  const stepNames = useMemo(() => new Map((steps ?? []).map((s) => [s.id, stepName(s)])), [steps]);

  return { lesson, error: cycleId && planId ? error : null, chosenStepId, chooseStep: setChosenStepId, stepIdNow, stepNames };
}
