// The part of a round's rubric version that scoring needs: its name, scale and
// scored dimensions, in rubric order. Anchors and sheets are scored on exactly
// the version the round was set up with, never the newest one.
import type { RoundDetail } from '../../../shared/calibration/schemas.js';
import type { Api } from '../../../shared/contract.js';
import { scoredDimensions } from '../../../shared/observationScoring.js';
import { scaleOf, type Dimension, type Scale } from '../../../shared/rubric/format.js';

export interface RoundRubric {
  name: string;
  scale: Scale;
  dimensions: Dimension[];
}

export async function loadRoundRubric(api: Api, ref: RoundDetail['rubric']): Promise<RoundRubric> {
  const { name, rubric } = await api.getRubricVersion(ref);
  const scale = scaleOf(rubric);
  // The backend refuses rounds on unscored rubrics, so this only guards a broken store.
  if (!scale) throw new Error(`${name} has no scale, so it cannot be calibrated.`);
  return { name, scale, dimensions: scoredDimensions(rubric) };
}
