// Add or edit a focal student: the pseudonym code everyone sees, a real name
// that stays on this device, a description that starts from the student's
// strengths, and which goals of the plan they are focal for. The seat is set
// on the seating chart, so an edit keeps it.
import { useState } from 'react';
import type { CycleDetail } from '../../../shared/lessonStudy/detail.js';
import { focalStudentFields, type FocalStudent } from '../../../shared/lessonStudy/focal.js';
import { useApi } from '../../appContext.js';
import { TextAreaField, TextField } from '../../ui/Fields.js';
import { SidePanelForm } from '../../ui/SidePanelForm.js';

interface FocalStudentFormProps {
  cycleId: string;
  /** The student being edited; absent to add one. */
  student?: FocalStudent;
  suggestedCode: string;
  onSaved(detail: CycleDetail): void;
  onCancel(): void;
}

export function FocalStudentForm({ cycleId, student, suggestedCode, onSaved, onCancel }: FocalStudentFormProps) {
  const api = useApi();
  const [code, setCode] = useState(student?.code ?? suggestedCode);
  const [name, setName] = useState(student?.name ?? '');
  const [strengths, setStrengths] = useState(student?.strengths ?? '');
  const [focalFor, setFocalFor] = useState(student?.focalFor ?? '');
  // With the student as the form loaded them, so only the fields changed here are written.
  const save = () => api.saveFocalStudent({ cycleId, id: student?.id, code, name, strengths, focalFor, seat: student?.seat ?? null, seen: student && focalStudentFields(student) });
  return (
    <SidePanelForm heading={student ? `Edit ${student.code}` : 'Add a focal student'} submitLabel={student ? 'Save student' : 'Add student'} save={save} onSaved={onSaved} onCancel={onCancel}>
      {(invalid) => (
        <>
          <TextField
            label="Student code"
            name="code"
            required
            autoFocus
            autoComplete="off"
            hint="A pseudonym such as S03, never a name: everyone on the team sees it, and notes in the research lesson use it."
            value={code}
            invalid={invalid === 'code'}
            onChange={setCode}
          />
          <TextField
            label="Name, kept on this device only"
            name="name"
            autoComplete="off"
            hint="Never synced to the team. It appears in this device's exports and printouts only if Settings allow it."
            value={name}
            invalid={invalid === 'name'}
            onChange={setName}
          />
          <TextAreaField
            label="Description"
            name="strengths"
            rows={4}
            hint="Start with the student's strengths: what they are good at and care about. Then what the team wants to learn about their thinking."
            value={strengths}
            invalid={invalid === 'strengths'}
            onChange={setStrengths}
          />
          <TextField
            label="Focal for which goals"
            name="focalFor"
            hint="For example “Explaining their reasoning (lesson goal)”."
            value={focalFor}
            invalid={invalid === 'focalFor'}
            onChange={setFocalFor}
          />
        </>
      )}
    </SidePanelForm>
  );
}
