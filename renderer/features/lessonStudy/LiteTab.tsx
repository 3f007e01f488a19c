// The Lite teachings tab: in lesson study lite each teacher teaches the lesson
// in their own room. Each teaching is recorded here, and the team reflects on
// them side by side: one column per teaching, one row per question.
import { useState } from 'react';
import type { LiteTeaching } from '../../../shared/lessonStudy/lite.js';
import { useApi } from '../../appContext.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import type { CycleTabProps } from './cycleTabProps.js';
import { dayInWords } from './lessonStudyWords.js';
import { LiteTeachingForm } from './LiteTeachingForm.js';
import { memberName } from './teachingWords.js';
import { useCycleEdit } from './useCycleEdit.js';

const QUESTIONS = [
  { field: 'howItWent', label: 'How it went' },
  { field: 'deviations', label: 'Deviations from the plan' },
  { field: 'reflection', label: 'Reflection' },
] as const;

type Editing = { kind: 'closed' } | { kind: 'add' } | { kind: 'edit'; teaching: LiteTeaching };

export function LiteTab({ detail, onDetail }: CycleTabProps) {
  const api = useApi();
  const { run, error, notice, setNotice } = useCycleEdit(onDetail);
  const [editing, setEditing] = useState<Editing>({ kind: 'closed' });
  const teachings = [...detail.liteTeachings].sort((a, b) => a.taughtOn.localeCompare(b.taughtOn));
  const who = (t: LiteTeaching) => `${memberName(detail, t.teacherId)}, ${dayInWords(t.taughtOn)}`;

  return (
    <div className="ls-lite">
      <section className="panel" aria-labelledby="ls-lite-title">
        <h2 id="ls-lite-title">Teachings of the lesson</h2>
        <p className="muted">Each teacher records their own teaching; the team reads them side by side when it meets to reflect.</p>
        <ErrorAlert message={error} />
        <StatusNote>{notice}</StatusNote>
        {teachings.length === 0 ? (
          <p className="empty-note">No teaching recorded yet.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table ls-lite__table">
              <caption>Team reflection: the teachings side by side</caption>
              <thead>
                <tr>
                  <td />
                  {teachings.map((t) => (
                    <th key={t.id} scope="col">
                      {who(t)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {QUESTIONS.map((q) => (
                  <tr key={q.field}>
                    <th scope="row">{q.label}</th>
                    {teachings.map((t) => (
                      <td key={t.id} className="ls-prose">
                        {t[q.field] || '—'}
                      </td>
                    ))}
                  </tr>
                ))}
                <tr>
                  <td />
                  {teachings.map((t) => (
                    <td key={t.id}>
                      <button type="button" className="button button--ghost button--small" aria-label={`Edit: ${who(t)}`} onClick={() => setEditing({ kind: 'edit', teaching: t })}>
                        Edit
                      </button>
                      <button
                        type="button"
                        className="button button--ghost button--small"
                        aria-label={`Remove: ${who(t)}`}
                        onClick={() => void run(() => api.removeLessonStudyItem({ kind: 'liteTeaching', id: t.id }), 'Teaching removed.')}
                      >
                        Remove
                      </button>
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
        )}
        {editing.kind === 'closed' ? (
          detail.team.members.length === 0 ? (
            <p className="muted">Add the teachers to the team first (Lesson study home, the team's members).</p>
          ) : (
            <div className="form-actions">
              <button type="button" className="button button--secondary" onClick={() => setEditing({ kind: 'add' })}>
                Record a teaching
              </button>
            </div>
          )
        ) : (
          <LiteTeachingForm
            key={editing.kind === 'edit' ? editing.teaching.id : 'new'}
            detail={detail}
            teaching={editing.kind === 'edit' ? editing.teaching : undefined}
            onSaved={(next) => {
              onDetail(next);
              setEditing({ kind: 'closed' });
              setNotice('Teaching saved.');
            }}
            onCancel={() => setEditing({ kind: 'closed' })}
          />
        )}
      </section>
    </div>
  );
}
