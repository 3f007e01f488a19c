// One meeting, edited in place: its date and title, the agenda, who came
// (ticked from the team) and the notes, saved as they are typed.
import { useId } from 'react';
import type { Meeting } from '../../../shared/lessonStudy/cycle.js';
import type { CycleDetail } from '../../../shared/lessonStudy/detail.js';
import type { TeamMember } from '../../../shared/lessonStudy/team.js';
import { useApi } from '../../appContext.js';
import { Checkbox, TextAreaField, TextField } from '../../ui/Fields.js';
import { dayInWords } from './lessonStudyWords.js';
import { SaveStatus } from './SaveStatus.js';
import { useSavedDraft } from '../../ui/useSavedDraft.js';

type Fields = Pick<Meeting, 'heldOn' | 'title' | 'agenda' | 'attendees' | 'notes'>;

interface MeetingItemProps {
  meeting: Meeting;
  members: TeamMember[];
  onDetail(next: CycleDetail): void;
  onRemove(): void;
}

export function MeetingItem({ meeting, members, onDetail, onRemove }: MeetingItemProps) {
  const api = useApi();
  const titleId = useId();
  const { heldOn, title, agenda, attendees, notes } = meeting;
  const draft = useSavedDraft<Fields>({ heldOn, title, agenda, attendees, notes }, async (fields, seen) => {
    onDetail(await api.saveMeeting({ cycleId: meeting.cycleId, id: meeting.id, ...fields, seen }));
  });
  const { value, change, save } = draft;
  const name = `${meeting.title} (${dayInWords(meeting.heldOn)})`;
  const toggle = (memberId: string, on: boolean) =>
    change({ attendees: on ? [...value.attendees, memberId] : value.attendees.filter((id) => id !== memberId) }, false);

  return (
    <article className="panel ls-item" aria-labelledby={titleId}>
      <div className="ls-section-title">
        <h3 id={titleId}>{name}</h3>
        <SaveStatus state={draft.state} error={draft.error} what={meeting.title} />
        <button type="button" className="button button--ghost button--small" aria-label={`Remove meeting ${name}`} onClick={onRemove}>
          Remove
        </button>
      </div>
      <div className="ls-field-row">
        <TextField label="Date" type="date" value={value.heldOn} onChange={(d) => change({ heldOn: d }, false)} />
        <TextField label="Title" value={value.title} onChange={(t) => change({ title: t })} onBlur={save} />
      </div>
      <TextAreaField label="Agenda" value={value.agenda} onChange={(a) => change({ agenda: a })} onBlur={save} />
      <fieldset className="field checkbox-group ls-attendees">
        <legend className="field__label">Attendees</legend>
        {members.length === 0 ? <p className="muted small">Add members to the team to record who came.</p> : null}
        {members.map((member) => (
          <Checkbox key={member.id} label={member.name} checked={value.attendees.includes(member.id)} onChange={(on) => toggle(member.id, on)} />
        ))}
      </fieldset>
      <TextAreaField label="Notes" rows={4} value={value.notes} onChange={(n) => change({ notes: n })} onBlur={save} />
    </article>
  );
}
