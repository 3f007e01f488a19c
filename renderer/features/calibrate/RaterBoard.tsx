// Calibrate home's board: everyone who has been a rater, their calibrated
// status in words with its reason (drift included), how many rounds they have
// scored and their latest agreement by the measure their rule uses, and
// where the group scores away from the anchors, rater by dimension. Names open the rater's history.
import { useId } from 'react';
import type { RaterStanding, RoundRule } from '../../../shared/calibration/schemas.js';
import { ruleShare } from '../../../shared/calibration/standing.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { useLoaded } from '../../ui/useLoaded.js';
import { DeviationHeatmap, type HeatmapRow } from './DeviationHeatmap.js';
import { RaterLink } from './RaterLink.js';
import { percentText, STATUS_LABELS } from './resultWords.js';

/** Every dimension anyone has a deviation on, in the order first seen, and one heatmap row per rater who has any. */
function deviationGrid(board: readonly RaterStanding[]) {
  const dimensions = new Map<string, string>();
  for (const s of board) for (const d of s.deviationByDimension) if (!dimensions.has(d.dimensionId)) dimensions.set(d.dimensionId, d.name);
  const rows: HeatmapRow[] = board
    .filter((s) => s.deviationByDimension.length > 0)
    .map((s) => ({
      personId: s.personId,
      name: s.name,
      deviations: [...dimensions.keys()].map((id) => s.deviationByDimension.find((d) => d.dimensionId === id)?.meanDeviation ?? null),
    }));
  return { dimensions: [...dimensions].map(([id, name]) => ({ id, name })), rows };
}

function BoardHeatmap({ board }: { board: readonly RaterStanding[] }) {
  const { dimensions, rows } = deviationGrid(board);
  if (rows.length === 0) return null;
  return <DeviationHeatmap caption="Mean deviation from the anchors, rater by dimension" dimensions={dimensions} rows={rows} linkRaters />;
}

/** The measure a rule judges on, as a column names it: "exact agreement", "agreement within one". */
const MEASURE_WORDS: Record<RoundRule['agreement'], string> = { exact: 'exact agreement', within_one: 'agreement within one' };
const MEASURE_SHORT: Record<RoundRule['agreement'], string> = { exact: 'exact', within_one: 'within one' };

/**
 * The latest agreement column measures what each rater's status is judged on
 * (their rule's exact or within-one agreement with the anchors, in their
 * latest round with anchors), so "Drifting" never sits beside another
 * measure's 100%. When every rater has the same rule the heading names the
 * measure; otherwise each cell does.
 */
function latestColumn(board: readonly RaterStanding[]) {
  const measures = new Set(board.map((s) => s.rule.agreement));
  const only = measures.size === 1 ? [...measures][0]! : null;
  const heading = only ? `Latest ${MEASURE_WORDS[only]}` : 'Latest agreement, by each rater’s rule';
  const cell = (standing: RaterStanding): string => {
    const judged = standing.history.filter((h) => h.source === 'round' && h.met !== null).at(-1);
    if (!judged) return standing.history.some((h) => h.source === 'round') ? 'No anchor scores yet' : 'No round yet';
    const share = percentText(ruleShare(standing.rule, judged));
    return only ? share : `${share} ${MEASURE_SHORT[standing.rule.agreement]}`;
  };
  return { heading, cell };
}

export function RaterBoard() {
  const titleId = useId();
  const { data: board, error } = useLoaded((api) => api.getCalibrationBoard({}), 'board');
  const latest = latestColumn(board ?? []);

  return (
    <section className="rater-board" aria-labelledby={titleId}>
      <h2 id={titleId}>Raters over time</h2>
      <ErrorAlert message={error} />
      {board === null ? null : board.length === 0 ? (
        <p className="empty-note">No one has been a rater yet. Everyone in a round appears here with their calibrated status.</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Raters and their calibrated status</caption>
              <thead>
                <tr>
                  <th scope="col">Rater</th>
                  <th scope="col">Status</th>
                  <th scope="col">Rounds scored</th>
                  <th scope="col">{latest.heading}</th>
                </tr>
              </thead>
              <tbody>
                {board.map((s) => (
                  <tr key={s.personId}>
                    <th scope="row">
                      <RaterLink personId={s.personId} name={s.name} />
                    </th>
                    <td>
                      <span className={`rater-status__label rater-status__label--${s.status}`}>{STATUS_LABELS[s.status]}</span>{' '}
                      <span className="rater-board__reason">{s.reason}</span>
                    </td>
                    <td>{s.history.filter((h) => h.source === 'round').length}</td>
                    <td>{latest.cell(s)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <BoardHeatmap board={board} />
        </>
      )}
    </section>
  );
}
