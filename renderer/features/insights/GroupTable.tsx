// A figure's data as a table, one row per group (a month, a school, a
// grade, a dimension): observations, scores and mean, and a button that
// lists the observations behind the row where the row can be narrowed to.
import type { InsightGroup } from '../../../shared/insights/schemas.js';
import { DataCaption } from './InsightFigure.js';
import { DrillButton } from './DrillButton.js';
import type { DrillTarget } from './drillTargets.js';
import { countText, meanText } from './insightWords.js';

export interface GroupRow extends InsightGroup {
  /** Null for a row the filter cannot single out (no school, no grade). */
  target: DrillTarget | null;
}

export function GroupTable({ title, rowHeader, rows }: { title: string; rowHeader: string; rows: readonly GroupRow[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table insight-table">
        <DataCaption title={title} />
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            <th scope="col" className="insight-table__number">
              Observations
            </th>
            <th scope="col" className="insight-table__number">
              Scores
            </th>
            <th scope="col" className="insight-table__number">
              Mean
            </th>
            <th scope="col" className="insight-table__drill">
              <span className="visually-hidden">Observations behind the row</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="insight-table__number">{countText(row.observations)}</td>
              <td className="insight-table__number">{countText(row.scores)}</td>
              <td className="insight-table__number">{meanText(row.mean)}</td>
              <td className="insight-table__drill">{row.target ? <DrillButton target={row.target} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
