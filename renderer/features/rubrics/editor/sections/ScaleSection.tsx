// How the rubric is scored: per lesson, per episode or not at all; the
// scale's levels (reorderable; see moveScaleLevel for what a move means);
// N/A; and, per episode, how episode scores become the lesson score.
import { useState } from 'react';
import { ROLLUPS, type Rollup } from '../../../../../shared/rubric/format.js';
import { FormDialog } from '../../FormDialog.js';
import { ROLLUP_LABELS } from '../../preview/labels.js';
import { useEditor } from '../editorContext.js';
import { addScaleLevel, descriptorsWrittenFor, moveScaleLevel, removeScaleLevel } from '../edits.js';
import { CheckboxInput, NumberInput, RadioGroup, TextInput } from '../fields/inputs.js';
import { fieldId } from '../fieldPaths.js';
import { ReorderableList } from '../reorder/ReorderableList.js';
import type { WorkingLevel } from '../workingCopy.js';
import { focusSoon } from './focusSoon.js';

const LEVELS_PATH = ['scoring', 'scale', 'levels'] as const;

export function levelName(level: WorkingLevel | undefined, k: number): string {
  if (!level) return `Level ${k + 1}`;
  const value = level.value === undefined ? `Level ${k + 1}` : `Level ${level.value}`;
  return level.label.trim() ? `${value} (${level.label.trim()})` : value;
}

export function ScaleSection() {
  const { rubric, update, announce } = useEditor();
  const levels = rubric.scoring.scale.levels;
  const [removing, setRemoving] = useState<number | null>(null);

  const remove = async (k: number) => {
    update((r) => removeScaleLevel(r, k));
    announce(`${levelName(levels[k], k)} removed.`);
    setRemoving(null);
    focusSoon(fieldId(LEVELS_PATH));
  };

  return (
    <>
      <RadioGroup
        path={['scoring', 'unit']}
        name="rubric-scoring-unit"
        label="Scored"
        choices={[
          { value: 'lesson', label: 'Per lesson', hint: 'One score per dimension for the whole lesson.' },
          { value: 'episode', label: 'Per episode', hint: 'The observer marks episodes and scores each dimension in each; episode scores make the lesson score.' },
          { value: 'none', label: 'Not scored', hint: 'An observation guide: look-fors, questions and room for evidence.' },
        ]}
      />
      {rubric.scoring.unit === 'none' ? (
        <p className="muted">Nothing is scored, so there is no scale. Every dimension is evidence only.</p>
      ) : (
        <>
          <ReorderableList
            listPath={LEVELS_PATH}
            title="Scale levels, lowest first"
            heading
            hint="Higher values mean stronger practice. Moving a level moves its label and descriptors; the values stay in order."
            count={levels.length}
            nameOf={(k) => levels[k]?.label.trim() || levelName(levels[k], k)}
            headingOf={(k) => levelName(levels[k], k)}
            move={(from, to) => update((r) => moveScaleLevel(r, from, to))}
            // A scale needs two levels; removing one that has descriptors written is confirmed.
            onRemove={levels.length > 2 ? (k) => (descriptorsWrittenFor(rubric, k) > 0 ? setRemoving(k) : void remove(k)) : null}
            addLabel="Add level"
            maxItems={10}
            onAdd={() => {
              update(addScaleLevel);
              announce('A level was added at the top of the scale. Each scored dimension needs a descriptor for it.');
            }}
            compact
            fields={(k) => (
              <div className="editor-grid editor-grid--level">
                <NumberInput path={[...LEVELS_PATH, k, 'value']} label="Value" required emptyAs={undefined} min={0} max={100} />
                <TextInput path={[...LEVELS_PATH, k, 'label']} label="Label" required maxLength={40} />
              </div>
            )}
          />
          <CheckboxInput path={['scoring', 'scale', 'naAllowed']} label="N/A allowed" hint="The observer may mark a dimension N/A (could not be seen) instead of giving a level." />
          {rubric.scoring.unit === 'episode' ? (
            <RadioGroup<Rollup>
              path={['scoring', 'rollup']}
              name="rubric-rollup"
              label="The lesson score of a dimension is the"
              choices={ROLLUPS.map((r) => ({ value: r, label: ROLLUP_LABELS[r] }))}
            />
          ) : null}
        </>
      )}
      {removing !== null ? (
        <FormDialog
          heading={`Remove ${levelName(levels[removing], removing)}?`}
          intro={`Its descriptors in ${descriptorsWrittenFor(rubric, removing)} dimension(s) are removed with it.`}
          submitLabel="Remove level"
          submit={() => remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      ) : null}
    </>
  );
}
