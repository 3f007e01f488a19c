// A seating chart as a grid of seat buttons, front of the room at the top.
// One seat is in the Tab order at a time; arrow keys, Home and End move
// between seats (ARIA grid pattern), so a class of thirty is not thirty tab
// stops. What each seat shows and reads out is the caller's: Observe's chart
// counts how often each student was heard, lesson study's places focal students.
import { useState, type KeyboardEvent, type ReactNode } from 'react';

export interface Seat {
  row: number;
  col: number;
}

export const seatId = (gridId: string, seat: Seat) => `${gridId}-${seat.row}-${seat.col}`;

export interface SeatView {
  className: string;
  /** What the seat reads out: "S07, focal, 3 notes", "Row 2, seat 3, empty". */
  label: string;
  /** Whether the seat's student is the one chosen; undefined for an empty seat. */
  pressed?: boolean;
  content: ReactNode;
}

interface SeatButtonsProps {
  id: string;
  rows: number;
  cols: number;
  seat(at: Seat): SeatView;
  onActivate(at: Seat): void;
}

export function SeatButtons({ id, rows, cols, seat, onActivate }: SeatButtonsProps) {
  const [cursor, setCursor] = useState<Seat>({ row: 0, col: 0 });
  const at = { row: Math.min(cursor.row, rows - 1), col: Math.min(cursor.col, cols - 1) };

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys with a modifier are shortcuts elsewhere (Alt+arrows choose the research lesson's plan step).
    if (event.altKey || event.ctrlKey || event.metaKey) return;
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
            const view = seat({ row, col });
            return (
              <div key={col} className="seats__cell" role="gridcell">
                <button
                  type="button"
                  id={seatId(id, { row, col })}
                  className={view.className}
                  tabIndex={at.row === row && at.col === col ? 0 : -1}
                  aria-label={view.label}
                  aria-pressed={view.pressed}
                  onFocus={() => setCursor({ row, col })}
                  onClick={() => onActivate({ row, col })}
                >
                  {view.content}
                </button>
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
