// The cycle's focal students: a few students the team chooses to learn from,
// each by a pseudonym code and a description that starts from their
// strengths. Their real names (if written here) show only on this device.
import { useState } from 'react';
import type { FocalStudent } from '../../../shared/lessonStudy/focal.js';
import { useApi } from '../../appContext.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { nextFreeCode } from '../observe/studentCodes.js';
import type { CycleTabProps } from './cycleTabProps.js';
import { FocalStudentForm } from './FocalStudentForm.js';
import { seatInWords, studentName } from './teachingWords.js';
import { useCycleEdit } from './useCycleEdit.js';
import { ColumnHeads } from '../../ui/ColumnHeads.js';

type Editing = { kind: 'closed' } | { kind: 'add' } | { kind: 'edit'; student: FocalStudent };

export function FocalStudentsPanel({ detail, onDetail }: CycleTabProps) {
  const api = useApi();
  const { run, error, notice, setNotice } = useCycleEdit(onDetail);
  const [editing, setEditing] = useState<Editing>({ kind: 'closed' });
  const students = detail.focalStudents;

  const remove = (student: FocalStudent) =>
    void run(() => api.removeLessonStudyItem({ kind: 'focalStudent', id: student.id }), `${student.code} is no longer a focal student.`);

  return (
    <section className="panel" aria-labelledby="ls-focal-title">
      <h2 id="ls-focal-title">Focal students</h2>
      <p className="muted">
        Observers watch a few students closely. Describe each by their strengths first; the team sees only the code. A name written here stays on this device.
      </p>
      <ErrorAlert message={error} />
      <StatusNote>{notice}</StatusNote>
      {students.length === 0 ? (
        <p className="empty-note">No focal students yet.</p>
      ) : (
        <table className="data-table ls-focal-table">
          <caption className="visually-hidden">Focal students</caption>
          <ColumnHeads columns={['Student', 'Description', 'Focal for', 'Seat']} />
          <tbody>
            {students.map((student) => (
              <tr key={student.id}>
                <th scope="row">{studentName(student, true)}</th>
                <td className="ls-prose">{student.strengths || '—'}</td>
                <td>{student.focalFor || '—'}</td>
                <td>{student.seat ? seatInWords(student.seat) : 'Not seated'}</td>
                <td className="data-table__actions">
                  <button type="button" className="button button--ghost button--small" aria-label={`Edit ${student.code}`} onClick={() => setEditing({ kind: 'edit', student })}>
                    Edit
                  </button>
                  <button type="button" className="button button--ghost button--small" aria-label={`Remove ${student.code}`} onClick={() => remove(student)}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing.kind === 'closed' ? (
        <div className="form-actions">
          <button type="button" className="button button--secondary" onClick={() => setEditing({ kind: 'add' })}>
            Add a focal student
          </button>
        </div>
      ) : (
        <FocalStudentForm
          key={editing.kind === 'edit' ? editing.student.id : 'new'}
          cycleId={detail.cycle.id}
          student={editing.kind === 'edit' ? editing.student : undefined}
          suggestedCode={nextFreeCode(students)}
          onSaved={(next) => {
            onDetail(next);
            setEditing({ kind: 'closed' });
            setNotice(editing.kind === 'edit' ? 'Focal student saved.' : 'Focal student added.');
          }}
          onCancel={() => setEditing({ kind: 'closed' })}
        />
      )}
    </section>
  );
}
