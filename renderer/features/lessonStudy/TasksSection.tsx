// The cycle's tasks, and the action items agreed in the post-lesson
// discussion (marked as such): who does it, by when, and a box to tick when
// done. "Add task" puts a new one on the list.
import { useState } from 'react';
import { taskFields, type Task } from '../../../shared/lessonStudy/cycle.js';
import { useApi } from '../../appContext.js';
import { SelectField, TextField } from '../../ui/Fields.js';
import { ErrorAlert } from '../../ui/Notices.js';
import type { CycleTabProps } from './cycleTabProps.js';
import { InlineAddForm } from './InlineAddForm.js';
import { dayInWords } from './lessonStudyWords.js';
import { useCycleEdit } from './useCycleEdit.js';
import { ColumnHeads } from '../../ui/ColumnHeads.js';

export function TasksSection({ detail, onDetail }: CycleTabProps) {
  const api = useApi();
  const edit = useCycleEdit(onDetail);
  const [title, setTitle] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const [due, setDue] = useState('');
  const { members } = detail.team;
  const nameOf = (id: string | null) => members.find((m) => m.id === id)?.name ?? '—';
  // With the task as listed, so a tick never reverts another device's edit of its other fields.
  const tick = (task: Task, done: boolean) => void edit.run(() => api.saveTask({ id: task.id, cycleId: task.cycleId, ...taskFields(task), done, seen: taskFields(task) }));

  return (
    <section className="ls-tasks" aria-labelledby="ls-tasks-title">
      <h2 id="ls-tasks-title">Tasks and action items</h2>
      <ErrorAlert message={edit.error} />
      {detail.tasks.length === 0 ? (
        <p className="muted">No tasks yet. Action items agreed in the post-lesson discussion appear here too.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table ls-tasks__table">
            <caption className="visually-hidden">Tasks and action items</caption>
            <ColumnHeads columns={['Done', 'Task', 'Who', 'Due']} />
            <tbody>
              {detail.tasks.map((task) => (
                <tr key={task.id} className={task.done ? 'is-done' : undefined}>
                  <td>
                    <input type="checkbox" className="ls-tasks__done" aria-label={`Done: ${task.title}`} checked={task.done} onChange={(e) => tick(task, e.target.checked)} />
                  </td>
                  <th scope="row">
                    {task.title}
                    {task.fromDiscussion ? <span className="badge">Action item from the discussion</span> : null}
                  </th>
                  <td>{nameOf(task.assigneeId)}</td>
                  <td>{dayInWords(task.due)}</td>
                  <td className="data-table__actions">
                    <button type="button" className="button button--ghost button--small" aria-label={`Remove task ${task.title}`} onClick={() => void edit.run(() => api.removeLessonStudyItem({ kind: 'task', id: task.id }))}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <InlineAddForm
        label="Add a task"
        submitLabel="Add task"
        submit={async () => {
          onDetail(await api.saveTask({ cycleId: detail.cycle.id, title, assigneeId: assigneeId || null, due }));
          setTitle('');
          setDue('');
        }}
      >
        {(invalid) => (
          <>
            <TextField label="Task" name="title" value={title} invalid={invalid === 'title'} onChange={setTitle} />
            <SelectField label="Who does it" name="assigneeId" value={assigneeId} options={[{ value: '', label: 'Anyone on the team' }, ...members.map((m) => ({ value: m.id, label: m.name }))]} onChange={setAssigneeId} />
            <TextField label="Due" name="due" type="date" value={due} invalid={invalid === 'due'} onChange={setDue} />
          </>
        )}
      </InlineAddForm>
    </section>
  );
}
