// A cycle's Study tab: the guiding questions a team works through before it
// plans (each answer saved as it is typed), and the readings, videos and
// chapters it studies from.
import { STUDY_PROMPTS, type Study } from '../../../shared/lessonStudy/cycle.js';
import { useApi } from '../../appContext.js';
import { TextAreaField } from '../../ui/Fields.js';
import type { CycleTabProps } from './cycleTabProps.js';
import { ResourcesSection } from './ResourcesSection.js';
import { SavingPanel } from './SaveStatus.js';
import { useSavedDraft } from '../../ui/useSavedDraft.js';

export function StudyTab(props: CycleTabProps) {
  const api = useApi();
  const { cycle } = props.detail;
  const draft = useSavedDraft<Study>(cycle.study, async (study, seen) => {
    props.onDetail(await api.saveLessonStudyCycle({ id: cycle.id, study, seen: { study: seen } }));
  });
  return (
    <div className="ls-tab ls-study">
      <SavingPanel title="Study the topic" draft={draft} className="ls-study-answers">
        {STUDY_PROMPTS.map(({ id, label, prompt }) => (
          <TextAreaField key={id} label={label} hint={prompt} rows={4} value={draft.value[id]} onChange={(text) => draft.change({ [id]: text })} onBlur={draft.save} />
        ))}
      </SavingPanel>
      <ResourcesSection {...props} />
    </div>
  );
}
