// How calibrated the observers behind the figures are: raters by calibrated
// status from the calibration board, with the way to Calibrate for the ones
// who need a round.
import type { CalibrationStatus } from '../../../shared/calibration/schemas.js';
import { useStoreApi } from '../../appContext.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { useLoaded } from '../../ui/useLoaded.js';
import { STATUS_LABELS } from '../calibrate/resultWords.js';
import { countText } from './insightWords.js';

/** Best first: who can be trusted, who is slipping, who has yet to calibrate. */
const STATUS_ORDER: readonly CalibrationStatus[] = ['calibrated', 'drifting', 'needs_calibration'];

export function CalibrationPanel() {
  const navigation = useStoreApi('navigation');
  const calibrate = useStoreApi('calibrate');
  const { data: board, error } = useLoaded((api) => api.getCalibrationBoard({ withCoObservations: false }), 'board');
  const openCalibrate = () => {
    calibrate.getState().open({ kind: 'home' });
    navigation.getState().go('calibrate');
  };

  return (
    <section className="insight-calibration" aria-labelledby="insight-calibration-title">
      <h2 id="insight-calibration-title">Observers' calibration</h2>
      <ErrorAlert message={error} />
      {board === null ? null : board.length === 0 ? (
        <p className="muted">No one has been through a calibration round yet.</p>
      ) : (
        <dl className="insight-calibration__counts">
          {STATUS_ORDER.map((status) => (
            <div key={status} className="insight-calibration__count">
              <dt>
                <span className={`rater-status__label rater-status__label--${status}`}>{STATUS_LABELS[status]}</span>
              </dt>
              <dd>{countText(board.filter((s) => s.status === status).length)}</dd>
            </div>
          ))}
        </dl>
      )}
      <button type="button" className="button button--secondary button--small" onClick={openCalibrate}>
        Open Calibrate
      </button>
    </section>
  );
}
