// Focal students and the observers who watch them. A focal student is synced
// under their pseudonym code with a strengths-first description and a seat;
// a real name a teacher writes down goes to the local table ls_student_names
// only, never through the apply path, so it never enters the op log or a sync.
import type { z } from 'zod';
import { AppError } from '../../shared/errors.js';
import { uuidv7 } from '../../shared/ids.js';
import type { CycleDetail } from '../../shared/lessonStudy/detail.js';
import type { AssignmentInputSchema, FocalStudent, FocalStudentInputSchema } from '../../shared/lessonStudy/focal.js';
import type { OpValue } from '../../shared/registry.js';
import { writeChanges, type ApplyContext } from '../apply.js';
import type { Db } from '../sqlite.js';
import { focalStudentRows, getCycle, readCycleDetail } from './detail.js';
import { saveCycleItem } from './items.js';
import { toFocalStudent } from './rows.js';
import { requireMember } from './teams.js';

export function focalStudents(db: Db, cycleId: string): FocalStudent[] {
  return focalStudentRows(db, cycleId).map(toFocalStudent);
}

/** The focal student, who must be one of the cycle's. */
export function requireFocalStudent(db: Db, cycleId: string, id: string): FocalStudent {
  const student = focalStudents(db, cycleId).find((s) => s.id === id);
  if (!student) throw new AppError('invalid_input', 'That student is not a focal student of this cycle; add them on the Students tab first.');
  return student;
}

/** Keeps or forgets the name on this device only: '' removes it. */
function setLocalName(db: Db, focalStudentId: string, name: string): void {
  if (name === '') db.prepare('DELETE FROM ls_student_names WHERE focal_student_id = ?').run(focalStudentId);
  else {
    db.prepare('INSERT INTO ls_student_names (focal_student_id, name) VALUES (?, ?) ON CONFLICT (focal_student_id) DO UPDATE SET name = excluded.name').run(
      focalStudentId,
      name,
    );
  }
}

export function saveFocalStudent(ctx: ApplyContext, input: z.output<typeof FocalStudentInputSchema>): CycleDetail {
  const cycle = getCycle(ctx.db, input.cycleId);
  const students = focalStudents(ctx.db, input.cycleId);
  if (input.id) requireFocalStudent(ctx.db, input.cycleId, input.id);
  const others = students.filter((s) => s.id !== input.id);
  const sameCode = others.find((s) => s.code.toLowerCase() === input.code.toLowerCase());
  if (sameCode) throw new AppError('invalid_input', `${sameCode.code} is already a focal student of this cycle; give each student their own code.`);
  const seat = input.seat;
  if (seat) {
    const { rows, cols } = cycle.seating;
    if (seat.row >= rows || seat.col >= cols) {
      throw new AppError('invalid_input', `Row ${seat.row + 1}, seat ${seat.col + 1} is not on the ${rows} × ${cols} seating chart; make the chart larger or choose another seat.`);
    }
    const taken = others.find((s) => s.seat?.row === seat.row && s.seat.col === seat.col);
    if (taken) throw new AppError('invalid_input', `${taken.code} already sits in row ${seat.row + 1}, seat ${seat.col + 1}.`);
  }
  const id = input.id ?? uuidv7(ctx.now());
  ctx.db.transaction(() => {
    const values = { cycle_id: input.cycleId, ...focalColumns(input), deleted: 0 };
    writeChanges(ctx, [{ table: 'ls_focal_students', row: id, values, seen: input.id && input.seen ? focalColumns(input.seen) : undefined }]);
    setLocalName(ctx.db, id, input.name);
  })();
  return readCycleDetail(ctx.db, input.cycleId);
}

/** The synced columns (the name stays on this device). */
function focalColumns(s: NonNullable<z.output<typeof FocalStudentInputSchema>['seen']>): Record<string, OpValue> {
  return { code: s.code, strengths: s.strengths, focal_for: s.focalFor, seat_row: s.seat?.row ?? null, seat_col: s.seat?.col ?? null };
}

export function saveObserverAssignment(ctx: ApplyContext, input: z.output<typeof AssignmentInputSchema>): CycleDetail {
  requireMember(ctx.db, getCycle(ctx.db, input.cycleId).teamId, input.observerId);
  if (input.focalStudentId) requireFocalStudent(ctx.db, input.cycleId, input.focalStudentId);
  return saveCycleItem(ctx, 'assignment', input.cycleId, input.id, { observer_id: input.observerId, focal_student_id: input.focalStudentId, group_label: input.group });
}
