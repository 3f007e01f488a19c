// What still stops a rater's sheet from being submitted, in the same words on
// the sheet and in the backend's refusal, so that no client can skip it: the
// dimensions with no score yet, and the dimensions the rubric marks
// "evidenceRequired" that have a level but no evidence written. One sentence
// for each, naming every dimension concerned. N/A is no score, so it needs no
// evidence, as in an observation (shared/observationScoring.ts).
import type { Dimension } from '../rubric/format.js';
import type { SheetScore } from './schemas.js';

type Entry = Pick<SheetScore, 'value' | 'na' | 'evidence'>;

/** Names listed in a sentence: semicolons between them when a name has a comma of its own ("Agency, Ownership, and Identity"). */
function namesInWords(dimensions: readonly Dimension[]): string {
  const names = dimensions.map((d) => d.name);
  return names.join(names.some((n) => n.includes(',')) ? '; ' : ', ');
}

/** Why the sheet cannot be submitted yet, one sentence per kind of problem; empty when it can. */
export function sheetProblems(dimensions: readonly Dimension[], entryOf: (dimensionId: string) => Entry | undefined): string[] {
  const unscored = dimensions.filter((d) => {
    const entry = entryOf(d.id);
    return !entry || (entry.value === null && !entry.na);
  });
  const unevidenced = dimensions.filter((d) => {
    const entry = entryOf(d.id);
    return d.evidenceRequired && entry !== undefined && entry.value !== null && entry.evidence.trim() === '';
  });
  return [
    ...(unscored.length > 0 ? [`Score every dimension before submitting; still to score: ${namesInWords(unscored)}.`] : []),
    ...(unevidenced.length > 0 ? [`Write the evidence the rubric requires before submitting; still empty: ${namesInWords(unevidenced)}.`] : []),
  ];
}
