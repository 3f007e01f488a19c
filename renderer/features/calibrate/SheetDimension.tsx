// One dimension of a rater's blind sheet: its levels as a radio group named
// by the dimension ("3 Strong", N/A where the scale allows it; the keys are
// LevelRadios'), then, one Tab on, the evidence behind the score (marked
// required where the rubric requires it), and the level descriptors and
// look-fors to score against.
import { useId } from 'react';
import type { Dimension, Scale } from '../../../shared/rubric/format.js';
import { FieldLabel } from '../../ui/Fields.js';
import { LevelRadios } from '../../ui/LevelRadios.js';
import { ScoringGuide } from '../../ui/ScoringGuide.js';
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
  const required = dimension.evidenceRequired;
  return (
    <div className="score sheet-dimension">
      <h3 id={`${id}-name`}>{dimension.name}</h3>
      <div className="score__levels" role="radiogroup" aria-labelledby={`${id}-name`}>
        <LevelRadios scale={scale} name={`${id}-level`} value={entry.value} na={entry.na} onChoose={(value, na) => onChange({ value, na })} />
      </div>
      <div className="field sheet-dimension__evidence">
        <FieldLabel htmlFor={`${id}-evidence`} required={required}>
          Evidence for {dimension.name}
        </FieldLabel>
        <textarea
          id={`${id}-evidence`}
          className="field__control"
          rows={3}
          maxLength={5000}
          aria-required={required || undefined}
          aria-describedby={required ? `${id}-required` : undefined}
          value={entry.evidence}
          onChange={(event) => onChange({ evidence: event.target.value }, true)}
          onBlur={onLeaveEvidence}
        />
        {required ? (
          <p className="field__hint" id={`${id}-required`}>
            Required: the rubric asks for the evidence behind a score on this dimension.
          </p>
        ) : null}
      </div>
      <ScoringGuide dimension={dimension} scale={scale} />
    </div>
  );
}
