// Who watches whom in the research lesson: each observer is assigned a focal
// student or a group, and records evidence of their thinking.
import { useState } from 'react';
import type { Assignment } from '../../../shared/lessonStudy/focal.js';
import { useApi } from '../../appContext.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { AssignmentForm } from './AssignmentForm.js';
import type { CycleTabProps } from './cycleTabProps.js';
import { memberName, watchedInWords } from './teachingWords.js';
import { useCycleEdit } from './useCycleEdit.js';
import { ColumnHeads } from '../../ui/ColumnHeads.js';

export function AssignmentsPanel({ detail, onDetail }: CycleTabProps) {
  const api = useApi();
  const { run, error, notice, setNotice } = useCycleEdit(onDetail);
  const [adding, setAdding] = useState(false);
  const noMembers = detail.team.members.length === 0;

  const remove = (assignment: Assignment) =>
    void run(
      () => api.removeLessonStudyItem({ kind: 'assignment', id: assignment.id }),
      `${memberName(detail, assignment.observerId)} no longer watches ${watchedInWords(detail, assignment)}.`,
    );

  return (
    <section className="panel" aria-labelledby="ls-assignments-title">
      <h2 id="ls-assignments-title">Observers</h2>
      <ErrorAlert message={error} />
      <StatusNote>{notice}</StatusNote>
      {detail.assignments.length === 0 ? (
        <p className="empty-note">No observer is assigned yet. Give each observer a focal student or a group to watch.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Observer assignments</caption>
          <ColumnHeads columns={['Observer', 'Watches']} />
          <tbody>
            {detail.assignments.map((assignment) => (
              <tr key={assignment.id}>
                <th scope="row">{memberName(detail, assignment.observerId)}</th>
                <td>{watchedInWords(detail, assignment)}</td>
                <td className="data-table__actions">
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    aria-label={`Remove: ${memberName(detail, assignment.observerId)} watches ${watchedInWords(detail, assignment)}`}
                    onClick={() => remove(assignment)}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {adding ? (
        <AssignmentForm
          detail={detail}
          onSaved={(next) => {
            onDetail(next);
            setAdding(false);
            setNotice('Observer assigned.');
          }}
          onCancel={() => setAdding(false)}
        />
      ) : noMembers ? (
        <p className="muted">Add the observers to the team first (Lesson study home, the team's members).</p>
      ) : (
        <div className="form-actions">
          <button type="button" className="button button--secondary" onClick={() => setAdding(true)}>
            Assign an observer
          </button>
        </div>
      )}
    </section>
  );
}
