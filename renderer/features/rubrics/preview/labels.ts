// Plain words for the format's coded values, shared by the preview and the
// editor so that an author picks from exactly the words an observer reads.
import type { Rollup, Rubric } from '../../../../shared/rubric/format.js';

export const ROLLUP_LABELS: Record<Rollup, string> = {
  duration_weighted_mean: 'Duration-weighted mean of episodes',
  max: 'Highest episode score',
  rater_summary: "Observer's own summary score",
};

export const UNIT_LABELS: Record<Rubric['scoring']['unit'], string> = {
  lesson: 'Scored per lesson',
  episode: 'Scored per episode',
  none: 'Not scored',
};

export const AGREEMENT_LABELS = {
  exact: 'Exact agreement',
  within_one: 'Agreement within one level',
} as const;

export const NOTES_FOLLOW_LABELS: Record<Rubric['notesFollow'], string> = {
  dimensions: 'Dimensions',
  plan_steps: 'Steps of the lesson plan',
};

/** "1 Limited, 2 Developing, 3 Strong" */
export function scaleLine(levels: readonly { value: number; label: string }[]): string {
  return levels.map((l) => `${l.value} ${l.label}`).join(', ');
}
