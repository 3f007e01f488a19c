// "New observation" in two short steps, so a coach at the classroom door
// answers only what matters: who and where, then rubric and focus. Each step
// is a form (Enter moves on), and its first field takes focus.
import { useEffect, useRef, useState } from 'react';
import { AppError } from '../../../shared/errors.js';
import { OBSERVATION_KIND_LABELS, OBSERVATION_KINDS, type Observation, type ObservationKind } from '../../../shared/observation.js';
import { useApi } from '../../appContext.js';
import { SelectField, TextField } from '../../ui/Fields.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { SidePanelForm } from '../../ui/SidePanelForm.js';
import { FocusPicker } from './FocusPicker.js';
import { useObserveChoices, type ObserveChoices } from './useObserveChoices.js';

interface WhoAndWhere {
  teacherId: string;
  teacherLabel: string;
  schoolId: string;
  grade: string;
  subject: string;
  kind: ObservationKind;
}

const KIND_OPTIONS = OBSERVATION_KINDS.map((kind) => ({ value: kind, label: OBSERVATION_KIND_LABELS[kind] }));

/** Puts focus in the first field of a step when it appears. */
function useFocusFirstField() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, []);
  return ref;
}

export function NewObservationForm({ onCancel, onStarted }: { onCancel(): void; onStarted(observation: Observation): void }) {
  const choices = useObserveChoices();
  const [who, setWho] = useState<WhoAndWhere | null>(null);
  return (
    <>
      <ErrorAlert message={choices.error} />
      {who === null ? (
        <WhoStep choices={choices} onNext={setWho} onCancel={onCancel} />
      ) : (
        <RubricStep choices={choices} who={who} onBack={() => setWho(null)} onStarted={onStarted} />
      )}
    </>
  );
}

function WhoStep({ choices, onNext, onCancel }: { choices: ObserveChoices; onNext(who: WhoAndWhere): void; onCancel(): void }) {
  const [who, setWho] = useState<WhoAndWhere>({ teacherId: '', teacherLabel: '', schoolId: '', grade: '', subject: '', kind: 'walk_through' });
  const ref = useFocusFirstField();
  const change = (patch: Partial<WhoAndWhere>) => setWho((w) => ({ ...w, ...patch }));
  const chooseTeacher = (teacherId: string) => {
    // A teacher's school is the likely one; the coach can still change it.
    const schoolId = choices.teachers.find((t) => t.id === teacherId)?.schoolId ?? who.schoolId;
    change({ teacherId, schoolId });
  };
  const next = async () => {
    if (who.teacherId === '' && who.teacherLabel.trim() === '') {
      throw new AppError('invalid_input', 'teacherLabel: Choose a teacher or write a label such as "Room 12"');
    }
    return who;
  };
  return (
    <div ref={ref} className="observe-form-step">
      <SidePanelForm heading="New observation: who and where" submitLabel="Next: rubric and focus" save={next} onSaved={onNext} onCancel={onCancel}>
        {(invalid) => (
          <>
            <SelectField
              label="Teacher"
              value={who.teacherId}
              onChange={chooseTeacher}
              options={[{ value: '', label: 'Not in the directory' }, ...choices.teachers.map((t) => ({ value: t.id, label: t.name }))]}
            />
            {who.teacherId === '' ? (
              <TextField
                label="Or a label"
                name="teacherLabel"
                hint="For example “Room 12”."
                value={who.teacherLabel}
                invalid={invalid === 'teacherLabel'}
                onChange={(teacherLabel) => change({ teacherLabel })}
              />
            ) : null}
            <SelectField
              label="School"
              value={who.schoolId}
              onChange={(schoolId) => change({ schoolId })}
              options={[{ value: '', label: 'No school' }, ...choices.schools.map((s) => ({ value: s.id, label: s.name }))]}
            />
            <TextField label="Grade" value={who.grade} onChange={(grade) => change({ grade })} />
            <TextField label="Subject" value={who.subject} onChange={(subject) => change({ subject })} />
            <SelectField label="Kind" value={who.kind} onChange={(kind) => change({ kind: kind as ObservationKind })} options={KIND_OPTIONS} />
          </>
        )}
      </SidePanelForm>
    </div>
  );
}

function RubricStep({ choices, who, onBack, onStarted }: { choices: ObserveChoices; who: WhoAndWhere; onBack(): void; onStarted(o: Observation): void }) {
  const api = useApi();
  const ref = useFocusFirstField();
  const defaultRubric = choices.rubrics.find((r) => r.id === 'tru-math') ?? choices.rubrics[0];
  const [chosenKey, setRubricKey] = useState('');
  // The default until the coach picks one; derived, not stored, because the rubric list can arrive after this step opens.
  const rubricKey = chosenKey || (defaultRubric ? `${defaultRubric.id}@${defaultRubric.version}` : '');
  const [focus, setFocus] = useState<string[]>([]);
  const [scheduledFor, setScheduledFor] = useState('');
  const rubric = choices.rubrics.find((r) => `${r.id}@${r.version}` === rubricKey) ?? null;
  const teacherName = choices.teachers.find((t) => t.id === who.teacherId)?.name;

  const start = () => {
    if (!rubric) throw new AppError('invalid_input', 'rubric: Choose a rubric');
    return api.startObservation({
      teacherId: who.teacherId || null,
      // The name travels with the visit, so it reads the same on any device.
      teacherLabel: teacherName ?? who.teacherLabel,
      schoolId: who.schoolId || null,
      grade: who.grade,
      subject: who.subject,
      kind: who.kind,
      rubric: { id: rubric.id, version: rubric.version },
      focus,
      ...(scheduledFor ? { scheduledFor } : {}),
    });
  };

  return (
    <div ref={ref} className="observe-form-step">
      <SidePanelForm
        heading="New observation: rubric and focus"
        submitLabel={scheduledFor ? `Schedule for ${scheduledFor}` : 'Start now'}
        save={async () => start()}
        onSaved={onStarted}
        onCancel={onBack}
      >
        {() => (
          <>
            <SelectField
              label="Rubric"
              value={rubricKey}
              onChange={(key) => {
                setRubricKey(key);
                setFocus([]);
              }}
              options={choices.rubrics.map((r) => ({ value: `${r.id}@${r.version}`, label: r.label }))}
            />
            {rubric ? <FocusPicker rubric={rubric} focus={focus} onChange={setFocus} /> : null}
            <TextField
              label="Schedule for"
              type="date"
              hint="Leave empty to start now. Escape goes back to the first step."
              value={scheduledFor}
              onChange={setScheduledFor}
            />
          </>
        )}
      </SidePanelForm>
    </div>
  );
}
