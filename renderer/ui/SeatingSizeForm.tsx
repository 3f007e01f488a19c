// The size of a seating chart, typed as rows and seats per row and set
// together with one button. A size out of range is refused here, in words,
// before anything is sent. Each size sent carries the size the inputs showed
// (as loaded, or as last set), so a field not changed here is not written
// over another device's change of it (db/apply.ts, RowChange.seen).
import { useRef, useState, type FormEvent } from 'react';
import { TextField } from './Fields.js';

export interface SeatingSize {
  rows: number;
  cols: number;
}

interface SeatingSizeFormProps {
  size: SeatingSize;
  max: number;
  /** Resolves true once stored. */
  onResize(size: SeatingSize, seen: SeatingSize): Promise<boolean>;
  onError(message: string): void;
}

export function SeatingSizeForm({ size, max, onResize, onError }: SeatingSizeFormProps) {
  const [rows, setRows] = useState(String(size.rows));
  const [cols, setCols] = useState(String(size.cols));
  const shown = useRef(size);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const count = (text: string) => (/^\d{1,2}$/.test(text.trim()) ? Number(text) : NaN);
    const next = { rows: count(rows), cols: count(cols) };
    if (next.rows <= max && next.cols <= max) {
      void onResize(next, shown.current).then((stored) => {
        if (stored) shown.current = next;
      });
    } else onError(`Rows and seats per row are whole numbers from 0 to ${max}.`);
  };
  return (
    <form className="seating__size" aria-label="Size of the seating chart" noValidate onSubmit={submit}>
      <TextField label="Rows" type="number" min={0} max={max} value={rows} onChange={setRows} />
      <TextField label="Seats per row" type="number" min={0} max={max} value={cols} onChange={setCols} />
      <button type="submit" className="button button--secondary">
        Set size
      </button>
    </form>
  );
}
