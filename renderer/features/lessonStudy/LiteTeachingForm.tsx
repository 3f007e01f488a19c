// Record one teacher's teaching of the lesson in their own room (lesson study
// lite): who and when, how it went, where they departed from the plan, and
// what they take from it.
import { useState } from 'react';
import type { CycleDetail } from '../../../shared/lessonStudy/detail.js';
import type { LiteTeaching } from '../../../shared/lessonStudy/lite.js';
import { useApi } from '../../appContext.js';
import { SelectField, TextAreaField, TextField } from '../../ui/Fields.js';
import { SidePanelForm } from '../../ui/SidePanelForm.js';
import { todayIso } from '../observe/clock.js';

interface LiteTeachingFormProps {
  detail: CycleDetail;
  teaching?: LiteTeaching;
  onSaved(detail: CycleDetail): void;
  onCancel(): void;
}

export function LiteTeachingForm({ detail, teaching, onSaved, onCancel }: LiteTeachingFormProps) {
  const api = useApi();
  const [teacherId, setTeacherId] = useState(teaching?.teacherId ?? detail.team.members[0]?.id ?? '');
  const [taughtOn, setTaughtOn] = useState(teaching?.taughtOn ?? todayIso());
  const [howItWent, setHowItWent] = useState(teaching?.howItWent ?? '');
  const [deviations, setDeviations] = useState(teaching?.deviations ?? '');
  const [reflection, setReflection] = useState(teaching?.reflection ?? '');
  // With the teaching as the form loaded it, so only the fields changed here are written.
  const seen = teaching && { teacherId: teaching.teacherId, taughtOn: teaching.taughtOn, howItWent: teaching.howItWent, deviations: teaching.deviations, reflection: teaching.reflection };
  const save = () => api.saveLiteTeaching({ cycleId: detail.cycle.id, id: teaching?.id, teacherId, taughtOn, howItWent, deviations, reflection, seen });
  return (
    <SidePanelForm heading={teaching ? 'Edit the teaching' : 'Record a teaching'} submitLabel={teaching ? 'Save teaching' : 'Record teaching'} save={save} onSaved={onSaved} onCancel={onCancel}>
      {(invalid) => (
        <>
          <SelectField label="Teacher" name="teacherId" value={teacherId} options={detail.team.members.map((m) => ({ value: m.id, label: m.name }))} onChange={setTeacherId} />
          <TextField label="Taught on" name="taughtOn" type="date" required value={taughtOn} invalid={invalid === 'taughtOn'} onChange={setTaughtOn} />
          <TextAreaField label="How it went" name="howItWent" rows={4} value={howItWent} onChange={setHowItWent} />
          <TextAreaField label="Deviations from the plan" name="deviations" rows={3} hint="Where the lesson departed from the plan, and why." value={deviations} onChange={setDeviations} />
          <TextAreaField label="Reflection" name="reflection" rows={4} hint="What the students' thinking showed, and what you would change." value={reflection} onChange={setReflection} />
        </>
      )}
    </SidePanelForm>
  );
}
