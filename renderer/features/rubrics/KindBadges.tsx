// Where a rubric comes from ("Built-in" with Fieldbook, or the "District"'s
// own) and whether it is a "Template" to adapt rather than score with.
import type { RubricSummary } from '../../../shared/rubric/records.js';
import { kindsOf } from './rubricWords.js';

export function KindBadges({ rubric }: { rubric: Pick<RubricSummary, 'builtIn' | 'template'> }) {
  return (
    <span className="kind-badges">
      {kindsOf(rubric).map((kind) => (
        <span key={kind} className={kind === 'Built-in' ? 'badge badge--muted' : 'badge'}>
          {kind}
        </span>
      ))}
    </span>
  );
}
