// Every live problem of the draft, as "path: message", each a button that
// opens the right section and puts the cursor in the field it is about.
import { problemLine, type RubricProblem } from '../../../../shared/rubric/validate.js';

export function problemCount(n: number): string {
  return n === 0 ? 'No problems' : n === 1 ? '1 problem' : `${n} problems`;
}

export function ProblemList({ problems, onGoTo, headingId, headingLevel = 2 }: { problems: readonly RubricProblem[]; onGoTo(path: string): void; headingId: string; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="panel editor-problems" aria-labelledby={headingId}>
      <Heading id={headingId} className="editor-problems__title">
        {problemCount(problems.length)}
      </Heading>
      {problems.length === 0 ? (
        <p className="muted small">The draft follows every rule of the rubric format and can be published.</p>
      ) : (
        <ul className="editor-problems__list">
          {problems.map((problem, i) => (
            <li key={`${problem.path}-${i}`}>
              <button type="button" className="editor-problems__link" onClick={() => onGoTo(problem.path)}>
                {problemLine(problem)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
