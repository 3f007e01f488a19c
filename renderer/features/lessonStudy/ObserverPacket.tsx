// The observer packet, printed for the research lesson: the current plan's
// steps with their points of evaluation, the seating chart with who watches
// whom, and the focal students described by their strengths. Students appear
// by code; their real names only when this device's settings allow it.
import type { CycleDetail } from '../../../shared/lessonStudy/detail.js';
import type { Plan } from '../../../shared/lessonStudy/plan.js';
import { dayInWords } from './lessonStudyWords.js';
import { memberName, minutesInWords, studentName, watchedInWords } from './teachingWords.js';

export function ObserverPacket({ detail, plan, withNames }: { detail: CycleDetail; plan: Plan; withNames: boolean }) {
  const { cycle } = detail;
  const watchers = (studentId: string) => detail.assignments.filter((a) => a.focalStudentId === studentId).map((a) => memberName(detail, a.observerId));
  return (
    <article className="ls-packet" aria-label="Observer packet">
      <h1>Observer packet: {cycle.title}</h1>
      <p>
        {detail.team.name} · Research lesson {dayInWords(cycle.researchLessonOn)} · Plan version {plan.number}
      </p>
      {cycle.researchTheme ? <p>Research theme: {cycle.researchTheme}</p> : null}
      {plan.goals.lesson ? <p>Lesson goal: {plan.goals.lesson}</p> : null}
      <p>Record low-inference evidence: what students said and did, with the time, not judgements.</p>

      <h2>Lesson process</h2>
      <table className="ls-packet__steps">
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Learning activity and key question</th>
            <th scope="col">Points of evaluation</th>
          </tr>
        </thead>
        <tbody>
          {plan.steps.map((step) => (
            <tr key={step.id}>
              <th scope="row">
                {step.position + 1} ({minutesInWords(step.minutes)})
              </th>
              <td>
                <p>{step.activity}</p>
                {step.keyQuestion ? <p>Key question: {step.keyQuestion}</p> : null}
              </td>
              <td>{step.evaluation}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Seating chart (front of the room at the top)</h2>
      <table className="ls-packet__seats">
        <tbody>
          {Array.from({ length: cycle.seating.rows }, (_, row) => (
            <tr key={row}>
              {Array.from({ length: cycle.seating.cols }, (_, col) => {
                const student = detail.focalStudents.find((s) => s.seat?.row === row && s.seat.col === col);
                return (
                  <td key={col}>
                    {student ? (
                      <>
                        <strong>{studentName(student, withNames)}</strong>
                        {watchers(student.id).length > 0 ? <span> watched by {watchers(student.id).join(', ')}</span> : null}
                      </>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Who watches whom</h2>
      <ul>
        {detail.assignments.map((a) => (
          <li key={a.id}>
            {memberName(detail, a.observerId)}: {watchedInWords(detail, a, withNames)}
          </li>
        ))}
      </ul>

      <h2>Focal students</h2>
      <dl>
        {detail.focalStudents.map((s) => (
          <div key={s.id}>
            <dt>{studentName(s, withNames)}</dt>
            <dd>
              {s.strengths}
              {s.focalFor ? ` Focal for: ${s.focalFor}` : ''}
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}

