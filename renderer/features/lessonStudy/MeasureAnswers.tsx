// The focal students' answers to a survey on one occasion (a PDSA cycle and
// a date): a grid of students by questions, each answer chosen from 1 to the
// survey's top or left blank. Answers already stored for the occasion are
// filled in, and saving again replaces them.
import { useRef, useState, type FormEvent } from 'react';
import type { Measure } from '../../../shared/lessonStudy/measures.js';
import { useApi } from '../../appContext.js';
import { TextField } from '../../ui/Fields.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { todayIso } from '../observe/clock.js';
import type { CycleTabProps } from './cycleTabProps.js';
import { dayInWords } from './lessonStudyWords.js';
import { countOf } from './teachingWords.js';
import { useCycleEdit } from './useCycleEdit.js';

export function MeasureAnswers({ detail, onDetail, measure }: CycleTabProps & { measure: Measure }) {
  const [pdsa, setPdsa] = useState('1');
  const [takenOn, setTakenOn] = useState(todayIso());
  return (
    <section aria-labelledby="ls-answers-title">
      <h3 id="ls-answers-title">Record answers</h3>
      <div className="ls-field-row ls-answers__occasion" role="group" aria-label="Occasion">
        <TextField label="PDSA cycle" type="number" min={1} value={pdsa} onChange={setPdsa} />
        <TextField label="Taken on" type="date" value={takenOn} onChange={setTakenOn} />
      </div>
      {detail.focalStudents.length === 0 ? (
        <p className="empty-note">Add focal students on the Students and seating tab first: the survey is answered by them.</p>
      ) : (
        <AnswerGrid key={`${measure.id}:${pdsa}:${takenOn}`} detail={detail} onDetail={onDetail} measure={measure} pdsa={pdsa} takenOn={takenOn} />
      )}
    </section>
  );
}

type Answers = Record<string, (number | null)[]>;

function AnswerGrid({ detail, onDetail, measure, pdsa, takenOn }: CycleTabProps & { measure: Measure; pdsa: string; takenOn: string }) {
  const api = useApi();
  const { run, error, notice, setError } = useCycleEdit(onDetail);
  const stored = detail.measureResponses.filter((r) => r.measureId === measure.id && String(r.pdsaCycle) === pdsa && r.takenOn === takenOn);
  const [answers, setAnswers] = useState<Answers>(() =>
    Object.fromEntries(detail.focalStudents.map((s) => [s.id, measure.questions.map((_, q) => stored.find((r) => r.focalStudentId === s.id)?.answers[q] ?? null)])),
  );
  // What the grid showed each student's answers as (none where none were stored), as loaded or last saved:
  // each save carries it, so answers another device recorded meanwhile are listed as a conflict, not replaced.
  const shown = useRef(answers);
  const scale = Array.from({ length: measure.scaleMax }, (_, i) => i + 1);

  const answer = (studentId: string, question: number, value: string) =>
    setAnswers((all) => ({ ...all, [studentId]: all[studentId]!.map((a, q) => (q === question ? (value === '' ? null : Number(value)) : a)) }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{1,3}$/.test(pdsa.trim()) || Number(pdsa) < 1) {
      setError('The PDSA cycle is a whole number, counted from 1.');
      return;
    }
    // Students with an answer, and those whose stored answers were cleared.
    const students = detail.focalStudents.filter((s) => answers[s.id]!.some((a) => a !== null) || stored.some((r) => r.focalStudentId === s.id));
    if (students.length === 0) {
      setError('Choose at least one answer before saving.');
      return;
    }
    await run(async () => {
      let next = detail;
      try {
        for (const s of students) {
          const occasion = { measureId: measure.id, cycleId: detail.cycle.id, pdsaCycle: Number(pdsa), takenOn, focalStudentId: s.id };
          next = await api.saveMeasureResponse({ ...occasion, answers: answers[s.id]!, seen: { answers: shown.current[s.id]! } });
          shown.current = { ...shown.current, [s.id]: answers[s.id]! };
        }
      } catch (err) {
        // Each student's answers are saved on their own: show the ones stored before the refusal.
        if (next !== detail) onDetail(next);
        throw err;
      }
      return next;
    }, `Saved the answers of ${countOf(students.length, 'student')} for PDSA cycle ${Number(pdsa)}, ${dayInWords(takenOn)}.`);
  };

  return (
    <form aria-label="Answers for this occasion" noValidate onSubmit={(e) => void save(e)}>
      <ErrorAlert message={error} />
      <div className="table-scroll">
        <table className="data-table ls-answers">
          <caption className="visually-hidden">Answers by focal student and question</caption>
          <thead>
            <tr>
              <th scope="col">Student</th>
              {measure.questions.map((question, q) => (
                <th key={q} scope="col">
                  {q + 1}. {question}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {detail.focalStudents.map((student) => (
              <tr key={student.id}>
                <th scope="row">{student.code}</th>
                {measure.questions.map((_, q) => (
                  <td key={q}>
                    <select
                      className="field__control"
                      aria-label={`${student.code}, question ${q + 1}`}
                      value={answers[student.id]![q] ?? ''}
                      onChange={(e) => answer(student.id, q, e.target.value)}
                    >
                      <option value="">No answer</option>
                      {scale.map((n) => (
                        <option key={n} value={n}>
                          {n}
                        </option>
                      ))}
                    </select>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          Save answers
        </button>
      </div>
      <StatusNote>{notice}</StatusNote>
    </form>
  );
}
