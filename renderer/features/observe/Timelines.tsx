// What has been captured so far: notes newest first (a coach rereads the
// last thing written), each with its tags, student and (in a research
// lesson) plan step, and the lesson's episodes in order.
import { memo } from 'react';
import type { Episode, Student } from '../../../shared/observation.js';
import { QUICK_TAGS } from '../../../shared/observation.js';
import type { Rubric } from '../../../shared/rubric/format.js';
import { formatClock } from '../../../shared/lessonClock.js';
import type { ListedNote } from './useCapture.js';

interface NotesTimelineProps {
  notes: ListedNote[];
  rubric: Rubric;
  students: readonly Student[];
  /** A research lesson's plan steps by id, as notes name them ("Step 2: Pose the task"). */
  stepNames: ReadonlyMap<string, string>;
}

export function NotesTimeline({ notes, rubric, students, stepNames }: NotesTimelineProps) {
  if (notes.length === 0) return <p className="empty-note">No notes yet. Type in the field above and press Enter.</p>;
  const codes = new Map(students.map((s) => [s.id, s.code]));
  return (
    <ol className="timeline" aria-label="Notes">
      {notes.map((note) => (
        <NoteItem
          key={note.id}
          note={note}
          rubric={rubric}
          studentCode={note.studentId ? codes.get(note.studentId) : undefined}
          step={note.planStepId ? stepNames.get(note.planStepId) : undefined}
        />
      ))}
    </ol>
  );
}

/**
 * One note of the list. Memoised: a lesson runs to hundreds of notes, and
 * saving one must not re-render all the others (the list keeps each unchanged
 * note's object, so their props stay equal).
 */
const NoteItem = memo(function NoteItem({ note, rubric, studentCode, step }: { note: ListedNote; rubric: Rubric; studentCode: string | undefined; step: string | undefined }) {
  return (
    <li className={note.pending ? 'is-pending' : undefined}>
      <span className="timeline__time">{formatClock(note.atMs)}</span>
      <div>
        {step ? <p className="timeline__step">{step}</p> : null}
        <p className="timeline__text">{note.text}</p>
        {studentCode ? <p className="timeline__student">Student: {studentCode}</p> : null}
        {note.dimensions.length + note.tags.length > 0 ? <TagChips rubric={rubric} dimensions={note.dimensions} tags={note.tags} label="Tags" /> : null}
        {note.pending ? <span className="visually-hidden">(saving)</span> : null}
      </div>
    </li>
  );
});

/** The dimensions and quick tags of a note, as chips (always a list, so it can be labelled while empty). */
export function TagChips({ rubric, dimensions, tags, label }: { rubric: Rubric; dimensions: string[]; tags: string[]; label: string }) {
  return (
    <ul className="note__chips" aria-label={label}>
      {rubric.dimensions
        .filter((d) => dimensions.includes(d.id))
        .map((d) => (
          <li key={d.id} className="badge">
            {d.shortName}
          </li>
        ))}
      {QUICK_TAGS.filter((t) => tags.includes(t.id)).map((t) => (
        <li key={t.id} className="badge badge--muted">
          {t.label}
        </li>
      ))}
    </ul>
  );
}

export function EpisodeTimeline({ episodes, rubric }: { episodes: Episode[]; rubric: Rubric }) {
  if (episodes.length === 0) return <p className="empty-note">No episodes yet. Press Alt+E in the note field, then the episode’s key.</p>;
  const nameOf = (typeId: string) => rubric.episodeTypes.find((t) => t.id === typeId)?.name ?? typeId;
  return (
    <ol className="timeline" aria-label="Episodes">
      {[...episodes]
        .sort((a, b) => a.startMs - b.startMs)
        .map((e) => (
          <li key={e.id}>
            <span className="timeline__time">{formatClock(e.startMs)}</span>
            <span>{nameOf(e.typeId)}</span>
          </li>
        ))}
    </ol>
  );
}
