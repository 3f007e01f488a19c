// Problems in a rubric, each as "path: message" so a district can fix a file
// (or an author a draft) in one pass. An import that stored nothing says so.
import { problemLine, type RubricProblem } from '../../../shared/rubric/validate.js';
import { problemCount } from './rubricWords.js';

export function ProblemList({ problems }: { problems: readonly RubricProblem[] }) {
  return (
    <ul className="problem-list">
      {problems.map((problem, i) => (
        <li key={i} className="mono">
          {problemLine(problem)}
        </li>
      ))}
    </ul>
  );
}

export function ImportProblems({ fileName, problems }: { fileName: string; problems: readonly RubricProblem[] }) {
  return (
    <div className="notice notice--error problem-notice" role="alert">
      <p>
        <strong>{fileName}</strong> is not a valid rubric file: {problemCount(problems.length)}. Nothing was stored.
      </p>
      <ProblemList problems={problems} />
    </div>
  );
}
