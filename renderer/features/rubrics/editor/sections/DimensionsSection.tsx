// The dimensions observers attend to, in the order they see them: each with
// its description, things to notice, guiding questions and, when scored, a
// descriptor for every level of the scale.
import { useState } from 'react';
import { FormDialog } from '../../FormDialog.js';
import { useEditor } from '../editorContext.js';
import { addDimension, moveIn, removeAt } from '../edits.js';
import { CheckboxInput, LinesInput, TextInput } from '../fields/inputs.js';
import { fieldId } from '../fieldPaths.js';
import { ReorderableList } from '../reorder/ReorderableList.js';
import { hasDescriptors } from '../workingCopy.js';
import { DescriptorFields } from './DescriptorFields.js';
import { focusSoon } from './focusSoon.js';

const LIST = ['dimensions'] as const;

export function DimensionsSection() {
  const { rubric, update, announce } = useEditor();
  const dimensions = rubric.dimensions;
  const [removing, setRemoving] = useState<number | null>(null);
  const nameOf = (i: number) => dimensions[i]?.name.trim() || dimensions[i]?.shortName.trim() || `Dimension ${i + 1}`;

  const remove = async (i: number) => {
    update((r) => removeAt(r, 'dimensions', i));
    announce(`${nameOf(i)} removed.`);
    setRemoving(null);
    focusSoon(fieldId(LIST));
  };

  const fields = (i: number) => {
    const dimension = dimensions[i]!;
    const name = nameOf(i);
    const at = (...rest: (string | number)[]) => ['dimensions', i, ...rest];
    return (
      <>
        <div className="editor-grid">
          <TextInput path={at('name')} label="Name" required />
          <TextInput path={at('shortName')} label="Short name" required maxLength={24} hint="At most 24 characters: score sheet columns, charts, exports." />
          <TextInput path={at('id')} label="Id" required hint="Keep it the same in later versions, even when renaming." />
        </div>
        <TextInput path={at('description')} label="Description" multiline rows={3} />
        <div className="editor-checks">
          <CheckboxInput path={at('scored')} label="Scored" hint={rubric.scoring.unit === 'none' ? 'The rubric is not scored, so its dimensions are evidence only.' : 'Untick for an evidence-only dimension.'} />
          <CheckboxInput path={at('evidenceRequired')} label="Evidence required" hint="A score needs at least one note tagged to this dimension." />
        </div>
        <div className="editor-grid editor-grid--two">
          <LinesInput path={at('lookFors', 'students')} label={`Things to notice in students, for ${name}`} hint="One per line: what students do and say. Not a checklist." />
          <LinesInput path={at('lookFors', 'teacher')} label={`Things to notice in the teacher, for ${name}`} hint="One per line: what the teacher does and says." />
        </div>
        <LinesInput path={at('guidingQuestions')} label={`Guiding questions for ${name}`} />
        {hasDescriptors(rubric, dimension) ? <DescriptorFields dimension={dimension} index={i} name={name} /> : <p className="muted small">Evidence only: no level descriptors.</p>}
      </>
    );
  };

  return (
    <>
      <ReorderableList
        listPath={LIST}
        title="Dimensions"
        count={dimensions.length}
        nameOf={nameOf}
        move={(from, to) => update((r) => moveIn(r, 'dimensions', from, to))}
        // A rubric needs at least one dimension; removing one loses its text, so it is confirmed.
        onRemove={dimensions.length > 1 ? setRemoving : null}
        addLabel="Add dimension"
        maxItems={30}
        onAdd={() => {
          update(addDimension);
          focusSoon(fieldId(['dimensions', dimensions.length, 'name']));
        }}
        fields={fields}
      />
      {removing !== null ? (
        <FormDialog
          heading={`Remove ${nameOf(removing)}?`}
          intro="Its description, things to notice, guiding questions and level descriptors are removed from this draft."
          submitLabel="Remove dimension"
          submit={() => remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      ) : null}
    </>
  );
}
