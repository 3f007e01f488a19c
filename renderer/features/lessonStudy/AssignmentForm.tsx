// Assign an observer (a member of the team) to watch one focal student or a
// named group, such as "the table by the window".
import { useState } from 'react';
import type { CycleDetail } from '../../../shared/lessonStudy/detail.js';
import { useApi } from '../../appContext.js';
import { SelectField, TextField } from '../../ui/Fields.js';
import { RadioGroup } from '../../ui/RadioGroup.js';
import { SidePanelForm } from '../../ui/SidePanelForm.js';

type Watch = 'student' | 'group';

const WATCH_OPTIONS = [
  { value: 'student', label: 'A focal student' },
  { value: 'group', label: 'A group of students' },
] as const;

export function AssignmentForm({ detail, onSaved, onCancel }: { detail: CycleDetail; onSaved(detail: CycleDetail): void; onCancel(): void }) {
  const api = useApi();
  const [observerId, setObserverId] = useState(detail.team.members[0]?.id ?? '');
  const [watch, setWatch] = useState<Watch>(detail.focalStudents.length > 0 ? 'student' : 'group');
  const [focalStudentId, setFocalStudentId] = useState(detail.focalStudents[0]?.id ?? '');
  const [group, setGroup] = useState('');
  const save = () =>
    api.saveObserverAssignment({
      cycleId: detail.cycle.id,
      observerId,
      focalStudentId: watch === 'student' && focalStudentId ? focalStudentId : null,
      group: watch === 'group' ? group : '',
    });
  return (
    <SidePanelForm heading="Assign an observer" submitLabel="Assign" save={save} onSaved={onSaved} onCancel={onCancel}>
      {(invalid) => (
        <>
          <SelectField label="Observer" name="observerId" value={observerId} options={detail.team.members.map((m) => ({ value: m.id, label: m.name }))} onChange={setObserverId} />
          <RadioGroup<Watch> legend="Watches" name="watch" value={watch} options={WATCH_OPTIONS} onChange={setWatch} />
          {watch === 'student' ? (
            <SelectField
              label="Focal student"
              name="focalStudentId"
              value={focalStudentId}
              options={[{ value: '', label: 'Choose a student' }, ...detail.focalStudents.map((s) => ({ value: s.id, label: s.code }))]}
              onChange={setFocalStudentId}
            />
          ) : (
            <TextField label="Group" name="group" hint="For example “Table 3” or “the back row”." value={group} invalid={invalid === 'group'} onChange={setGroup} />
          )}
        </>
      )}
    </SidePanelForm>
  );
}
