// One observation with the exact rubric version it is scored against: what
// both the capture screen and the report screen open with.
import type { Api } from '../../../shared/contract.js';
import type { ObservationDetail } from '../../../shared/observation.js';
import type { Rubric } from '../../../shared/rubric/format.js';

export async function loadObservation(api: Api, id: string): Promise<{ detail: ObservationDetail; rubric: Rubric }> {
  const detail = await api.getObservation({ id });
  const { rubric } = await api.getRubricVersion({ id: detail.observation.rubricId, version: detail.observation.rubricVersion });
  return { detail, rubric };
}
