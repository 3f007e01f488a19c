// The Seating tab: the chart's size, its seats, and who has been heard.
// Activating a seated student picks them for the next note (the note field
// says so) and shows what can be changed about them; an empty seat offers to
// seat someone. The list under the chart counts each student's notes in seat
// order, so the students not heard yet stand out, in words, not only colour.
import { useId, useState } from 'react';
import { SEATING_MAX, type Student } from '../../../shared/observation.js';
import { studentTally } from '../../../shared/observationScoring.js';
import { useApi } from '../../appContext.js';
import { SeatingSizeForm, type SeatingSize } from '../../ui/SeatingSizeForm.js';
import { SeatGrid, seatId, type Seat } from './SeatGrid.js';
import { AddStudentForm, StudentTools, type StudentFields } from './SeatTools.js';
import { nextFreeCode, studentSummary } from './studentCodes.js';
import type { CaptureData, CaptureTools } from './useCapture.js';

interface SeatingChartProps {
  data: CaptureData;
  tools: CaptureTools;
  chosenStudentId: string | null;
  onChooseStudent(id: string | null): void;
}

function withStudent(students: Student[], student: Student): Student[] {
  return [...students.filter((s) => s.id !== student.id), student];
}

export function SeatingChart({ data, tools: { change, update, setError }, chosenStudentId, onChooseStudent }: SeatingChartProps) {
  const api = useApi();
  const gridId = useId();
  const { observation, students } = data;
  const [seat, setSeat] = useState<Seat | null>(null);
  const tally = studentTally(students, data.notes.filter((n) => !n.pending));
  const seated = seat ? students.find((s) => s.row === seat.row && s.col === seat.col) : undefined;
  const focusSeat = (at: Seat) => requestAnimationFrame(() => document.getElementById(seatId(gridId, at))?.focus());

  const resize = (size: SeatingSize, seen: SeatingSize) => {
    setSeat(null);
    return change(
      () => api.setSeating({ observationId: observation.id, ...size, seen }),
      (d, updated) => ({ ...d, observation: updated }),
    );
  };

  // With the student as shown, so a change here never reverts another device's change of their other fields.
  const saveStudent = ({ id, code, row, col, focal }: Student, fields: StudentFields) =>
    void change(
      () => api.saveStudent({ observationId: observation.id, id, row, col, ...fields, seen: { code, row, col, focal } }),
      (d, saved) => ({ ...d, students: withStudent(d.students, saved) }),
    );
  const added = (student: Student) => {
    update((d) => ({ ...d, students: withStudent(d.students, student) }));
    setError(null);
    focusSeat(student);
  };

  const removeStudent = async (student: Student) => {
    const removed = await change(
      () => api.removeStudent({ id: student.id }),
      (d) => ({ ...d, students: d.students.filter((s) => s.id !== student.id) }),
    );
    if (!removed) return;
    if (chosenStudentId === student.id) onChooseStudent(null);
    focusSeat(student);
  };

  const activate = (at: Seat) => {
    setSeat(at);
    const student = students.find((s) => s.row === at.row && s.col === at.col);
    if (student) onChooseStudent(student.id === chosenStudentId ? null : student.id);
  };

  return (
    <div className="seating">
      <SeatingSizeForm size={observation.seating} max={SEATING_MAX} onResize={resize} onError={setError} />
      {observation.seating.rows * observation.seating.cols === 0 ? (
        <p className="empty-note">No seating chart yet. Set the rows and the seats in each row, then seat students by their codes.</p>
      ) : (
        <>
          <p className="field__hint">Choose a student for the next note, or type @ and their code in the note, such as @S07.</p>
          <SeatGrid id={gridId} rows={observation.seating.rows} cols={observation.seating.cols} tally={tally} chosenStudentId={chosenStudentId} onActivate={activate} />
        </>
      )}
      {seat && seated ? (
        <StudentTools key={seated.id} student={seated} chosen={seated.id === chosenStudentId} onSave={(fields) => saveStudent(seated, fields)} onRemove={() => void removeStudent(seated)} />
      ) : null}
      {seat && !seated ? (
        <AddStudentForm
          key={`${seat.row}-${seat.col}`}
          where={`Row ${seat.row + 1}, seat ${seat.col + 1}`} suggested={nextFreeCode(students)}
          add={(fields) => api.saveStudent({ observationId: observation.id, row: seat.row, col: seat.col, ...fields })}
          onAdded={added}
          onCancel={() => setSeat(null)}
        />
      ) : null}
      {tally.length > 0 ? (
        <>
          <h3>Heard so far</h3>
          <ol className="seating__tally" aria-label="Students by seat">
            {tally.map(({ student, notes }) => (
              <li key={student.id} className={notes === 0 ? 'is-unheard' : undefined}>
                {studentSummary(student, notes)}
                {notes === 0 ? ' (not heard yet)' : ''}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
