// Take down what a speaker said, or a key learning the team takes away. The
// note goes with the part of the discussion running now; the speaker is a
// team member or anyone else by name (a visiting principal, a student
// teacher). The speaker stays chosen for the next note.
import { useState, type FormEvent } from 'react';
import type { DiscussionNoteInput } from '../../../shared/lessonStudy/discussion.js';
import { useApi } from '../../appContext.js';
import { SelectField, TextAreaField, TextField } from '../../ui/Fields.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { RadioGroup } from '../../ui/RadioGroup.js';
import type { CycleTabProps } from './cycleTabProps.js';
import { runningPart } from './discussionTiming.js';
import { useCycleEdit } from './useCycleEdit.js';

type Kind = NonNullable<DiscussionNoteInput['kind']>;

const KINDS = [
  { value: 'note', label: 'What was said' },
  { value: 'learning', label: 'A key learning' },
] as const;

/** The speaker select's value for someone not on the team. */
const SOMEONE_ELSE = '';

export function SpeakerNoteForm({ detail, onDetail }: CycleTabProps) {
  const api = useApi();
  const { run, error, notice } = useCycleEdit(onDetail);
  const [speakerId, setSpeakerId] = useState(detail.team.members[0]?.id ?? SOMEONE_ELSE);
  const [speaker, setSpeaker] = useState('');
  const [kind, setKind] = useState<Kind>('note');
  const [text, setText] = useState('');
  const running = runningPart(detail.discussion.parts);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const stored = await run(
      () =>
        api.saveDiscussionNote({
          cycleId: detail.cycle.id,
          partId: running?.id ?? null,
          speakerId: speakerId === SOMEONE_ELSE ? null : speakerId,
          speaker: speakerId === SOMEONE_ELSE ? speaker : '',
          kind,
          text,
        }),
      kind === 'learning' ? 'Key learning added.' : 'Note added.',
    );
    if (stored) setText('');
  };

  return (
    <form className="panel ls-note-form" aria-labelledby="ls-note-form-title" noValidate onSubmit={(e) => void submit(e)}>
      <h2 id="ls-note-form-title">Notes</h2>
      <p className="muted">{running ? `Notes go with the part running now: ${running.title}.` : 'No part is running: notes go with the discussion as a whole.'}</p>
      <ErrorAlert message={error} />
      <div className="ls-field-row">
        <SelectField
          label="Speaker"
          value={speakerId}
          options={[...detail.team.members.map((m) => ({ value: m.id, label: m.name })), { value: SOMEONE_ELSE, label: 'Someone else' }]}
          onChange={setSpeakerId}
        />
        {speakerId === SOMEONE_ELSE ? <TextField label="Speaker's name" value={speaker} onChange={setSpeaker} autoComplete="off" /> : null}
      </div>
      <RadioGroup<Kind> legend="Kind of note" name="ls-note-kind" value={kind} options={KINDS} onChange={setKind} />
      <TextAreaField label={kind === 'learning' ? 'Key learning' : 'What was said'} name="text" rows={3} value={text} onChange={setText} />
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {kind === 'learning' ? 'Add key learning' : 'Add note'}
        </button>
      </div>
      <StatusNote>{notice}</StatusNote>
    </form>
  );
}
