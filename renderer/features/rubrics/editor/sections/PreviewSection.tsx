// The draft as observers will see it, once it is valid; until then, what to fix.
import type { RubricCheck } from '../../../../../shared/rubric/validate.js';
import { RubricPreview } from '../../preview/RubricPreview.js';
import { ProblemList } from '../ProblemList.js';

export function PreviewSection({ check, onGoTo }: { check: RubricCheck; onGoTo(path: string): void }) {
  if (check.ok) return <RubricPreview rubric={check.rubric} headingLevel={3} />;
  return (
    <>
      <p>The preview shows the rubric as observers will see it once the draft has no problems. Fix these first:</p>
      <ProblemList problems={check.problems} onGoTo={onGoTo} headingId="rubric-edit-preview-problems" headingLevel={3} />
    </>
  );
}
