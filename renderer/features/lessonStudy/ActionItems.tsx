// The action items the discussion agrees on: who does what by when. They are
// the cycle's tasks marked as from the discussion, so the Overview tab's task
// list has them too.
import { useState } from 'react';
import { taskFields, type Task } from '../../../shared/lessonStudy/cycle.js';
import { useApi } from '../../appContext.js';
import { Checkbox, SelectField, TextField } from '../../ui/Fields.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import type { CycleTabProps } from './cycleTabProps.js';
import { InlineAddForm } from './InlineAddForm.js';
import { dayInWords } from './lessonStudyWords.js';
import { memberName } from './teachingWords.js';
import { useCycleEdit } from './useCycleEdit.js';

export function ActionItems({ detail, onDetail }: CycleTabProps) {
  const api = useApi();
  const { run, error, notice, setNotice } = useCycleEdit(onDetail);
  const [title, setTitle] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const [due, setDue] = useState('');
  const cycleId = detail.cycle.id;
  const items = detail.tasks.filter((t) => t.fromDiscussion);

  const add = async () => {
    onDetail(await api.saveTask({ cycleId, title, assigneeId: assigneeId || null, due, fromDiscussion: true }));
    setTitle('');
    setDue('');
    setNotice('Action item added.');
  };
  const setDone = (task: Task, done: boolean) => void run(() => api.saveTask({ cycleId, id: task.id, ...taskFields(task), done, seen: taskFields(task) }));

  return (
    <section className="panel" aria-labelledby="ls-actions-title">
      <h2 id="ls-actions-title">Action items</h2>
      <ErrorAlert message={error} />
      {items.length === 0 ? (
        <p className="muted">No action items yet.</p>
      ) : (
        <ul className="ls-actions" aria-label="Action items">
          {items.map((task) => (
            <li key={task.id}>
              <Checkbox
                label={`${task.title} (${task.assigneeId ? memberName(detail, task.assigneeId) : 'no one yet'}${task.due ? `, due ${dayInWords(task.due)}` : ''})`}
                checked={task.done}
                onChange={(done) => setDone(task, done)}
              />
            </li>
          ))}
        </ul>
      )}
      <InlineAddForm label="Add an action item" submitLabel="Add action item" submit={add}>
        {(invalid) => (
          <>
            <TextField label="Action item" name="title" value={title} invalid={invalid === 'title'} onChange={setTitle} />
            <SelectField label="Who" name="assigneeId" value={assigneeId} options={[{ value: '', label: 'No one yet' }, ...detail.team.members.map((m) => ({ value: m.id, label: m.name }))]} onChange={setAssigneeId} />
            <TextField label="Due" name="due" type="date" value={due} invalid={invalid === 'due'} onChange={setDue} />
          </>
        )}
      </InlineAddForm>
      <StatusNote>{notice}</StatusNote>
    </section>
  );
}
