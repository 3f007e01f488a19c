// The research lesson's seating chart: its size (rows by seats per row), and
// where each focal student sits. Choose a student, then their seat, by click
// or from the keyboard (arrows move between seats, Enter places); choosing an
// occupied seat chooses its student, to move them. Other seats stay empty:
// observers need to find the focal students, not the whole class.
import { useId, useState } from 'react';
import { SEATING_LIMIT } from '../../../shared/lessonStudy/cycle.js';
import { focalStudentFields, type FocalStudent } from '../../../shared/lessonStudy/focal.js';
import { useApi } from '../../appContext.js';
import { SelectField } from '../../ui/Fields.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { SeatButtons, type Seat, type SeatView } from '../../ui/SeatButtons.js';
import { SeatingSizeForm, type SeatingSize } from '../../ui/SeatingSizeForm.js';
import type { CycleTabProps } from './cycleTabProps.js';
import { seatInWords } from './teachingWords.js';
import { useCycleEdit } from './useCycleEdit.js';

export function FocalSeatingChart({ detail, onDetail }: CycleTabProps) {
  const api = useApi();
  const { cycle, focalStudents } = detail;
  const { run, error, notice, setError, setNotice } = useCycleEdit(onDetail);
  const [chosenId, setChosenId] = useState('');
  const chosen = focalStudents.find((s) => s.id === chosenId) ?? null;

  const resize = (seating: SeatingSize, seen: SeatingSize) =>
    run(() => api.saveLessonStudyCycle({ id: cycle.id, seating, seen: { seating: seen } }), `The seating chart is now ${seating.rows} rows of ${seating.cols} seats.`);

  const seat = (student: FocalStudent, at: Seat | null) =>
    run(
      () => api.saveFocalStudent({ cycleId: cycle.id, id: student.id, name: student.name, ...focalStudentFields(student), seat: at, seen: focalStudentFields(student) }),
      at ? `${student.code} sits in ${seatInWords(at).toLowerCase()}.` : `${student.code} is off the seating chart.`,
    );

  const activate = (at: Seat) => {
    const sitting = focalStudents.find((s) => s.seat?.row === at.row && s.seat.col === at.col);
    if (sitting) {
      setChosenId(sitting.id === chosenId ? '' : sitting.id);
      setNotice(sitting.id === chosenId ? null : `${sitting.code} chosen: choose an empty seat to move them.`);
    } else if (chosen) {
      void seat(chosen, at);
    } else {
      setError('Choose the student to seat first, then their seat.');
    }
  };

  return (
    <section className="panel ls-seating" aria-labelledby="ls-seating-title">
      <h2 id="ls-seating-title">Seating chart for the research lesson</h2>
      <SeatingSizeForm size={cycle.seating} max={SEATING_LIMIT} onResize={resize} onError={setError} />
      <ErrorAlert message={error} />
      <StatusNote>{notice}</StatusNote>
      {cycle.seating.rows * cycle.seating.cols === 0 ? (
        <p className="empty-note">No seating chart yet. Set the rows and the seats in each row, then place the focal students.</p>
      ) : focalStudents.length === 0 ? (
        <p className="empty-note">Add focal students above, then place them on their seats.</p>
      ) : (
        <>
          <div className="ls-seating__chooser">
            <SelectField
              label="Student to seat"
              value={chosenId}
              options={[
                { value: '', label: 'Choose a student' },
                ...focalStudents.map((s) => ({ value: s.id, label: s.seat ? `${s.code} (${seatInWords(s.seat).toLowerCase()})` : `${s.code} (not seated)` })),
              ]}
              onChange={setChosenId}
            />
            {chosen?.seat ? (
              <button type="button" className="button button--secondary" onClick={() => void seat(chosen, null)}>
                Take {chosen.code} off the chart
              </button>
            ) : null}
          </div>
          <p className="field__hint">Choose a student, then their seat: click it, or move with the arrow keys and press Enter.</p>
          <FocalSeatGrid rows={cycle.seating.rows} cols={cycle.seating.cols} students={focalStudents} chosenId={chosenId} onActivate={activate} />
        </>
      )}
    </section>
  );
}

interface FocalSeatGridProps {
  rows: number;
  cols: number;
  students: readonly FocalStudent[];
  chosenId: string;
  onActivate(seat: Seat): void;
}

function FocalSeatGrid({ rows, cols, students, chosenId, onActivate }: FocalSeatGridProps) {
  const gridId = useId();
  const seat = (at: Seat): SeatView => {
    const sitting = students.find((s) => s.seat?.row === at.row && s.seat.col === at.col);
    if (!sitting) return { className: 'seat seat--empty', label: `${seatInWords(at)}, empty`, content: null };
    return { className: 'seat seat--focal', label: `${seatInWords(at)}, ${sitting.code}`, pressed: sitting.id === chosenId, content: <strong>{sitting.code}</strong> };
  };
  return <SeatButtons id={gridId} rows={rows} cols={cols} seat={seat} onActivate={onActivate} />;
}
