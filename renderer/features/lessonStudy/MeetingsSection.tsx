// The team's meetings in this cycle, by date: each one's title, date,
// agenda, who came and the notes, edited in place and saved as typed; "Add
// meeting" puts a new one on the list.
import { useState } from 'react';
import { todayIso } from '../observe/clock.js';
import { useApi } from '../../appContext.js';
import { TextField } from '../../ui/Fields.js';
import { ErrorAlert } from '../../ui/Notices.js';
import type { CycleTabProps } from './cycleTabProps.js';
import { InlineAddForm } from './InlineAddForm.js';
import { MeetingItem } from './MeetingItem.js';
import { useCycleEdit } from './useCycleEdit.js';

export function MeetingsSection({ detail, onDetail }: CycleTabProps) {
  const api = useApi();
  const edit = useCycleEdit(onDetail);
  const [heldOn, setHeldOn] = useState(todayIso);
  const [title, setTitle] = useState('');
  const cycleId = detail.cycle.id;

  return (
    <section className="ls-meetings" aria-labelledby="ls-meetings-title">
      <h2 id="ls-meetings-title">Meetings</h2>
      <ErrorAlert message={edit.error} />
      {detail.meetings.length === 0 ? <p className="muted">No meetings yet. Add each planning meeting with its agenda; notes and attendance fill in as you meet.</p> : null}
      {detail.meetings.map((meeting) => (
        <MeetingItem
          key={meeting.id}
          meeting={meeting}
          members={detail.team.members}
          onDetail={onDetail}
          onRemove={() => void edit.run(() => api.removeLessonStudyItem({ kind: 'meeting', id: meeting.id }))}
        />
      ))}
      <InlineAddForm
        label="Add a meeting"
        submitLabel="Add meeting"
        submit={async () => {
          onDetail(await api.saveMeeting({ cycleId, heldOn, title }));
          setTitle('');
        }}
      >
        {(invalid) => (
          <>
            <TextField label="Meeting date" name="heldOn" type="date" value={heldOn} invalid={invalid === 'heldOn'} onChange={setHeldOn} />
            <TextField label="Meeting title" name="title" value={title} invalid={invalid === 'title'} onChange={setTitle} />
          </>
        )}
      </InlineAddForm>
    </section>
  );
}
