// The kinds of activity an observer marks as the lesson moves on, each with
// an optional one-key shortcut.
import { useEditor } from '../editorContext.js';
import { addEpisodeType, moveIn, removeAt } from '../edits.js';
import { TextInput } from '../fields/inputs.js';
import { fieldId } from '../fieldPaths.js';
import { ReorderableList } from '../reorder/ReorderableList.js';
import { focusSoon } from './focusSoon.js';

const LIST = ['episodeTypes'] as const;

export function EpisodeTypesSection() {
  const { rubric, update, announce } = useEditor();
  const episodes = rubric.episodeTypes;
  const nameOf = (i: number) => episodes[i]?.name.trim() || `Episode type ${i + 1}`;
  const setKey = (i: number, typed: string) =>
    // The newest key typed replaces the old one: a shortcut is one key.
    update((r) => ({ ...r, episodeTypes: r.episodeTypes.map((e, j) => (j === i ? { ...e, key: typed.slice(-1).toLowerCase() } : e)) }));

  return (
    <ReorderableList
      listPath={LIST}
      title="Episode types"
      hint={
        rubric.scoring.unit === 'episode'
          ? 'Observers start an episode of one of these types whenever the activity changes; a rubric scored per episode needs at least one.'
          : 'Optional unless the rubric is scored per episode: observers can still mark episodes to structure their notes.'
      }
      count={episodes.length}
      nameOf={nameOf}
      move={(from, to) => update((r) => moveIn(r, 'episodeTypes', from, to))}
      onRemove={(i) => {
        update((r) => removeAt(r, 'episodeTypes', i));
        announce(`${nameOf(i)} removed.`);
        focusSoon(fieldId(LIST));
      }}
      addLabel="Add episode type"
      maxItems={20}
      onAdd={() => {
        update(addEpisodeType);
        focusSoon(fieldId(['episodeTypes', episodes.length, 'name']));
      }}
      empty="No episode types."
      fields={(i) => (
        <>
          <div className="editor-grid">
            <TextInput path={['episodeTypes', i, 'name']} label="Name" required />
            <TextInput path={['episodeTypes', i, 'id']} label="Id" required hint="Lowercase letters, digits and dashes; keep it the same in later versions." />
            <TextInput path={['episodeTypes', i, 'group']} label="Group" hint="A heading that gathers related types, such as Whole class." />
            <TextInput
              path={['episodeTypes', i, 'key']}
              label="Shortcut key"
              hint="One lowercase letter or digit that starts an episode of this type; empty for none."
              value={episodes[i]!.key}
              onChange={(typed) => setKey(i, typed)}
            />
          </div>
          <TextInput path={['episodeTypes', i, 'description']} label="When to use it" multiline rows={2} />
        </>
      )}
    />
  );
}
