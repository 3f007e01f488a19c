// The dashboard's totals for the filter: observations, scores, teachers, the
// mean score, and how much of it comes from observers calibrated when they
// scored, which is how far the figures can be trusted.
import type { Insights } from '../../../shared/insights/schemas.js';
import { countText, meanText, percentText } from './insightWords.js';

export function InsightTotals({ totals }: { totals: Insights['totals'] }) {
  const stats = [
    { label: 'Observations', value: countText(totals.observations) },
    { label: 'Scores', value: countText(totals.scores) },
    { label: 'Teachers', value: countText(totals.teachers) },
    { label: 'Mean score', value: meanText(totals.mean) },
    { label: 'Scored by calibrated observers', value: percentText(totals.calibratedShare) },
  ];
  return (
    // The group names the list; a <dl> with a role of its own would no longer hold its terms (axe dlitem).
    <div className="insight-totals-group" role="group" aria-label="Totals">
      <dl className="insight-totals">
        {stats.map((s) => (
          <div key={s.label} className="insight-totals__item">
            <dt>{s.label}</dt>
            <dd>{s.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
