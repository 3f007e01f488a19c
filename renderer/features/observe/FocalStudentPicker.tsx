// The research lesson's focal students beside the note field, where an
// observer's eyes are: each by pseudonym with the strengths the team
// described them by (never their name), how many notes are about them so
// far, and a button that picks them for the next note, as the seating chart
// does. "@S03" in the note works too.
import type { FocalStudent } from '../../../shared/lessonStudy/focal.js';
import type { Student } from '../../../shared/observation.js';
import { studentTally } from '../../../shared/observationScoring.js';
import { notesCount } from './studentCodes.js';
import type { ListedNote } from './useCapture.js';

interface FocalStudentPickerProps {
  students: readonly Student[];
  notes: readonly ListedNote[];
  /** The cycle's focal students, for their descriptions (matched by code). */
  described: readonly FocalStudent[];
  chosenStudentId: string | null;
  onChooseStudent(id: string | null): void;
}

export function FocalStudentPicker({ students, notes, described, chosenStudentId, onChooseStudent }: FocalStudentPickerProps) {
  const focal = studentTally(
    students.filter((s) => s.focal),
    notes.filter((n) => !n.pending),
  );
  if (focal.length === 0) return null;
  const strengths = new Map(described.map((f) => [f.code.toLowerCase(), f.strengths.trim()]));
  return (
    <section className="focal-picker" aria-labelledby="focal-picker-title">
      <h2 id="focal-picker-title">Focal students</h2>
      <ul className="focal-picker__list">
        {focal.map(({ student, notes: heard }) => {
          const chosen = student.id === chosenStudentId;
          const description = strengths.get(student.code.toLowerCase());
          return (
            <li key={student.id}>
              <button
                type="button"
                className="button button--secondary focal-picker__choose"
                aria-pressed={chosen}
                aria-label={`${student.code} for the next note, ${notesCount(heard)}`}
                onClick={() => onChooseStudent(chosen ? null : student.id)}
              >
                <strong>{student.code}</strong> <span className="muted">{notesCount(heard)}</span>
              </button>
              {description ? <p className="focal-picker__strengths">{description}</p> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
