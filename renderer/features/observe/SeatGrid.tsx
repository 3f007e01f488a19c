// The seating chart as a grid of seat buttons, front of the room at the top.
// One seat is in the Tab order at a time; arrow keys, Home and End move
// between seats (ARIA grid pattern), so a class of thirty is not thirty tab
// stops. Each seat reads out who sits there, whether they are focal and how
// often they have been heard ("S07, focal, 3 notes"), or that it is empty.
import { useState, type KeyboardEvent } from 'react';
import type { StudentTally } from '../../../shared/observationScoring.js';
import { notesCount, studentSummary } from './studentCodes.js';

export interface Seat {
  row: number;
  col: number;
}

export const seatId = (gridId: string, seat: Seat) => `${gridId}-${seat.row}-${seat.col}`;

interface SeatGridProps {
  id: string;
  rows: number;
  cols: number;
  tally: StudentTally[];
  chosenStudentId: string | null;
  onActivate(seat: Seat): void;
}

export function SeatGrid({ id, rows, cols, tally, chosenStudentId, onActivate }: SeatGridProps) {
  const [cursor, setCursor] = useState<Seat>({ row: 0, col: 0 });
  const at = { row: Math.min(cursor.row, rows - 1), col: Math.min(cursor.col, cols - 1) };
  const bySeat = new Map(tally.map((t) => [`${t.student.row}-${t.student.col}`, t]));

  const onKeyDown = (event: KeyboardEvent) => {
    // Alt with an arrow is the research lesson's next or previous plan step, not a seat.
    if (event.altKey) return;
    const moves: Record<string, Seat> = {
      ArrowUp: { row: at.row - 1, col: at.col },
      ArrowDown: { row: at.row + 1, col: at.col },
      ArrowLeft: { row: at.row, col: at.col - 1 },
      ArrowRight: { row: at.row, col: at.col + 1 },
      Home: { row: at.row, col: 0 },
      End: { row: at.row, col: cols - 1 },
    };
    const next = moves[event.key];
    if (!next) return;
    event.preventDefault();
    if (next.row < 0 || next.col < 0 || next.row >= rows || next.col >= cols) return;
    setCursor(next);
    document.getElementById(seatId(id, next))?.focus();
  };

  return (
    <div className="seats" role="grid" aria-label="Seating chart, front of the room at the top" onKeyDown={onKeyDown}>
      {Array.from({ length: rows }, (_, row) => (
        <div key={row} className="seats__row" role="row">
          {Array.from({ length: cols }, (_, col) => {
            const seated = bySeat.get(`${row}-${col}`);
            const current = at.row === row && at.col === col;
            return (
              <div key={col} className="seats__cell" role="gridcell">
                <button
                  type="button"
                  id={seatId(id, { row, col })}
                  className={seated ? `seat${seated.student.focal ? ' seat--focal' : ''}${seated.notes === 0 ? ' seat--unheard' : ''}` : 'seat seat--empty'}
                  tabIndex={current ? 0 : -1}
                  aria-label={seated ? studentSummary(seated.student, seated.notes) : `Row ${row + 1}, seat ${col + 1}, empty`}
                  aria-pressed={seated ? seated.student.id === chosenStudentId : undefined}
                  onFocus={() => setCursor({ row, col })}
                  onClick={() => onActivate({ row, col })}
                >
                  {seated ? (
                    <>
                      <strong>{seated.student.code}</strong>
                      {seated.student.focal ? <span className="seat__focal">Focal</span> : null}
                      <span className="seat__count">{notesCount(seated.notes)}</span>
                    </>
                  ) : null}
                </button>
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
