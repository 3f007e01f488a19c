// Where a round stands, as an ordered list of its three steps with the
// current one marked (aria-current="step", and in bold with a bar), and the
// steps before it marked done in words as well as with a tick.
import type { RoundPhase } from '../../../shared/calibration/schemas.js';
import { PHASE_STEPS } from './roundWords.js';

export function PhaseSteps({ phase }: { phase: RoundPhase }) {
  const current = PHASE_STEPS.findIndex((s) => s.phase === phase);
  return (
    <ol className="phase-steps" aria-label="Round phase">
      {PHASE_STEPS.map((step, i) => (
        <li key={step.phase} className={i === current ? 'phase-steps__step is-current' : i < current ? 'phase-steps__step is-done' : 'phase-steps__step'} aria-current={i === current ? 'step' : undefined}>
          {i < current ? <span aria-hidden="true">✓ </span> : null}
          {step.label}
          {i < current ? <span className="visually-hidden"> (done)</span> : null}
        </li>
      ))}
    </ol>
  );
}
