// The anchor scores of a round, entered by the facilitator (or for an expert
// panel) before reveal. Write-only until then: the backend only says how many
// are set, and this panel never shows a value back, because raters see this
// screen between turns. Saving writes the whole set; replacing starts blank.
import { useId, useState } from 'react';
import type { RoundDetail } from '../../../shared/calibration/schemas.js';
import { useApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { SelectField, TextField } from '../../ui/Fields.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { levelName } from '../../ui/ScoringGuide.js';
import type { RoundRubric } from './roundRubric.js';

export function AnchorPanel({ round, rubric, onSaved }: { round: RoundDetail; rubric: RoundRubric; onSaved(anchorsSet: number): void }) {
  const id = useId();
  const api = useApi();
  const [editing, setEditing] = useState(round.anchorsSet === 0);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [rationales, setRationales] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const total = rubric.dimensions.length;
  const options = [{ value: '', label: 'No anchor' }, ...rubric.scale.levels.map((l) => ({ value: String(l.value), label: levelName(rubric.scale, l.value) }))];

  const save = async () => {
    setSaving(true);
    try {
      let anchorsSet = round.anchorsSet;
      for (const dimension of rubric.dimensions) {
        const value = chosen[dimension.id];
        const rationale = rationales[dimension.id] ?? '';
        ({ anchorsSet } = await api.saveCalibrationAnchor({ roundId: round.id, dimensionId: dimension.id, value: value ? Number(value) : null, rationale }));
      }
      setChosen({});
      setRationales({});
      setEditing(false);
      setError(null);
      onSaved(anchorsSet);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="panel anchor-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Anchor scores</h2>
      <p className="muted">The expert panel&apos;s score for each dimension. Nobody sees them here, raters included; they appear beside the scores at reveal.</p>
      <p className="anchor-panel__count" role="status">
        {round.anchorsSet > 0 ? `${round.anchorsSet} of ${total} anchors set, hidden until reveal` : 'No anchors set yet.'}
      </p>
      <ErrorAlert message={error} />
      {editing ? (
        <form
          className="anchor-panel__form"
          aria-label="Anchor scores by dimension"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {round.anchorsSet > 0 ? <p className="field__hint">Saving replaces every anchor; a dimension left at “No anchor” has none.</p> : null}
          {rubric.dimensions.map((dimension) => (
            <div key={dimension.id} className="anchor-panel__dimension">
              <SelectField label={dimension.name} value={chosen[dimension.id] ?? ''} options={options} onChange={(value) => setChosen((c) => ({ ...c, [dimension.id]: value }))} />
              <TextField
                label={`Why, for ${dimension.name} (optional)`}
                value={rationales[dimension.id] ?? ''}
                onChange={(value) => setRationales((r) => ({ ...r, [dimension.id]: value }))}
              />
            </div>
          ))}
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={saving}>
              Save anchors
            </button>
            {round.anchorsSet > 0 ? (
              <button type="button" className="button button--secondary" onClick={() => setEditing(false)}>
                Cancel
              </button>
            ) : null}
          </div>
        </form>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
          {round.anchorsSet > 0 ? 'Replace anchors' : 'Set anchors'}
        </button>
      )}
    </section>
  );
}
