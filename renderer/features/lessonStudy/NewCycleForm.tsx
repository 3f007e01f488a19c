// "New cycle" in a side panel: which team runs it, its title, the research
// theme (the team's long-term goal), subject, grade and topic, and the
// variant. The cycle starts in the Study phase with an empty plan.
import { useState } from 'react';
import { LS_VARIANT_LABELS, LS_VARIANTS, type NewCycle } from '../../../shared/lessonStudy/cycle.js';
import type { CycleDetail } from '../../../shared/lessonStudy/detail.js';
import type { Team } from '../../../shared/lessonStudy/team.js';
import { useApi } from '../../appContext.js';
import { SelectField, TextAreaField, TextField } from '../../ui/Fields.js';
import { RadioGroup } from '../../ui/RadioGroup.js';
import { SidePanelForm } from '../../ui/SidePanelForm.js';

/** "Full: one research lesson…" becomes the radio's name and, after the colon, its description. */
const VARIANT_OPTIONS = LS_VARIANTS.map((variant) => {
  const [label, hint] = LS_VARIANT_LABELS[variant].split(': ');
  return { value: variant, label: label!, hint: hint && hint[0]!.toUpperCase() + hint.slice(1) };
});

type CycleFields = Required<Omit<NewCycle, 'teamId'>>;

export function NewCycleForm({ teams, onCancel, onCreated }: { teams: Team[]; onCancel(): void; onCreated(detail: CycleDetail): void }) {
  const api = useApi();
  const [teamId, setTeamId] = useState(teams[0]?.id ?? '');
  const [fields, setFields] = useState<CycleFields>({ title: '', researchTheme: '', subject: '', grade: '', topic: '', variant: 'full' });
  const change = (patch: Partial<CycleFields>) => setFields((f) => ({ ...f, ...patch }));
  return (
    <div className="ls-new-cycle">
      <SidePanelForm heading="New cycle" submitLabel="Start cycle" save={() => api.createLessonStudyCycle({ teamId, ...fields })} onSaved={onCreated} onCancel={onCancel}>
        {(invalid) => (
          <>
            <SelectField label="Team" name="teamId" value={teamId} options={teams.map((t) => ({ value: t.id, label: t.name }))} onChange={setTeamId} />
            <TextField label="Title" name="title" required autoFocus hint="For example “Fractions on a number line, spring”." value={fields.title} invalid={invalid === 'title'} onChange={(title) => change({ title })} />
            <TextAreaField
              label="Research theme"
              name="researchTheme"
              rows={2}
              hint="The long-term goal the team studies across cycles, such as “students who explain and defend their thinking”."
              value={fields.researchTheme}
              invalid={invalid === 'researchTheme'}
              onChange={(researchTheme) => change({ researchTheme })}
            />
            <div className="ls-field-row">
              <TextField label="Subject" name="subject" value={fields.subject} invalid={invalid === 'subject'} onChange={(subject) => change({ subject })} />
              <TextField label="Grade" name="grade" value={fields.grade} invalid={invalid === 'grade'} onChange={(grade) => change({ grade })} />
            </div>
            <TextField label="Topic" name="topic" hint="What the research lesson teaches." value={fields.topic} invalid={invalid === 'topic'} onChange={(topic) => change({ topic })} />
            <RadioGroup legend="Variant" name="variant" value={fields.variant} options={VARIANT_OPTIONS} onChange={(variant) => change({ variant })} />
          </>
        )}
      </SidePanelForm>
    </div>
  );
}
