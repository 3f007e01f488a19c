// What the cycle is, editable in place and saved as it is typed: title,
// research theme, subject, grade, topic, the research lesson's date and who
// teaches it.
import type { Cycle } from '../../../shared/lessonStudy/cycle.js';
import { useApi } from '../../appContext.js';
import { SelectField, TextAreaField, TextField } from '../../ui/Fields.js';
import type { CycleTabProps } from './cycleTabProps.js';
import { SavingPanel } from './SaveStatus.js';
import { useSavedDraft } from '../../ui/useSavedDraft.js';

type Fields = Pick<Cycle, 'title' | 'researchTheme' | 'subject' | 'grade' | 'topic' | 'researchLessonOn'> & { instructorId: string };

export function CycleFields({ detail, onDetail }: CycleTabProps) {
  const api = useApi();
  const { cycle, team } = detail;
  const { title, researchTheme, subject, grade, topic, researchLessonOn } = cycle;
  const asPatch = (fields: Fields) => ({ ...fields, instructorId: fields.instructorId || null });
  const draft = useSavedDraft<Fields>({ title, researchTheme, subject, grade, topic, researchLessonOn, instructorId: cycle.instructorId ?? '' }, async (fields, seen) => {
    onDetail(await api.saveLessonStudyCycle({ id: cycle.id, ...asPatch(fields), seen: asPatch(seen) }));
  });
  const { value, change, save } = draft;
  return (
    <SavingPanel title="About this cycle" draft={draft} className="ls-cycle-fields">
      <TextField label="Title" required value={value.title} onChange={(title) => change({ title })} onBlur={save} />
      <TextAreaField label="Research theme" rows={2} hint="The long-term goal the team studies across cycles." value={value.researchTheme} onChange={(researchTheme) => change({ researchTheme })} onBlur={save} />
      <div className="ls-field-row">
        <TextField label="Subject" value={value.subject} onChange={(subject) => change({ subject })} onBlur={save} />
        <TextField label="Grade" value={value.grade} onChange={(grade) => change({ grade })} onBlur={save} />
        <TextField label="Topic" value={value.topic} onChange={(topic) => change({ topic })} onBlur={save} />
      </div>
      <div className="ls-field-row">
        <TextField label="Research lesson date" type="date" value={value.researchLessonOn} onChange={(researchLessonOn) => change({ researchLessonOn }, false)} />
        <SelectField
          label="Instructor"
          value={value.instructorId}
          options={[{ value: '', label: 'Not chosen yet' }, ...team.members.map((m) => ({ value: m.id, label: m.name }))]}
          hint="The team member who teaches the research lesson."
          onChange={(instructorId) => change({ instructorId }, false)}
        />
      </div>
    </SavingPanel>
  );
}
