// What was said in the discussion, part by part in the agenda's order, each
// note with its speaker; and apart from them, the key learnings the team
// takes away (the report leads with those).
import type { DiscussionNote } from '../../../shared/lessonStudy/discussion.js';
import { useApi } from '../../appContext.js';
import { ErrorAlert } from '../../ui/Notices.js';
import type { CycleTabProps } from './cycleTabProps.js';
import { useCycleEdit } from './useCycleEdit.js';

export function DiscussionNotes({ detail, onDetail }: CycleTabProps) {
  const api = useApi();
  const { run, error } = useCycleEdit(onDetail);
  const { parts, notes } = detail.discussion;
  const said = notes.filter((n) => n.kind === 'note');
  const learnings = notes.filter((n) => n.kind === 'learning');
  const groups = [...parts.map((p) => ({ key: p.id, title: p.title, notes: said.filter((n) => n.partId === p.id) })), { key: 'none', title: 'The discussion as a whole', notes: said.filter((n) => n.partId === null || !parts.some((p) => p.id === n.partId)) }];
  const remove = (note: DiscussionNote) => void run(() => api.removeLessonStudyItem({ kind: 'discussionNote', id: note.id }));

  const noteItem = (note: DiscussionNote) => (
    <li key={note.id}>
      <strong>{note.speaker || 'Someone'}:</strong> <span className="ls-prose">{note.text}</span>{' '}
      <button type="button" className="button button--ghost button--small" aria-label={`Remove the note by ${note.speaker || 'someone'}: ${note.text.slice(0, 40)}`} onClick={() => remove(note)}>
        Remove
      </button>
    </li>
  );

  return (
    <section className="panel" aria-labelledby="ls-learnings-title">
      <ErrorAlert message={error} />
      <h2 id="ls-learnings-title">Key learnings</h2>
      {learnings.length === 0 ? <p className="muted">None yet. Choose “A key learning” when the team names one.</p> : <ul className="ls-notes" aria-label="Key learnings">{learnings.map(noteItem)}</ul>}
      <h2>What was said</h2>
      {said.length === 0 ? (
        <p className="muted">No notes yet.</p>
      ) : (
        groups
          .filter((g) => g.notes.length > 0)
          .map((g) => (
            <section key={g.key} aria-label={`Notes: ${g.title}`}>
              <h3>{g.title}</h3>
              <ul className="ls-notes">{g.notes.map(noteItem)}</ul>
            </section>
          ))
      )}
    </section>
  );
}
