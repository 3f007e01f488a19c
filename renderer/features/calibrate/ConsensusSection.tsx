// After reveal the group talks each dimension through and agrees a score:
// per dimension a consensus level and the discussion notes, each saved on its
// own so one dimension's talk never waits on another's. On paper the same
// decisions print as plain text (forms print badly).
import { useId, useRef, useState, type FormEvent } from 'react';
import type { DimensionResult, RoundDetail } from '../../../shared/calibration/schemas.js';
import type { Scale } from '../../../shared/rubric/format.js';
import { useApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';

interface Outcome {
  onSaved(round: RoundDetail, notice: string): void;
  onError(error: string): void;
}

const levelText = (scale: Scale, value: number) => `${value} ${scale.levels.find((l) => l.value === value)?.label ?? ''}`.trim();

function ConsensusForm({ roundId, dimension, scale, onSaved, onError }: { roundId: string; dimension: DimensionResult; scale: Scale } & Outcome) {
  const api = useApi();
  const id = useId();
  const [value, setValue] = useState(dimension.consensus === null ? '' : String(dimension.consensus));
  const [notes, setNotes] = useState(dimension.discussion);
  // What the form showed (as loaded, or as last saved): each save carries it, so another device's change is kept or listed, never reverted.
  const shown = useRef({ value: dimension.consensus, notes: dimension.discussion });
  const [saving, setSaving] = useState(false);
  const unsaved = value !== (dimension.consensus === null ? '' : String(dimension.consensus)) || notes !== dimension.discussion;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const chosen = value === '' ? null : Number(value);
      const round = await api.saveCalibrationConsensus({ roundId, dimensionId: dimension.dimensionId, value: chosen, notes, seen: shown.current });
      shown.current = { value: chosen, notes };
      onSaved(round, `Consensus saved for ${dimension.name}: ${chosen === null ? 'no score agreed' : levelText(scale, chosen)}.`);
    } catch (err) {
      onError(messageOf(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="round-consensus__form" onSubmit={(e) => void save(e)}>
      <h3>{dimension.name}</h3>
      {dimension.anchor !== null && dimension.anchorRationale ? (
        <p className="muted">
          Anchor {levelText(scale, dimension.anchor)}: {dimension.anchorRationale}
        </p>
      ) : null}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-value`}>
          Consensus{' '}
          <span className="visually-hidden">for {dimension.name}</span>
        </label>
        <select id={`${id}-value`} className="field__control" value={value} onChange={(e) => setValue(e.target.value)}>
          <option value="">No consensus yet</option>
          {scale.levels.map((l) => (
            <option key={l.value} value={String(l.value)}>
              {levelText(scale, l.value)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-notes`}>
          Discussion notes{' '}
          <span className="visually-hidden">for {dimension.name}</span>
        </label>
        <textarea id={`${id}-notes`} className="field__control round-consensus__notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </div>
      <div className="round-consensus__save">
        <button type="submit" className="button button--secondary" disabled={saving}>
          Save consensus{' '}
          <span className="visually-hidden">for {dimension.name}</span>
        </button>
        {unsaved ? <span className="muted">Not saved yet</span> : null}
      </div>
    </form>
  );
}

export function ConsensusSection({ round, dimensions, scale, ...outcome }: { round: RoundDetail; dimensions: readonly DimensionResult[]; scale: Scale } & Outcome) {
  const titleId = useId();
  return (
    <section className="round-report__section round-consensus" aria-labelledby={titleId}>
      <h2 id={titleId}>Consensus and discussion</h2>
      <div className="round-consensus__forms">
        {dimensions.map((d) => (
          <ConsensusForm key={d.dimensionId} roundId={round.id} dimension={d} scale={scale} {...outcome} />
        ))}
      </div>
      <dl className="round-consensus__print" hidden>
        {dimensions.map((d) => (
          <div key={d.dimensionId}>
            <dt>{d.name}</dt>
            <dd>
              {d.consensus === null ? 'No consensus score.' : `Consensus: ${levelText(scale, d.consensus)}.`} {d.discussion}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
