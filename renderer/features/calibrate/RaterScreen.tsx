// One rater over time: their calibrated status in words with its reason, a
// trend of their agreement round by round, every round (and co-observation)
// they scored, and where they score away from the anchors by dimension.
import { shortDate } from '../../ui/dates.js';
import { useEffect } from 'react';
import type { RaterHistoryEntry, RaterStanding } from '../../../shared/calibration/schemas.js';
import { useStoreApi } from '../../appContext.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { useLoaded } from '../../ui/useLoaded.js';
import { DeviationHeatmap } from './DeviationHeatmap.js';
import { Missing } from './Missing.js';
import { deviationText, metText, peerDeviationText, percentText, STATUS_LABELS } from './resultWords.js';
import { TrendChart } from './TrendChart.js';

const TITLE_ID = 'rater-title';

function sourceText(entry: RaterHistoryEntry): string {
  return entry.source === 'round' ? 'Round, vs anchors' : 'Co-observation, vs peer';
}

function RoundsTable({ history, onOpenRound }: { history: readonly RaterHistoryEntry[]; onOpenRound(roundId: string): void }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="rater-screen__caption">Rounds</caption>
        <thead>
          <tr>
            <th scope="col">Round</th>
            <th scope="col">Date</th>
            <th scope="col">Source</th>
            <th scope="col">Dimensions</th>
            <th scope="col">Exact</th>
            <th scope="col">Within one</th>
            <th scope="col">Mean deviation</th>
            <th scope="col">Rule</th>
          </tr>
        </thead>
        <tbody>
          {history.map((e) => (
            <tr key={`${e.source}:${e.roundId}`}>
              <th scope="row">
                {e.source === 'round' ? (
                  <button type="button" className="link-button" onClick={() => onOpenRound(e.roundId)}>
                    {e.roundName}
                  </button>
                ) : (
                  e.roundName
                )}
              </th>
              <td>{shortDate(e.revealedAt)}</td>
              <td>{sourceText(e)}</td>
              <td>{e.n}</td>
              <td>{percentText(e.exact)}</td>
              <td>{percentText(e.adjacent)}</td>
              <td>{e.source === 'round' ? deviationText(e.meanDeviation) : peerDeviationText(e.meanDeviation)}</td>
              <td>{e.source === 'round' ? metText(e.met) : <Missing words="Not judged: no anchors" />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Standing({ standing, onOpenRound }: { standing: RaterStanding; onOpenRound(roundId: string): void }) {
  const { history, deviationByDimension } = standing;
  return (
    <>
      <p className="rater-status">
        <span className={`rater-status__label rater-status__label--${standing.status}`}>{STATUS_LABELS[standing.status]}</span> {standing.reason}
      </p>
      {history.length === 0 ? (
        <p className="empty-note">{standing.name} has no revealed round yet. Their results appear here once a round they scored is revealed.</p>
      ) : (
        <>
          <h2>Agreement over time</h2>
          <TrendChart entries={history} />
          <RoundsTable history={history} onOpenRound={onOpenRound} />
        </>
      )}
      {deviationByDimension.length > 0 ? (
        <DeviationHeatmap
          caption="Mean deviation from the anchors by dimension, over every revealed round"
          dimensions={deviationByDimension.map((d) => ({ id: d.dimensionId, name: d.name }))}
          rows={[{ personId: standing.personId, name: standing.name, deviations: deviationByDimension.map((d) => d.meanDeviation) }]}
        />
      ) : null}
    </>
  );
}

export function RaterScreen({ personId }: { personId: string }) {
  const calibrate = useStoreApi('calibrate');
  const { data: standing, error } = useLoaded((api) => api.getRaterStanding({ personId }), personId);
  // The name that opened this screen is gone: start keyboard and screen reader at its top.
  useEffect(() => document.getElementById(TITLE_ID)?.focus(), []);

  return (
    <section className="screen rater-screen" aria-labelledby={TITLE_ID}>
      <header className="screen__header">
        <ScreenHeading id={TITLE_ID}>{standing?.name ?? 'Rater'}</ScreenHeading>
        <div className="screen__tools">
          <button type="button" className="button button--secondary" onClick={() => calibrate.getState().open({ kind: 'home' })}>
            Back to Calibrate
          </button>
        </div>
      </header>
      <ErrorAlert message={error} />
      {standing ? <Standing standing={standing} onOpenRound={(roundId) => calibrate.getState().open({ kind: 'round', roundId })} /> : null}
    </section>
  );
}
