// A small valid rubric to build test cases from: two scored dimensions on a
// 1-4 scale per lesson. Tests change one thing at a time with `with`.
import { FOUR_LEVEL_SCALE } from '../../shared/rubric/scales.js';
import { RUBRIC_FORMAT, type RubricInput } from '../../shared/rubric/format.js';

const levels = (prefix: string) => [1, 2, 3, 4].map((value) => ({ value, descriptor: `${prefix} at level ${value}.` }));

export function sampleRubric(overrides: Partial<RubricInput> = {}): RubricInput {
  return {
    format: RUBRIC_FORMAT,
    id: 'sample-rubric',
    version: 1,
    name: 'Sample rubric',
    subject: 'Mathematics',
    attribution: { source: 'Fieldbook tests', licence: 'CC0' },
    scoring: { unit: 'lesson', scale: FOUR_LEVEL_SCALE },
    dimensions: [
      { id: 'reasoning', name: 'Reasoning', shortName: 'Reasoning', levels: levels('Reasoning') },
      { id: 'precision', name: 'Precision', shortName: 'Precision', evidenceRequired: true, levels: levels('Precision') },
    ],
    ...overrides,
  };
}

export function sampleRubricText(overrides: Partial<RubricInput> = {}): string {
  return JSON.stringify(sampleRubric(overrides), null, 2);
}

/** A rubric file of at most `bytes`: the sample rubric followed by one unknown key after another, as in the file that crashed `validate` at 50 MB. */
export function manyUnknownKeys(bytes: number): { text: string; keys: number } {
  const parts = [sampleRubricText().trimEnd().slice(0, -1)];
  let size = parts[0]!.length + 1;
  for (let key = 0; ; key++) {
    const part = `,"unknownKey${key}":0`;
    if (size + part.length > bytes) return { text: `${parts.join('')}}`, keys: key };
    parts.push(part);
    size += part.length;
  }
}
