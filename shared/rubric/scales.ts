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
