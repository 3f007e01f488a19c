// A scored dimension's level descriptors: one field per scale level, offered
// automatically (a level added to the scale appears here at once, empty and
// marked missing), plus any descriptor the file has for a value that is not
// on the scale, which can only be removed.
import { problemsAt, useEditor } from '../editorContext.js';
import { removeExtraLevel, setDescriptor } from '../edits.js';
import { FieldProblems } from '../fields/FieldShell.js';
import { TextInput } from '../fields/inputs.js';
import { errorId, fieldId } from '../fieldPaths.js';
import { descriptorIndexes, type WorkingDimension } from '../workingCopy.js';
import { levelName } from './ScaleSection.js';

export function DescriptorFields({ dimension, index, name }: { dimension: WorkingDimension; index: number; name: string }) {
  const { rubric, update, problems } = useEditor();
  const levelsPath = ['dimensions', index, 'levels'] as const;
  const listProblems = problemsAt(problems, levelsPath);
  const { byLevel, extras } = descriptorIndexes(dimension);
  return (
    <fieldset className="editor-fieldset" id={fieldId(levelsPath)} aria-describedby={listProblems.length > 0 ? errorId(levelsPath) : undefined}>
      <legend>Level descriptors</legend>
      <FieldProblems path={levelsPath} problems={listProblems} />
      {rubric.scoring.scale.levels.map((level, k) => {
        const at = byLevel[k];
        const path = at === null || at === undefined ? [...levelsPath, `missing-${k}`] : [...levelsPath, at, 'descriptor'];
        return (
          <div key={k} id={at === null || at === undefined ? undefined : fieldId([...levelsPath, at])}>
            <TextInput
              path={path}
              label={`${levelName(level, k)} descriptor for ${name}`}
              multiline
              rows={2}
              value={dimension.descriptors[k] ?? ''}
              onChange={(text) => update((r) => setDescriptor(r, index, k, text))}
              // The file's problems about this level sit on the entry (its value) or on its text.
              problems={at === null || at === undefined ? [] : problemsAt(problems, [...levelsPath, at], true)}
              invalid={(at === null || at === undefined) && listProblems.length > 0}
              describedBy={(at === null || at === undefined) && listProblems.length > 0 ? errorId(levelsPath) : undefined}
            />
          </div>
        );
      })}
      {dimension.extraLevels.map((extra, e) => {
        const at = extras[e]!;
        return (
          <div key={`extra-${e}`} className="editor-extra" id={fieldId([...levelsPath, at])}>
            <TextInput
              path={[...levelsPath, at, 'descriptor']}
              label={`Descriptor for value ${String(extra.value)}, not a level of the scale, for ${name}`}
              multiline
              rows={2}
              value={extra.descriptor}
              onChange={(text) => update((r) => ({ ...r, dimensions: r.dimensions.map((d, i) => (i === index ? { ...d, extraLevels: d.extraLevels.map((x, j) => (j === e ? { ...x, descriptor: text } : x)) } : d)) }))}
              problems={problemsAt(problems, [...levelsPath, at], true)}
            />
            <button type="button" className="button button--ghost button--small" onClick={() => update((r) => removeExtraLevel(r, index, e))}>
              Remove descriptor for value {String(extra.value)} from {name}
            </button>
          </div>
        );
      })}
    </fieldset>
  );
}
