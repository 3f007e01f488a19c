// The notes behind one score. Notes tagged with the dimension (and any
// already linked) are listed first, the rest behind a disclosure, newest
// first with their lesson time; the note just written links in one press.
import type { Dimension } from '../../../shared/rubric/format.js';
import { formatClock } from '../../../shared/lessonClock.js';
import { Checkbox } from '../../ui/Fields.js';
import { toggle } from './NoteComposer.js';
import type { ListedNote } from './useCapture.js';

interface EvidencePickerProps {
  dimension: Dimension;
  /** Stored notes, newest first. */
  notes: ListedNote[];
  evidence: string[];
  /** Evidence belongs to a score: until there is one, there is nothing to link to. */
  scored: boolean;
  onChange(evidence: string[]): void;
}

export function EvidencePicker({ dimension, notes, evidence, scored, onChange }: EvidencePickerProps) {
  const first = notes.filter((n) => n.dimensions.includes(dimension.id) || evidence.includes(n.id));
  const others = notes.filter((n) => !first.includes(n));
  const latest = notes[0];
  const noteBox = (note: ListedNote) => (
    <li key={note.id}>
      <Checkbox label={`${formatClock(note.atMs)} ${note.text}`} checked={evidence.includes(note.id)} onChange={() => onChange(toggle(evidence, note.id))} />
    </li>
  );

  return (
    <fieldset className="score__evidence" disabled={!scored}>
      <legend>
        Evidence{evidence.length > 0 ? ` (${evidence.length} ${evidence.length === 1 ? 'note' : 'notes'})` : ''}
      </legend>
      {notes.length === 0 ? <p className="field__hint">No notes yet: notes written during the lesson can be linked here.</p> : null}
      {notes.length > 0 && !scored ? <p className="field__hint">Choose a level first, then link the notes that show it.</p> : null}
      {latest ? (
        <button
          type="button"
          className="button button--secondary button--small"
          aria-label={`Link latest note (${formatClock(latest.atMs)}) as evidence for ${dimension.name}`}
          aria-keyshortcuts="L"
          disabled={evidence.includes(latest.id)}
          onClick={() => onChange([...evidence, latest.id])}
        >
          Link latest note ({formatClock(latest.atMs)}) <kbd aria-hidden="true">L</kbd>
        </button>
      ) : null}
      {first.length > 0 ? (
        <ul className="score__notes" aria-label={`Notes tagged ${dimension.shortName} or linked`}>
          {first.map(noteBox)}
        </ul>
      ) : null}
      {others.length > 0 ? (
        <details>
          <summary>Other notes ({others.length})</summary>
          <ul className="score__notes" aria-label="Other notes">
            {others.map(noteBox)}
          </ul>
        </details>
      ) : null}
    </fieldset>
  );
}
