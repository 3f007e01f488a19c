// The capture screen's seating chart: each seat reads out who sits there,
// whether they are focal and how often they have been heard ("S07, focal,
// 3 notes"), or that it is empty. Moving between seats is SeatButtons'.
import type { StudentTally } from '../../../shared/observationScoring.js';
import { SeatButtons, type Seat } from '../../ui/SeatButtons.js';
import { notesCount, studentSummary } from './studentCodes.js';

export { seatId, type Seat } from '../../ui/SeatButtons.js';

interface SeatGridProps {
  id: string;
  rows: number;
  cols: number;
  tally: StudentTally[];
  chosenStudentId: string | null;
  onActivate(seat: Seat): void;
}

export function SeatGrid({ id, rows, cols, tally, chosenStudentId, onActivate }: SeatGridProps) {
  const bySeat = new Map(tally.map((t) => [`${t.student.row}-${t.student.col}`, t]));
  const seat = ({ row, col }: Seat) => {
    const seated = bySeat.get(`${row}-${col}`);
    if (!seated) return { className: 'seat seat--empty', label: `Row ${row + 1}, seat ${col + 1}, empty`, content: null };
    return {
      className: `seat${seated.student.focal ? ' seat--focal' : ''}${seated.notes === 0 ? ' seat--unheard' : ''}`,
      label: studentSummary(seated.student, seated.notes),
      pressed: seated.student.id === chosenStudentId,
      content: (
        <>
          <strong>{seated.student.code}</strong>
          {seated.student.focal ? <span className="seat__focal">Focal</span> : null}
          <span className="seat__count">{notesCount(seated.notes)}</span>
        </>
      ),
    };
  };
  return <SeatButtons id={id} rows={rows} cols={cols} seat={seat} onActivate={onActivate} />;
}
