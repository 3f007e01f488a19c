// The four-level scale districts most often start from (Dinuba's SMP rubric
// used four levels): the template's scale, and a new blank rubric's.
import type { Scale } from './format.js';

export const FOUR_LEVEL_SCALE: Scale = {
  levels: [
    { value: 1, label: 'Beginning' },
    { value: 2, label: 'Developing' },
    { value: 3, label: 'Applying' },
    { value: 4, label: 'Innovating' },
  ],
  naAllowed: false,
};

/**
 * The position on the scale nearest to a rolled-up value (such as 2.4 from a
 * duration-weighted mean), the lower level on a tie, for counting scores by level.
 */
export function nearestLevelIndex(levels: readonly number[], value: number): number {
  return levels.reduce((best, v, i) => (Math.abs(v - value) < Math.abs(levels[best]! - value) ? i : best), 0);
}
