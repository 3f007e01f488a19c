// Students on the seating chart are pseudonym codes such as S07. A coach
// names one in a note by typing "@S07" (any case), and a new seat is offered
// the next code not yet on the chart, so adding a class is mostly Enter.
import type { Student } from '../../../shared/observation.js';

const MENTION = /@([A-Za-z0-9][A-Za-z0-9-]{0,11})(?![A-Za-z0-9-])/g;

/** The first student on the chart that the text names with @code, if any. */
export function mentionedStudent(text: string, students: readonly Student[]): Student | null {
  for (const [, code] of text.matchAll(MENTION)) {
    const student = students.find((s) => s.code.toLowerCase() === code!.toLowerCase());
    if (student) return student;
  }
  return null;
}

/** S01, S02, ...: the first such code not on the chart. */
export function nextFreeCode(students: readonly Pick<Student, 'code'>[]): string {
  const taken = new Set(students.map((s) => s.code.toLowerCase()));
  for (let n = 1; ; n++) {
    const code = `S${String(n).padStart(2, '0')}`;
    if (!taken.has(code.toLowerCase())) return code;
  }
}

export function notesCount(count: number): string {
  return `${count} note${count === 1 ? '' : 's'}`;
}

/** How a student is read out and listed: "S07, focal, 3 notes". */
export function studentSummary(student: Student, notes: number): string {
  return [student.code, student.focal ? 'focal' : null, notesCount(notes)].filter(Boolean).join(', ');
}
