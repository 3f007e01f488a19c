// The seating chart: a grid of rows and seats, students placed on it by
// pseudonym code (never a name), some marked focal. Notes point at students,
// so a student who is heard from is never silently removed.
import { AppError } from '../../shared/errors.js';
import { uuidv7 } from '../../shared/ids.js';
import type { Observation, SeatingInputSchema, Student, StudentInputSchema } from '../../shared/observation.js';
import type { z } from 'zod';
import { writeChanges, type ApplyContext } from '../apply.js';
import type { Db } from '../sqlite.js';
import { getObservation, requireOpen } from './observations.js';
import { LIVE, toStudent, type StudentRow } from './rows.js';

export function listStudents(db: Db, observationId: string): Student[] {
  const rows = db.prepare(`SELECT * FROM observation_students WHERE observation_id = ? AND ${LIVE} ORDER BY seat_row, seat_col, id`).all(observationId) as StudentRow[];
  return rows.map(toStudent);
}

export function setSeating(ctx: ApplyContext, input: z.output<typeof SeatingInputSchema>): Observation {
  requireOpen(ctx, input.observationId);
  const outside = listStudents(ctx.db, input.observationId).find((s) => s.row >= input.rows || s.col >= input.cols);
  if (outside) {
    throw new AppError('invalid_input', `${outside.code} sits in row ${outside.row + 1}, seat ${outside.col + 1}, outside a ${input.rows} × ${input.cols} chart; move or remove them first.`);
  }
  const columns = (size: { rows: number; cols: number }) => ({ seat_rows: size.rows, seat_cols: size.cols });
  writeChanges(ctx, [{ table: 'observations', row: input.observationId, values: columns(input), seen: input.seen && columns(input.seen) }]);
  return getObservation(ctx, input.observationId);
}

type StudentFields = NonNullable<z.output<typeof StudentInputSchema>['seen']>;

export function saveStudent(ctx: ApplyContext, input: z.output<typeof StudentInputSchema>): Student {
  const observation = requireOpen(ctx, input.observationId);
  if (input.row >= observation.seating.rows || input.col >= observation.seating.cols) {
    throw new AppError('invalid_input', `Row ${input.row + 1}, seat ${input.col + 1} is not on this ${observation.seating.rows} × ${observation.seating.cols} seating chart.`);
  }
  const students = listStudents(ctx.db, input.observationId);
  if (input.id && !students.some((s) => s.id === input.id)) throw new AppError('not_found', 'That student is not on this observation’s seating chart.');
  const others = students.filter((s) => s.id !== input.id);
  const sameCode = others.find((s) => s.code.toLowerCase() === input.code.toLowerCase());
  if (sameCode) throw new AppError('invalid_input', `${sameCode.code} is already on this chart; give each student their own code.`);
  const sameSeat = others.find((s) => s.row === input.row && s.col === input.col);
  if (sameSeat) throw new AppError('invalid_input', `${sameSeat.code} already sits in row ${input.row + 1}, seat ${input.col + 1}.`);
  const id = input.id ?? uuidv7(ctx.now());
  const columns = (s: StudentFields) => ({ code: s.code, seat_row: s.row, seat_col: s.col, focal: s.focal ? 1 : 0 });
  const values = { observation_id: input.observationId, ...columns(input), deleted: 0 };
  writeChanges(ctx, [{ table: 'observation_students', row: id, values, seen: input.id && input.seen ? columns(input.seen) : undefined }]);
  return toStudent(ctx.db.prepare('SELECT * FROM observation_students WHERE id = ?').get(id) as StudentRow);
}

export function removeStudent(ctx: ApplyContext, id: string): void {
  const row = ctx.db.prepare(`SELECT * FROM observation_students WHERE id = ? AND ${LIVE}`).get(id) as StudentRow | undefined;
  if (!row) throw new AppError('not_found', 'That student is not on this observation’s seating chart.');
  const student = toStudent(row);
  requireOpen(ctx, student.observationId);
  const heard = ctx.db.prepare(`SELECT count(*) FROM notes WHERE student_id = ? AND ${LIVE}`).pluck().get(id) as number;
  if (heard > 0) throw new AppError('invalid_input', `${student.code} is in ${heard} note${heard === 1 ? '' : 's'}; move them to another seat instead of removing them.`);
  writeChanges(ctx, [{ table: 'observation_students', row: id, values: { deleted: 1 } }]);
}
