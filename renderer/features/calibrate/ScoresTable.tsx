// The reveal's first table: per dimension, every rater's score beside the
// anchor, the spread, who is outside the round's rule (named, in words) and
// the consensus once the group agrees one.
import type { DimensionResult, RoundRater } from '../../../shared/calibration/schemas.js';
import { Missing } from './Missing.js';
import { NONE } from './resultWords.js';

function ScoreCell({ score, outside }: { score: DimensionResult['scores'][number] | undefined; outside: boolean }) {
  if (!score || (score.value === null && !score.na)) {
    return (
      <td className="round-score">
        <Missing words="No score" />
      </td>
    );
  }
  return <td className={outside ? 'round-score round-score--outside' : 'round-score'}>{score.na ? 'N/A' : score.value}</td>;
}

function spreadText(spread: DimensionResult['spread']): string {
  if (spread === null) return NONE;
  return spread.min === spread.max ? `All ${spread.min}` : `${spread.min}–${spread.max}`;
}

function againstAnchorText(dimension: DimensionResult, nameOf: (personId: string) => string): string {
  if (dimension.anchor === null) return 'No anchor';
  if (dimension.outsideRule.length === 0) return 'Everyone within the rule';
  return `Outside the rule: ${dimension.outsideRule.map(nameOf).join(', ')}`;
}

export function ScoresTable({ raters, dimensions, nameOf }: { raters: readonly RoundRater[]; dimensions: readonly DimensionResult[]; nameOf(personId: string): string }) {
  return (
    <div className="table-scroll">
      <table className="data-table round-scores">
        <caption>Scores by dimension</caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            {raters.map((r) => (
              <th scope="col" key={r.personId}>
                {r.name}
              </th>
            ))}
            <th scope="col">Anchor</th>
            <th scope="col">Spread</th>
            <th scope="col">Against the anchor</th>
            <th scope="col">Consensus</th>
          </tr>
        </thead>
        <tbody>
          {dimensions.map((d) => (
            <tr key={d.dimensionId}>
              <th scope="row">{d.name}</th>
              {raters.map((r) => (
                <ScoreCell key={r.personId} score={d.scores.find((s) => s.raterId === r.personId)} outside={d.outsideRule.includes(r.personId)} />
              ))}
              <td className="round-score round-score--anchor" title={d.anchorRationale || undefined}>
                {d.anchor ?? <Missing words="No anchor" />}
              </td>
              <td>{spreadText(d.spread)}</td>
              <td>{againstAnchorText(d, nameOf)}</td>
              <td className="round-score">{d.consensus ?? <Missing words="Not agreed yet" />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
