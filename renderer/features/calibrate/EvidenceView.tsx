// Evidence before scores: once every sheet is in, the group talks about what
// was seen, dimension by dimension, with every rater's evidence and no score,
// no anchor and no name in sight (the backend sends none). Then the
// facilitator reveals, after a confirmation, because it cannot be undone.
import { useId, useState } from 'react';
import type { RoundDetail } from '../../../shared/calibration/schemas.js';
import { useApi } from '../../appContext.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { useLoaded } from '../../ui/useLoaded.js';
import { FormDialog } from '../rubrics/FormDialog.js';

export function EvidenceView({ round, onRevealed }: { round: RoundDetail; onRevealed(round: RoundDetail): void }) {
  const id = useId();
  const api = useApi();
  const { data: evidence, error } = useLoaded((a) => a.getCalibrationEvidence({ roundId: round.id }), round.id);
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <section className="panel evidence-view" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Evidence</h2>
        <p className="muted">Every sheet is in. Talk through what was seen before anyone sees a score: what the raters wrote for each dimension, with no names and no scores.</p>
        <ErrorAlert message={error} />
        {evidence?.map((dimension) => (
          <div key={dimension.dimensionId} className="evidence-view__dimension">
            <h3>{dimension.name}</h3>
            {dimension.evidence.length > 0 ? (
              <ul aria-label={`Evidence for ${dimension.name}`}>
                {dimension.evidence.map((text, i) => (
                  // The same words can come from two raters; position keeps them apart.
                  <li key={`${i}:${text}`}>{text}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">Nobody wrote evidence for this dimension.</p>
            )}
          </div>
        ))}
      </section>
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={() => setConfirming(true)}>
          Reveal scores
        </button>
      </div>
      {confirming ? (
        <FormDialog
          heading="Reveal the scores?"
          intro="Everyone sees every rater's scores beside the anchors, with the agreement statistics. Sheets and anchors are final from then on."
          submitLabel="Reveal"
          submit={async () => onRevealed(await api.revealCalibrationRound({ id: round.id }))}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </>
  );
}
