// One dimension of a rater's blind sheet: its levels as a radio group named
// by the dimension ("3 Strong", N/A where the scale allows it), the evidence
// behind the score, and the level descriptors and look-fors to score against.
// Keys anywhere in it but the text box: a level's digit scores, N marks N/A.
import { useId, type KeyboardEvent } from 'react';
import type { Dimension, Scale } from '../../../shared/rubric/format.js';
import { FieldLabel } from '../../ui/Fields.js';
import { levelName, ScoringGuide } from '../../ui/ScoringGuide.js';
import type { SheetEntry } from './useSheetAutosave.js';

interface SheetDimensionProps {
  dimension: Dimension;
  scale: Scale;
  entry: SheetEntry;
  /** `typed`: evidence being written (saved once typing pauses). */
  onChange(patch: Partial<SheetEntry>, typed?: boolean): void;
  onLeaveEvidence(): void;
}

export function SheetDimension({ dimension, scale, entry, onChange, onLeaveEvidence }: SheetDimensionProps) {
  const id = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.target instanceof HTMLTextAreaElement) return;
    const key = event.key.toLowerCase();
    const level = scale.levels.find((l) => String(l.value) === key);
    if (level) onChange({ value: level.value, na: false });
    else if (key === 'n' && scale.naAllowed) onChange({ value: null, na: true });
    else return;
    event.preventDefault();
  };
  return (
    // The keys act on whichever control inside has focus; each control still works by click.
    <div className="score sheet-dimension" onKeyDown={onKeyDown}>
      <h3 id={`${id}-name`}>{dimension.name}</h3>
      <div className="score__levels" role="radiogroup" aria-labelledby={`${id}-name`}>
        {scale.levels.map((level) => (
          <label key={level.value} className="score__level">
            <input type="radio" name={`${id}-level`} checked={entry.value === level.value} onChange={() => onChange({ value: level.value, na: false })} />
            {levelName(scale, level.value)}
          </label>
        ))}
        {scale.naAllowed ? (
          <label className="score__level">
            <input type="radio" name={`${id}-level`} checked={entry.na} onChange={() => onChange({ value: null, na: true })} />
            N/A
          </label>
        ) : null}
      </div>
      <div className="field sheet-dimension__evidence">
        <FieldLabel htmlFor={`${id}-evidence`}>Evidence for {dimension.name}</FieldLabel>
        <textarea
          id={`${id}-evidence`}
          className="field__control"
          rows={3}
          maxLength={5000}
          value={entry.evidence}
          onChange={(event) => onChange({ evidence: event.target.value }, true)}
          onBlur={onLeaveEvidence}
        />
      </div>
      <ScoringGuide dimension={dimension} scale={scale} />
    </div>
  );
}
