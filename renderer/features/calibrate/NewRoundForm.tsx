// "New round" in a side panel: the round's name, the rubric version, the
// lesson (a live visit, or a video file with the segment to score), who
// facilitates, how raters score, the raters (ticked in turn order) and the
// calibration rule. Refusals come back in the backend's words, with the
// field they concern marked and focused.
import { useEffect, useRef, useState } from 'react';
import { SCORING_MODE_LABELS, SCORING_MODES, type NewRound, type RoundDetail } from '../../../shared/calibration/schemas.js';
import { AppError } from '../../../shared/errors.js';
import { useApi } from '../../appContext.js';
import { SelectField, TextField } from '../../ui/Fields.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { RadioGroup } from '../../ui/RadioGroup.js';
import { SidePanelForm } from '../../ui/SidePanelForm.js';
import type { RubricOption } from '../observe/useObserveChoices.js';
import { RaterChecklist } from './RaterChecklist.js';
import { ruleOfDraft, RuleFields, type RuleDraft } from './RuleFields.js';
import { useRoundChoices } from './useRoundChoices.js';

type RoundFields = Omit<NewRound, 'rubric' | 'rule'>;

const LESSON_KIND_OPTIONS = [
  { value: 'live', label: 'Live visit' },
  { value: 'video', label: 'Video' },
] as const;

/** "Pass the laptop: every rater…" becomes the radio's name and, after the colon, its description. */
const MODE_OPTIONS = SCORING_MODES.map((mode) => {
  const [label, hint] = SCORING_MODE_LABELS[mode].split(': ');
  return { value: mode, label: label!, hint };
});

const keyOf = (r: RubricOption) => `${r.id}@${r.version}`;

/** TRU Math when it is here (the rubric districts calibrate on most), else the first. */
function defaultRubricKey(rubrics: RubricOption[]): string {
  const rubric = rubrics.find((r) => r.id === 'tru-math') ?? rubrics[0];
  return rubric ? keyOf(rubric) : '';
}

export function NewRoundForm({ onCancel, onCreated }: { onCancel(): void; onCreated(round: RoundDetail): void }) {
  const api = useApi();
  const choices = useRoundChoices();
  const [fields, setFields] = useState<RoundFields>({ name: '', lessonKind: 'live', lesson: '', videoName: '', segment: '', facilitatorId: '', mode: 'pass_the_laptop', raterIds: [] });
  const [chosenRubric, setChosenRubric] = useState('');
  const [rule, setRule] = useState<RuleDraft | null>(null);
  const change = (patch: Partial<RoundFields>) => setFields((f) => ({ ...f, ...patch }));
  // Defaults derived, not stored: the lists arrive after the form opens.
  const rubricKey = chosenRubric || defaultRubricKey(choices.rubrics);
  const rubric = choices.rubrics.find((r) => keyOf(r) === rubricKey) ?? null;
  const facilitatorId = fields.facilitatorId || choices.me?.id || '';

  const first = useRef<HTMLDivElement>(null);
  useEffect(() => {
    first.current?.querySelector('input')?.focus();
  }, []);

  const create = () => {
    if (!rubric) throw new AppError('invalid_input', 'rubric: Choose the rubric the raters score with');
    if (!facilitatorId) throw new AppError('invalid_input', 'facilitatorId: Choose who facilitates the round');
    return api.createCalibrationRound({ ...fields, facilitatorId, rubric: { id: rubric.id, version: rubric.version }, rule: rule ? ruleOfDraft(rule) : null });
  };

  return (
    <div ref={first} className="new-round">
      <ErrorAlert message={choices.error} />
      <SidePanelForm heading="New round" submitLabel="Create round" save={async () => create()} onSaved={onCreated} onCancel={onCancel}>
        {(invalid) => (
          <>
            <TextField
              label="Round name"
              name="name"
              required
              hint="For example “Fall calibration: Grade 4 fractions”."
              value={fields.name}
              invalid={invalid === 'name'}
              onChange={(name) => change({ name })}
            />
            <SelectField label="Rubric" name="rubric" value={rubricKey} options={choices.rubrics.map((r) => ({ value: keyOf(r), label: r.label }))} onChange={setChosenRubric} />
            <RadioGroup legend="Lesson" name="lessonKind" value={fields.lessonKind} options={LESSON_KIND_OPTIONS} onChange={(lessonKind) => change({ lessonKind })} />
            <TextField
              label="Lesson"
              name="lesson"
              required
              hint={fields.lessonKind === 'video' ? 'What the video shows: grade, topic, class.' : 'Which class and teacher the raters watch.'}
              value={fields.lesson}
              invalid={invalid === 'lesson'}
              onChange={(lesson) => change({ lesson })}
            />
            {fields.lessonKind === 'video' ? (
              <>
                <TextField label="Video file" name="videoName" hint="The file every rater watches, such as fractions-grade4.mp4." value={fields.videoName ?? ''} invalid={invalid === 'videoName'} onChange={(videoName) => change({ videoName })} />
                <TextField label="Segment" name="segment" hint="The part to score, such as 12:00-27:30; empty for the whole video." value={fields.segment ?? ''} invalid={invalid === 'segment'} onChange={(segment) => change({ segment })} />
              </>
            ) : null}
            <SelectField
              label="Facilitator"
              name="facilitatorId"
              value={facilitatorId}
              options={[{ value: '', label: 'Choose a person' }, ...choices.people.map((p) => ({ value: p.id, label: p.name }))]}
              hint="Sets the anchor scores and reveals; may also rate."
              onChange={(id) => change({ facilitatorId: id })}
            />
            <RadioGroup legend="How raters score" name="mode" value={fields.mode} options={MODE_OPTIONS} onChange={(mode) => change({ mode })} />
            <RaterChecklist people={choices.people} chosen={fields.raterIds} onChange={(raterIds) => change({ raterIds })} />
            <RuleFields rubric={rubric} draft={rule} invalid={invalid === 'rule'} onChange={setRule} />
          </>
        )}
      </SidePanelForm>
    </div>
  );
}
