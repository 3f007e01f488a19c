// How the teaching side of lesson study (students, the research lesson, the
// discussion, measures) puts people, students, steps and minutes into words,
// so every tab, list and printout says them the same way.
import type { CycleDetail } from '../../../shared/lessonStudy/detail.js';
import type { Assignment, FocalStudent } from '../../../shared/lessonStudy/focal.js';
import type { PlanStep } from '../../../shared/lessonStudy/plan.js';

/** A team member's name; someone since taken off the team is still someone. */
export function memberName(detail: CycleDetail, memberId: string | null): string {
  return detail.team.members.find((m) => m.id === memberId)?.name ?? 'A former team member';
}

/** "S03", or "S03 (Marisol Quintero)" where a name was written on this device and may be shown. */
export function studentName(student: Pick<FocalStudent, 'code' | 'name'>, withName: boolean): string {
  return withName && student.name ? `${student.code} (${student.name})` : student.code;
}

/** Whom an observer watches: "S03" (with the name where allowed), or the group, "Table 3". */
export function watchedInWords(detail: CycleDetail, assignment: Assignment, withName = false): string {
  const student = detail.focalStudents.find((s) => s.id === assignment.focalStudentId);
  return student ? studentName(student, withName) : assignment.group || 'A student no longer focal';
}

/** "Row 2, seat 3". */
export function seatInWords(seat: { row: number; col: number }): string {
  return `Row ${seat.row + 1}, seat ${seat.col + 1}`;
}

/** "Step 2: Compare the two strategies", or "Step 2" before its activity is written. */
export function stepInWords(step: Pick<PlanStep, 'position' | 'activity'>): string {
  const activity = step.activity.split('\n')[0]!.trim();
  return activity ? `Step ${step.position + 1}: ${activity}` : `Step ${step.position + 1}`;
}

/** "1 minute", "25 minutes". */
export function minutesInWords(minutes: number): string {
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** "1 revision", "3 notes". */
export function countOf(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
