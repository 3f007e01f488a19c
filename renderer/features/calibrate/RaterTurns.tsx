// The raters of a round in turn order, each with where their sheet stands
// in words, and a button to start the turn of each rater still scoring.
// Back from a turn, focus lands on the next rater's button, so the laptop
// changes hands and the next person presses Enter.
import { useEffect, useId, useRef } from 'react';
import type { RoundDetail } from '../../../shared/calibration/schemas.js';
import { useStoreApi } from '../../appContext.js';

export function RaterTurns({ round, focusNext }: { round: RoundDetail; focusNext: boolean }) {
  const id = useId();
  const calibrate = useStoreApi('calibrate');
  const next = useRef<HTMLButtonElement>(null);
  const nextRater = round.raters.find((r) => !r.submitted) ?? null;

  useEffect(() => {
    if (focusNext) next.current?.focus();
  }, [focusNext]);

  return (
    <section className="panel rater-turns" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Raters</h2>
      <p className="muted">
        {round.mode === 'pass_the_laptop'
          ? 'One turn each on this device. A sheet is sealed once submitted, so the next rater cannot look back at it.'
          : 'Each rater scores on their own device; their sheet arrives by sync or bundle. A rater at this device can still take their turn here.'}
      </p>
      <ul className="rater-turns__list">
        {round.raters.map((rater) => (
          <li key={rater.personId} className="rater-turns__rater">
            <span className="rater-turns__name">{rater.name}</span>
            <span className={rater.submitted ? 'badge' : 'badge badge--muted'}>{rater.submitted ? 'Sheet submitted' : 'Scoring'}</span>
            {rater.submitted ? null : (
              <button
                type="button"
                ref={rater === nextRater ? next : undefined}
                className={rater === nextRater ? 'button button--primary button--small' : 'button button--secondary button--small'}
                onClick={() => calibrate.getState().open({ kind: 'sheet', roundId: round.id, raterId: rater.personId })}
              >
                Start {rater.name}&apos;s turn
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
