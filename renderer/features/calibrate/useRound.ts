// A round as the round screen shows it: its detail (who has submitted, how
// many anchors, and after reveal every result) with its rubric version.
// `setRound` takes a newer detail from an action (anchors, reveal, consensus)
// without loading again.
import type { RoundDetail } from '../../../shared/calibration/schemas.js';
import type { Api } from '../../../shared/contract.js';
import { CALIBRATION_TABLES } from '../../followedTables.js';
import { useEdited, useLoaded } from '../../ui/useLoaded.js';
import { loadRoundRubric } from './roundRubric.js';

async function loadRound(api: Api, id: string) {
  const detail = await api.getCalibrationRound({ id });
  return { detail, rubric: await loadRoundRubric(api, detail.rubric) };
}

export function useRound(roundId: string) {
  const { data, error } = useLoaded((api) => loadRound(api, roundId), roundId, CALIBRATION_TABLES);
  const [round, setRound] = useEdited<RoundDetail>(data?.detail ?? null);
  return { round, rubric: data?.rubric ?? null, error, setRound };
}
