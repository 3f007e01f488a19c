// What a coach does with one seat of the chart: seat a student on an empty
// seat (the next free code offered and selected, so Enter is often enough;
// a refusal is shown in the form, the code kept), or, for a
// seated student, mark them focal, give them another code, or take them off
// the chart. Codes are pseudonyms such as S07, never names.
import { useState, type FormEvent } from 'react';
import type { Student } from '../../../shared/observation.js';
import { Checkbox, TextField } from '../../ui/Fields.js';
import { SidePanelForm } from '../../ui/SidePanelForm.js';

export interface StudentFields {
  code: string;
  focal: boolean;
}

interface AddStudentFormProps {
  where: string;
  suggested: string;
  /** Throws the backend's refusal, shown in the form. */
  add(fields: StudentFields): Promise<Student>;
  onAdded(student: Student): void;
  onCancel(): void;
}

export function AddStudentForm({ where, suggested, add, onAdded, onCancel }: AddStudentFormProps) {
  const [code, setCode] = useState(suggested);
  const [focal, setFocal] = useState(false);
  return (
    <SidePanelForm heading={`Seat a student: ${where}`} submitLabel="Add student" save={() => add({ code, focal })} onSaved={onAdded} onCancel={onCancel}>
      {(invalid) => (
        <>
          <TextField
            label="Student code"
            name="code"
            value={code}
            onChange={setCode}
            hint="A pseudonym such as S07, not a name."
            autoComplete="off"
            invalid={invalid === 'code'}
            autoFocus
            onFocus={(event) => event.currentTarget.select()}
          />
          <Checkbox label="Focal student" checked={focal} onChange={setFocal} />
        </>
      )}
    </SidePanelForm>
  );
}

interface StudentToolsProps {
  student: Student;
  chosen: boolean;
  onSave(fields: StudentFields): void;
  onRemove(): void;
}

export function StudentTools({ student, chosen, onSave, onRemove }: StudentToolsProps) {
  const [code, setCode] = useState(student.code);
  const rename = (event: FormEvent) => {
    event.preventDefault();
    onSave({ code, focal: student.focal });
  };
  return (
    <div className="seat-tools" role="group" aria-label={`Student ${student.code}`}>
      <p className="seat-tools__title">
        {student.code}, row {student.row + 1}, seat {student.col + 1}
        {chosen ? ': the student for the next note' : ''}
      </p>
      <Checkbox label="Focal student" checked={student.focal} onChange={(focal) => onSave({ code: student.code, focal })} />
      <form className="seat-tools__rename" aria-label={`Rename ${student.code}`} onSubmit={rename}>
        <TextField label="Student code" value={code} onChange={setCode} autoComplete="off" />
        <button type="submit" className="button button--secondary" disabled={code.trim() === student.code}>
          Rename
        </button>
      </form>
      <button type="button" className="button button--danger" onClick={onRemove}>
        Remove {student.code}
      </button>
    </div>
  );
}
